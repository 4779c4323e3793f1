// Plain values the Data page shows: a summary per CSV column and the problems found in the file.
// The app fills them from the engine's import results; widgets never see engine types.
#pragma once

#include <QMetaType>
#include <QPair>
#include <QString>
#include <QVector>

namespace cohort::ui
{

struct ColumnSummaryView
{
    QString name;
    /// One of "numeric", "categorical", "boolean", "identifier", "datetime", "empty".
    QString kind;
    /// Share of empty cells, 0..1.
    double missingShare = 0.0;
    double minimum = 0.0;
    double maximum = 0.0;
    bool hasRange = false;
    /// Counts per equal-width bin between minimum and maximum (numeric columns).
    QVector<int> histogram;
    /// Most frequent values with their counts, most frequent first (non-numeric columns).
    QVector<QPair<QString, int>> topCategories;
    bool isFeature = true;
    /// Left out of the features by the user (it could be one).
    bool excludedByUser = false;
};

enum class IssueSeverity
{
    Error,
    Warning
};

struct IssueView
{
    IssueSeverity severity = IssueSeverity::Error;
    /// 0-based data row in the preview model, -1 if the issue is about a column or the file.
    int row = -1;
    /// 0-based column, -1 if none.
    int column = -1;
    /// Where, in words, e.g. "row 12, column 'age'".
    QString location;
    QString message;
    QString hint;
};

} // namespace cohort::ui

Q_DECLARE_METATYPE(cohort::ui::ColumnSummaryView)
Q_DECLARE_METATYPE(cohort::ui::IssueSeverity)
Q_DECLARE_METATYPE(cohort::ui::IssueView)
