// GlobalExplanation: Shapley values of many rows of the site's table, and the views built on
// them: mean |SHAP| per column (importance), per-row values (beeswarm), and (value, SHAP)
// pairs of one column (dependence plot), with feature values in the file's own units.
#pragma once

#include <atomic>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "data/raw_table.h"
#include "explain/background_summary.h"
#include "explain/shapley_explainer.h"
#include "model/trained_model.h"

namespace cohort::engine
{

struct GlobalExplanation
{
    std::vector<std::string> columns;
    std::vector<std::string> classNames;
    std::vector<std::size_t> rows;            // the table rows explained, in this order
    std::vector<Explanation> explanations;    // one per row, with its featureValues
    std::vector<std::vector<double>> meanAbs; // [column][class]: mean |SHAP| over the rows
};

/// One point of a dependence plot: the row's value of the column and its SHAP value.
struct DependencePoint
{
    std::size_t row = 0; // table row
    FeatureValue value;  // text always; number for numeric and boolean columns
    double shap = 0.0;
};

/// Called with (rows done, rows in total); at most about ten times a second, and once at
/// the end.
using ExplainProgress = std::function<void(std::size_t done, std::size_t total)>;

/// Explains the given rows of `table` (0-based data rows); only those rows are encoded. The
/// cancel flag is checked before every model call and stops with a Cancelled error.
[[nodiscard]] Result<GlobalExplanation>
explainRows(const TrainedModel &model, const RawTable &table, const std::vector<std::size_t> &rows,
            const WeightedBackground &background, const ExplainOptions &options = {},
            const ExplainProgress &onProgress = {}, const std::atomic<bool> *cancel = nullptr);

/// Mean |SHAP| per column for one class, from the per-row values.
[[nodiscard]] std::vector<double> meanAbsoluteValues(const GlobalExplanation &global,
                                                     std::size_t classIndex);

/// Column indices from the most to the least important for one class (mean |SHAP|).
[[nodiscard]] std::vector<std::size_t> importanceOrder(const GlobalExplanation &global,
                                                       std::size_t classIndex);

/// The SHAP values of one column for one class, one per explained row (a beeswarm's row).
[[nodiscard]] std::vector<double> columnValues(const GlobalExplanation &global, std::size_t column,
                                               std::size_t classIndex);

/// (feature value in the file's units, SHAP value) for one column and class, per row.
[[nodiscard]] std::vector<DependencePoint>
dependencePoints(const GlobalExplanation &global, std::size_t column, std::size_t classIndex);

} // namespace cohort::engine
