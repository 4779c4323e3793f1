#include "explain/column_groups.h"

#include "data/cell_parsing.h"

namespace cohort::engine
{

ColumnGroups ColumnGroups::fromPreprocessor(const Preprocessor &preprocessor)
{
    ColumnGroups result;
    for (const ColumnTransform &transform : preprocessor.columns())
    {
        ColumnGroup group;
        group.name = transform.name;
        group.kind = transform.kind;
        group.begin = result.m_inputWidth;
        const std::size_t width =
            transform.kind == ColumnKind::Categorical ? transform.categories.size() : 1;
        group.end = group.begin + width;
        if (transform.kind == ColumnKind::Categorical)
            group.categories = transform.categories;
        result.m_inputWidth = group.end;
        result.m_groups.push_back(std::move(group));
    }
    return result;
}

Result<ColumnGroups> ColumnGroups::fromWidths(const std::vector<std::string> &names,
                                              const std::vector<std::size_t> &widths)
{
    if (names.size() != widths.size())
        return makeError(ErrorCode::InvalidInput, "every column group needs a name and a width");
    ColumnGroups result;
    for (std::size_t i = 0; i < names.size(); ++i)
    {
        if (widths[i] == 0)
            return makeError(ErrorCode::InvalidInput,
                             "column group '" + names[i] + "' covers no model input");
        ColumnGroup group;
        group.name = names[i];
        group.kind = widths[i] == 1 ? ColumnKind::Numeric : ColumnKind::Categorical;
        group.begin = result.m_inputWidth;
        group.end = group.begin + widths[i];
        result.m_inputWidth = group.end;
        result.m_groups.push_back(std::move(group));
    }
    return result;
}

std::vector<std::string> ColumnGroups::names() const
{
    std::vector<std::string> names;
    names.reserve(m_groups.size());
    for (const ColumnGroup &group : m_groups)
        names.push_back(group.name);
    return names;
}

Result<std::vector<FeatureValue>> originalValues(const ColumnGroups &groups, const RawTable &table,
                                                 std::size_t row)
{
    if (row >= table.rowCount())
        return makeError(ErrorCode::InvalidInput,
                         Reason{ReasonCode::RowPastEnd, {std::to_string(row)}});
    const bool decimalComma = table.delimiter == ';';
    std::vector<FeatureValue> values;
    values.reserve(groups.size());
    for (const ColumnGroup &group : groups.groups())
    {
        const int index = table.columnIndex(group.name);
        if (index < 0)
        {
            Error error =
                makeError(ErrorCode::InvalidInput,
                          Reason{ReasonCode::ModelNeedsColumn, {group.name}});
            error.file = table.file;
            error.column = group.name;
            return error;
        }
        FeatureValue value;
        const std::string_view cell =
            trimmed(table.columns[static_cast<std::size_t>(index)].at(row));
        value.text = std::string(cell);
        if (group.kind == ColumnKind::Numeric)
        {
            value.number = parseNumber(cell, decimalComma);
        }
        else if (group.kind == ColumnKind::Boolean)
        {
            // The same reading as the preprocessor's: a number is true when non-zero.
            if (const auto number = parseNumber(cell, decimalComma))
                value.number = *number != 0.0 ? 1.0 : 0.0;
            else if (const auto flag = parseBoolean(cell))
                value.number = *flag ? 1.0 : 0.0;
        }
        values.push_back(std::move(value));
    }
    return values;
}

RawTable tableRows(const RawTable &table, const std::vector<std::size_t> &rows)
{
    RawTable selected;
    selected.file = table.file;
    selected.names = table.names;
    selected.delimiter = table.delimiter;
    selected.encoding = table.encoding;
    selected.firstDataRow = rows.size() == 1 ? table.recordNumber(rows[0]) : table.firstDataRow;
    selected.columns.resize(table.columns.size());
    for (std::size_t c = 0; c < table.columns.size(); ++c)
    {
        for (const std::size_t row : rows)
            selected.columns[c].append(table.columns[c].at(row));
    }
    return selected;
}

} // namespace cohort::engine
