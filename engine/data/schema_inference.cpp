#include "data/schema_inference.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <map>
#include <thread>
#include <unordered_map>

#include "data/cell_parsing.h"
#include "data/column_inference.h"

namespace cohort::engine
{

namespace
{

bool lessAsNumbers(const std::string &a, const std::string &b)
{
    const auto x = parseNumber(a);
    const auto y = parseNumber(b);
    if (x && y)
        return *x < *y;
    return a < b;
}

void inferTarget(const RawTable &table, std::size_t index, const InferenceOptions &options,
                 DatasetSchema &schema, ValidationReport &report)
{
    const std::string &name = table.names[index];
    const TextColumn &column = table.columns[index];
    const bool decimalComma = table.delimiter == ';';
    // Count spellings first (cheap), then merge them into canonical labels ("1.0" is "1").
    std::unordered_map<std::string_view, long> spellings;
    long missing = 0;
    long firstMissingRow = -1;
    for (std::size_t row = 0; row < column.size(); ++row)
    {
        const std::string_view cell = trimmed(column.at(row));
        if (isMissingToken(cell))
        {
            if (missing++ == 0)
                firstMissingRow = table.recordNumber(row);
            continue;
        }
        ++spellings[cell];
    }
    std::map<std::string, long> counts;
    bool fractional = false;
    for (const auto &[cell, count] : spellings)
    {
        const auto number = parseNumber(cell, decimalComma);
        fractional = fractional || (number && std::floor(*number) != *number);
        counts[canonicalLabel(cell, decimalComma)] += count;
    }
    schema.usableRows = static_cast<long>(column.size()) - missing;
    if (missing > 0)
    {
        report.addWarning(IssueSentence::MissingTarget, firstMissingRow, name,
                          {std::to_string(missing)});
    }
    if (counts.size() < 2)
    {
        if (counts.empty())
            report.addError(IssueSentence::ConstantTargetNoValues, -1, name);
        else
            report.addError(IssueSentence::ConstantTarget, -1, name, {counts.begin()->first});
        return;
    }
    if (fractional || static_cast<long>(counts.size()) > options.maxClasses)
    {
        report.addError(IssueSentence::TargetNotCategorical, -1, name,
                        {std::to_string(counts.size())});
        return;
    }
    for (const auto &[label, count] : counts)
        schema.classNames.push_back(label);
    std::sort(schema.classNames.begin(), schema.classNames.end(), lessAsNumbers);
    for (const std::string &label : schema.classNames)
    {
        const long count = counts[label];
        schema.classCounts.push_back(count);
        if (count < options.minRowsPerClass)
        {
            report.addError(
                IssueSentence::TooFewRowsPerClass, -1, name,
                {label, std::to_string(count), std::to_string(options.minRowsPerClass)});
        }
    }
}

// Infers every feature column, on several threads for large files. Each column reports into
// its own report; they are merged in column order, so the result does not depend on timing.
std::vector<ColumnSummary> inferFeatureColumns(const RawTable &table, int targetIndex,
                                               const InferenceOptions &options,
                                               ValidationReport &report)
{
    const std::size_t count = table.names.size();
    std::vector<ColumnSummary> summaries(count);
    std::vector<ValidationReport> reports(count);
    std::atomic<std::size_t> next{0};
    const auto work = [&]
    {
        ColumnScan scan;
        for (std::size_t i = next++; i < count; i = next++)
        {
            reports[i].setFile(report.file());
            if (static_cast<int>(i) != targetIndex)
                summaries[i] = inferFeatureColumn(table, i, options, scan, reports[i]);
        }
    };
    constexpr std::size_t kRowsPerExtraThread = 100000;
    const std::size_t threads =
        std::clamp<std::size_t>(std::min<std::size_t>(std::thread::hardware_concurrency(),
                                                      table.rowCount() / kRowsPerExtraThread),
                                1, std::min<std::size_t>(count, 8));
    std::vector<std::thread> helpers;
    for (std::size_t t = 1; t < threads; ++t)
        helpers.emplace_back(work);
    work();
    for (std::thread &helper : helpers)
        helper.join();
    for (const ValidationReport &columnReport : reports)
        report.append(columnReport);
    return summaries;
}

} // namespace

DatasetSchema inferSchema(const RawTable &table, const InferenceOptions &options,
                          ValidationReport &report)
{
    DatasetSchema schema;
    schema.rows = static_cast<long>(table.rowCount());
    schema.usableRows = schema.rows;
    schema.delimiter = table.delimiter;
    schema.encoding = table.encoding;
    int targetIndex = -1;
    if (!options.target.empty())
    {
        targetIndex = table.columnIndex(options.target);
        if (targetIndex < 0)
        {
            std::string names;
            for (const std::string &n : table.names)
                names += (names.empty() ? "" : ", ") + n;
            report.addError(IssueSentence::TargetMissing, 1, options.target,
                            {options.target, names});
        }
    }
    // A column to leave out that the file does not have is a typo, not a wish to keep it.
    for (const std::string &excluded : options.excluded)
    {
        if (table.columnIndex(excluded) < 0)
        {
            std::string names;
            for (const std::string &n : table.names)
                names += (names.empty() ? "" : ", ") + n;
            report.addError(IssueSentence::ExcludedColumnMissing, 1, excluded, {excluded, names});
        }
    }
    schema.columns = inferFeatureColumns(table, targetIndex, options, report);
    for (ColumnSummary &summary : schema.columns)
    {
        if (std::find(options.excluded.begin(), options.excluded.end(), summary.name)
            != options.excluded.end())
            summary.isFeature = false;
    }
    if (targetIndex >= 0)
    {
        ColumnSummary &summary = schema.columns[static_cast<std::size_t>(targetIndex)];
        summary.name = table.names[static_cast<std::size_t>(targetIndex)];
        summary.kind = ColumnKind::Categorical;
        summary.isFeature = false;
        summary.isTarget = true;
        inferTarget(table, static_cast<std::size_t>(targetIndex), options, schema, report);
        summary.categories = schema.classNames;
        summary.distinct = static_cast<long>(schema.classNames.size());
        summary.missing = schema.rows - schema.usableRows;
        schema.target = options.target;
        if (schema.featureNames().empty())
        {
            report.addError(IssueSentence::NoFeatures, -1, {});
        }
    }
    return schema;
}

std::vector<int> encodeLabels(const RawTable &table, const std::string &target,
                              const std::vector<std::string> &classNames)
{
    const int index = table.columnIndex(target);
    std::vector<int> labels(table.rowCount(), -1);
    if (index < 0)
        return labels;
    std::unordered_map<std::string, int> classIndex;
    for (std::size_t k = 0; k < classNames.size(); ++k)
        classIndex.emplace(classNames[k], static_cast<int>(k));
    // Each distinct spelling is canonicalised once.
    std::unordered_map<std::string_view, int> bySpelling;
    const bool decimalComma = table.delimiter == ';';
    const TextColumn &column = table.columns[static_cast<std::size_t>(index)];
    for (std::size_t row = 0; row < column.size(); ++row)
    {
        const std::string_view cell = trimmed(column.at(row));
        auto known = bySpelling.find(cell);
        if (known == bySpelling.end())
        {
            int label = -1;
            if (!isMissingToken(cell))
            {
                const auto found = classIndex.find(canonicalLabel(cell, decimalComma));
                label = found == classIndex.end() ? -1 : found->second;
            }
            known = bySpelling.emplace(cell, label).first;
        }
        labels[row] = known->second;
    }
    return labels;
}

} // namespace cohort::engine
