#include "data/dataset_import.h"

namespace cohort::engine
{

Error validationFailure(const ValidationReport &report)
{
    Error error = makeError(ErrorCode::InvalidInput,
                            std::to_string(report.errorCount()) + " problem(s) in the file",
                            "see the validation report");
    error.file = report.file();
    return error;
}

Result<ImportedDataset> importDataset(const std::string &path, const CsvOptions &csv,
                                      const InferenceOptions &inference, ValidationReport &report)
{
    Result<RawTable> table = readCsv(path, csv, report);
    if (!table)
        return table.error();
    ImportedDataset dataset;
    dataset.table = std::move(table).value();
    dataset.schema = inferSchema(dataset.table, inference, report);
    if (report.hasErrors())
        return validationFailure(report);
    if (!dataset.schema.target.empty())
        dataset.labels =
            encodeLabels(dataset.table, dataset.schema.target, dataset.schema.classNames);
    return dataset;
}

} // namespace cohort::engine
