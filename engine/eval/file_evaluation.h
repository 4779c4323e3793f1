// Evaluation of a trained model on a labelled CSV file: reads it with the model's own
// preprocessing and class names, and computes the metrics against the model's baseline.
#pragma once

#include <string>

#include "core/result.h"
#include "data/csv_reader.h"
#include "data/validation_report.h"
#include "eval/classification_metrics.h"
#include "model/trained_model.h"

namespace cohort::engine
{

struct FileEvaluation
{
    ClassificationMetrics metrics;
    long evaluatedRows = 0;
    long skippedRows = 0; // rows without a target value or with a class the model does not know
};

/// The file must hold the model's target column and feature columns.
[[nodiscard]] Result<FileEvaluation> evaluateOnFile(const TrainedModel &model,
                                                    const std::string &path, const CsvOptions &csv,
                                                    ValidationReport &report);

} // namespace cohort::engine
