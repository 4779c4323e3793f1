#include "fl/adaptive_server_strategy.h"

#include <cmath>
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
    switch (m_optimizer)
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
