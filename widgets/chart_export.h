// Saving what a page shows: a chart as PNG or SVG, a table model as CSV. Every page's
// "Export" buttons call these, so the file formats are the same everywhere.
#pragma once

#include <QString>

class QAbstractItemModel;
class QWidget;

namespace cohort::ui
{

/// Renders `view` (a QChartView or any widget) to `path`; the suffix picks PNG or SVG.
/// Returns an empty string on success, else a sentence saying what went wrong.
[[nodiscard]] QString exportWidgetImage(QWidget *view, const QString &path);

/// Writes the model's header and rows as RFC 4180 CSV (display role, quoted when needed).
[[nodiscard]] QString exportTableCsv(const QAbstractItemModel &model, const QString &path);

/// Asks for a file name (PNG/SVG filter) and exports; reports a failure in a message box.
void exportImageWithDialog(QWidget *view, const QString &suggestedName);

/// Asks for a file name (CSV filter) and exports; reports a failure in a message box.
void exportTableWithDialog(QWidget *parent, const QAbstractItemModel &model,
                           const QString &suggestedName);

} // namespace cohort::ui
