#include "fl/aggregation_benchmark.h"

#include <chrono>
#include <cstdint>
#include <vector>

#include "fl/aggregation_strategy.h"

namespace cohort::engine
{

namespace
{

// Deterministic values in [-1, 1) from a xorshift generator: fast enough to fill hundreds of
// megabytes, and the figures do not depend on the values anyway.
std::vector<float> syntheticParameters(std::size_t count, std::uint64_t seed)
{
    std::vector<float> values(count);
    std::uint64_t state = seed * 0x9E3779B97F4A7C15ull + 1;
    for (float &value : values)
    {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        value = static_cast<float>(state >> 40) / static_cast<float>(1 << 23) - 1.0f;
    }
    return values;
}

} // namespace

Result<AggregationFigures> measureAggregation(const std::string &strategy, std::size_t parameters,
                                              int clients)
{
    if (parameters == 0 || clients <= 0)
        return makeError(ErrorCode::InvalidInput,
                         "the benchmark needs at least one parameter and one client");
    StrategyConfig config;
    config.name = strategy;
    Result<std::unique_ptr<AggregationStrategy>> made = makeAggregationStrategy(config);
    if (!made)
        return made.error();
    AggregationStrategy &aggregation = *made.value();

    const std::vector<float> global = syntheticParameters(parameters, 0);
    std::vector<ClientUpdate> results(static_cast<std::size_t>(clients));
    for (std::size_t k = 0; k < results.size(); ++k)
    {
        results[k].siteId = "site-" + std::to_string(k + 1);
        results[k].parameters = syntheticParameters(parameters, k + 1);
        results[k].sampleCount = static_cast<std::int64_t>(100 + k);
    }

    // One untimed round first, as a server's rounds after the first one: it allocates the
    // adaptive strategies' moments and pays the process's first touch of fresh memory, which
    // on a virtual machine can cost more than the arithmetic and says nothing about it.
    if (const auto warmUp = aggregation.aggregate(global, results, {}); !warmUp)
        return warmUp.error();
    const auto start = std::chrono::steady_clock::now();
    const Result<std::vector<float>> aggregated = aggregation.aggregate(global, results, {});
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    if (!aggregated)
        return aggregated.error();

    AggregationFigures figures;
    figures.seconds = elapsed.count();
    const double bytes = static_cast<double>(parameters) * static_cast<double>(clients) * 4.0;
    figures.gigabytesPerSecond = figures.seconds > 0.0 ? bytes / figures.seconds / 1e9 : 0.0;
    return figures;
}

} // namespace cohort::engine
