// FlatOptimizer: Adam or SGD with momentum over one contiguous parameter buffer, with L2
// weight decay on the leading weight entries. Plain loops: no per-tensor dispatch.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/result.h"

namespace cohort::engine
{

enum class OptimizerKind
{
    Adam,
    Sgd,
};

[[nodiscard]] Result<OptimizerKind> optimizerKindFromString(const std::string &name);
[[nodiscard]] std::string toString(OptimizerKind kind);

struct OptimizerSettings
{
    OptimizerKind kind = OptimizerKind::Adam;
    double momentum = 0.9; // SGD only
    double beta1 = 0.9;    // Adam
    double beta2 = 0.999;
    double epsilon = 1e-8;
    double weightDecay = 0.0;      // L2 coefficient added to the gradient
    std::size_t decayedPrefix = 0; // how many leading parameters weight decay applies to
};

class FlatOptimizer
{
public:
    FlatOptimizer(std::size_t parameterCount, const OptimizerSettings &settings);

    /// One update of `parameters` from `gradients` at the given learning rate.
    void step(float *parameters, const float *gradients, double learningRate);
    void reset();

private:
    OptimizerSettings m_settings;
    std::vector<float> m_first;  // Adam: first moment; SGD: velocity
    std::vector<float> m_second; // Adam: second moment
    long m_steps = 0;
};

} // namespace cohort::engine
