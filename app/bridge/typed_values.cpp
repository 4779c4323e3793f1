#include "bridge/typed_values.h"

#include <algorithm>

#include "bridge/explain_controller.h"
#include "data/cell_parsing.h"

namespace cohort::app
{

namespace
{

QString text(const std::string &value)
{
    return QString::fromStdString(value);
}

// Empty when the model can read the typed value of `column` (missing included); otherwise a
// sentence naming the column. The page checks numbers itself, so this mostly catches a form
// left over from another version.
QString typedValueProblem(const engine::ColumnTransform &column,
                          const QMap<QString, QString> &values)
{
    const QString name = text(column.name);
    if (!values.contains(name))
        return ExplainController::tr("%1: there is no field for this column; choose the version "
                                     "again")
            .arg(name);
    const QString typed = values.value(name).trimmed();
    const std::string cell = typed.toStdString();
    if (engine::isMissingToken(cell))
        return {};
    if (column.kind == engine::ColumnKind::Categorical)
    {
        if (std::find(column.categories.begin(), column.categories.end(), cell)
            != column.categories.end())
            return {};
        QStringList known;
        for (const std::string &category : column.categories)
            known << text(category);
        return ExplainController::tr("%1: “%2” is not one of the model's categories (%3)")
            .arg(name, typed, known.join(QStringLiteral(", ")));
    }
    if (column.kind == engine::ColumnKind::Boolean)
        return engine::parseNumber(cell) || engine::parseBoolean(cell)
                   ? QString()
                   : ExplainController::tr("%1: “%2” is neither yes nor no").arg(name, typed);
    return engine::parseNumber(cell)
               ? QString()
               : ExplainController::tr("%1: “%2” is not a number").arg(name, typed);
}

} // namespace

ui::ColumnInputView inputView(const engine::ColumnTransform &column)
{
    ui::ColumnInputView input;
    input.name = text(column.name);
    switch (column.kind)
    {
    case engine::ColumnKind::Categorical:
        input.kind = ui::ColumnInputView::Kind::Category;
        for (const std::string &category : column.categories)
            input.categories << text(category);
        break;
    case engine::ColumnKind::Boolean:
        input.kind = ui::ColumnInputView::Kind::YesNo;
        break;
    default:
        // The clipping bounds: the model treats values beyond them as these ends.
        input.low = column.low;
        input.high = column.high;
        break;
    }
    return input;
}

QStringList typedValueProblems(const engine::Preprocessor &preprocessor,
                               const QMap<QString, QString> &values)
{
    QStringList problems;
    for (const engine::ColumnTransform &column : preprocessor.columns())
    {
        if (const QString problem = typedValueProblem(column, values); !problem.isEmpty())
            problems << problem;
    }
    return problems;
}

engine::RawTable typedRow(const engine::Preprocessor &preprocessor,
                          const QMap<QString, QString> &values)
{
    // Built directly, not parsed as CSV text: a one-column model or a value with a delimiter
    // in it would change how the text reads.
    engine::RawTable table;
    table.file = "typed values";
    for (const engine::ColumnTransform &column : preprocessor.columns())
    {
        table.names.push_back(column.name);
        table.columns.emplace_back().append(
            values.value(text(column.name)).trimmed().toStdString());
    }
    return table;
}

} // namespace cohort::app
