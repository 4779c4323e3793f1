#include "train/flat_optimizer.h"

#include <algorithm>
#include <cmath>

namespace cohort::engine
{

Result<OptimizerKind> optimizerKindFromString(const std::string &name)
{
    if (name == "adam")
        return OptimizerKind::Adam;
    if (name == "sgd")
        return OptimizerKind::Sgd;
    return makeError(ErrorCode::InvalidInput, "unknown optimiser '" + name + "'",
                     "use adam or sgd");
}

std::string toString(OptimizerKind kind)
{
    return kind == OptimizerKind::Adam ? "adam" : "sgd";
}

FlatOptimizer::FlatOptimizer(std::size_t parameterCount, const OptimizerSettings &settings)
    : m_settings(settings)
    , m_first(parameterCount, 0.0f)
    , m_second(settings.kind == OptimizerKind::Adam ? parameterCount : 0, 0.0f)
{
}

void FlatOptimizer::reset()
{
    std::fill(m_first.begin(), m_first.end(), 0.0f);
    std::fill(m_second.begin(), m_second.end(), 0.0f);
    m_steps = 0;
}

void FlatOptimizer::step(float *parameters, const float *gradients, double learningRate)
{
    ++m_steps;
    const std::size_t count = m_first.size();
    const std::size_t decayed = std::min(m_settings.decayedPrefix, count);
    const auto decay = static_cast<float>(m_settings.weightDecay);
    float *first = m_first.data();
    if (m_settings.kind == OptimizerKind::Sgd)
    {
        const auto momentum = static_cast<float>(m_settings.momentum);
        const auto rate = static_cast<float>(learningRate);
        for (std::size_t i = 0; i < count; ++i)
        {
            const float g = gradients[i] + (i < decayed ? decay * parameters[i] : 0.0f);
            first[i] = momentum * first[i] + g;
            parameters[i] -= rate * first[i];
        }
        return;
    }
    // Adam (Kingma & Ba, 2015) with bias correction folded into the step size.
    const auto beta1 = static_cast<float>(m_settings.beta1);
    const auto beta2 = static_cast<float>(m_settings.beta2);
    const double correction1 = 1.0 - std::pow(m_settings.beta1, static_cast<double>(m_steps));
    const double correction2 = 1.0 - std::pow(m_settings.beta2, static_cast<double>(m_steps));
    const auto stepSize = static_cast<float>(learningRate / correction1);
    const auto root2 = static_cast<float>(std::sqrt(correction2));
    const auto epsilon = static_cast<float>(m_settings.epsilon);
    float *second = m_second.data();
    const auto update = [&](std::size_t begin, std::size_t end, float decayFactor)
    {
        for (std::size_t i = begin; i < end; ++i)
        {
            const float g = gradients[i] + decayFactor * parameters[i];
            first[i] = beta1 * first[i] + (1.0f - beta1) * g;
            second[i] = beta2 * second[i] + (1.0f - beta2) * g * g;
            parameters[i] -= stepSize * first[i] / (std::sqrt(second[i]) / root2 + epsilon);
        }
    };
    update(0, decayed, decay);
    update(decayed, count, 0.0f);
}

} // namespace cohort::engine
