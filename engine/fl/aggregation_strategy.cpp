#include "fl/aggregation_strategy.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdio>

#include <sys/mman.h>

#include "fl/adaptive_server_strategy.h"
#include "fl/fed_avg_strategy.h"
#include "fl/robust_strategy.h"

namespace cohort::engine
{

namespace
{

std::string number(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%g", value);
    return text;
}

Error configError(const std::string &setting, const std::string &range, double value)
{
    return makeError(ErrorCode::InvalidInput,
                     setting + " must be " + range + " (got " + number(value) + ")",
                     "fix the strategy settings");
}

// Written as negations so that NaN fails every check.
Result<void> checkAdaptiveConfig(const StrategyConfig &config, bool usesBeta2)
{
    if (!(config.serverLearningRate > 0.0) || !std::isfinite(config.serverLearningRate))
        return configError("serverLearningRate", "greater than 0", config.serverLearningRate);
    if (!(config.beta1 >= 0.0 && config.beta1 < 1.0))
        return configError("beta1", "in [0, 1)", config.beta1);
    if (usesBeta2 && !(config.beta2 >= 0.0 && config.beta2 < 1.0))
        return configError("beta2", "in [0, 1)", config.beta2);
    if (!(config.tau > 0.0) || !std::isfinite(config.tau))
        return configError("tau", "greater than 0", config.tau);
    return {};
}

Result<std::unique_ptr<AggregationStrategy>> makeAdaptive(const StrategyConfig &config,
                                                          ServerOptimizer optimizer)
{
    const Result<void> checked = checkAdaptiveConfig(config, optimizer != ServerOptimizer::Adagrad);
    if (!checked)
        return checked.error();
    std::unique_ptr<AggregationStrategy> strategy =
        std::make_unique<AdaptiveServerStrategy>(optimizer, config);
    return strategy;
}

std::string joinedNames()
{
    std::string text;
    for (const std::string &name : aggregationStrategyNames())
        text += (text.empty() ? "" : ", ") + name;
    return text;
}

// Called before the first write to a fresh allocation: whole 2 MiB pages inside it may become
// transparent huge pages, 512 times fewer first-touch faults. The advice is best effort and
// leaves the contents alone, so a failure (old kernel, THP off) is ignored.
void adviseHugePages(void *data, std::size_t bytes)
{
#ifdef MADV_HUGEPAGE
    constexpr std::uintptr_t kHugePage = std::uintptr_t{2} << 20;
    const auto start = reinterpret_cast<std::uintptr_t>(data);
    const std::uintptr_t begin = (start + kHugePage - 1) & ~(kHugePage - 1);
    const std::uintptr_t end = (start + bytes) & ~(kHugePage - 1);
    if (end > begin)
        static_cast<void>(madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE));
#else
    static_cast<void>(data);
    static_cast<void>(bytes);
#endif
}

} // namespace

Result<void> AggregationStrategy::restoreState(const std::string &state)
{
    if (state.empty())
        return {};
    return makeError(ErrorCode::InvalidInput,
                     "the strategy " + name() + " keeps no state between rounds, but "
                         + std::to_string(state.size()) + " bytes of state were given",
                     "the stored state belongs to another strategy; resume with that strategy");
}

std::vector<std::string> aggregationStrategyNames()
{
    return {"fedavg", "fedprox", "fedadam", "fedyogi", "fedadagrad", "median", "trimmed_mean"};
}

