#include "explain/global_explanation.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>

#include "explain/column_groups.h"
#include "explain/explainable_model.h"

namespace cohort::engine
{

namespace
{

// Reports progress at most every 100 ms, and always the final count.
class ThrottledProgress
{
public:
    ThrottledProgress(const ExplainProgress &callback, std::size_t total)
        : m_callback(callback)
        , m_total(total)
    {
    }

    void report(std::size_t done)
    {
        if (!m_callback)
            return;
        const auto now = std::chrono::steady_clock::now();
        if (done < m_total && now - m_last < std::chrono::milliseconds(100))
            return;
        m_last = now;
        m_callback(done, m_total);
    }

private:
    const ExplainProgress &m_callback;
    std::size_t m_total;
    std::chrono::steady_clock::time_point m_last{};
};

} // namespace

Result<GlobalExplanation>
explainRows(const TrainedModel &model, const RawTable &table, const std::vector<std::size_t> &rows,
            const WeightedBackground &background, const ExplainOptions &options,
            const ExplainProgress &onProgress, const std::atomic<bool> *cancel)
{
    for (const std::size_t row : rows)
    {
        if (row >= table.rowCount())
            return makeError(ErrorCode::InvalidInput,
                             Reason{ReasonCode::RowPastEnd, {std::to_string(row)}});
    }
    // Only the explained rows are encoded: a sample of a large file stays cheap.
    Result<FeatureMatrix> encoded = model.preprocessor().transform(tableRows(table, rows));
    if (!encoded)
        return encoded.error();
    const ExplainableModel adapter = explainableModel(model);

    GlobalExplanation global;
    global.columns = adapter.groups.names();
    global.classNames = adapter.classNames;
    global.rows = rows;
    global.explanations.reserve(rows.size());
    ThrottledProgress progress(onProgress, rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i)
    {
        if (cancel && cancel->load())
            return makeError(ErrorCode::Cancelled, Reason{ReasonCode::ExplanationStopped, {}});
        const FeatureMatrix row = encoded->select({i});
        Result<Explanation> explanation = explainRow(adapter, row, background, options, cancel);
        if (!explanation)
            return explanation.error();
        Result<std::vector<FeatureValue>> cells = originalValues(adapter.groups, table, rows[i]);
        if (!cells)
            return cells.error();
        explanation->featureValues = std::move(cells).value();
        global.explanations.push_back(std::move(explanation).value());
        progress.report(i + 1);
    }
    if (rows.empty())
        progress.report(0);
    global.meanAbs.assign(global.columns.size(),
                          std::vector<double>(global.classNames.size(), 0.0));
    for (std::size_t k = 0; k < global.classNames.size(); ++k)
    {
        const std::vector<double> means = meanAbsoluteValues(global, k);
        for (std::size_t c = 0; c < means.size(); ++c)
            global.meanAbs[c][k] = means[c];
    }
    return global;
}

std::vector<double> meanAbsoluteValues(const GlobalExplanation &global, std::size_t classIndex)
{
    std::vector<double> means(global.columns.size(), 0.0);
    if (global.explanations.empty())
        return means;
    for (const Explanation &explanation : global.explanations)
    {
        for (std::size_t c = 0; c < means.size(); ++c)
            means[c] += std::abs(explanation.values[c][classIndex]);
    }
    for (double &mean : means)
        mean /= static_cast<double>(global.explanations.size());
    return means;
}

std::vector<std::size_t> importanceOrder(const GlobalExplanation &global, std::size_t classIndex)
{
    const std::vector<double> means = meanAbsoluteValues(global, classIndex);
    std::vector<std::size_t> order(means.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return means[a] > means[b]; });
    return order;
}

std::vector<double> columnValues(const GlobalExplanation &global, std::size_t column,
                                 std::size_t classIndex)
{
    std::vector<double> values;
    values.reserve(global.explanations.size());
    for (const Explanation &explanation : global.explanations)
        values.push_back(explanation.values[column][classIndex]);
    return values;
}

std::vector<DependencePoint> dependencePoints(const GlobalExplanation &global, std::size_t column,
                                              std::size_t classIndex)
{
    std::vector<DependencePoint> points;
    points.reserve(global.explanations.size());
    for (std::size_t i = 0; i < global.explanations.size(); ++i)
    {
        const Explanation &explanation = global.explanations[i];
        DependencePoint point;
        point.row = global.rows[i];
        point.value = explanation.featureValues[column];
        point.shap = explanation.values[column][classIndex];
        points.push_back(std::move(point));
    }
    return points;
}

} // namespace cohort::engine
