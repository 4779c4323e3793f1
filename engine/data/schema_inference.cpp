#include "data/schema_inference.h"

#include <algorithm>
#include <atomic>
#include <cassert>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "data/cell_parsing.h"

namespace cohort::engine {

namespace {

std::string lowerCase(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) {
        return static_cast<char>(std::tolower(c));
    });
    return text;
}

bool nameLooksLikeIdentifier(const std::string &name)
{
    const std::string lower = lowerCase(name);
    const auto endsWith = [&](const std::string &suffix) {
        return lower.size() >= suffix.size()
               && lower.compare(lower.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    return lower == "id" || lower == "uuid" || endsWith("_id") || endsWith(" id")
           || lower.rfind("id_", 0) == 0 || endsWith("uuid");
}

std::string compactNumber(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof(buffer), "%g", value);
    return buffer;
}

std::string quoteSample(std::string_view cell)
{
    std::string text(cell.substr(0, 40));
    return "'" + text + (cell.size() > 40 ? "...'" : "'");
}

// Everything one pass over a column's cells tells. `numbers` is scratch space reused from
// column to column, so that large files do not allocate it anew for each.
struct ColumnScan
{
    long missing = 0;
    long numeric = 0;
    long boolean = 0;
    std::vector<double> numbers;         // the numeric cells, in row order
    std::vector<long> textRows;          // rows of text cells that are not numbers (first ones)
    long textCells = 0;
    std::unordered_set<std::string_view> distinct;
    bool distinctCapped = false;
    long firstMissingRow = -1;
};

void scanColumn(const RawTable &table, std::size_t index, ColumnScan &scan)
{
    scan.missing = scan.numeric = scan.boolean = scan.textCells = 0;
    scan.numbers.clear();
    scan.textRows.clear();
    scan.distinct.clear();
    scan.distinctCapped = false;
    scan.firstMissingRow = -1;
    const TextColumn &column = table.columns[index];
    const bool decimalComma = table.delimiter == ';';
    scan.numbers.reserve(column.size());
    for (std::size_t row = 0; row < column.size(); ++row) {
        const std::string_view cell = trimmed(column.at(row));
        if (isMissingToken(cell)) {
            if (scan.missing++ == 0)
                scan.firstMissingRow = table.recordNumber(row);
            continue;
        }
        if (!scan.distinctCapped) {
            scan.distinct.insert(cell);
            scan.distinctCapped = static_cast<long>(scan.distinct.size())
                                  >= DatasetSchema::kDistinctCap;
        }
        if (const auto number = parseNumber(cell, decimalComma)) {
            ++scan.numeric;
            scan.numbers.push_back(*number);
        } else {
            if (parseBoolean(cell))
                ++scan.boolean;
            if (scan.textCells++ < 3)
                scan.textRows.push_back(static_cast<long>(row));
        }
    }
}

// The first and third quartiles (nearest rank) of an evenly strided sample of at most
// 100 000 values: exact for small columns, and plenty for a fence on large ones.
std::pair<double, double> quartiles(const std::vector<double> &values)
{
    const std::size_t stride = std::max<std::size_t>(1, values.size() / 100000);
    std::vector<double> sample;
    sample.reserve(values.size() / stride + 1);
    for (std::size_t i = 0; i < values.size(); i += stride)
        sample.push_back(values[i]);
    const std::size_t last = sample.size() - 1;
    const auto q1 = sample.begin() + static_cast<std::ptrdiff_t>(last / 4);
    const auto q3 = sample.begin() + static_cast<std::ptrdiff_t>(last * 3 / 4);
    std::nth_element(sample.begin(), q1, sample.end());
    std::nth_element(q1, q3, sample.end());
    return {*q1, *q3};
}

bool allUnique(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return std::adjacent_find(values.begin(), values.end()) == values.end();
}

// Record number of the numeric cell with index `k` among the column's numeric cells.
long rowOfNumber(const RawTable &table, std::size_t index, std::size_t k)
{
    const TextColumn &column = table.columns[index];
    const bool decimalComma = table.delimiter == ';';
    std::size_t seen = 0;
    for (std::size_t row = 0; row < column.size(); ++row) {
        const std::string_view cell = trimmed(column.at(row));
        if (!isMissingToken(cell) && parseNumber(cell, decimalComma) && seen++ == k)
            return table.recordNumber(row);
    }
    return -1;
}

void describeNumbers(ColumnSummary &summary, const std::vector<double> &values)
{
    if (values.empty())
        return;
    const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    summary.minimum = *lo;
    summary.maximum = *hi;
    double sum = 0.0;
    for (const double v : values)
        sum += v;
    summary.mean = sum / static_cast<double>(values.size());
}

void reportExtremeValues(const RawTable &table, std::size_t index, const ColumnScan &scan,
                         ValidationReport &report)
{
    if (scan.numbers.size() < 20)
        return;
    const auto [q1, q3] = quartiles(scan.numbers);
    const double spread = q3 - q1;
    if (spread <= 0.0)
        return;
    const double low = q1 - 3.0 * spread;
    const double high = q3 + 3.0 * spread;
    long count = 0;
    std::size_t first = 0;
    for (std::size_t k = 0; k < scan.numbers.size(); ++k) {
        const double value = scan.numbers[k];
        if ((value < low || value > high) && count++ == 0)
            first = k;
    }
    if (count > 0) {
        report.addWarning("extreme_values", rowOfNumber(table, index, first), table.names[index],
                          std::to_string(count) + " extreme value(s), e.g. "
                              + compactNumber(scan.numbers[first])
                              + ", far outside the typical range ["
                              + compactNumber(q1) + ", " + compactNumber(q3)
                              + "]; they will be clipped to the training data's quantiles",
                          "check these values for typing or unit errors");
    }
}

ColumnSummary inferFeatureColumn(const RawTable &table, std::size_t index,
                                 const InferenceOptions &options, ColumnScan &scan,
                                 ValidationReport &report)
{
    const std::string &name = table.names[index];
    scanColumn(table, index, scan);
    ColumnSummary summary;
    summary.name = name;
    summary.missing = scan.missing;
    summary.distinct = static_cast<long>(scan.distinct.size());
    const long present = static_cast<long>(table.rowCount()) - scan.missing;
    const long text = present - scan.numeric;
    assert(text == scan.textCells);

    if (present == 0) {
        summary.kind = ColumnKind::Empty;
        summary.isFeature = false;
        report.addWarning("empty_column", -1, name, "the column has no values; it is ignored");
        return summary;
    }
    const bool mostlyNumbers = scan.numeric > 0 && scan.numeric * 2 >= present;
    const auto allowedText = static_cast<long>(options.numericTolerance * static_cast<double>(present));
    if (mostlyNumbers && text > 0) {
        std::string samples;
        for (std::size_t k = 0; k < scan.textRows.size(); ++k) {
            const auto row = static_cast<std::size_t>(scan.textRows[k]);
            samples += (k ? ", " : "") + std::string("row ")
                       + std::to_string(table.recordNumber(row)) + " "
                       + quoteSample(table.columns[index].at(row));
        }
        const long firstRow = table.recordNumber(static_cast<std::size_t>(scan.textRows[0]));
        if (text > allowedText) {
            report.addError("text_in_numeric_column", firstRow, name,
                            "the column holds numbers but " + std::to_string(text)
                                + " cell(s) are text (" + samples + ")",
                            "correct these cells, or leave them empty or NA if the value is "
                            "unknown");
        } else {
            report.addWarning("text_in_numeric_column", firstRow, name,
                              std::to_string(text) + " text cell(s) in a numeric column ("
                                  + samples + ") are treated as missing");
        }
        summary.invalid = text;
    }
    if (mostlyNumbers) {
        describeNumbers(summary, scan.numbers);
        const bool zeroOne = std::all_of(scan.numbers.begin(), scan.numbers.end(),
                                         [](double v) { return v == 0.0 || v == 1.0; });
        const bool integral = std::all_of(scan.numbers.begin(), scan.numbers.end(),
                                          [](double v) { return std::floor(v) == v; });
        if (zeroOne && summary.distinct == 2) {
            summary.kind = ColumnKind::Boolean;
            summary.categories = {"0", "1"};
        } else if (present > 20 && integral && nameLooksLikeIdentifier(name)
                   && allUnique(scan.numbers)) {
            summary.kind = ColumnKind::Identifier;
        } else {
            summary.kind = ColumnKind::Numeric;
            reportExtremeValues(table, index, scan, report);
        }
    } else if (scan.boolean == present) {
        summary.kind = ColumnKind::Boolean;
        summary.minimum = 0.0;
        summary.maximum = 1.0;
        summary.categories = {"false", "true"};
    } else if (!scan.distinctCapped && summary.distinct <= options.maxCategories
               && !nameLooksLikeIdentifier(name)
               && !(summary.distinct == present && present >= 10)) {
        // A few distinct strings are categories; strings unique to every row are not.
        summary.kind = ColumnKind::Categorical;
        for (const std::string_view value : scan.distinct)
            summary.categories.emplace_back(value);
        std::sort(summary.categories.begin(), summary.categories.end());
    } else {
        summary.kind = ColumnKind::Identifier;
    }
    if (summary.kind == ColumnKind::Identifier) {
        summary.isFeature = false;
        report.addWarning("identifier_column", -1, name,
                          "the column looks like an identifier or free text ("
                              + std::to_string(summary.distinct)
                              + " distinct values); it is not used as a feature");
    } else if (scan.missing > 0) {
        const char *filler = summary.kind == ColumnKind::Numeric ? "the median" : "the most "
                                                                                  "frequent value";
        report.addWarning("missing_values", scan.firstMissingRow, name,
                          std::to_string(scan.missing) + " missing value(s) ("
                              + std::to_string(100 * scan.missing / std::max(1L, static_cast<long>(table.rowCount())))
                              + "%) will be filled with " + filler + " of the training rows");
    }
    return summary;
}

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
    for (std::size_t row = 0; row < column.size(); ++row) {
        const std::string_view cell = trimmed(column.at(row));
        if (isMissingToken(cell)) {
            if (missing++ == 0)
                firstMissingRow = table.recordNumber(row);
            continue;
        }
        ++spellings[cell];
    }
    std::map<std::string, long> counts;
    bool fractional = false;
    for (const auto &[cell, count] : spellings) {
        const auto number = parseNumber(cell, decimalComma);
        fractional = fractional || (number && std::floor(*number) != *number);
        counts[canonicalLabel(cell, decimalComma)] += count;
    }
    schema.usableRows = static_cast<long>(column.size()) - missing;
    if (missing > 0) {
        report.addWarning("missing_target", firstMissingRow, name,
                          std::to_string(missing) + " row(s) without a target value are dropped");
    }
    if (counts.size() < 2) {
        report.addError("constant_target", -1, name,
                        counts.empty() ? "the target column has no values"
                                       : "the target has only one value ('" + counts.begin()->first
                                             + "'); there is nothing to learn",
                        "choose a column with at least two classes");
        return;
    }
    if (fractional || static_cast<long>(counts.size()) > options.maxClasses) {
        report.addError("target_not_categorical", -1, name,
                        "the target has " + std::to_string(counts.size())
                            + " distinct values; Cohort trains classifiers",
                        "choose a column with a few classes, or group the values into classes");
        return;
    }
    for (const auto &[label, count] : counts)
        schema.classNames.push_back(label);
    std::sort(schema.classNames.begin(), schema.classNames.end(), lessAsNumbers);
    for (const std::string &label : schema.classNames) {
        const long count = counts[label];
        schema.classCounts.push_back(count);
        if (count < options.minRowsPerClass) {
            report.addError("too_few_rows_per_class", -1, name,
                            "class '" + label + "' has " + std::to_string(count) + " row(s); at least "
                                + std::to_string(options.minRowsPerClass) + " are needed",
                            "add rows of this class, or remove or merge it");
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
    const auto work = [&] {
        ColumnScan scan;
        for (std::size_t i = next++; i < count; i = next++) {
            reports[i].setFile(report.file());
            if (static_cast<int>(i) != targetIndex)
                summaries[i] = inferFeatureColumn(table, i, options, scan, reports[i]);
        }
    };
    constexpr std::size_t kRowsPerExtraThread = 100000;
    const std::size_t threads = std::clamp<std::size_t>(
        std::min<std::size_t>(std::thread::hardware_concurrency(),
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
    if (!options.target.empty()) {
        targetIndex = table.columnIndex(options.target);
        if (targetIndex < 0) {
            std::string names;
            for (const std::string &n : table.names)
                names += (names.empty() ? "" : ", ") + n;
            report.addError("target_missing", 1, options.target,
                            "there is no column named '" + options.target + "'",
                            "choose the target among: " + names);
        }
    }
    schema.columns = inferFeatureColumns(table, targetIndex, options, report);
    for (ColumnSummary &summary : schema.columns) {
        if (std::find(options.excluded.begin(), options.excluded.end(), summary.name)
            != options.excluded.end())
            summary.isFeature = false;
    }
    if (targetIndex >= 0) {
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
        if (schema.featureNames().empty()) {
            report.addError("no_features", -1, {}, "no column is usable as a feature",
                            "add numeric, yes/no or categorical columns besides the target");
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
    for (std::size_t row = 0; row < column.size(); ++row) {
        const std::string_view cell = trimmed(column.at(row));
        auto known = bySpelling.find(cell);
        if (known == bySpelling.end()) {
            int label = -1;
            if (!isMissingToken(cell)) {
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
