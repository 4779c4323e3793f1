#include "eval/file_evaluation.h"

#include "data/dataset_import.h"
#include "data/schema_inference.h"

namespace cohort::engine
{

Result<FileEvaluation> evaluateOnFile(const TrainedModel &model, const std::string &path,
                                      const CsvOptions &csv, ValidationReport &report)
{
    Result<RawTable> table = readCsv(path, csv, report);
    if (!table)
        return table.error();
    if (table->columnIndex(model.target()) < 0)
    {
        report.addError("target_missing", 1, model.target(),
                        "the file has no column '" + model.target()
                            + "', the target the model predicts",
                        "evaluate on a file with the true classes; use predict for unlabelled "
                        "rows");
        return validationFailure(report);
    }
    Result<std::vector<float>> probabilities = model.predictProbabilities(table.value());
    if (!probabilities)
        return probabilities.error();
    const std::vector<int> labels = encodeLabels(table.value(), model.target(), model.classNames());
    const std::size_t classes = model.classNames().size();
    FileEvaluation evaluation;
    std::vector<int> truth;
    std::vector<float> kept;
    long firstSkipped = -1;
    for (std::size_t row = 0; row < labels.size(); ++row)
    {
        if (labels[row] < 0)
        {
            if (evaluation.skippedRows++ == 0)
                firstSkipped = table->recordNumber(row);
            continue;
        }
        truth.push_back(labels[row]);
        kept.insert(kept.end(), probabilities->begin() + static_cast<long>(row * classes),
                    probabilities->begin() + static_cast<long>((row + 1) * classes));
    }
    if (evaluation.skippedRows > 0)
    {
        report.addWarning("rows_skipped", firstSkipped, model.target(),
                          std::to_string(evaluation.skippedRows)
                              + " row(s) have no target value or a class the model does not "
                                "know; they are not evaluated");
    }
    if (truth.empty())
    {
        report.addError("no_rows", -1, model.target(), "no row has a class the model knows",
                        "check that the target column holds the model's classes");
        return validationFailure(report);
    }
    evaluation.evaluatedRows = static_cast<long>(truth.size());
    evaluation.metrics =
        computeClassificationMetrics(truth, kept, model.classNames(), model.baselineClass());
    return evaluation;
}

} // namespace cohort::engine
