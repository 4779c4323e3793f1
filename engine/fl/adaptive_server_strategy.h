// AdaptiveServerStrategy: FedAdagrad, FedAdam and FedYogi (Reddi et al. 2021, "Adaptive
// Federated Optimization", Algorithm 2): a server optimiser stepping along the mean update.
#pragma once

#include <string>
#include <vector>

#include "fl/aggregation_strategy.h"

namespace cohort::engine
{

enum class ServerOptimizer
{
    Adagrad,
    Adam,
    Yogi,
};

/// Each round: delta = (sample-weighted mean of the results) - global; m = b1 m + (1 - b1) delta;
/// v as the optimiser says; new global = global + eta m / (sqrt(v) + tau). The paper takes the
/// plain mean of the sites' updates; with equal sample counts the two agree. m starts at 0 and
/// v at tau^2 (the paper asks for v >= tau^2); both persist across rounds and restart when the
/// parameter count changes. There is no bias correction, as in the paper.
class AdaptiveServerStrategy final : public AggregationStrategy
{
public:
    /// Takes serverLearningRate, beta1, beta2 and tau from `config` (checked by the factory).
    AdaptiveServerStrategy(ServerOptimizer optimizer, const StrategyConfig &config);

    [[nodiscard]] std::string name() const override;
    [[nodiscard]] Result<std::vector<float>>
    aggregate(const std::vector<float> &global, const std::vector<ClientUpdate> &results,
              const std::vector<ClientFailure> &failures) override;

    /// m and v as bytes (little-endian, see the layout in the .cpp); empty before the first
    /// round, when there are no moments yet.
    [[nodiscard]] std::string saveState() const override;
    /// Takes m and v from saveState()'s bytes of the same optimiser; empty bytes reset(). The
    /// state is unchanged when the bytes are refused (another optimiser's, truncated, sizes
    /// that disagree, values that are not finite or a negative v).
    [[nodiscard]] Result<void> restoreState(const std::string &state) override;

    /// Forgets the moments: the next round starts from m = 0 and v = tau^2.
    void reset();

private:
    ServerOptimizer m_optimizer;
    double m_learningRate;
    double m_beta1;
    double m_beta2;
    double m_tau;
    std::vector<float> m_first;  // m, one per parameter
    std::vector<float> m_second; // v, one per parameter
};

} // namespace cohort::engine
