#include "explain/exact_shapley.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <vector>

namespace cohort::engine
{

namespace
{

// |S|!(M-|S|-1)!/M! for every coalition size, as 1 / (M * binomial(M-1, s)).
std::vector<double> shapleyWeights(std::size_t columns)
{
    std::vector<double> weights(columns);
    double binomial = 1.0; // binomial(M-1, s)
    for (std::size_t s = 0; s < columns; ++s)
    {
        weights[s] = 1.0 / (static_cast<double>(columns) * binomial);
        binomial = binomial * static_cast<double>(columns - 1 - s) / static_cast<double>(s + 1);
    }
    return weights;
}

} // namespace

Result<ShapleyEstimate> exactShapley(CoalitionValues &values, const std::atomic<bool> *cancel)
{
    const std::size_t columns = values.columnCount();
    const std::size_t classes = values.classCount();
    if (columns == 0 || columns > static_cast<std::size_t>(kMaxExactColumns))
        return makeError(ErrorCode::InvalidInput, "exact Shapley values need between 1 and "
                                                      + std::to_string(kMaxExactColumns)
                                                      + " columns");
    const std::size_t coalitions = std::size_t{1} << columns;

    // Coalition S is the bit pattern of its index; masks are written a chunk at a time.
    std::vector<double> v(coalitions * classes);
    constexpr std::size_t kChunk = 4096;
    std::vector<std::uint8_t> masks(std::min(kChunk, coalitions) * columns);
    for (std::size_t start = 0; start < coalitions; start += kChunk)
    {
        const std::size_t count = std::min(kChunk, coalitions - start);
        for (std::size_t c = 0; c < count; ++c)
        {
            for (std::size_t i = 0; i < columns; ++i)
                masks[c * columns + i] = static_cast<std::uint8_t>(((start + c) >> i) & 1u);
        }
        if (auto done = values.evaluate(masks.data(), count, v.data() + start * classes, cancel);
            !done)
            return done.error();
    }

    ShapleyEstimate estimate;
    estimate.base.assign(v.begin(), v.begin() + static_cast<long>(classes));
    estimate.output.assign(v.end() - static_cast<long>(classes), v.end());
    estimate.values.assign(columns, std::vector<double>(classes, 0.0));
    estimate.standardError.assign(columns, std::vector<double>(classes, 0.0));
    estimate.coalitionsEvaluated = static_cast<int>(coalitions);
    const std::vector<double> weights = shapleyWeights(columns);
    for (std::size_t s = 0; s < coalitions; ++s)
    {
        const auto size = static_cast<std::size_t>(std::popcount(s));
        if (size == columns)
            continue;
        const double weight = weights[size];
        const double *without = v.data() + s * classes;
        for (std::size_t i = 0; i < columns; ++i)
        {
            if ((s >> i) & 1u)
                continue;
            const double *with = v.data() + (s | (std::size_t{1} << i)) * classes;
            for (std::size_t k = 0; k < classes; ++k)
                estimate.values[i][k] += weight * (with[k] - without[k]);
        }
    }
    return estimate;
}

} // namespace cohort::engine
