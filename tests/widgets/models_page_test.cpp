// The Models page on its own: fed plain model versions, driven with QTest, checked through
// its versions table (filter, sort, selection) and the signals it emits.
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

#include "models_page_test_support.h"
#include "widgets/models_page.h"
#include "widgets/version_table_model.h"

using cohort::ui::ModelsPage;
using cohort::ui::VersionTableModel;
using cohort::ui::VersionView;
using namespace cohort::ui::test;

class ModelsPageTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void setVersionsFillsTable();
    void filterRows_data();
    void filterRows();
    void sortIsNumeric_data();
    void sortIsNumeric();
    void twoSelectedRowsEnableCompare();
    void deleteAsksFirst_data();
    void deleteAsksFirst();
    void exportAddsSuffix_data();
    void exportAddsSuffix();
    void fitsASmallScreen();
};

void ModelsPageTest::initTestCase()
{
    // Number formats in spin boxes and tables must not depend on the machine running the tests.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void ModelsPageTest::setVersionsFillsTable()
{
    ModelsPage page;
    auto *table = page.findChild<QTableView *>(QStringLiteral("versionsTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 0);

    page.setVersions(versions());

    QCOMPARE(table->model()->rowCount(), 4);
    QCOMPARE(table->model()->columnCount(), int(VersionTableModel::ColumnCount));
    // Newest (highest id) first.
    QCOMPARE(shownIds(table), (QVector<qint64>{100, 10, 9, 2}));
    const QAbstractItemModel *model = table->model();
    // A federated version's name says which round it is.
    QCOMPARE(model->index(0, VersionTableModel::NameColumn).data().toString(),
             QStringLiteral("fitness fedprox — round 10"));
    QCOMPARE(model->index(3, VersionTableModel::NameColumn).data().toString(),
             QStringLiteral("clinic-a alone"));
    QCOMPARE(model->index(0, VersionTableModel::AccuracyColumn).data().toString(),
             QStringLiteral("0.100"));
    QCOMPARE(model->index(1, VersionTableModel::AccuracyColumn).data().toString(),
             QStringLiteral("–"));
}

void ModelsPageTest::filterRows_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QVector<qint64>>("expectedIds");

    QTest::newRow("everything") << QString() << QString() << QVector<qint64>{100, 10, 9, 2};
    QTest::newRow("name") << QStringLiteral("FEDAVG") << QString() << QVector<qint64>{10};
    QTest::newRow("origin word") << QStringLiteral("federated") << QString()
                                 << QVector<qint64>{100, 10};
    QTest::newRow("target") << QStringLiteral("workout") << QString()
                            << QVector<qint64>{100, 10, 9, 2};
    QTest::newRow("origin combo") << QString() << QStringLiteral("local") << QVector<qint64>{2};
    QTest::newRow("text and origin")
        << QStringLiteral("fitness") << QStringLiteral("federated") << QVector<qint64>{100, 10};
    QTest::newRow("text outside origin")
        << QStringLiteral("baseline") << QStringLiteral("federated") << QVector<qint64>{};
    QTest::newRow("no match") << QStringLiteral("zzz") << QString() << QVector<qint64>{};
}

void ModelsPageTest::filterRows()
{
    QFETCH(QString, text);
    QFETCH(QString, origin);
    QFETCH(QVector<qint64>, expectedIds);

    ModelsPage page;
    page.setVersions(versions());
    auto *table = page.findChild<QTableView *>(QStringLiteral("versionsTable"));
    auto *filter = page.findChild<QLineEdit *>(QStringLiteral("versionFilterEdit"));
    auto *originCombo = page.findChild<QComboBox *>(QStringLiteral("originFilterCombo"));
    QVERIFY(table && filter && originCombo);

    QTest::keyClicks(filter, text);
    const int originIndex = originCombo->findData(origin);
    QVERIFY(originIndex >= 0);
    originCombo->setCurrentIndex(originIndex);

    QCOMPARE(shownIds(table), expectedIds);

    // Clearing both filters brings every row back.
    filter->clear();
    originCombo->setCurrentIndex(0);
    QCOMPARE(table->model()->rowCount(), 4);
}

void ModelsPageTest::sortIsNumeric_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QVector<qint64>>("expectedIds");

    // As text, ids would sort 10, 100, 2, 9, and "–" would sort after every figure.
    QTest::newRow("id ascending") << int(VersionTableModel::IdColumn) << Qt::AscendingOrder
                                  << QVector<qint64>{2, 9, 10, 100};
    QTest::newRow("round ascending") << int(VersionTableModel::RoundColumn) << Qt::AscendingOrder
                                     << QVector<qint64>{2, 9, 100, 10};
    QTest::newRow("accuracy ascending, missing first")
        << int(VersionTableModel::AccuracyColumn) << Qt::AscendingOrder
        << QVector<qint64>{10, 100, 9, 2};
    QTest::newRow("accuracy descending, missing last")
        << int(VersionTableModel::AccuracyColumn) << Qt::DescendingOrder
        << QVector<qint64>{2, 9, 100, 10};
    QTest::newRow("macro F1 descending") << int(VersionTableModel::MacroF1Column)
                                         << Qt::DescendingOrder << QVector<qint64>{2, 9, 100, 10};
}

void ModelsPageTest::sortIsNumeric()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QVector<qint64>, expectedIds);

    ModelsPage page;
    page.setVersions(versions());
    auto *table = page.findChild<QTableView *>(QStringLiteral("versionsTable"));
    QVERIFY(table);

    table->sortByColumn(column, order);

    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), column);
    QCOMPARE(shownIds(table), expectedIds);
}

