#include "widgets/chart_export.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTextStream>
#include <QWidget>

namespace cohort::ui
{

namespace
{

QString csvField(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\""))
               + QLatin1Char('"');
    return text;
}

} // namespace

QString exportWidgetImage(QWidget *view, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg"))
    {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(view->size());
        generator.setViewBox(view->rect());
        generator.setTitle(view->windowTitle());
        QPainter painter;
        if (!painter.begin(&generator))
            return QCoreApplication::translate(
                       "cohort::ui::ChartExport",
                       "Could not write %1: the folder may not exist or be read-only.")
                .arg(path);
        view->render(&painter);
        painter.end();
        return QFileInfo::exists(path)
                   ? QString()
                   : QCoreApplication::translate("cohort::ui::ChartExport", "Could not write %1.")
                         .arg(path);
    }
    if (suffix != QLatin1String("png"))
        return QCoreApplication::translate("cohort::ui::ChartExport",
                                           "Use a file name ending in .png or .svg (got %1).")
            .arg(path);
    const QPixmap pixmap = view->grab();
    if (!pixmap.save(path, "PNG"))
        return QCoreApplication::translate(
                   "cohort::ui::ChartExport",
                   "Could not write %1: the folder may not exist, be read-only or full.")
            .arg(path);
    return {};
}

QString exportTableCsv(const QAbstractItemModel &model, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) // RFC 4180 lines end in CRLF on every platform
        return QCoreApplication::translate("cohort::ui::ChartExport",
                                           "Could not open %1 for writing: %2")
            .arg(path, file.errorString());
    QTextStream out(&file);
    QStringList fields;
    for (int column = 0; column < model.columnCount(); ++column)
        fields << csvField(model.headerData(column, Qt::Horizontal).toString());
    out << fields.join(QLatin1Char(',')) << "\r\n";
    for (int row = 0; row < model.rowCount(); ++row)
    {
        fields.clear();
        for (int column = 0; column < model.columnCount(); ++column)
            fields << csvField(model.index(row, column).data().toString());
        out << fields.join(QLatin1Char(',')) << "\r\n";
    }
    out.flush();
    if (!file.commit())
        return QCoreApplication::translate("cohort::ui::ChartExport", "Could not write %1: %2")
            .arg(path, file.errorString());
    return {};
}

void exportImageWithDialog(QWidget *view, const QString &suggestedName)
{
    const QString path = QFileDialog::getSaveFileName(
        view, QCoreApplication::translate("cohort::ui::ChartExport", "Export chart"),
        suggestedName + QStringLiteral(".png"),
        QCoreApplication::translate("cohort::ui::ChartExport",
                                    "PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportWidgetImage(view, path); !error.isEmpty())
        QMessageBox::warning(
            view, QCoreApplication::translate("cohort::ui::ChartExport", "Export failed"), error);
}

void exportTableWithDialog(QWidget *parent, const QAbstractItemModel &model,
                           const QString &suggestedName)
{
    const QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("cohort::ui::ChartExport", "Export table"),
        suggestedName + QStringLiteral(".csv"),
        QCoreApplication::translate("cohort::ui::ChartExport", "CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportTableCsv(model, path); !error.isEmpty())
        QMessageBox::warning(
            parent, QCoreApplication::translate("cohort::ui::ChartExport", "Export failed"), error);
}

} // namespace cohort::ui
