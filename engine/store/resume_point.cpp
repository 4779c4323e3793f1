#include "store/resume_point.h"

#include "model/mlp_classifier.h"
#include "model/trained_model.h"
#include "store/run_store.h"
#include "store/stored_model.h"

namespace cohort::engine
{

namespace
{

Result<ResumePoint> resumeFrom(ModelRegistry &registry, std::int64_t versionId, int round)
{
    Result<TrainedModel> stored = loadTrainedModel(registry, versionId);
    if (!stored)
        return stored.error();
    ResumePoint point;
    point.versionId = versionId;
    point.round = round;
    point.model = stored->classifier().parameterVector();
    point.preprocessor = stored->preprocessor();
    point.baselineClass = stored->baselineClass();
    point.spec = stored->classifier().spec();
    return point;
}

} // namespace

Result<std::optional<ResumePoint>> findResumePoint(ModelRegistry &registry,
                                                   const std::string &runName)
{
    Result<std::optional<StoredRound>> latest = latestRound(registry, runName);
    if (!latest)
        return latest.error();
    if (latest.value())
    {
        const StoredRound &stored = *latest.value();
        Result<ResumePoint> point = resumeFrom(registry, stored.versionId, stored.round);
        if (!point)
            return point.error();
        point->strategyState = stored.strategyState;
        return std::optional<ResumePoint>(std::move(point).value());
    }
    // A registry written before run records: the newest federated version of the run.
    Result<std::vector<ModelVersionSummary>> versions = registry.listVersions();
    if (!versions)
        return versions.error();
    for (const ModelVersionSummary &version : versions.value())
    {
        if (version.origin != ModelOrigin::Federated || version.name != runName)
            continue;
        Result<ResumePoint> point = resumeFrom(registry, version.id, version.round.value_or(0));
        if (!point)
            return point.error();
        return std::optional<ResumePoint>(std::move(point).value());
    }
    return std::optional<ResumePoint>();
}

} // namespace cohort::engine
