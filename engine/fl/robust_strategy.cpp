#include "fl/robust_strategy.h"

#include <algorithm>
#include <cmath>

namespace cohort::engine
{

namespace
{

// Coordinates gathered per pass: the scratch buffer (kBlock x results floats) stays in cache.
constexpr std::size_t kBlock = 256;

// Selection, not sorting: nth_element is linear in the number of results.
float medianOf(float *values, std::size_t count)
{
    const std::size_t middle = count / 2;
    std::nth_element(values, values + middle, values + count);
    if (count % 2 == 1)
        return values[middle];
    // nth_element left the lower half in front, so its largest value is the lower middle.
    const float lower = *std::max_element(values, values + middle);
    return static_cast<float>((static_cast<double>(lower) + values[middle]) / 2.0);
}

float trimmedMeanOf(float *values, std::size_t count, std::size_t cut)
{
    if (cut > 0)
    {
        // First the cut smallest to the front, then the cut largest of the rest to the back.
        std::nth_element(values, values + cut, values + count);
        std::nth_element(values + cut, values + count - cut, values + count);
    }
    double sum = 0.0;
    for (std::size_t i = cut; i < count - cut; ++i)
        sum += values[i];
    return static_cast<float>(sum / static_cast<double>(count - 2 * cut));
}

} // namespace

RobustStrategy::RobustStrategy(RobustStatistic statistic, double trimFraction)
    : m_statistic(statistic)
    , m_trimFraction(trimFraction)
{
}

std::string RobustStrategy::name() const
{
    return m_statistic == RobustStatistic::Median ? "median" : "trimmed_mean";
}

std::size_t trimmedCount(double trimFraction, std::size_t count)
{
    const auto cut = static_cast<std::size_t>(
        std::floor(std::max(0.0, trimFraction) * static_cast<double>(count) + 1e-9));
    return count == 0 ? 0 : std::min(cut, (count - 1) / 2);
}

Result<std::vector<float>> RobustStrategy::aggregate(const std::vector<float> &global,
                                                     const std::vector<ClientUpdate> &results,
                                                     const std::vector<ClientFailure> &)
{
    const std::size_t parameterCount = global.size();
    const Result<void> shapes = checkClientUpdateShapes(parameterCount, results);
    if (!shapes)
        return shapes.error();
    // Selection needs a strict order, which NaN breaks, so every value is checked up front.
    const Result<void> values = checkClientUpdateValues(results);
    if (!values)
        return values.error();

    const std::size_t sites = results.size();
    const std::size_t cut = trimmedCount(m_trimFraction, sites);
    std::vector<float> scratch(kBlock * sites);
    std::vector<float> aggregated = makeParameterVector(parameterCount);
    for (std::size_t begin = 0; begin < parameterCount; begin += kBlock)
    {
        const std::size_t count = std::min(kBlock, parameterCount - begin);
        // Transpose the block so each coordinate's values sit next to each other.
        for (std::size_t site = 0; site < sites; ++site)
        {
            const float *source = results[site].parameters.data() + begin;
            for (std::size_t j = 0; j < count; ++j)
                scratch[j * sites + site] = source[j];
        }
        for (std::size_t j = 0; j < count; ++j)
        {
            float *column = scratch.data() + j * sites;
            aggregated[begin + j] = m_statistic == RobustStatistic::Median
                                        ? medianOf(column, sites)
                                        : trimmedMeanOf(column, sites, cut);
        }
    }
    return aggregated;
}

} // namespace cohort::engine
