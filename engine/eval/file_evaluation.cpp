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
        report.addError(IssueSentence::EvaluationTargetMissing, 1, model.target(),
                        {model.target()});
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
        report.addWarning(IssueSentence::RowsSkipped, firstSkipped, model.target(),
                          {std::to_string(evaluation.skippedRows)});
    }
    if (truth.empty())
    {
        report.addError(IssueSentence::EvaluationNoRows, -1, model.target());
        return validationFailure(report);
    }
    evaluation.evaluatedRows = static_cast<long>(truth.size());
    evaluation.metrics =
        computeClassificationMetrics(truth, kept, model.classNames(), model.baselineClass());
    return evaluation;
}

} // namespace cohort::engine
