// TrainingJob: the whole local workflow for one CSV file: import and validate, split,
// fit preprocessing on the training rows, train, evaluate on the test rows, store a version.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"
#include "data/csv_reader.h"
#include "data/dataset_schema.h"
#include "data/preprocessor.h"
#include "data/schema_inference.h"
#include "data/validation_report.h"
#include "eval/classification_metrics.h"
#include "store/model_registry.h"
#include "train/trainer.h"

namespace cohort::engine
{

struct TrainingRequest
{
    std::string csvPath;
    CsvOptions csv;
    InferenceOptions inference; // inference.target names the target column
    PreprocessingOptions preprocessing;
    std::vector<int> hiddenLayers{128, 64, 32};
    double dropout = 0.3;
    double weightDecay = 0.01;
    TrainOptions train;
    double validationShare = 0.15;
    double testShare = 0.15;
    std::string versionName; // empty: the file's name
    ModelOrigin origin = ModelOrigin::Local;
};

struct TrainingResult
{
    DatasetSchema schema;
    std::size_t trainRows = 0;
    std::size_t validationRows = 0;
    std::size_t testRows = 0;
    TrainOutcome outcome;
    ClassificationMetrics testMetrics;
    std::int64_t versionId = 0;
    std::int64_t runId = 0;
    std::int64_t datasetId = 0;
};

/// Checks every setting of the request against its bounds (TrainOptions, MlpSpec, the split
/// shares) before any file is read or registry opened; runTrainingJob checks them too.
[[nodiscard]] Result<void> validateTrainingRequest(const TrainingRequest &request);

/// Runs the workflow. Problems with the file land in `report` (an InvalidInput error when any
/// is an error); `onEpoch` reports progress; a set `cancel` stops it without storing a version.
[[nodiscard]] Result<TrainingResult>
runTrainingJob(const TrainingRequest &request, ModelRegistry &registry, ValidationReport &report,
               const EpochCallback &onEpoch = {}, const std::atomic<bool> *cancel = nullptr);

} // namespace cohort::engine
