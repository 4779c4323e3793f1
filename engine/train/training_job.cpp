#include "train/training_job.h"

#include <algorithm>
#include <cmath>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "data/data_split.h"
#include "data/dataset_import.h"
#include "eval/version_metrics.h"
#include "model/trained_model.h"

namespace cohort::engine
{

namespace
{

int majorityClass(const std::vector<int> &labels, int classCount)
{
    std::vector<long> counts(static_cast<std::size_t>(classCount), 0);
    for (const int label : labels)
        ++counts[static_cast<std::size_t>(label)];
    return static_cast<int>(std::max_element(counts.begin(), counts.end()) - counts.begin());
}

nlohmann::json requestJson(const TrainingRequest &request)
{
    const TrainOptions &t = request.train;
    return {{"csv", request.csvPath},
            {"target", request.inference.target},
            {"hidden_layers", request.hiddenLayers},
            {"dropout", request.dropout},
            {"weight_decay", request.weightDecay},
            {"epochs", t.epochs},
            {"batch_size", t.batchSize},
            {"learning_rate", t.learningRate},
            {"optimizer", toString(t.optimizer)},
            {"schedule", toString(t.schedule)},
            {"patience", t.patience},
            {"class_weights", t.classWeights},
            {"seed", t.seed},
            {"validation_share", request.validationShare},
            {"test_share", request.testShare},
            {"winsor_quantiles",
             {request.preprocessing.lowerQuantile, request.preprocessing.upperQuantile}}};
}

Result<std::int64_t> registerDataset(ModelRegistry &registry, const std::string &path,
                                     const ImportedDataset &dataset)
{
    Result<std::optional<DatasetRecord>> known =
        registry.findDatasetByHash(dataset.table.contentHash);
    if (!known)
        return known.error();
    if (known.value() && known.value()->path == path)
        return known.value()->id;
    DatasetRecord record;
    record.name = std::filesystem::path(path).filename().string();
    record.path = path;
    record.contentHash = dataset.table.contentHash;
    record.schemaJson = toJson(dataset.schema).dump();
    record.rows = static_cast<std::int64_t>(dataset.table.rowCount());
    return registry.addDataset(record);
}

bool allFinite(const std::vector<float> &values)
{
    return std::all_of(values.begin(), values.end(), [](float v) { return std::isfinite(v); });
}

Result<TrainingResult> runJob(const TrainingRequest &request, ModelRegistry &registry,
                              ValidationReport &report, const EpochCallback &onEpoch,
                              const std::atomic<bool> *cancel, std::int64_t &runIdOut)
{
    if (auto valid = validateTrainingRequest(request); !valid)
        return valid.error();
    Result<ImportedDataset> imported =
        importDataset(request.csvPath, request.csv, request.inference, report);
    if (!imported)
        return imported.error();
    const ImportedDataset &dataset = imported.value();

    TrainingResult result;
    result.schema = dataset.schema;
    const DataSplit split = stratifiedSplit(dataset.labels, request.validationShare,
                                            request.testShare, request.train.seed);
    result.trainRows = split.train.size();
    result.validationRows = split.validation.size();
    result.testRows = split.test.size();

    Preprocessor preprocessor =
        Preprocessor::fit(dataset.table, dataset.schema, split.train, request.preprocessing);
    Result<FeatureMatrix> features = preprocessor.transform(dataset.table);
    if (!features)
        return features.error();
    MlpSpec spec;
    spec.inputWidth = static_cast<int>(preprocessor.outputWidth());
    spec.hiddenLayers = request.hiddenLayers;
    spec.classCount = static_cast<int>(dataset.schema.classNames.size());
    spec.dropout = request.dropout;
    spec.weightDecay = request.weightDecay;
    Result<MlpClassifier> classifier = MlpClassifier::create(spec, request.train.seed);
    if (!classifier)
        return classifier.error();

    Result<std::int64_t> datasetId = registerDataset(registry, request.csvPath, dataset);
    if (!datasetId)
        return datasetId.error();
    result.datasetId = datasetId.value();
    TrainingRunRecord run;
    run.datasetId = result.datasetId;
    run.configJson = requestJson(request).dump();
    Result<std::int64_t> runId = registry.startRun(run);
    if (!runId)
        return runId.error();
    result.runId = runId.value();
    runIdOut = result.runId;

    const std::vector<int> trainLabels = labelsAt(dataset.labels, split.train);
    const EpochCallback recordEpoch = [&](const EpochReport &epoch)
    {
        EpochMetricRecord metric{result.runId,        epoch.epoch,
                                 epoch.trainLoss,     epoch.validationLoss,
                                 epoch.trainAccuracy, epoch.validationAccuracy};
        (void)registry.addEpochMetric(metric); // progress history; a failure must not stop training
        if (onEpoch)
            onEpoch(epoch);
    };
    Result<TrainOutcome> outcome = trainClassifier(
        classifier.value(), features->select(split.train), trainLabels,
        features->select(split.validation), labelsAt(dataset.labels, split.validation),
        request.train, recordEpoch, cancel);
    if (!outcome || outcome->cancelled)
    {
        (void)registry.finishRun(result.runId, outcome ? "cancelled" : "failed");
        if (!outcome)
            return outcome.error();
        return makeError(ErrorCode::Cancelled, Reason{ReasonCode::TrainingStopped, {}});
    }
    result.outcome = std::move(outcome).value();

    const int baseline = majorityClass(trainLabels, spec.classCount);
    const std::vector<float> testProbabilities =
        classifier->predictProbabilities(features->select(split.test));
    if (!allFinite(classifier->parameterVector()) || !allFinite(testProbabilities))
    {
        (void)registry.finishRun(result.runId, "failed");
        return makeError(ErrorCode::InvalidInput, Reason{ReasonCode::TrainingDiverged, {}},
                         "lower the learning rate (--lr), or check the file for extreme values");
    }
    result.testMetrics =
        computeClassificationMetrics(labelsAt(dataset.labels, split.test), testProbabilities,
                                     dataset.schema.classNames, baseline);
    const TrainedModel model(std::move(classifier).value(), std::move(preprocessor),
                             dataset.schema.target, dataset.schema.classNames, baseline);
    ModelVersionRecord version;
    version.origin = request.origin;
    version.runId = result.runId;
    version.datasetId = result.datasetId;
    version.name = request.versionName.empty()
                       ? std::filesystem::path(request.csvPath).filename().string()
                       : request.versionName;
    version.specJson = model.specJson();
    version.preprocessingJson = model.preprocessingJson();
    version.metricsJson = toJson(versionMetricsOf(result.testMetrics)).dump();
    version.weights = model.classifier().parameterVector();
    Result<std::int64_t> versionId = registry.saveVersion(version);
    if (!versionId)
    {
        (void)registry.finishRun(result.runId, "failed");
        return versionId.error();
    }
    result.versionId = versionId.value();
    (void)registry.finishRun(result.runId, "finished");
    return result;
}

} // namespace

Result<void> validateTrainingRequest(const TrainingRequest &request)
{
    if (auto valid = request.train.validate(); !valid)
        return valid.error();
    MlpSpec shape;
    shape.inputWidth = 1;
    shape.hiddenLayers = request.hiddenLayers;
    shape.dropout = request.dropout;
    shape.weightDecay = request.weightDecay;
    if (auto valid = shape.validate(); !valid)
        return valid.error();
    const double held = request.validationShare + request.testShare;
    if (!(request.validationShare >= 0.0 && request.testShare >= 0.0 && held < 0.9))
        return makeError(ErrorCode::InvalidInput,
                         "the validation and test shares must not be negative and must leave at "
                         "least 10% of the rows for training");
    if (request.inference.target.empty())
        return makeError(ErrorCode::InvalidInput, "no target column given",
                         "name the column to predict with --target");
    return {};
}

Result<TrainingResult> runTrainingJob(const TrainingRequest &request, ModelRegistry &registry,
                                      ValidationReport &report, const EpochCallback &onEpoch,
                                      const std::atomic<bool> *cancel)
{
    std::int64_t runId = 0; // set once the run is recorded, so that a failure can close it
    Result<TrainingResult> result =
        catchComputeErrors("train the model", [&]
                           { return runJob(request, registry, report, onEpoch, cancel, runId); });
    // A run the job already ended (finished, failed, cancelled) refuses a second ending.
    if (!result && runId > 0)
        (void)registry.finishRun(runId, "failed");
    return result;
}

} // namespace cohort::engine