void ModelsPageTest::twoSelectedRowsEnableCompare()
{
    ModelsPage page;
    page.setVersions(versions());
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *table = page.findChild<QTableView *>(QStringLiteral("versionsTable"));
    auto *compare = page.findChild<QPushButton *>(QStringLiteral("compareButton"));
    auto *exportButton = page.findChild<QPushButton *>(QStringLiteral("exportButton"));
    auto *stack = page.findChild<QStackedWidget *>(QStringLiteral("detailsStack"));
    QVERIFY(table && compare && exportButton && stack);
    QVERIFY(!compare->isEnabled());

    clickRow(table, 0);
    QCOMPARE(page.selectedVersionIds(), QVector<qint64>{100});
    QVERIFY(!compare->isEnabled());
    QVERIFY(exportButton->isEnabled());

    clickRow(table, 2, Qt::ControlModifier);
    QCOMPARE(page.selectedVersionIds(), (QVector<qint64>{100, 9}));
    QVERIFY(compare->isEnabled());
    QVERIFY(!exportButton->isEnabled());

    QTest::mouseClick(compare, Qt::LeftButton);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("compareView"));

    // A refresh from the registry keeps the selection.
    page.setVersions(versions());
    QCOMPARE(page.selectedVersionIds(), (QVector<qint64>{100, 9}));

    clickRow(table, 3, Qt::ControlModifier);
    QCOMPARE(page.selectedVersionIds().size(), 3);
    QVERIFY(!compare->isEnabled());
}

void ModelsPageTest::deleteAsksFirst_data()
{
    QTest::addColumn<bool>("confirmed");

    QTest::newRow("declined") << false;
    QTest::newRow("confirmed") << true;
}

void ModelsPageTest::deleteAsksFirst()
{
    QFETCH(bool, confirmed);

    ModelsPage page;
    page.setVersions(versions());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy deleteRequested(&page, &ModelsPage::deleteRequested);
    QStringList questions;
    page.setConfirmFunction(
        [&](const QString &question)
        {
            questions << question;
            return confirmed;
        });
    auto *table = page.findChild<QTableView *>(QStringLiteral("versionsTable"));
    auto *remove = page.findChild<QPushButton *>(QStringLiteral("deleteButton"));
    QVERIFY(table && remove);
    QVERIFY(!remove->isEnabled());

    clickRow(table, 2); // version 9, "pooled baseline"
    QTest::mouseClick(remove, Qt::LeftButton);

    QCOMPARE(questions.size(), 1);
    QVERIFY2(questions.first().contains(QStringLiteral("9")), qPrintable(questions.first()));
    QVERIFY2(questions.first().contains(QStringLiteral("pooled baseline")),
             qPrintable(questions.first()));
    QCOMPARE(deleteRequested.count(), confirmed ? 1 : 0);
    if (confirmed)
        QCOMPARE(deleteRequested.first().first().toLongLong(), qint64(9));
}

