// Schema inference: decides each column's kind from its cells, checks the target, and
// reports missing values, stray text, extreme values and identifier columns.
#pragma once

#include <string>
#include <vector>

#include "data/dataset_schema.h"
#include "data/raw_table.h"
#include "data/validation_report.h"

namespace cohort::engine
{

struct InferenceOptions
{
    std::string target;             // empty: describe the columns only
    double numericTolerance = 0.02; // share of text cells a numeric column may hold (as missing)
    long maxCategories = 30;        // more distinct strings than this: identifier or free text
    long maxClasses = 50;
    long minRowsPerClass = 5;          // fewer: the stratified split cannot hold the class
    std::vector<std::string> excluded; // columns the user leaves out of the features
};

/// Infers the schema of `table`, adding every problem found to `report`.
[[nodiscard]] DatasetSchema inferSchema(const RawTable &table, const InferenceOptions &options,
                                        ValidationReport &report);

/// Class index of each row's target cell, or -1 where it is missing or not a known class.
[[nodiscard]] std::vector<int> encodeLabels(const RawTable &table, const std::string &target,
                                            const std::vector<std::string> &classNames);

} // namespace cohort::engine
