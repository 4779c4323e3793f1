// The hub's record of a federation run: each round's global model stored together with the
// aggregation strategy's state, so a restarted hub resumes exactly where it stopped.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/result.h"
#include "store/model_registry.h"
#include "store/stored_model.h"

namespace cohort::engine
{

/// A hub's stored round: where a restarted hub resumes from.
struct StoredRound
{
    std::int64_t versionId = 0;
    int round = 0;
    std::string strategyState;
};

/// Saves the round's global model as a federated version AND the run's round record (run name =
/// model.name, round, version id, strategy state blob, metrics) in ONE SQLite transaction: both
/// or neither. Returns the version's id; InvalidInput when the weights do not fit the spec.
[[nodiscard]] Result<std::int64_t> saveRound(ModelRegistry &registry, const FederatedModel &model,
                                             const std::string &strategyState);

/// The newest stored round of the run named `runName`; nullopt when the run has none (a run
/// stored before round records existed: scan its versions instead).
[[nodiscard]] Result<std::optional<StoredRound>> latestRound(ModelRegistry &registry,
                                                             const std::string &runName);

} // namespace cohort::engine
