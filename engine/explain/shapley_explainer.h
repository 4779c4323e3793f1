// Shapley-value explanations of one prediction per original CSV column: exact enumeration
// for few columns, Kernel SHAP for many. Uses only the given model and the site's own
// background rows; nothing leaves the site.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"
#include "data/feature_matrix.h"
#include "data/raw_table.h"
#include "explain/background_summary.h"
#include "explain/column_groups.h"
#include "explain/exact_shapley.h"
#include "explain/explainable_model.h"
#include "model/trained_model.h"

namespace cohort::engine
{

enum class ExplainMethod
{
    Automatic, // exact up to maxExactColumns columns, Kernel SHAP above
    Exact,     // up to kMaxExactColumns columns
    Kernel,
};

/// "auto", "exact" or "kernel".
[[nodiscard]] Result<ExplainMethod> explainMethodFromString(const std::string &name);
[[nodiscard]] std::string toString(ExplainMethod method);

struct ExplainOptions
{
    ExplainMethod method = ExplainMethod::Automatic;
    /// Automatic uses the exact method up to this many columns (at most kMaxExactColumns,
    /// 20, which also bounds an explicit Exact request).
    int maxExactColumns = 12;
    int samples = 2048;      // Kernel SHAP: coalitions drawn, as samples/2 complementary pairs
    std::uint64_t seed = 42; // Kernel SHAP sampling
    /// Model rows per predict call. Small calls keep the network's activations in cache and
    /// its temporaries in malloc's free lists; calls of 1024+ rows ran up to 10x slower on a
    /// VM where glibc handed their memory back and page-faulted it in again on every call.
    std::size_t maxBatchRows = 256;

    [[nodiscard]] Result<void> validate() const;
};

/// One row's explanation. Efficiency: baseValue + the sum of values = output, per class.
struct Explanation
{
    std::vector<std::string> columns; // original columns, in model-input order
    std::vector<std::string> classNames;
    std::vector<double> baseValue; // per class: weighted mean model output over the background
    std::vector<double> output;    // per class: the model's output for the row
    std::vector<std::vector<double>> values;        // [column][class]
    std::vector<std::vector<double>> standardError; // [column][class]; 0 for exact
    std::vector<FeatureValue> featureValues; // per column in the file's units; empty if unknown
    std::string method;                      // "exact" or "kernel"
    int coalitionsEvaluated = 0;
};

/// Explains `encodedRow` (1 x model inputs) against the weighted background with the
/// interventional value function v(S) = sum_b w_b f(x_S, b_notS). A set `cancel` returns a
/// Cancelled error before the next model call.
[[nodiscard]] Result<Explanation> explainRow(const ExplainableModel &model,
                                             const FeatureMatrix &encodedRow,
                                             const WeightedBackground &background,
                                             const ExplainOptions &options = {},
                                             const std::atomic<bool> *cancel = nullptr);

/// The same for a trained model; explanations are of its class probabilities.
[[nodiscard]] Result<Explanation> explainRow(const TrainedModel &model,
                                             const FeatureMatrix &encodedRow,
                                             const WeightedBackground &background,
                                             const ExplainOptions &options = {},
                                             const std::atomic<bool> *cancel = nullptr);

/// Explains row `row` (0-based data row) of `table`, with the row's cells in featureValues.
[[nodiscard]] Result<Explanation> explainTableRow(const TrainedModel &model, const RawTable &table,
                                                  std::size_t row,
                                                  const WeightedBackground &background,
                                                  const ExplainOptions &options = {},
                                                  const std::atomic<bool> *cancel = nullptr);

/// The class with the highest output for the explained row (ties: the lower index).
[[nodiscard]] std::size_t predictedClass(const Explanation &explanation);

/// Column indices from the largest to the smallest |value| for class `classIndex`.
[[nodiscard]] std::vector<std::size_t> columnsByImpact(const Explanation &explanation,
                                                       std::size_t classIndex);

} // namespace cohort::engine
