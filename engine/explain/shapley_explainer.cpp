#include "explain/shapley_explainer.h"

#include <numeric>

#include <cmath>

#include <algorithm>

#include "explain/coalition_values.h"
#include "explain/exact_shapley.h"
#include "explain/kernel_shap.h"

namespace cohort::engine
{

Result<ExplainMethod> explainMethodFromString(const std::string &name)
{
    if (name == "auto")
        return ExplainMethod::Automatic;
    if (name == "exact")
        return ExplainMethod::Exact;
    if (name == "kernel")
        return ExplainMethod::Kernel;
    return makeError(ErrorCode::InvalidInput, "unknown explanation method '" + name + "'",
                     "use auto, exact or kernel");
}

std::string toString(ExplainMethod method)
{
    switch (method)
    {
    case ExplainMethod::Exact:
        return "exact";
    case ExplainMethod::Kernel:
        return "kernel";
    default:
        return "auto";
    }
}

Result<void> ExplainOptions::validate() const
{
    if (maxExactColumns < 0 || maxExactColumns > kMaxExactColumns)
        return makeError(ErrorCode::InvalidInput, "the exact method handles at most "
                                                      + std::to_string(kMaxExactColumns)
                                                      + " columns");
    if (samples < 4)
        return makeError(ErrorCode::InvalidInput, "Kernel SHAP needs at least 4 samples");
    if (maxBatchRows == 0)
        return makeError(ErrorCode::InvalidInput, "model batches need at least one row");
    return {};
}

Result<Explanation> explainRow(const ExplainableModel &model, const FeatureMatrix &encodedRow,
                               const WeightedBackground &background, const ExplainOptions &options,
                               const std::atomic<bool> *cancel)
{
    if (auto valid = options.validate(); !valid)
        return valid.error();
    const std::size_t columns = model.groups.size();
    if (columns == 0 || model.classNames.empty() || !model.predict)
        return makeError(ErrorCode::InvalidInput, "the model has no columns or classes to explain");
    if (encodedRow.rows != 1 || encodedRow.cols != model.groups.inputWidth())
        return makeError(ErrorCode::InvalidInput, "explain one encoded row of "
                                                      + std::to_string(model.groups.inputWidth())
                                                      + " inputs");
    if (auto valid = validateBackground(background, model.groups.inputWidth()); !valid)
        return valid.error();

    // One column needs no estimate: its value is output - base.
    const bool exact = options.method == ExplainMethod::Exact || columns < 2
                       || (options.method == ExplainMethod::Automatic
                           && columns <= static_cast<std::size_t>(options.maxExactColumns));
    if (exact && columns > static_cast<std::size_t>(kMaxExactColumns))
        return makeError(ErrorCode::InvalidInput,
                         "the exact method handles at most " + std::to_string(kMaxExactColumns)
                             + " columns but the model has " + std::to_string(columns),
                         "use the kernel method");

    CoalitionValues values(model, encodedRow, background, options.maxBatchRows);
    Result<ShapleyEstimate> estimate =
        exact ? exactShapley(values, cancel)
              : kernelShap(values, options.samples, options.seed, cancel);
    if (!estimate)
        return estimate.error();

    Explanation explanation;
    explanation.columns = model.groups.names();
    explanation.classNames = model.classNames;
    explanation.baseValue = std::move(estimate->base);
    explanation.output = std::move(estimate->output);
    explanation.values = std::move(estimate->values);
    explanation.standardError = std::move(estimate->standardError);
    explanation.method = exact ? "exact" : "kernel";
    explanation.coalitionsEvaluated = estimate->coalitionsEvaluated;
    return explanation;
}

Result<Explanation> explainRow(const TrainedModel &model, const FeatureMatrix &encodedRow,
                               const WeightedBackground &background, const ExplainOptions &options,
                               const std::atomic<bool> *cancel)
{
    return explainRow(explainableModel(model), encodedRow, background, options, cancel);
}

Result<Explanation> explainTableRow(const TrainedModel &model, const RawTable &table,
                                    std::size_t row, const WeightedBackground &background,
                                    const ExplainOptions &options, const std::atomic<bool> *cancel)
{
    const ExplainableModel adapter = explainableModel(model);
    Result<std::vector<FeatureValue>> cells = originalValues(adapter.groups, table, row);
    if (!cells)
        return cells.error();
    Result<FeatureMatrix> encoded = model.preprocessor().transform(tableRows(table, {row}));
    if (!encoded)
        return encoded.error();
    Result<Explanation> explanation =
        explainRow(adapter, encoded.value(), background, options, cancel);
    if (explanation)
        explanation->featureValues = std::move(cells).value();
    return explanation;
}

std::size_t predictedClass(const Explanation &explanation)
{
    const auto &output = explanation.output;
    return static_cast<std::size_t>(std::max_element(output.begin(), output.end())
                                    - output.begin());
}

std::vector<std::size_t> columnsByImpact(const Explanation &explanation, std::size_t classIndex)
{
    std::vector<std::size_t> order(explanation.columns.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b)
                     {
                         return std::abs(explanation.values[a][classIndex])
                                > std::abs(explanation.values[b][classIndex]);
                     });
    return order;
}

} // namespace cohort::engine
