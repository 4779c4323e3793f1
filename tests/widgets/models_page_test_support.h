// Helpers shared by the Models page tests: plain versions to feed the page (single versions, a
// federation run's rounds) and clicks on the versions table the way a user makes them.
#pragma once

#include <QApplication>
#include <QDate>
#include <QDateTime>
#include <QMouseEvent>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QVector>

#include <cmath>

#include "widgets/models_views.h"
#include "widgets/version_name_delegate.h"
#include "widgets/version_table_model.h"

namespace cohort::ui::test
{

inline VersionView version(qint64 id, const QString &name, const QString &origin, int round,
                           double accuracy)
{
    VersionView view;
    view.id = id;
    view.name = name;
    view.origin = origin;
    view.round = round;
    view.created = QDateTime(QDate(2024, 5, 2), QTime(9, 30)).addDays(id);
    view.accuracy = accuracy;
    view.macroF1 = std::isnan(accuracy) ? accuracy : accuracy - 0.05;
    view.target = QStringLiteral("workout_type");
    // Federated versions are rounds of the run they are named after.
    if (origin == QLatin1String("federated"))
        view.run = name;
    return view;
}

// Chosen so that every numeric column sorts differently as text: ids 2, 9, 10, 100; rounds
// -1 ("–"), 5, 20, 10; accuracies 0.9, 0.85, none ("–"), 0.1.
inline QVector<VersionView> versions()
{
    return {version(2, QStringLiteral("clinic-a alone"), QStringLiteral("local"), -1, 0.9),
            version(9, QStringLiteral("pooled baseline"), QStringLiteral("centralized"), 5, 0.85),
            version(10, QStringLiteral("fitness fedavg"), QStringLiteral("federated"), 20, qQNaN()),
            version(100, QStringLiteral("fitness fedprox"), QStringLiteral("federated"), 10, 0.1)};
}

// The version ids in the order the table shows them.
inline QVector<qint64> shownIds(const QTableView *table)
{
    QVector<qint64> ids;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        ids << table->model()->index(row, 0).data(VersionTableModel::kIdRole).toLongLong();
    return ids;
}

inline void clickRow(QTableView *table, int row, Qt::KeyboardModifiers modifiers = {})
{
    const QRect cell = table->visualRect(table->model()->index(row, 1));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers, cell.center());
}

// `rounds` rounds of one federation run (ids 20, 21, …; accuracy rising by round), a local
// version (id 3) and the final model a site kept of the same run (id 90): three runs.
inline const QString kRunName = QStringLiteral("demo vitals, 16:20:05");

inline QVector<VersionView> runVersions(int rounds)
{
    QVector<VersionView> result{
        version(3, QStringLiteral("vitals.csv"), QStringLiteral("local"), -1, 0.8)};
    for (int round = 1; round <= rounds; ++round)
    {
        VersionView view =
            version(19 + round, kRunName, QStringLiteral("federated"), round, 0.5 + 0.01 * round);
        view.parentId = round > 1 ? 18 + round : 0;
        result.append(view);
    }
    result.append(version(90, kRunName + QStringLiteral(" (global model, kept at site_1)"),
                          QStringLiteral("federated"), rounds, 0.7));
    return result;
}

// The table row that shows the run `kRunName`, or -1.
inline int runRow(const QTableView *table)
{
    for (int row = 0; row < table->model()->rowCount(); ++row)
    {
        const QModelIndex index = table->model()->index(row, VersionTableModel::NameColumn);
        if (index.data(VersionTableModel::kExpandableRole).toBool())
            return row;
    }
    return -1;
}

inline void clickArrow(QTableView *table, int row)
{
    const QRect cell = table->visualRect(table->model()->index(row, VersionTableModel::NameColumn));
    const QRect arrow = VersionNameDelegate::arrowRect(cell, table->fontMetrics());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, arrow.center());
}

// A double click as a mouse sends it: QTest::mouseDClick leaves out the second press.
inline void doubleClick(QWidget *widget, QPoint position)
{
    QTest::mouseClick(widget, Qt::LeftButton, {}, position);
    QTest::mousePress(widget, Qt::LeftButton, {}, position);
    QMouseEvent event(QEvent::MouseButtonDblClick, position, widget->mapToGlobal(position),
                      Qt::LeftButton, Qt::LeftButton, {});
    QApplication::sendEvent(widget, &event);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, position);
}

// The comparison table's row labelled `label`, or -1.
inline int propertyRow(const QTableWidget *table, const QString &label)
{
    for (int row = 0; row < table->rowCount(); ++row)
    {
        if (table->verticalHeaderItem(row)->text() == label)
            return row;
    }
    return -1;
}

} // namespace cohort::ui::test
