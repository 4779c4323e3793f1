#include "data/preprocessor.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "data/cell_parsing.h"

namespace cohort::engine
{

namespace
{

// Linear-interpolated quantile of sorted values.
double sortedQuantile(const std::vector<double> &sorted, double q)
{
    if (sorted.empty())
        return 0.0;
    const double position = q * static_cast<double>(sorted.size() - 1);
    const auto lower = static_cast<std::size_t>(std::floor(position));
    const std::size_t upper = std::min(lower + 1, sorted.size() - 1);
    return sorted[lower]
           + (sorted[upper] - sorted[lower]) * (position - static_cast<double>(lower));
}

// A boolean cell as 0/1: numbers 0/1 or yes/no words; nothing when missing or unreadable.
std::optional<double> booleanValue(std::string_view cell, bool decimalComma)
{
    if (const auto number = parseNumber(cell, decimalComma))
        return *number != 0.0 ? 1.0 : 0.0;
    if (const auto flag = parseBoolean(cell))
        return *flag ? 1.0 : 0.0;
    return std::nullopt;
}

ColumnTransform fitNumeric(const TextColumn &column, const std::vector<std::size_t> &rows,
                           bool decimalComma, const PreprocessingOptions &options)
{
    ColumnTransform t;
    std::vector<double> values;
    values.reserve(rows.size());
    for (const std::size_t row : rows)
    {
        // Values too large to square are clipped first, as schema inference warned.
        if (const auto v = parseNumber(column.at(row), decimalComma))
            values.push_back(clampMagnitude(*v));
    }
    std::sort(values.begin(), values.end());
    t.fill = sortedQuantile(values, 0.5);
    t.low = sortedQuantile(values, options.lowerQuantile);
    t.high = sortedQuantile(values, options.upperQuantile);
    // Mean and spread of the clipped, imputed training values: what the model will see.
    double sum = 0.0;
    double squares = 0.0;
    const double imputed = std::clamp(t.fill, t.low, t.high);
    const auto missing = static_cast<double>(rows.size() - values.size());
    for (const double v : values)
    {
        const double c = std::clamp(v, t.low, t.high);
        sum += c;
        squares += c * c;
    }
    sum += missing * imputed;
    squares += missing * imputed * imputed;
    const double n = std::max(1.0, static_cast<double>(rows.size()));
    t.mean = sum / n;
    const double variance = std::max(0.0, squares / n - t.mean * t.mean);
    t.scale = variance > 1e-12 ? std::sqrt(variance) : 1.0;
    return t;
}

ColumnTransform fitBoolean(const TextColumn &column, const std::vector<std::size_t> &rows,
                           bool decimalComma)
{
    ColumnTransform t;
    long ones = 0;
    long present = 0;
    for (const std::size_t row : rows)
    {
        if (const auto v = booleanValue(column.at(row), decimalComma))
        {
            ++present;
            ones += *v != 0.0 ? 1 : 0;
        }
    }
    t.fill = ones * 2 > present ? 1.0 : 0.0;
    return t;
}

ColumnTransform fitCategorical(const TextColumn &column, const std::vector<std::size_t> &rows)
{
    ColumnTransform t;
    std::unordered_map<std::string, long> counts;
    for (const std::size_t row : rows)
    {
        const std::string_view cell = trimmed(column.at(row));
        if (!isMissingToken(cell))
            ++counts[std::string(cell)];
    }
    for (const auto &entry : counts)
        t.categories.push_back(entry.first);
    std::sort(t.categories.begin(), t.categories.end());
    long best = -1;
    for (std::size_t k = 0; k < t.categories.size(); ++k)
    {
        if (counts[t.categories[k]] > best)
        {
            best = counts[t.categories[k]];
            t.fill = static_cast<double>(k);
        }
    }
    return t;
}

} // namespace

Preprocessor Preprocessor::fit(const RawTable &table, const DatasetSchema &schema,
                               const std::vector<std::size_t> &rows,
                               const PreprocessingOptions &options)
{
    Preprocessor preprocessor;
    preprocessor.m_options = options;
    const bool decimalComma = table.delimiter == ';';
    for (const ColumnSummary &summary : schema.columns)
    {
        if (!summary.isFeature)
            continue;
        const int index = table.columnIndex(summary.name);
        if (index < 0)
            continue;
        const TextColumn &column = table.columns[static_cast<std::size_t>(index)];
        ColumnTransform t;
        switch (summary.kind)
        {
        case ColumnKind::Boolean:
            t = fitBoolean(column, rows, decimalComma);
            break;
        case ColumnKind::Categorical:
            t = fitCategorical(column, rows);
            break;
        default:
            t = fitNumeric(column, rows, decimalComma, options);
            break;
        }
        t.name = summary.name;
        t.kind = summary.kind == ColumnKind::Boolean || summary.kind == ColumnKind::Categorical
                     ? summary.kind
                     : ColumnKind::Numeric;
        preprocessor.m_columns.push_back(std::move(t));
    }
    return preprocessor;
}

Preprocessor Preprocessor::fromColumns(std::vector<ColumnTransform> columns,
                                       const PreprocessingOptions &options)
{
    Preprocessor preprocessor;
    preprocessor.m_columns = std::move(columns);
    preprocessor.m_options = options;
    return preprocessor;
}

std::size_t Preprocessor::outputWidth() const
{
    std::size_t width = 0;
    for (const ColumnTransform &t : m_columns)
        width += t.kind == ColumnKind::Categorical ? t.categories.size() : 1;
    return width;
}

std::vector<std::string> Preprocessor::outputNames() const
{
    std::vector<std::string> names;
    for (const ColumnTransform &t : m_columns)
    {
        if (t.kind != ColumnKind::Categorical)
        {
            names.push_back(t.name);
            continue;
        }
        for (const std::string &category : t.categories)
            names.push_back(t.name + "=" + category);
    }
    return names;
}

Result<FeatureMatrix> Preprocessor::transform(const RawTable &table) const
{
    FeatureMatrix matrix(table.rowCount(), outputWidth());
    const bool decimalComma = table.delimiter == ';';
    std::size_t offset = 0;
    for (const ColumnTransform &t : m_columns)
    {
        const int index = table.columnIndex(t.name);
        if (index < 0)
        {
            Error error = makeError(ErrorCode::InvalidInput,
                                    Reason{ReasonCode::ModelNeedsColumn, {t.name}},
                                    "use a file with the same columns as the training data");
            error.file = table.file;
            error.row = 1;
            error.column = t.name;
            return error;
        }
        const TextColumn &column = table.columns[static_cast<std::size_t>(index)];
        std::unordered_map<std::string_view, std::size_t> lookup;
        for (std::size_t k = 0; k < t.categories.size(); ++k)
            lookup.emplace(t.categories[k], k);
        for (std::size_t row = 0; row < matrix.rows; ++row)
        {
            const std::string_view cell = trimmed(column.at(row));
            float *out = matrix.values.data() + row * matrix.cols + offset;
            if (t.kind == ColumnKind::Numeric)
            {
                const double v = parseNumber(cell, decimalComma).value_or(t.fill);
                *out = static_cast<float>((std::clamp(v, t.low, t.high) - t.mean) / t.scale);
            }
            else if (t.kind == ColumnKind::Boolean)
            {
                *out = static_cast<float>(booleanValue(cell, decimalComma).value_or(t.fill));
            }
            else
            {
                // Missing cells take the most frequent category; unseen ones stay all zero.
                const auto found = lookup.find(cell);
                if (found != lookup.end())
                    out[found->second] = 1.0f;
                else if (isMissingToken(cell) && !t.categories.empty())
                    out[static_cast<std::size_t>(t.fill)] = 1.0f;
            }
        }
        offset += t.kind == ColumnKind::Categorical ? t.categories.size() : 1;
    }
    return matrix;
}

nlohmann::json Preprocessor::toJson() const
{
    nlohmann::json columns = nlohmann::json::array();
    for (const ColumnTransform &t : m_columns)
    {
        columns.push_back({{"name", t.name},
                           {"kind", toString(t.kind)},
                           {"fill", t.fill},
                           {"low", t.low},
                           {"high", t.high},
                           {"mean", t.mean},
                           {"scale", t.scale},
                           {"categories", t.categories}});
    }
    return {{"columns", columns},
            {"lower_quantile", m_options.lowerQuantile},
            {"upper_quantile", m_options.upperQuantile}};
}

Result<Preprocessor> Preprocessor::fromJson(const nlohmann::json &json)
{
    try
    {
        Preprocessor preprocessor;
        preprocessor.m_options.lowerQuantile = json.at("lower_quantile").get<double>();
        preprocessor.m_options.upperQuantile = json.at("upper_quantile").get<double>();
        for (const auto &c : json.at("columns"))
        {
            ColumnTransform t;
            t.name = c.at("name").get<std::string>();
            t.kind = columnKindFromString(c.at("kind").get<std::string>());
            t.fill = c.at("fill").get<double>();
            t.low = c.at("low").get<double>();
            t.high = c.at("high").get<double>();
            t.mean = c.at("mean").get<double>();
            t.scale = c.at("scale").get<double>();
            t.categories = c.at("categories").get<std::vector<std::string>>();
            preprocessor.m_columns.push_back(std::move(t));
        }
        return preprocessor;
    }
    catch (const nlohmann::json::exception &e)
    {
        return makeError(ErrorCode::InvalidInput,
                         std::string("the stored preprocessing is damaged: ") + e.what());
    }
}

} // namespace cohort::engine
