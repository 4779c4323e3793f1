#include "store/stored_model.h"

#include <nlohmann/json.hpp>

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

Result<ModelVersionRecord> federatedVersionRecord(const FederatedModel &model)
{
    if (!model.preprocessor || model.weights.size() != model.spec.parameterCount())
    {
        return makeError(ErrorCode::InvalidInput,
                         "the model has " + std::to_string(model.weights.size())
                             + " weights but its spec needs "
                             + std::to_string(model.spec.parameterCount()));
    }
    ModelVersionRecord version;
    version.parentId = model.parentId;
    version.origin = ModelOrigin::Federated;
    version.round = model.round;
    version.name = model.name;
    version.specJson = toJson(model.spec).dump();
    version.preprocessingJson = TrainedModel::pipelineJson(*model.preprocessor, model.target,
                                                           model.classNames, model.baselineClass);
    version.metricsJson = model.metricsJson;
    version.weights = model.weights;
    return version;
}

Result<std::int64_t> saveFederatedVersion(ModelRegistry &registry, const FederatedModel &model)
{
    Result<ModelVersionRecord> version = federatedVersionRecord(model);
    if (!version)
        return version.error();
    return registry.saveVersion(version.value());
}

Result<std::int64_t> saveFederatedVersion(const std::string &databasePath,
                                          const FederatedModel &model)
{
    Result<ModelRegistry> registry = ModelRegistry::open(databasePath);
    if (!registry)
        return registry.error();
    return saveFederatedVersion(registry.value(), model);
}

} // namespace cohort::engine
