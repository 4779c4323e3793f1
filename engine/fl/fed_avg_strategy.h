// FedAvgStrategy: FedAvg (McMahan et al. 2017), the sample-weighted mean of the sites' models;
// as FedProx (Li et al. 2020) it aggregates the same way and hands the sites their mu.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "fl/aggregation_strategy.h"

namespace cohort::engine
{

class FedAvgStrategy final : public AggregationStrategy
{
public:
    /// `name` is "fedavg" (mu 0) or "fedprox"; mu is the sites' proximal coefficient.
    FedAvgStrategy(std::string name, double proximalMu);

    [[nodiscard]] std::string name() const override { return m_name; }
    [[nodiscard]] double proximalMu() const override { return m_proximalMu; }
    [[nodiscard]] Result<std::vector<float>>
    aggregate(const std::vector<float> &global, const std::vector<ClientUpdate> &results,
              const std::vector<ClientFailure> &failures) override;

private:
    std::string m_name;
    double m_proximalMu = 0.0;
};

/// The mean of the results weighted by sampleCount, accumulated in double, after the shape
/// checks; fails when the sample counts sum to 0 and names a site that sent NaN or infinity.
[[nodiscard]] Result<std::vector<float>> weightedMean(std::size_t parameterCount,
                                                      const std::vector<ClientUpdate> &results);

} // namespace cohort::engine
