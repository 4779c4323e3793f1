// FederationSchema: the feature columns, their kinds and the target that the hub fixes before
// round 1, and the check each site runs on its own CSV file against it (no rows leave the site).
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/result.h"
#include "data/dataset_schema.h"
#include "data/raw_table.h"
#include "data/validation_report.h"

namespace cohort::engine
{

/// One feature column of the federation. kind is Numeric, Boolean or Categorical; categories
/// are the hub's sorted categories for a categorical column, {"0", "1"} for a boolean one and
/// empty for a numeric one.
struct FeatureSpec
{
    std::string name;
    ColumnKind kind = ColumnKind::Numeric;
    std::vector<std::string> categories;
};

struct FederationSchema
{
    std::vector<FeatureSpec> features; // in model-input order
    std::string target;
    std::vector<std::string> classNames; // in class-index order
};

/// The federation's schema from the hub's own inferred DatasetSchema (its feature columns and
/// target). Identifier and empty columns are never features.
[[nodiscard]] FederationSchema federationSchemaFrom(const DatasetSchema &schema);

/// The federation a reference CSV file describes (the hub's columns, categories and classes;
/// it trains on none of its rows), without the `excluded` columns. The file's problems land in
/// `report`.
[[nodiscard]] Result<FederationSchema>
federationSchemaOfFile(const std::string &csvPath, const std::string &target,
                       ValidationReport &report, const std::vector<std::string> &excluded = {});

/// snake_case keys: features[] (name, kind, categories), target, class_names.
[[nodiscard]] nlohmann::json toJson(const FederationSchema &schema);

/// Inverse of toJson. The JSON comes from a peer, so a missing key, an unknown kind, an empty
/// or repeated column name, a target among the features, a categorical feature without
/// categories or fewer than two classes is an InvalidInput error.
[[nodiscard]] Result<FederationSchema> federationSchemaFromJson(const nlohmann::json &json);

/// Checks a site's table against the schema, adding to `report` one issue per problem with
/// the exact column. Errors: a feature or target column the file lacks, a numeric column with
/// text in more than 2% of its non-missing cells (as schema inference allows), a boolean
/// column with values that are not booleans, no row with one of the federation's classes.
/// Warnings: fewer text cells in a numeric column (treated as missing), categories the
/// federation has not seen (encoded as all zeros), target values that are missing or not among
/// the federation's classes (those rows are left out). Extra columns are fine. The result is
/// an InvalidInput error when this check added any error to `report`.
[[nodiscard]] Result<void> checkSiteTable(const RawTable &table, const FederationSchema &schema,
                                          ValidationReport &report);

} // namespace cohort::engine
