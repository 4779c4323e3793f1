// Loading a stored model version back into a TrainedModel that can predict.
#pragma once

#include <cstdint>

#include "core/result.h"
#include "model/trained_model.h"
#include "store/model_registry.h"

namespace cohort::engine
{

/// NotFound for an unknown id; InvalidInput when the stored parts do not fit together.
[[nodiscard]] Result<TrainedModel> loadTrainedModel(ModelRegistry &registry, std::int64_t id);

} // namespace cohort::engine
