#include "fl/fed_avg_strategy.h"

#include <algorithm>
#include <array>
#include <utility>

namespace cohort::engine
{

namespace
{

// 1024 doubles (8 KiB) of running sums stay in L1 while every result streams through once.
constexpr std::size_t kBlock = 1024;

// The weighted sum of one block of coordinates, written to `mean` as float. Whole blocks pass
// the constant kBlock as `count`, so the inlined loops have a fixed trip count and vectorise.
inline void meanOfBlock(const std::vector<ClientUpdate> &results,
                        const std::vector<double> &weights, std::size_t begin, std::size_t count,
                        double *sum, float *mean)
{
    std::fill_n(sum, count, 0.0);
    for (std::size_t k = 0; k < results.size(); ++k)
    {
        const float *values = results[k].parameters.data() + begin;
        const double weight = weights[k];
        for (std::size_t i = 0; i < count; ++i)
            sum[i] += weight * static_cast<double>(values[i]);
    }
    for (std::size_t i = 0; i < count; ++i)
        mean[begin + i] = static_cast<float>(sum[i]);
}

} // namespace

FedAvgStrategy::FedAvgStrategy(std::string name, double proximalMu)
    : m_name(std::move(name))
    , m_proximalMu(proximalMu)
{
}

Result<std::vector<float>> FedAvgStrategy::aggregate(const std::vector<float> &global,
                                                     const std::vector<ClientUpdate> &results,
                                                     const std::vector<ClientFailure> &)
{
    return weightedMean(global.size(), results);
}

Result<std::vector<float>> weightedMean(std::size_t parameterCount,
                                        const std::vector<ClientUpdate> &results)
{
    const Result<void> shapes = checkClientUpdateShapes(parameterCount, results);
    if (!shapes)
        return shapes.error();
    double totalSamples = 0.0;
    for (const ClientUpdate &result : results)
        totalSamples += static_cast<double>(result.sampleCount);
    if (totalSamples <= 0.0)
        return makeError(ErrorCode::InvalidInput, "the results report no training samples",
                         "every site reported a sample count of 0");
    std::vector<double> weights;
    weights.reserve(results.size());
    for (const ClientUpdate &result : results)
        weights.push_back(static_cast<double>(result.sampleCount) / totalSamples);

    std::vector<float> mean = makeParameterVector(parameterCount);
    std::array<double, kBlock> sum;
    std::size_t begin = 0;
    for (; begin + kBlock <= parameterCount; begin += kBlock)
        meanOfBlock(results, weights, begin, kBlock, sum.data(), mean.data());
    meanOfBlock(results, weights, begin, parameterCount - begin, sum.data(), mean.data());

    // A NaN or infinity in any input makes its coordinate's sum non-finite (0 * inf is NaN
    // too), so one scan of the output replaces a scan of every input on the common path.
    if (containsNonFinite(mean.data(), mean.size()))
    {
        const Result<void> values = checkClientUpdateValues(results);
        if (!values)
            return values.error();
        return makeError(ErrorCode::InvalidInput, "the weighted mean overflows float",
                         "the sites' parameters are too large");
    }
    return mean;
}

} // namespace cohort::engine
