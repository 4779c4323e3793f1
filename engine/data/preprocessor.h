// Preprocessor: the feature transformation fitted on the training split only (median
// imputation, winsorising, standardisation, one-hot) and applied identically at prediction.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/result.h"
#include "data/dataset_schema.h"
#include "data/feature_matrix.h"
#include "data/raw_table.h"

namespace cohort::engine
{

struct PreprocessingOptions
{
    double lowerQuantile = 0.005; // winsorising bounds, fitted on the training rows
    double upperQuantile = 0.995;
};

/// How one CSV column becomes one or more model inputs.
struct ColumnTransform
{
    std::string name;
    ColumnKind kind = ColumnKind::Numeric;
    double fill = 0.0; // numeric: median; boolean: mode (0/1); categorical: index of the mode
    double low = 0.0;  // numeric clipping bounds
    double high = 0.0;
    double mean = 0.0; // numeric standardisation after clipping
    double scale = 1.0;
    std::vector<std::string> categories; // categorical: one input per category
};

class Preprocessor
{
public:
    /// Fits on `rows` of `table` for the schema's feature columns.
    [[nodiscard]] static Preprocessor fit(const RawTable &table, const DatasetSchema &schema,
                                          const std::vector<std::size_t> &rows,
                                          const PreprocessingOptions &options = {});
    /// A preprocessor from transforms fitted elsewhere (a federation's merged site summaries),
    /// in the order of the model inputs.
    [[nodiscard]] static Preprocessor fromColumns(std::vector<ColumnTransform> columns,
                                                  const PreprocessingOptions &options);
    [[nodiscard]] static Result<Preprocessor> fromJson(const nlohmann::json &json);
    [[nodiscard]] nlohmann::json toJson() const;

    /// Transforms every row of `table`. A missing feature column is an InvalidInput error.
    [[nodiscard]] Result<FeatureMatrix> transform(const RawTable &table) const;

    [[nodiscard]] std::size_t outputWidth() const;
    /// Names of the model inputs: the column name, or "column=category" for one-hot inputs.
    [[nodiscard]] std::vector<std::string> outputNames() const;
    [[nodiscard]] const std::vector<ColumnTransform> &columns() const { return m_columns; }
    [[nodiscard]] const PreprocessingOptions &options() const { return m_options; }

private:
    std::vector<ColumnTransform> m_columns;
    PreprocessingOptions m_options;
};

} // namespace cohort::engine
