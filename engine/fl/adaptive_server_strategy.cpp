#include "fl/adaptive_server_strategy.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>
#include <utility>

#include "fl/fed_avg_strategy.h"

namespace cohort::engine
{

namespace
{

struct Coefficients
{
    float learningRate;
    float beta1;
    float oneMinusBeta1;
    float beta2;
    float oneMinusBeta2;
    float tau;
};

// One optimiser step over all parameters. `model` holds the weighted mean on entry and the new
// global model on return; the optimiser is a template argument so the loop has no branch on it.
template <ServerOptimizer Optimizer>
void step(const float *global, float *model, float *first, float *second, std::size_t count,
          const Coefficients &c)
{
    for (std::size_t i = 0; i < count; ++i)
    {
        const float delta = model[i] - global[i];
        const float square = delta * delta;
        first[i] = c.beta1 * first[i] + c.oneMinusBeta1 * delta;
        if constexpr (Optimizer == ServerOptimizer::Adagrad)
            second[i] += square;
        else if constexpr (Optimizer == ServerOptimizer::Adam)
            second[i] = c.beta2 * second[i] + c.oneMinusBeta2 * square;
        else
        {
            // Yogi moves v towards delta^2 by (1 - beta2) delta^2 in either direction, so v
            // cannot grow as fast as Adam's when an update is large.
            const float gap = second[i] - square;
            const float sign = gap > 0.0f ? 1.0f : (gap < 0.0f ? -1.0f : 0.0f);
            second[i] -= c.oneMinusBeta2 * square * sign;
        }
        model[i] = global[i] + c.learningRate * first[i] / (std::sqrt(second[i]) + c.tau);
    }
}

// The saved state, every number little-endian: the magic "CSOS" (Cohort server optimiser
// state), the layout version (uint32), the optimiser's code (uint32), the counts of m and v
// (uint64 each), then m and v as float32. A new layout gets a new version; old ones stay
// readable.
constexpr std::string_view kStateMagic = "CSOS";
constexpr std::uint32_t kStateLayout = 1;
constexpr std::size_t kStateHeaderBytes = 4 + 4 + 4 + 8 + 8;
constexpr std::size_t kMomentBytes = 2 * sizeof(float); // one m and one v per parameter

// Codes fixed in the saved bytes, independent of the enum's order.
std::uint32_t optimizerCode(ServerOptimizer optimizer)
{
    switch (optimizer)
    {
    case ServerOptimizer::Adagrad:
        return 1;
    case ServerOptimizer::Adam:
        return 2;
    case ServerOptimizer::Yogi:
        return 3;
    }
    return 0;
}

std::optional<ServerOptimizer> optimizerFromCode(std::uint64_t code)
{
    for (const ServerOptimizer optimizer :
         {ServerOptimizer::Adagrad, ServerOptimizer::Adam, ServerOptimizer::Yogi})
    {
        if (optimizerCode(optimizer) == code)
            return optimizer;
    }
    return std::nullopt;
}

std::string optimizerName(ServerOptimizer optimizer)
{
    switch (optimizer)
    {
    case ServerOptimizer::Adagrad:
        return "fedadagrad";
    case ServerOptimizer::Adam:
        return "fedadam";
    case ServerOptimizer::Yogi:
        return "fedyogi";
    }
    return "fedadam";
}

void appendInteger(std::string &bytes, std::uint64_t value, std::size_t width)
{
    for (std::size_t b = 0; b < width; ++b)
        bytes.push_back(static_cast<char>((value >> (8 * b)) & 0xffu));
}

void appendFloats(std::string &bytes, const std::vector<float> &values)
{
    if constexpr (std::endian::native == std::endian::little)
    {
        const std::size_t at = bytes.size();
        bytes.resize(at + values.size() * sizeof(float));
        if (!values.empty())
            std::memcpy(bytes.data() + at, values.data(), values.size() * sizeof(float));
    }
    else
    {
        for (const float value : values)
            appendInteger(bytes, std::bit_cast<std::uint32_t>(value), sizeof(float));
    }
}

std::uint64_t readInteger(const std::string &bytes, std::size_t offset, std::size_t width)
{
    std::uint64_t value = 0;
    for (std::size_t b = 0; b < width; ++b)
        value |= std::uint64_t{static_cast<unsigned char>(bytes[offset + b])} << (8 * b);
    return value;
}

std::vector<float> readFloats(const std::string &bytes, std::size_t offset, std::size_t count)
{
    std::vector<float> values = makeParameterVector(count);
    if constexpr (std::endian::native == std::endian::little)
    {
        if (count > 0)
            std::memcpy(values.data(), bytes.data() + offset, count * sizeof(float));
    }
    else
    {
        for (std::size_t i = 0; i < count; ++i)
            values[i] = std::bit_cast<float>(
                static_cast<std::uint32_t>(readInteger(bytes, offset + i * sizeof(float), 4)));
    }
    return values;
}

Error stateError(const std::string &problem,
                 std::string hint = "the stored round is damaged; resume from an earlier round")
{
    return makeError(ErrorCode::InvalidInput, "the saved server optimiser state " + problem,
                     std::move(hint));
}

} // namespace

AdaptiveServerStrategy::AdaptiveServerStrategy(ServerOptimizer optimizer,
                                               const StrategyConfig &config)
    : m_optimizer(optimizer)
    , m_learningRate(config.serverLearningRate)
    , m_beta1(config.beta1)
    , m_beta2(config.beta2)
    , m_tau(config.tau)
{
}

std::string AdaptiveServerStrategy::name() const
{
    return optimizerName(m_optimizer);
}

std::string AdaptiveServerStrategy::saveState() const
{
    if (m_first.empty())
        return {};
    std::string bytes;
    bytes.reserve(kStateHeaderBytes + m_first.size() * kMomentBytes);
    bytes.append(kStateMagic);
    appendInteger(bytes, kStateLayout, 4);
    appendInteger(bytes, optimizerCode(m_optimizer), 4);
    appendInteger(bytes, m_first.size(), 8);
    appendInteger(bytes, m_second.size(), 8);
    appendFloats(bytes, m_first);
    appendFloats(bytes, m_second);
    return bytes;
}

Result<void> AdaptiveServerStrategy::restoreState(const std::string &state)
{
    if (state.empty())
    {
        reset();
        return {};
    }
    if (state.size() < kStateHeaderBytes)
        return stateError("is truncated: " + std::to_string(state.size())
                          + " bytes, shorter than its " + std::to_string(kStateHeaderBytes)
                          + "-byte header");
    if (state.compare(0, kStateMagic.size(), kStateMagic) != 0)
        return stateError("is not a server optimiser state (it does not start with \"CSOS\")");
    if (const std::uint64_t layout = readInteger(state, 4, 4); layout != kStateLayout)
        return stateError("has layout version " + std::to_string(layout)
                              + "; this build of Cohort reads version "
                              + std::to_string(kStateLayout),
                          "update Cohort to resume this run");
    const std::uint64_t code = readInteger(state, 8, 4);
    const std::optional<ServerOptimizer> optimizer = optimizerFromCode(code);
    if (!optimizer)
        return stateError("names an unknown optimiser (code " + std::to_string(code) + ")");
    if (*optimizer != m_optimizer)
        return stateError("belongs to " + optimizerName(*optimizer) + ", not " + name(),
                          "resume the run with the strategy it was stored with");
    const std::uint64_t firstCount = readInteger(state, 12, 8);
    const std::uint64_t secondCount = readInteger(state, 20, 8);
    if (firstCount != secondCount)
        return stateError("holds " + std::to_string(firstCount) + " first moments but "
                          + std::to_string(secondCount) + " second moments");
    // Compared by division first, so that a damaged count cannot overflow the product.
    const std::size_t payload = state.size() - kStateHeaderBytes;
    if (firstCount > payload / kMomentBytes)
        return stateError("is truncated: it announces " + std::to_string(firstCount)
                          + " parameters (two float32 moments each) but holds "
                          + std::to_string(payload) + " bytes of moments");
    const auto count = static_cast<std::size_t>(firstCount);
    if (payload != count * kMomentBytes)
        return stateError("has " + std::to_string(payload - count * kMomentBytes)
                          + " bytes after the moments of its " + std::to_string(count)
                          + " parameters");
    std::vector<float> first = readFloats(state, kStateHeaderBytes, count);
    std::vector<float> second = readFloats(state, kStateHeaderBytes + count * sizeof(float), count);
    if (containsNonFinite(first.data(), count) || containsNonFinite(second.data(), count))
        return stateError("holds a NaN or an infinity");
    if (std::any_of(second.begin(), second.end(), [](float v) { return v < 0.0f; }))
        return stateError("holds a negative second moment");
    m_first = std::move(first);
    m_second = std::move(second);
    return {};
}

void AdaptiveServerStrategy::reset()
{
    m_first.clear();
    m_second.clear();
}

Result<std::vector<float>>
AdaptiveServerStrategy::aggregate(const std::vector<float> &global,
                                  const std::vector<ClientUpdate> &results,
                                  const std::vector<ClientFailure> &)
{
    // The mean is checked before any state changes, so a rejected round leaves m and v as
    // they were.
    Result<std::vector<float>> mean = weightedMean(global.size(), results);
    if (!mean)
        return mean.error();
    const std::size_t count = global.size();
    if (m_first.size() != count)
    {
        m_first = makeParameterVector(count, 0.0f);
        m_second = makeParameterVector(count, static_cast<float>(m_tau * m_tau));
    }
    std::vector<float> model = std::move(mean).value();
    const Coefficients c{static_cast<float>(m_learningRate), static_cast<float>(m_beta1),
                         static_cast<float>(1.0 - m_beta1),  static_cast<float>(m_beta2),
                         static_cast<float>(1.0 - m_beta2),  static_cast<float>(m_tau)};
    float *first = m_first.data();
    float *second = m_second.data();
    switch (m_optimizer)
    {
    case ServerOptimizer::Adagrad:
        step<ServerOptimizer::Adagrad>(global.data(), model.data(), first, second, count, c);
        break;
    case ServerOptimizer::Adam:
        step<ServerOptimizer::Adam>(global.data(), model.data(), first, second, count, c);
        break;
    case ServerOptimizer::Yogi:
        step<ServerOptimizer::Yogi>(global.data(), model.data(), first, second, count, c);
        break;
    }
    return model;
}

} // namespace cohort::engine
