// Column inference: one pass over a feature column's cells decides its kind (numeric,
// boolean, categorical, identifier) and reports stray text, missing and extreme values.
#pragma once

#include <cstddef>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "data/dataset_schema.h"
#include "data/raw_table.h"
#include "data/schema_inference.h"
#include "data/validation_report.h"

namespace cohort::engine
{

// Everything one pass over a column's cells tells. `numbers` is scratch space reused from
// column to column, so that large files do not allocate it anew for each.
struct ColumnScan
{
    long missing = 0;
    long numeric = 0;
    long boolean = 0;
    long dateTime = 0; // text cells that read as dates or times of day
    std::vector<double> numbers; // the numeric cells, in row order
    std::vector<long> textRows;  // rows of text cells that are not numbers (first ones)
    long textCells = 0;
    std::unordered_set<std::string_view> distinct;
    bool distinctCapped = false;
    long firstMissingRow = -1;
};

/// Infers the feature column at `index`; `scan` is scratch space the caller may reuse.
[[nodiscard]] ColumnSummary inferFeatureColumn(const RawTable &table, std::size_t index,
                                               const InferenceOptions &options, ColumnScan &scan,
                                               ValidationReport &report);

} // namespace cohort::engine
