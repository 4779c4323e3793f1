#include "data/dataset_schema.h"

#include <nlohmann/json.hpp>

namespace cohort::engine
{

std::string toString(ColumnKind kind)
{
    switch (kind)
    {
    case ColumnKind::Numeric:
        return "numeric";
    case ColumnKind::Boolean:
        return "boolean";
    case ColumnKind::Categorical:
        return "categorical";
    case ColumnKind::Identifier:
        return "identifier";
    case ColumnKind::Empty:
        return "empty";
    case ColumnKind::DateTime:
        return "datetime";
    }
    return "numeric";
}

ColumnKind columnKindFromString(const std::string &text)
{
    for (const ColumnKind kind : {ColumnKind::Numeric, ColumnKind::Boolean, ColumnKind::Categorical,
                                  ColumnKind::Identifier, ColumnKind::Empty, ColumnKind::DateTime})
    {
        if (toString(kind) == text)
            return kind;
    }
    return ColumnKind::Numeric;
}

std::vector<std::string> DatasetSchema::featureNames() const
{
    std::vector<std::string> names;
    for (const ColumnSummary &column : columns)
    {
        if (column.isFeature)
            names.push_back(column.name);
    }
    return names;
}

const ColumnSummary *DatasetSchema::column(const std::string &name) const
{
    for (const ColumnSummary &column : columns)
    {
        if (column.name == name)
            return &column;
    }
    return nullptr;
}

nlohmann::json toJson(const DatasetSchema &schema)
{
    nlohmann::json columns = nlohmann::json::array();
    for (const ColumnSummary &c : schema.columns)
    {
        columns.push_back({{"name", c.name},
                           {"kind", toString(c.kind)},
                           {"feature", c.isFeature},
                           {"target", c.isTarget},
                           {"missing", c.missing},
                           {"invalid", c.invalid},
                           {"distinct", c.distinct},
                           {"min", c.minimum},
                           {"max", c.maximum},
                           {"mean", c.mean},
                           {"categories", c.categories}});
    }
    return {{"columns", columns},
            {"target", schema.target},
            {"class_names", schema.classNames},
            {"class_counts", schema.classCounts},
            {"rows", schema.rows},
            {"usable_rows", schema.usableRows},
            {"delimiter", std::string(1, schema.delimiter)},
            {"encoding", schema.encoding}};
}

DatasetSchema schemaFromJson(const nlohmann::json &json)
{
    DatasetSchema schema;
    for (const auto &c : json.at("columns"))
    {
        ColumnSummary column;
        column.name = c.at("name").get<std::string>();
        column.kind = columnKindFromString(c.at("kind").get<std::string>());
        column.isFeature = c.at("feature").get<bool>();
        column.isTarget = c.at("target").get<bool>();
        column.missing = c.at("missing").get<long>();
        column.invalid = c.at("invalid").get<long>();
        column.distinct = c.at("distinct").get<long>();
        column.minimum = c.at("min").get<double>();
        column.maximum = c.at("max").get<double>();
        column.mean = c.at("mean").get<double>();
        column.categories = c.at("categories").get<std::vector<std::string>>();
        schema.columns.push_back(std::move(column));
    }
    schema.target = json.at("target").get<std::string>();
    schema.classNames = json.at("class_names").get<std::vector<std::string>>();
    schema.classCounts = json.at("class_counts").get<std::vector<long>>();
    schema.rows = json.at("rows").get<long>();
    schema.usableRows = json.at("usable_rows").get<long>();
    const auto delimiter = json.at("delimiter").get<std::string>();
    schema.delimiter = delimiter.empty() ? ',' : delimiter[0];
    schema.encoding = json.at("encoding").get<std::string>();
    return schema;
}

} // namespace cohort::engine
