#include "data/schema_inference.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
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

// Everything one pass over a column's cells tells.
struct ColumnScan
{
    long missing = 0;
    long numeric = 0;
    long boolean = 0;
    std::vector<double> values;          // the numeric cells
    std::vector<long> textRows;          // rows of text cells that are not numbers
    std::unordered_set<std::string_view> distinct;
    bool distinctCapped = false;
    long firstMissingRow = -1;
};

ColumnScan scanColumn(const RawTable &table, std::size_t index)
{
    ColumnScan scan;
    const TextColumn &column = table.columns[index];
    const bool decimalComma = table.delimiter == ';';
    scan.values.reserve(column.size());
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
            scan.values.push_back(*number);
        } else {
            if (parseBoolean(cell))
                ++scan.boolean;
            scan.textRows.push_back(static_cast<long>(row));
        }
    }
    return scan;
}

// Quartile by interpolation on a copy (nth_element keeps it linear).
double quantile(std::vector<double> values, double q)
{
    const double position = q * static_cast<double>(values.size() - 1);
    const auto lower = static_cast<std::size_t>(std::floor(position));
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(lower),
                     values.end());
    const double a = values[lower];
    if (lower + 1 >= values.size())
        return a;
    const double b = *std::min_element(values.begin() + static_cast<std::ptrdiff_t>(lower) + 1,
                                       values.end());
    return a + (b - a) * (position - static_cast<double>(lower));
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
    if (scan.values.size() < 20)
        return;
    const double q1 = quantile(scan.values, 0.25);
    const double q3 = quantile(scan.values, 0.75);
    const double spread = q3 - q1;
    if (spread <= 0.0)
        return;
    const double low = q1 - 3.0 * spread;
    const double high = q3 + 3.0 * spread;
    long count = 0;
    long firstRow = -1;
    double firstValue = 0.0;
    const bool decimalComma = table.delimiter == ';';
    const TextColumn &column = table.columns[index];
    for (std::size_t row = 0; row < column.size(); ++row) {
        const auto value = parseNumber(column.at(row), decimalComma);
        if (value && (*value < low || *value > high) && count++ == 0) {
            firstRow = table.recordNumber(row);
            firstValue = *value;
        }
    }
    if (count > 0) {
        report.addWarning("extreme_values", firstRow, table.names[index],
                          std::to_string(count) + " extreme value(s), e.g. "
                              + compactNumber(firstValue)
                              + ", far outside the typical range ["
                              + compactNumber(q1) + ", " + compactNumber(q3)
                              + "]; they will be clipped to the training data's quantiles",
                          "check these values for typing or unit errors");
    }
}

ColumnSummary inferFeatureColumn(const RawTable &table, std::size_t index,
                                 const InferenceOptions &options, ValidationReport &report)
{
    const std::string &name = table.names[index];
    const ColumnScan scan = scanColumn(table, index);
    ColumnSummary summary;
    summary.name = name;
    summary.missing = scan.missing;
    summary.distinct = static_cast<long>(scan.distinct.size());
    const long present = static_cast<long>(table.rowCount()) - scan.missing;
    const long text = present - scan.numeric;

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
        for (std::size_t k = 0; k < std::min<std::size_t>(3, scan.textRows.size()); ++k) {
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
        describeNumbers(summary, scan.values);
        const bool zeroOne = std::all_of(scan.values.begin(), scan.values.end(),
                                         [](double v) { return v == 0.0 || v == 1.0; });
        const bool integral = std::all_of(scan.values.begin(), scan.values.end(),
                                          [](double v) { return std::floor(v) == v; });
        const bool unique = !scan.distinctCapped && summary.distinct == present;
        if (zeroOne && summary.distinct == 2) {
            summary.kind = ColumnKind::Boolean;
            summary.categories = {"0", "1"};
        } else if (integral && unique && present > 20 && nameLooksLikeIdentifier(name)) {
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
    } else if (summary.distinct <= options.maxCategories && !nameLooksLikeIdentifier(name)
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
    std::map<std::string, long> counts;
    long missing = 0;
    long firstMissingRow = -1;
    bool fractional = false;
    for (std::size_t row = 0; row < column.size(); ++row) {
        const std::string_view cell = trimmed(column.at(row));
        if (isMissingToken(cell)) {
            if (missing++ == 0)
                firstMissingRow = table.recordNumber(row);
            continue;
        }
        const auto number = parseNumber(cell, decimalComma);
        fractional = fractional || (number && std::floor(*number) != *number);
        ++counts[canonicalLabel(cell, decimalComma)];
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
    for (std::size_t i = 0; i < table.names.size(); ++i) {
        if (static_cast<int>(i) == targetIndex) {
            ColumnSummary summary;
            summary.name = table.names[i];
            summary.kind = ColumnKind::Categorical;
            summary.isFeature = false;
            summary.isTarget = true;
            inferTarget(table, i, options, schema, report);
            summary.categories = schema.classNames;
            summary.distinct = static_cast<long>(schema.classNames.size());
            summary.missing = schema.rows - schema.usableRows;
            schema.columns.push_back(std::move(summary));
            continue;
        }
        ColumnSummary summary = inferFeatureColumn(table, i, options, report);
        if (std::find(options.excluded.begin(), options.excluded.end(), summary.name)
            != options.excluded.end())
            summary.isFeature = false;
        schema.columns.push_back(std::move(summary));
    }
    schema.target = targetIndex >= 0 ? options.target : std::string();
    if (targetIndex >= 0 && schema.featureNames().empty()) {
        report.addError("no_features", -1, {}, "no column is usable as a feature",
                        "add numeric, yes/no or categorical columns besides the target");
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
    std::unordered_map<std::string, int> lookup;
    for (std::size_t k = 0; k < classNames.size(); ++k)
        lookup.emplace(classNames[k], static_cast<int>(k));
    const bool decimalComma = table.delimiter == ';';
    const TextColumn &column = table.columns[static_cast<std::size_t>(index)];
    for (std::size_t row = 0; row < column.size(); ++row) {
        const std::string_view cell = trimmed(column.at(row));
        if (isMissingToken(cell))
            continue;
        const auto found = lookup.find(canonicalLabel(cell, decimalComma));
        if (found != lookup.end())
            labels[row] = found->second;
    }
    return labels;
}

} // namespace cohort::engine
