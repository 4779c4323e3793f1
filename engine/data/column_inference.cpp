#include "data/column_inference.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstdio>
#include <string>

#include "data/cell_parsing.h"

namespace cohort::engine
{

namespace
{

std::string lowerCase(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

bool nameLooksLikeIdentifier(const std::string &name)
{
    const std::string lower = lowerCase(name);
    const auto endsWith = [&](const std::string &suffix)
    {
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

// A cell as a report quotes it: its first 40 characters, "..." when there are more.
std::string shortCell(std::string_view cell)
{
    return std::string(cell.substr(0, 40)) + (cell.size() > 40 ? "..." : "");
}

void scanColumn(const RawTable &table, std::size_t index, ColumnScan &scan)
{
    scan.missing = scan.numeric = scan.boolean = scan.dateTime = scan.textCells = 0;
    scan.numbers.clear();
    scan.textRows.clear();
    scan.distinct.clear();
    scan.distinctCapped = false;
    scan.firstMissingRow = -1;
    const TextColumn &column = table.columns[index];
    const bool decimalComma = table.delimiter == ';';
    scan.numbers.reserve(column.size());
    for (std::size_t row = 0; row < column.size(); ++row)
    {
        const std::string_view cell = trimmed(column.at(row));
        if (isMissingToken(cell))
        {
            if (scan.missing++ == 0)
                scan.firstMissingRow = table.recordNumber(row);
            continue;
        }
        if (!scan.distinctCapped)
        {
            scan.distinct.insert(cell);
            scan.distinctCapped =
                static_cast<long>(scan.distinct.size()) >= DatasetSchema::kDistinctCap;
        }
        if (const auto number = parseNumber(cell, decimalComma))
        {
            ++scan.numeric;
            scan.numbers.push_back(*number);
        }
        else
        {
            if (parseBoolean(cell))
                ++scan.boolean;
            else if (looksLikeDateOrTime(cell))
                ++scan.dateTime;
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
    const double first = *q1;
    // Only the elements after q1 may move now, or the first quartile would be lost.
    std::nth_element(q1 + 1, q3, sample.end());
    return {first, *q3};
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
    for (std::size_t row = 0; row < column.size(); ++row)
    {
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
    const auto n = static_cast<double>(values.size());
    double sum = 0.0;
    for (const double v : values)
        sum += v;
    summary.mean = sum / n;
    if (std::isfinite(summary.mean))
        return;
    // The sum of huge values overflowed: sum their shares instead, which cannot.
    summary.mean = 0.0;
    for (const double v : values)
        summary.mean += v / n;
}

// Values too large to square (their squares and sums of squares would overflow) are clipped
// to kLargestFeatureMagnitude by the preprocessing; the report names the column and rows.
void reportHugeValues(const RawTable &table, std::size_t index, const ColumnScan &scan,
                      ValidationReport &report)
{
    std::vector<std::size_t> huge;
    for (std::size_t k = 0; k < scan.numbers.size(); ++k)
    {
        if (std::abs(scan.numbers[k]) > kLargestFeatureMagnitude)
            huge.push_back(k);
    }
    if (huge.empty())
        return;
    std::string examples;
    std::vector<IssueSample> samples;
    for (std::size_t i = 0; i < huge.size() && i < 3; ++i)
    {
        samples.push_back(
            {rowOfNumber(table, index, huge[i]), compactNumber(scan.numbers[huge[i]])});
        examples += (i ? ", line " : "line ") + std::to_string(samples.back().line) + " "
                    + samples.back().value;
    }
    const long firstLine = samples.front().line; // before the samples move into the issue
    report.addWarning(IssueSentence::HugeValues, firstLine, table.names[index],
                      {std::to_string(huge.size()), compactNumber(kLargestFeatureMagnitude),
                       examples + (huge.size() > 3 ? ", ..." : "")},
                      std::move(samples));
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
    for (std::size_t k = 0; k < scan.numbers.size(); ++k)
    {
        const double value = scan.numbers[k];
        if ((value < low || value > high) && count++ == 0)
            first = k;
    }
    if (count > 0)
    {
        report.addWarning(IssueSentence::ExtremeValues, rowOfNumber(table, index, first),
                          table.names[index],
                          {std::to_string(count), compactNumber(scan.numbers[first]),
                           compactNumber(q1), compactNumber(q3)});
    }
}

} // namespace

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

    if (present == 0)
    {
        summary.kind = ColumnKind::Empty;
        summary.isFeature = false;
        report.addWarning(IssueSentence::EmptyColumn, -1, name);
        return summary;
    }
    const bool mostlyNumbers = scan.numeric > 0 && scan.numeric * 2 >= present;
    const auto allowedText =
        static_cast<long>(options.numericTolerance * static_cast<double>(present));
    if (mostlyNumbers && text > 0)
    {
        std::string listed;
        std::vector<IssueSample> samples;
        for (std::size_t k = 0; k < scan.textRows.size(); ++k)
        {
            const auto row = static_cast<std::size_t>(scan.textRows[k]);
            samples.push_back({table.recordNumber(row), shortCell(table.columns[index].at(row))});
            listed += (k ? ", " : "") + std::string("line ") + std::to_string(samples.back().line)
                      + " '" + samples.back().value + "'";
        }
        const long firstRow = samples.front().line;
        if (text > allowedText)
        {
            report.addError(IssueSentence::TextInNumericColumn, firstRow, name,
                            {std::to_string(text), listed}, std::move(samples));
        }
        else
        {
            report.addWarning(IssueSentence::TextTreatedAsMissing, firstRow, name,
                              {std::to_string(text), listed}, std::move(samples));
        }
        summary.invalid = text;
    }
    if (mostlyNumbers)
    {
        describeNumbers(summary, scan.numbers);
        const bool zeroOne = std::all_of(scan.numbers.begin(), scan.numbers.end(),
                                         [](double v) { return v == 0.0 || v == 1.0; });
        const bool integral = std::all_of(scan.numbers.begin(), scan.numbers.end(),
                                          [](double v) { return std::floor(v) == v; });
        if (zeroOne && summary.distinct == 2)
        {
            summary.kind = ColumnKind::Boolean;
            summary.categories = {"0", "1"};
        }
        else if (present > 20 && integral && nameLooksLikeIdentifier(name)
                 && allUnique(scan.numbers))
        {
            summary.kind = ColumnKind::Identifier;
        }
        else
        {
            summary.kind = ColumnKind::Numeric;
            reportHugeValues(table, index, scan, report);
            reportExtremeValues(table, index, scan, report);
        }
    }
    else if (scan.dateTime * 20 >= present * 19) // dates or times, bar a few typing errors
    {
        // One-hot encoding dates would learn the calendar of this file, not the patients.
        summary.kind = ColumnKind::DateTime;
        summary.isFeature = false;
        report.addWarning(IssueSentence::DateTimeColumn, -1, name);
        return summary;
    }
    else if (scan.boolean == present)
    {
        summary.kind = ColumnKind::Boolean;
        summary.minimum = 0.0;
        summary.maximum = 1.0;
        summary.categories = {"false", "true"};
    }
    else if (!scan.distinctCapped && summary.distinct <= options.maxCategories
             && !nameLooksLikeIdentifier(name) && !(summary.distinct == present && present >= 10))
    {
        // A few distinct strings are categories; strings unique to every row are not.
        summary.kind = ColumnKind::Categorical;
        for (const std::string_view value : scan.distinct)
            summary.categories.emplace_back(value);
        std::sort(summary.categories.begin(), summary.categories.end());
    }
    else
    {
        summary.kind = ColumnKind::Identifier;
    }
    if (summary.kind == ColumnKind::Identifier)
    {
        summary.isFeature = false;
        report.addWarning(IssueSentence::IdentifierColumn, -1, name,
                          {std::to_string(summary.distinct)});
    }
    else if (scan.missing > 0)
    {
        const long percent = 100 * scan.missing / std::max(1L, static_cast<long>(table.rowCount()));
        report.addWarning(
            summary.kind == ColumnKind::Numeric ? IssueSentence::MissingValuesMedian
                                                : IssueSentence::MissingValuesMostFrequent,
            scan.firstMissingRow, name, {std::to_string(scan.missing), std::to_string(percent)});
    }
    return summary;
}

} // namespace cohort::engine
