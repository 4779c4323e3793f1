#include "explain/coalition_values.h"

#include <algorithm>
#include <cstring>
#include <numeric>
#include <string>

namespace cohort::engine
{

CoalitionValues::CoalitionValues(const ExplainableModel &model, const FeatureMatrix &row,
                                 const WeightedBackground &background, std::size_t maxBatchRows)
    : m_model(model)
    , m_row(row)
    , m_background(background.rows)
    , m_weights(background.weights)
{
    const double total = std::accumulate(m_weights.begin(), m_weights.end(), 0.0);
    for (double &weight : m_weights)
        weight /= total;
    m_rowsPerCall = std::max<std::size_t>(1, maxBatchRows);
    m_batch = FeatureMatrix(0, m_background.cols);
}

// Rows [first, last) of one coalition's block: background rows with the coalition's columns
// replaced by the row's values. Starts from whichever source most columns take.
void CoalitionValues::fillRows(const std::uint8_t *mask, std::size_t first, std::size_t last,
                               float *out) const
{
    const std::size_t width = m_background.cols;
    const std::vector<ColumnGroup> &groups = m_model.groups.groups();
    const auto fromRow = static_cast<std::size_t>(std::count(mask, mask + groups.size(), 1));
    const bool startFromRow = fromRow * 2 > groups.size();
    if (startFromRow)
    {
        for (std::size_t b = first; b < last; ++b)
            std::memcpy(out + (b - first) * width, m_row.values.data(), width * sizeof(float));
    }
    else
    {
        std::memcpy(out, m_background.rowData(first), (last - first) * width * sizeof(float));
    }
    for (std::size_t g = 0; g < groups.size(); ++g)
    {
        const bool takesRow = mask[g] != 0;
        if (takesRow == startFromRow)
            continue;
        const std::size_t begin = groups[g].begin;
        const std::size_t bytes = groups[g].width() * sizeof(float);
        for (std::size_t b = first; b < last; ++b)
        {
            const float *source = takesRow ? m_row.values.data() : m_background.rowData(b);
            std::memcpy(out + (b - first) * width + begin, source + begin, bytes);
        }
    }
}

Result<void> CoalitionValues::evaluate(const std::uint8_t *masks, std::size_t count, double *out,
                                       const std::atomic<bool> *cancel)
{
    const std::size_t columns = columnCount();
    const std::size_t classes = classCount();
    const std::size_t rows = m_background.rows;
    const std::size_t width = m_background.cols;
    std::fill(out, out + count * classes, 0.0);
    // Model row r is background row r % rows under coalition r / rows; calls take
    // m_rowsPerCall consecutive model rows, so a coalition may span two calls.
    const std::size_t total = count * rows;
    for (std::size_t start = 0; start < total; start += m_rowsPerCall)
    {
        if (cancel && cancel->load())
            return makeError(ErrorCode::Cancelled, Reason{ReasonCode::ExplanationStopped, {}});
        const std::size_t end = std::min(total, start + m_rowsPerCall);
        m_batch.rows = end - start;
        m_batch.values.resize(m_batch.rows * width);
        for (std::size_t r = start; r < end;)
        {
            const std::size_t c = r / rows;
            const std::size_t last = std::min(end, (c + 1) * rows);
            fillRows(masks + c * columns, r - c * rows, last - c * rows,
                     m_batch.values.data() + (r - start) * width);
            r = last;
        }

        const std::vector<float> outputs = m_model.predict(m_batch);
        if (outputs.size() != m_batch.rows * classes)
            return makeError(ErrorCode::Internal,
                             "the model returned " + std::to_string(outputs.size())
                                 + " outputs for " + std::to_string(m_batch.rows) + " rows of "
                                 + std::to_string(classes) + " classes");
        for (std::size_t r = start; r < end; ++r)
        {
            const double weight = m_weights[r % rows];
            const float *p = outputs.data() + (r - start) * classes;
            double *value = out + (r / rows) * classes;
            for (std::size_t k = 0; k < classes; ++k)
                value[k] += weight * static_cast<double>(p[k]);
        }
    }
    return {};
}

} // namespace cohort::engine
