// DatasetImport: a CSV file read, its schema inferred and its labels encoded in one step,
// with every problem in the ValidationReport. The common entry of inspect, train and evaluate.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "data/csv_reader.h"
#include "data/dataset_schema.h"
#include "data/raw_table.h"
#include "data/schema_inference.h"
#include "data/validation_report.h"

namespace cohort::engine
{

struct ImportedDataset
{
    RawTable table;
    DatasetSchema schema;
    std::vector<int> labels; // class index per row, -1 without a usable target; empty w/o target
};

/// Reads and checks `path`. With hard errors the result is an InvalidInput error and the
/// report says what and where; warnings alone do not fail.
[[nodiscard]] Result<ImportedDataset> importDataset(const std::string &path, const CsvOptions &csv,
                                                    const InferenceOptions &inference,
                                                    ValidationReport &report);

/// The InvalidInput error that stands for a report with errors.
[[nodiscard]] Error validationFailure(const ValidationReport &report);

} // namespace cohort::engine
