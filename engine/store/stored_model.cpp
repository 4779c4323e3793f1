#include "store/stored_model.h"

namespace cohort::engine
{

Result<TrainedModel> loadTrainedModel(ModelRegistry &registry, std::int64_t id)
{
    Result<ModelVersionRecord> version = registry.loadVersion(id);
    if (!version)
        return version.error();
    return TrainedModel::fromStored(version->specJson, version->preprocessingJson,
                                    version->weights);
}

} // namespace cohort::engine
