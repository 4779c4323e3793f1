// CsvReader: reads a CSV file into a RawTable with libcsv, detecting the delimiter and the
// text encoding, and records every problem of the file's shape in a ValidationReport.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "data/raw_table.h"
#include "data/validation_report.h"

namespace cohort::engine
{

struct CsvOptions
{
    /// Names for a file without a header row; then the first row is data.
    std::vector<std::string> columns;
    /// ',', ';' or '\t'; 0 detects it from the first lines.
    char delimiter = 0;
    /// For a preview: return the rows that parsed even when rows or the header have errors
    /// (the report still holds them). A file that cannot be read at all (too large, not text,
    /// empty, one column, no rows) is refused as always.
    bool keepTableWithErrors = false;
};

/// Reads `path`. Problems of the file's shape (encoding, header, ragged rows) go into
/// `report`; when any of them is an error the result is an InvalidInput error.
[[nodiscard]] Result<RawTable> readCsv(const std::string &path, const CsvOptions &options,
                                       ValidationReport &report);

/// Same as readCsv, for text already in memory; `displayName` stands for the file.
[[nodiscard]] Result<RawTable> readCsvText(std::string bytes, const std::string &displayName,
                                           const CsvOptions &options, ValidationReport &report);

/// The delimiter among ',', ';' and '\t' that splits the first lines most consistently.
[[nodiscard]] char detectDelimiter(std::string_view text);

} // namespace cohort::engine