void ModelsPageTest::exportAddsSuffix_data()
{
    QTest::addColumn<QString>("chosen");
    QTest::addColumn<QString>("expected");

    QTest::newRow("no suffix") << QStringLiteral("/tmp/out")
                               << QStringLiteral("/tmp/out.cohortmodel");
    QTest::newRow("suffix given") << QStringLiteral("/tmp/out.cohortmodel")
                                  << QStringLiteral("/tmp/out.cohortmodel");
    QTest::newRow("upper-case suffix")
        << QStringLiteral("/tmp/OUT.COHORTMODEL") << QStringLiteral("/tmp/OUT.COHORTMODEL");
    QTest::newRow("other suffix") << QStringLiteral("/tmp/out.zip")
                                  << QStringLiteral("/tmp/out.zip.cohortmodel");
    QTest::newRow("cancelled") << QString() << QString();
}

void ModelsPageTest::exportAddsSuffix()
{
    QFETCH(QString, chosen);
    QFETCH(QString, expected);

    ModelsPage page;
    page.setVersions(versions());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy exportRequested(&page, &ModelsPage::exportRequested);
    QString suggested;
    page.setSavePathFunction(
        [&](const QString &suggestion)
        {
            suggested = suggestion;
            return chosen;
        });
    auto *table = page.findChild<QTableView *>(QStringLiteral("versionsTable"));
    auto *exportButton = page.findChild<QPushButton *>(QStringLiteral("exportButton"));
    QVERIFY(table && exportButton);

    clickRow(table, 1); // version 10, "fitness fedavg"
    QTest::mouseClick(exportButton, Qt::LeftButton);

    QCOMPARE(suggested, QStringLiteral("fitness fedavg-10.cohortmodel"));
    QCOMPARE(exportRequested.count(), expected.isEmpty() ? 0 : 1);
    if (!expected.isEmpty())
    {
        QCOMPARE(exportRequested.first().at(0).toLongLong(), qint64(10));
        QCOMPARE(exportRequested.first().at(1).toString(), expected);
    }
}

void ModelsPageTest::fitsASmallScreen()
{
    // The main window at 1024x640 leaves the page about 854x590 beside the page list, between
    // the menu and the status bar.
    const QSize available(854, 560);
    ModelsPage page;
    page.setVersions(runVersions(12));
    page.resize(available);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *table = page.findChild<QTableView *>(QStringLiteral("versionsTable"));
    auto *compare = page.findChild<QPushButton *>(QStringLiteral("compareButton"));
    QVERIFY(table && compare);
    clickArrow(table, runRow(table));
    clickRow(table, 0);
    clickRow(table, 1, Qt::ControlModifier);
    QTest::mouseClick(compare, Qt::LeftButton);
    auto *stack = page.findChild<QStackedWidget *>(QStringLiteral("detailsStack"));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("compareView"));

    const QSize needed = page.minimumSizeHint().expandedTo(page.minimumSize());
    QVERIFY2(needed.width() <= available.width() && needed.height() <= available.height(),
             qPrintable(QStringLiteral("needs %1x%2").arg(needed.width()).arg(needed.height())));
    // Every action button is whole on screen, and so are the table and the comparison.
    for (QPushButton *button : page.findChildren<QPushButton *>())
    {
        if (!button->isVisible())
            continue;
        const QRect shown(button->mapTo(&page, QPoint(0, 0)), button->size());
        QVERIFY2(page.rect().contains(shown), qPrintable(button->objectName()));
        QVERIFY2(button->width() >= button->minimumSizeHint().width(),
                 qPrintable(button->objectName()));
    }
    QVERIFY(table->viewport()->height() >= 3 * table->verticalHeader()->defaultSectionSize());
    auto *properties = page.findChild<QWidget *>(QStringLiteral("compareTable"));
    QVERIFY(properties && properties->height() >= 100);
}

QTEST_MAIN(ModelsPageTest)
#include "models_page_test.moc"
