// Loading a stored model version back into a TrainedModel that can predict, and storing a
// federation's global model (hub, site or peer) as a version.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "data/preprocessor.h"
#include "model/mlp_spec.h"
#include "model/trained_model.h"
#include "store/model_registry.h"

namespace cohort::engine
{

/// NotFound for an unknown id; InvalidInput when the stored parts do not fit together.
[[nodiscard]] Result<TrainedModel> loadTrainedModel(ModelRegistry &registry, std::int64_t id);

/// A federated global model: an MLP's flat weights with the preprocessing and classes it
/// was trained with, and where it stands in its run.
struct FederatedModel
{
    MlpSpec spec;
    std::vector<float> weights;
    const Preprocessor *preprocessor = nullptr;
    std::string target;
    std::vector<std::string> classNames;
    int baselineClass = 0; // the pooled majority class, for the baseline of evaluations
    std::string name;      // the run, and where the model is kept
    int round = 0;
    std::optional<std::int64_t> parentId;
    std::string metricsJson = "{}";
};

/// The version record saveFederatedVersion stores for `model` (origin federated); InvalidInput
/// when the weights do not fit the spec or there is no preprocessor.
[[nodiscard]] Result<ModelVersionRecord> federatedVersionRecord(const FederatedModel &model);

/// Stores the model as a version of origin federated; InvalidInput when the weights do not
/// fit the spec.
[[nodiscard]] Result<std::int64_t> saveFederatedVersion(ModelRegistry &registry,
                                                        const FederatedModel &model);

/// The same into the registry at `databasePath`, opened for this one write (a site or a
/// peer keeping its final model).
[[nodiscard]] Result<std::int64_t> saveFederatedVersion(const std::string &databasePath,
                                                        const FederatedModel &model);

} // namespace cohort::engine
