// DatasetSchema: what Cohort inferred about a CSV file's columns (kind, missing values,
// range, categories) and its target (class names and counts). Saved with every model.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace cohort::engine
{

enum class ColumnKind
{
    Numeric,     // numbers; standardised
    Boolean,     // true/false, yes/no or 0/1; encoded 0/1
    Categorical, // a few distinct strings; one-hot encoded
    Identifier,  // ids and free text: unique per row, excluded from the features
    Empty,       // no values at all; excluded
    DateTime,    // dates or times of day; excluded (a calendar is no feature of a patient)
};

[[nodiscard]] std::string toString(ColumnKind kind);
[[nodiscard]] ColumnKind columnKindFromString(const std::string &text);

struct ColumnSummary
{
    std::string name;
    ColumnKind kind = ColumnKind::Numeric;
    bool isFeature = true;
    bool isTarget = false;
    long missing = 0;     // empty cells and missing tokens
    long invalid = 0;     // text cells in a numeric column, treated as missing
    long distinct = 0;    // distinct non-missing values (capped at kDistinctCap)
    double minimum = 0.0; // numeric and boolean columns
    double maximum = 0.0;
    double mean = 0.0;
    std::vector<std::string> categories; // categorical: sorted; boolean: false/true spelling
};

struct DatasetSchema
{
    static constexpr long kDistinctCap = 1000; // counting stops here: enough to tell kinds apart

    std::vector<ColumnSummary> columns;
    std::string target;                  // empty when no target was chosen
    std::vector<std::string> classNames; // in class-index order
    std::vector<long> classCounts;
    long rows = 0;       // data rows in the file
    long usableRows = 0; // rows with a target value
    char delimiter = ',';
    std::string encoding;

    [[nodiscard]] bool isMultiClass() const { return classNames.size() > 2; }
    [[nodiscard]] std::vector<std::string> featureNames() const;
    [[nodiscard]] const ColumnSummary *column(const std::string &name) const;
};

[[nodiscard]] nlohmann::json toJson(const DatasetSchema &schema);
[[nodiscard]] DatasetSchema schemaFromJson(const nlohmann::json &json);

} // namespace cohort::engine
