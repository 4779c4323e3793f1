#include "fl/federation_schema.h"

#include <algorithm>
#include <set>
#include <string_view>
#include <unordered_map>
#include <utility>

#include <nlohmann/json.hpp>

#include "data/cell_parsing.h"
#include "data/dataset_import.h"
#include "data/schema_inference.h"

namespace cohort::engine
{

namespace
{

// A site's numeric column may hold as much stray text as schema inference lets the hub's.
const double kNumericTolerance = InferenceOptions{}.numericTolerance;
constexpr std::size_t kShownSamples = 3;
constexpr std::size_t kShownNames = 10;

bool isFeatureKind(ColumnKind kind)
{
    return kind == ColumnKind::Numeric || kind == ColumnKind::Boolean
           || kind == ColumnKind::Categorical;
}

Error schemaError(const std::string &message, const std::string &column = {})
{
    Error error =
        makeError(ErrorCode::InvalidInput, "the federation's schema is not usable: " + message,
                  "ask the hub to send the schema again");
    error.column = column;
    return error;
}

std::string joined(const std::vector<std::string> &names)
{
    std::string text;
    for (std::size_t i = 0; i < names.size() && i < kShownNames; ++i)
        text += (i ? ", " : "") + names[i];
    if (names.size() > kShownNames)
        text += ", ... (" + std::to_string(names.size()) + " in all)";
    return text;
}

// The non-missing cells of a column that fail a test: how many, out of how many, and the first
// row of each of the first few distinct offending values.
struct OddCells
{
    long count = 0;
    long present = 0;
    std::vector<std::pair<std::string_view, std::size_t>> samples;
};

template <typename IsOdd> OddCells findOddCells(const TextColumn &column, IsOdd isOdd)
{
    OddCells odd;
    for (std::size_t row = 0; row < column.size(); ++row)
    {
        const std::string_view cell = trimmed(column.at(row));
        if (isMissingToken(cell))
            continue;
        ++odd.present;
        if (!isOdd(cell))
            continue;
        ++odd.count;
        const bool known = std::any_of(odd.samples.begin(), odd.samples.end(),
                                       [&](const auto &sample) { return sample.first == cell; });
        if (!known && odd.samples.size() < kShownSamples)
            odd.samples.emplace_back(cell, row);
    }
    return odd;
}

// The sample cells with their file lines (each cut after 40 characters), and as the English
// lists them: "line 5 'abc', line 9 'x'".
struct QuotedCells
{
    std::vector<IssueSample> samples;
    std::string listed;
};

QuotedCells quote(const RawTable &table, const OddCells &odd)
{
    QuotedCells quoted;
    for (const auto &[cell, row] : odd.samples)
    {
        IssueSample sample{table.recordNumber(row),
                           std::string(cell.substr(0, 40)) + (cell.size() > 40 ? "..." : "")};
        quoted.listed += (quoted.listed.empty() ? "" : ", ") + std::string("line ")
                         + std::to_string(sample.line) + " '" + sample.value + "'";
        quoted.samples.push_back(std::move(sample));
    }
    return quoted;
}

long firstRow(const RawTable &table, const OddCells &odd)
{
    return odd.samples.empty() ? -1 : table.recordNumber(odd.samples.front().second);
}

void checkNumeric(const RawTable &table, std::size_t index, ValidationReport &report)
{
    const bool decimalComma = table.delimiter == ';';
    const OddCells odd = findOddCells(table.columns[index], [&](std::string_view cell)
                                      { return !parseNumber(cell, decimalComma); });
    if (odd.count == 0)
        return;
    const std::string &name = table.names[index];
    const auto allowed = static_cast<long>(kNumericTolerance * static_cast<double>(odd.present));
    QuotedCells quoted = quote(table, odd);
    if (odd.count > allowed)
    {
        report.addError(IssueSentence::FederationTextInNumericColumn, firstRow(table, odd), name,
                        {std::to_string(odd.count), std::to_string(odd.present), quoted.listed},
                        std::move(quoted.samples));
        return;
    }
    report.addWarning(IssueSentence::TextTreatedAsMissing, firstRow(table, odd), name,
                      {std::to_string(odd.count), quoted.listed}, std::move(quoted.samples));
}

void checkBoolean(const RawTable &table, std::size_t index, ValidationReport &report)
{
    const bool decimalComma = table.delimiter == ';';
    const OddCells odd = findOddCells(table.columns[index],
                                      [&](std::string_view cell)
                                      {
                                          if (const auto number = parseNumber(cell, decimalComma))
                                              return *number != 0.0 && *number != 1.0;
                                          return !parseBoolean(cell);
                                      });
    if (odd.count == 0)
        return;
    QuotedCells quoted = quote(table, odd);
    report.addError(IssueSentence::NotBoolean, firstRow(table, odd), table.names[index],
                    {std::to_string(odd.count), quoted.listed}, std::move(quoted.samples));
}

void checkCategorical(const RawTable &table, std::size_t index, const FeatureSpec &spec,
                      ValidationReport &report)
{
    const std::set<std::string_view> known(spec.categories.begin(), spec.categories.end());
    const OddCells odd = findOddCells(table.columns[index],
                                      [&](std::string_view cell) { return !known.contains(cell); });
    if (odd.count == 0)
        return;
    QuotedCells quoted = quote(table, odd);
    report.addWarning(IssueSentence::UnseenCategory, firstRow(table, odd), spec.name,
                      {std::to_string(odd.count), quoted.listed, joined(spec.categories)},
                      std::move(quoted.samples));
}

void checkTarget(const RawTable &table, std::size_t index, const FederationSchema &schema,
                 ValidationReport &report)
{
    const TextColumn &column = table.columns[index];
    const std::string &name = schema.target;
    const bool decimalComma = table.delimiter == ';';
    const std::set<std::string> classes(schema.classNames.begin(), schema.classNames.end());
    // Each distinct spelling is canonicalised once ("1.0" is the class "1"), as encodeLabels does.
    std::unordered_map<std::string_view, bool> unknownSpellings;
    const auto isUnknown = [&](std::string_view cell)
    {
        const auto [entry, inserted] = unknownSpellings.try_emplace(cell, false);
        if (inserted)
            entry->second = !classes.contains(canonicalLabel(cell, decimalComma));
        return entry->second;
    };
    const OddCells unknown = findOddCells(column, isUnknown);
    const long missing = static_cast<long>(column.size()) - unknown.present;
    if (unknown.count > 0)
    {
        QuotedCells quoted = quote(table, unknown);
        report.addWarning(IssueSentence::UnknownClass, firstRow(table, unknown), name,
                          {std::to_string(unknown.count), quoted.listed, joined(schema.classNames)},
                          std::move(quoted.samples));
    }
    if (missing > 0)
    {
        long first = -1;
        for (std::size_t row = 0; row < column.size() && first < 0; ++row)
        {
            if (isMissingToken(column.at(row)))
                first = table.recordNumber(row);
        }
        report.addWarning(IssueSentence::FederationMissingTarget, first, name,
                          {std::to_string(missing)});
    }
    if (unknown.present == unknown.count)
    {
        report.addError(IssueSentence::NoKnownClass, -1, name, {joined(schema.classNames)});
    }
}

void reportMissingColumn(const std::string &name, ValidationReport &report)
{
    report.addError(IssueSentence::MissingColumn, 1, name, {name});
}

Result<void> validate(const FederationSchema &schema)
{
    std::set<std::string> names;
    for (const FeatureSpec &spec : schema.features)
    {
        if (spec.name.empty())
            return schemaError("a feature column has no name");
        if (!names.insert(spec.name).second)
            return schemaError("the column '" + spec.name + "' appears twice", spec.name);
        if (spec.kind == ColumnKind::Categorical && spec.categories.empty())
            return schemaError("the categorical column '" + spec.name + "' has no categories",
                               spec.name);
    }
    if (schema.features.empty())
        return schemaError("it has no feature columns");
    if (schema.target.empty())
        return schemaError("it has no target column");
    if (names.contains(schema.target))
        return schemaError("the target '" + schema.target + "' is also a feature", schema.target);
    if (schema.classNames.size() < 2)
        return schemaError("the target needs at least two classes", schema.target);
    return {};
}

} // namespace

Result<FederationSchema> federationSchemaOfFile(const std::string &csvPath,
                                                const std::string &target, ValidationReport &report,
                                                const std::vector<std::string> &excluded)
{
    InferenceOptions inference;
    inference.target = target;
    inference.excluded = excluded;
    Result<ImportedDataset> dataset = importDataset(csvPath, {}, inference, report);
    if (!dataset)
        return dataset.error();
    return federationSchemaFrom(dataset->schema);
}

FederationSchema federationSchemaFrom(const DatasetSchema &schema)
{
    FederationSchema federation;
    for (const ColumnSummary &column : schema.columns)
    {
        if (!column.isFeature || column.isTarget || !isFeatureKind(column.kind))
            continue;
        FeatureSpec spec{column.name, column.kind, {}};
        if (column.kind == ColumnKind::Boolean)
            spec.categories = {"0", "1"};
        else if (column.kind == ColumnKind::Categorical)
            spec.categories = column.categories;
        std::sort(spec.categories.begin(), spec.categories.end());
        federation.features.push_back(std::move(spec));
    }
    federation.target = schema.target;
    federation.classNames = schema.classNames;
    return federation;
}

nlohmann::json toJson(const FederationSchema &schema)
{
    nlohmann::json features = nlohmann::json::array();
    for (const FeatureSpec &spec : schema.features)
        features.push_back(
            {{"name", spec.name}, {"kind", toString(spec.kind)}, {"categories", spec.categories}});
    return {{"features", features}, {"target", schema.target}, {"class_names", schema.classNames}};
}

Result<FederationSchema> federationSchemaFromJson(const nlohmann::json &json)
{
    FederationSchema schema;
    try
    {
        for (const nlohmann::json &feature : json.at("features"))
        {
            FeatureSpec spec;
            spec.name = feature.at("name").get<std::string>();
            const auto kind = feature.at("kind").get<std::string>();
            spec.kind = columnKindFromString(kind);
            if (toString(spec.kind) != kind || !isFeatureKind(spec.kind))
                return schemaError("the column '" + spec.name + "' has the unknown kind '" + kind
                                       + "'",
                                   spec.name);
            spec.categories = feature.at("categories").get<std::vector<std::string>>();
            schema.features.push_back(std::move(spec));
        }
        schema.target = json.at("target").get<std::string>();
        schema.classNames = json.at("class_names").get<std::vector<std::string>>();
    }
    catch (const nlohmann::json::exception &e)
    {
        return schemaError(e.what());
    }
    if (Result<void> valid = validate(schema); !valid)
        return valid.error();
    return schema;
}

Result<void> checkSiteTable(const RawTable &table, const FederationSchema &schema,
                            ValidationReport &report)
{
    if (report.file().empty())
        report.setFile(table.file);
    const long errorsBefore = report.errorCount();
    for (const FeatureSpec &spec : schema.features)
    {
        const int index = table.columnIndex(spec.name);
        if (index < 0)
        {
            reportMissingColumn(spec.name, report);
            continue;
        }
        const auto column = static_cast<std::size_t>(index);
        if (spec.kind == ColumnKind::Boolean)
            checkBoolean(table, column, report);
        else if (spec.kind == ColumnKind::Categorical)
            checkCategorical(table, column, spec, report);
        else
            checkNumeric(table, column, report);
    }
    const int target = table.columnIndex(schema.target);
    if (target < 0)
        reportMissingColumn(schema.target, report);
    else
        checkTarget(table, static_cast<std::size_t>(target), schema, report);

    const long errors = report.errorCount() - errorsBefore;
    if (errors == 0)
        return {};
    Error error = makeError(ErrorCode::InvalidInput,
                            Reason{ReasonCode::FileDoesNotMatchSchema, {std::to_string(errors)}},
                            "fix the errors in the validation report and check the file again");
    error.file = table.file;
    return error;
}

} // namespace cohort::engine
