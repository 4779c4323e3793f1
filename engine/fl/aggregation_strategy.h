// AggregationStrategy: how the server turns one round's client results into the next global
// model (Flower-style). Transport-agnostic: models travel as one flat float parameter vector.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/result.h"

namespace cohort::engine
{

/// One site's trained model for this round and how many samples it trained on.
struct ClientUpdate
{
    std::string siteId;
    std::vector<float> parameters;
    std::int64_t sampleCount = 0;
};

/// A site that did not deliver a result this round, and why.
struct ClientFailure
{
    std::string siteId;
    Reason reason;
};

/// Which strategy makeAggregationStrategy builds and its settings; each strategy reads only
/// its own settings. `name` is one of aggregationStrategyNames().
struct StrategyConfig
{
    std::string name = "fedavg";
    double serverLearningRate = 0.01; // eta (FedAdam/FedYogi/FedAdagrad)
    double beta1 = 0.9;               // server first moment (FedAdam/FedYogi/FedAdagrad)
    double beta2 = 0.99;              // server second moment (FedAdam/FedYogi)
    double tau = 1e-3;                // adaptivity (epsilon) of the server optimisers
    double trimFraction = 0.1;        // trimmed mean: share cut at each end per coordinate
    double proximalMu = 0.01;         // FedProx: sites add (mu/2)||w - w_global||^2 to their loss
};

/// A server strategy (Flower-style): aggregate results; failures are data, not exceptions.
class AggregationStrategy
{
public:
    virtual ~AggregationStrategy() = default;

    [[nodiscard]] virtual std::string name() const = 0;
    /// The proximal coefficient the sites must use (FedProx), 0 otherwise.
    [[nodiscard]] virtual double proximalMu() const { return 0.0; }
    /// The new global model from the current one and this round's results. Failures are
    /// reported by the round logic; the built-in strategies aggregate the results they have.
    [[nodiscard]] virtual Result<std::vector<float>>
    aggregate(const std::vector<float> &global, const std::vector<ClientUpdate> &results,
              const std::vector<ClientFailure> &failures) = 0;
    /// The strategy's own state between rounds (server moments), as bytes; empty when it keeps
    /// none.
    [[nodiscard]] virtual std::string saveState() const { return {}; }
    /// Restores what saveState() wrote; InvalidInput when the bytes do not fit this strategy.
    /// This default accepts only the empty state of a strategy that keeps none.
    [[nodiscard]] virtual Result<void> restoreState(const std::string &state);
};

/// The strategy `config.name` names, after checking the settings that strategy uses.
[[nodiscard]] Result<std::unique_ptr<AggregationStrategy>>
makeAggregationStrategy(const StrategyConfig &config);

/// Every name makeAggregationStrategy accepts, in a stable order.
[[nodiscard]] std::vector<std::string> aggregationStrategyNames();

/// The cheap checks every strategy runs first: a non-empty global model, at least one result,
/// each result as long as the global model, distinct site ids, no negative sample counts.
[[nodiscard]] Result<void> checkClientUpdateShapes(std::size_t parameterCount,
                                                   const std::vector<ClientUpdate> &results);

/// Scans every parameter; the error names the first site that sent a NaN or an infinity.
[[nodiscard]] Result<void> checkClientUpdateValues(const std::vector<ClientUpdate> &results);

/// True when any of the `count` values is a NaN or an infinity (a vectorised scan).
[[nodiscard]] bool containsNonFinite(const float *values, std::size_t count);

/// `count` copies of `value`. A large vector asks for transparent huge pages: on virtual machines
/// the first-touch faults of 4 KiB pages can cost more than the aggregation itself.
[[nodiscard]] std::vector<float> makeParameterVector(std::size_t count, float value = 0.0f);

} // namespace cohort::engine