Result<std::unique_ptr<AggregationStrategy>> makeAggregationStrategy(const StrategyConfig &config)
{
    std::unique_ptr<AggregationStrategy> strategy;
    if (config.name == "fedavg")
        strategy = std::make_unique<FedAvgStrategy>("fedavg", 0.0);
    else if (config.name == "fedprox")
    {
        if (!(config.proximalMu >= 0.0) || !std::isfinite(config.proximalMu))
            return configError("proximalMu", "0 or greater", config.proximalMu);
        strategy = std::make_unique<FedAvgStrategy>("fedprox", config.proximalMu);
    }
    else if (config.name == "fedadam")
        return makeAdaptive(config, ServerOptimizer::Adam);
    else if (config.name == "fedyogi")
        return makeAdaptive(config, ServerOptimizer::Yogi);
    else if (config.name == "fedadagrad")
        return makeAdaptive(config, ServerOptimizer::Adagrad);
    else if (config.name == "median")
        strategy = std::make_unique<RobustStrategy>(RobustStatistic::Median, 0.0);
    else if (config.name == "trimmed_mean")
    {
        if (!(config.trimFraction >= 0.0 && config.trimFraction < 0.5))
            return configError("trimFraction", "in [0, 0.5)", config.trimFraction);
        strategy =
            std::make_unique<RobustStrategy>(RobustStatistic::TrimmedMean, config.trimFraction);
    }
    else
        return makeError(ErrorCode::InvalidInput,
                         "unknown aggregation strategy '" + config.name + "'",
                         "use one of " + joinedNames());
    return strategy;
}

Result<void> checkClientUpdateShapes(std::size_t parameterCount,
                                     const std::vector<ClientUpdate> &results)
{
    if (parameterCount == 0)
        return makeError(ErrorCode::InvalidInput, "the global model has no parameters");
    if (results.empty())
        return makeError(ErrorCode::InvalidInput, "no results to aggregate",
                         "at least one site must return a result this round");
    for (const ClientUpdate &result : results)
    {
        if (result.parameters.size() != parameterCount)
            return makeError(
                ErrorCode::InvalidInput,
                "site '" + result.siteId + "' sent " + std::to_string(result.parameters.size())
                    + " parameters; the global model has " + std::to_string(parameterCount),
                "the site trained a different model architecture");
        if (result.sampleCount < 0)
            return makeError(ErrorCode::InvalidInput,
                             "site '" + result.siteId + "' reported a negative sample count ("
                                 + std::to_string(result.sampleCount) + ")");
    }
    std::vector<const std::string *> ids;
    ids.reserve(results.size());
    for (const ClientUpdate &result : results)
        ids.push_back(&result.siteId);
    std::sort(ids.begin(), ids.end(), [](const auto *a, const auto *b) { return *a < *b; });
    const auto twice = std::adjacent_find(ids.begin(), ids.end(),
                                          [](const auto *a, const auto *b) { return *a == *b; });
    if (twice != ids.end())
        return makeError(ErrorCode::InvalidInput,
                         "site '" + **twice + "' sent more than one result this round");
    return {};
}

Result<void> checkClientUpdateValues(const std::vector<ClientUpdate> &results)
{
    for (const ClientUpdate &result : results)
    {
        const std::vector<float> &values = result.parameters;
        if (!containsNonFinite(values.data(), values.size()))
            continue;
        const auto bad =
            std::find_if(values.begin(), values.end(), [](float x) { return !std::isfinite(x); });
        return makeError(ErrorCode::InvalidInput,
                         "site '" + result.siteId + "' sent a non-finite parameter (" + number(*bad)
                             + ") at index " + std::to_string(bad - values.begin()),
                         "the site's training diverged; lower its learning rate");
    }
    return {};
}

bool containsNonFinite(const float *values, std::size_t count)
{
    // A NaN or an infinity has every exponent bit set; adding one to the exponent field then
    // carries into the top bit. Integer arithmetic over fixed blocks lets the loop vectorise.
    constexpr std::uint32_t kExponent = 0x7f800000u;
    constexpr std::uint32_t kExponentOne = 0x00800000u;
    constexpr std::size_t kBlock = 4096;
    std::size_t begin = 0;
    for (; begin + kBlock <= count; begin += kBlock)
    {
        std::uint32_t carried = 0;
        for (std::size_t i = 0; i < kBlock; ++i)
            carried |= (std::bit_cast<std::uint32_t>(values[begin + i]) & kExponent) + kExponentOne;
        if (carried & 0x80000000u)
            return true;
    }
    return std::any_of(values + begin, values + count, [](float x) { return !std::isfinite(x); });
}

std::vector<float> makeParameterVector(std::size_t count, float value)
{
    std::vector<float> values;
    values.reserve(count);
    adviseHugePages(values.data(), count * sizeof(float));
    values.assign(count, value);
    return values;
}

} // namespace cohort::engine
