// Where a restarted hub goes on from: its run's newest stored round, with the global model,
// the preprocessing and the strategy's own state, so the resumed run continues exactly.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "data/preprocessor.h"
#include "model/mlp_spec.h"
#include "store/model_registry.h"

namespace cohort::engine
{

struct ResumePoint
{
    std::int64_t versionId = 0;
    int round = 0;
    std::vector<float> model;
    std::optional<Preprocessor> preprocessor;
    int baselineClass = 0;
    MlpSpec spec;
    /// The strategy's state after `round`; nullopt for a registry from before run records.
    std::optional<std::string> strategyState;
};

/// The newest stored round of the run called `runName`, or for an older registry without run
/// records its newest federated version of that name; nullopt for a new run.
[[nodiscard]] Result<std::optional<ResumePoint>> findResumePoint(ModelRegistry &registry,
                                                                 const std::string &runName);

} // namespace cohort::engine
