// The Models page with federation runs: a run's rounds grouped under one row that expands to
// them, names that carry the round, sorting and refreshes that keep a run together, and
// deleting a whole run after one question.
#include <algorithm>

#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include "models_page_test_support.h"
#include "widgets/models_page.h"
#include "widgets/version_table_model.h"

using cohort::ui::ModelsPage;
using cohort::ui::VersionTableModel;
using cohort::ui::VersionView;
using namespace cohort::ui::test;

class VersionRunsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundsOfOneRunShareOneRow_data();
    void roundsOfOneRunShareOneRow();
    void sortingKeepsARunsRoundsUnderIt();
    void aRefreshKeepsTheRunOpenAndSelected();
    void deleteRunAsksOnceWithTheCount_data();
    void deleteRunAsksOnceWithTheCount();
};

void VersionRunsTest::initTestCase()
{
    // Number formats must not depend on the machine running the tests.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void VersionRunsTest::roundsOfOneRunShareOneRow_data()
{
    QTest::addColumn<int>("rounds");

    QTest::newRow("two rounds") << 2;
    QTest::newRow("seven rounds") << 7;
}

void VersionRunsTest::roundsOfOneRunShareOneRow()
{
    QFETCH(int, rounds);

    ModelsPage page;
    page.setVersions(runVersions(rounds));
    page.resize(1024, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *table = page.findChild<QTableView *>(QStringLiteral("versionsTable"));
    QVERIFY(table);
    const QAbstractItemModel *model = table->model();

    // The run, the local version and the site's kept model: one row each.
    QCOMPARE(model->rowCount(), 3);
    const int run = runRow(table);
    QVERIFY(run >= 0);
    const qint64 newest = 19 + rounds;
    // The run's row shows its newest round and how many rounds there are.
    QCOMPARE(model->index(run, 0).data(VersionTableModel::kIdRole).toLongLong(), newest);
    const QString runName = model->index(run, VersionTableModel::NameColumn).data().toString();
    QVERIFY2(runName.startsWith(kRunName), qPrintable(runName));
    QVERIFY2(runName.contains(QString::number(rounds)), qPrintable(runName));
    QCOMPARE(model->index(run, VersionTableModel::RoundColumn).data().toString(),
             QString::number(rounds));
    QCOMPARE(model->index(run, VersionTableModel::AccuracyColumn).data().toString(),
             QLocale().toString(0.5 + 0.01 * rounds, 'f', 3));
    QVERIFY(!model->index(run, 0).data(VersionTableModel::kExpandedRole).toBool());

    clickArrow(table, run);

    // Expanded: one row per round right under the run's row, newest first, each named with its
    // round.
    QCOMPARE(model->rowCount(), 3 + rounds);
    QVERIFY(model->index(run, 0).data(VersionTableModel::kExpandedRole).toBool());
    for (int k = 0; k < rounds; ++k)
    {
        const QModelIndex child = model->index(run + 1 + k, VersionTableModel::NameColumn);
        QCOMPARE(child.data(VersionTableModel::kDepthRole).toInt(), 1);
        QCOMPARE(child.data(VersionTableModel::kIdRole).toLongLong(), newest - k);
        QCOMPARE(child.data().toString(),
                 QStringLiteral("%1 — round %2").arg(kRunName).arg(rounds - k));
    }
    // Nothing else is indented.
    int depthOne = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        depthOne += model->index(row, 0).data(VersionTableModel::kDepthRole).toInt();
    QCOMPARE(depthOne, rounds);

    // Selecting a round shows its details, named with its round.
    clickRow(table, run + rounds); // the first round
    QCOMPARE(page.selectedVersionIds(), QVector<qint64>{20});
    auto *details = page.findChild<QTextBrowser *>(QStringLiteral("versionDetails"));
    QVERIFY(details->toPlainText().contains(kRunName + QStringLiteral(" — round 1")));

    // Left on the run's row hides the rounds again, a double click shows them.
    clickRow(table, run);
    QTest::keyClick(table, Qt::Key_Left);
    QCOMPARE(model->rowCount(), 3);
    const QRect cell = table->visualRect(model->index(run, VersionTableModel::RoundColumn));
    doubleClick(table->viewport(), cell.center());
    QCOMPARE(model->rowCount(), 3 + rounds);
}

void VersionRunsTest::sortingKeepsARunsRoundsUnderIt()
{
    ModelsPage page;
    page.setVersions(runVersions(4));
    page.resize(1024, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *table = page.findChild<QTableView *>(QStringLiteral("versionsTable"));
    QVERIFY(table);
    clickArrow(table, runRow(table));

    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder})
    {
        // By accuracy the rounds (0.51…0.54) fall below both other versions (0.7, 0.8); the
        // run's row (0.54) leads its rounds either way.
        table->sortByColumn(VersionTableModel::AccuracyColumn, order);
        const int run = runRow(table);
        QVector<qint64> rounds;
        for (int row = run + 1; row < run + 5; ++row)
            rounds << table->model()->index(row, 0).data(VersionTableModel::kIdRole).toLongLong();
        QCOMPARE(run, order == Qt::AscendingOrder ? 0 : 2);
        QCOMPARE(rounds, order == Qt::AscendingOrder ? (QVector<qint64>{20, 21, 22, 23})
                                                     : (QVector<qint64>{23, 22, 21, 20}));
        // The other two versions (0.7 and 0.8) sort around the run as numbers do.
        QVector<qint64> others;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            if (row < run || row > run + 4)
                others
                    << table->model()->index(row, 0).data(VersionTableModel::kIdRole).toLongLong();
        QCOMPARE(others,
                 order == Qt::AscendingOrder ? (QVector<qint64>{90, 3}) : (QVector<qint64>{3, 90}));
    }
}

void VersionRunsTest::aRefreshKeepsTheRunOpenAndSelected()
{
    ModelsPage page;
    page.setVersions(runVersions(3));
    page.resize(1024, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *table = page.findChild<QTableView *>(QStringLiteral("versionsTable"));
    QVERIFY(table);
    clickArrow(table, runRow(table));
    clickRow(table, runRow(table));
    QCOMPARE(page.selectedVersionIds(), QVector<qint64>{22});

    // A live run stores its fourth round: the run stays open and selected, now at round 4.
    page.setVersions(runVersions(4));

    QCOMPARE(table->model()->rowCount(), 3 + 4);
    QCOMPARE(page.selectedVersionIds(), QVector<qint64>{23});
}

void VersionRunsTest::deleteRunAsksOnceWithTheCount_data()
{
    QTest::addColumn<bool>("confirmed");
    QTest::addColumn<bool>("fromARound");

    QTest::newRow("declined") << false << false;
    QTest::newRow("confirmed on the run's row") << true << false;
    QTest::newRow("confirmed on one of its rounds") << true << true;
}

void VersionRunsTest::deleteRunAsksOnceWithTheCount()
{
    QFETCH(bool, confirmed);
    QFETCH(bool, fromARound);

    constexpr int kRounds = 5;
    ModelsPage page;
    page.setVersions(runVersions(kRounds));
    page.resize(1024, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy runDeleted(&page, &ModelsPage::deleteRunRequested);
    QSignalSpy versionDeleted(&page, &ModelsPage::deleteRequested);
    QStringList questions;
    page.setConfirmFunction(
        [&](const QString &question)
        {
            questions << question;
            return confirmed;
        });
    auto *table = page.findChild<QTableView *>(QStringLiteral("versionsTable"));
    auto *deleteVersion = page.findChild<QPushButton *>(QStringLiteral("deleteButton"));
    auto *deleteRun = page.findChild<QPushButton *>(QStringLiteral("deleteRunButton"));
    QVERIFY(table && deleteVersion && deleteRun);

    // A version that is a run of its own is deleted as a version.
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()->index(row, 0).data(VersionTableModel::kIdRole).toLongLong() == 3)
            clickRow(table, row);
    QCOMPARE(page.selectedVersionIds(), QVector<qint64>{3});
    QVERIFY(deleteVersion->isEnabled());
    QVERIFY(!deleteRun->isEnabled());

    const int run = runRow(table);
    if (fromARound)
    {
        clickArrow(table, run);
        clickRow(table, run + 2);
        QVERIFY(deleteVersion->isEnabled());
    }
    else
    {
        clickRow(table, run);
        // The run's row stands for its newest round, but deleting from it takes the whole run.
        QVERIFY(!deleteVersion->isEnabled());
    }
    QVERIFY(deleteRun->isEnabled());
    QTest::mouseClick(deleteRun, Qt::LeftButton);

    QCOMPARE(questions.size(), 1);
    QVERIFY2(questions.first().contains(kRunName), qPrintable(questions.first()));
    QVERIFY2(questions.first().contains(QString::number(kRounds)), qPrintable(questions.first()));
    QCOMPARE(versionDeleted.count(), 0);
    QCOMPARE(runDeleted.count(), confirmed ? 1 : 0);
    if (confirmed)
    {
        QCOMPARE(runDeleted.first().at(0).toString(), kRunName);
        QVector<qint64> ids = runDeleted.first().at(1).value<QVector<qint64>>();
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, (QVector<qint64>{20, 21, 22, 23, 24}));
    }
}

QTEST_MAIN(VersionRunsTest)
#include "version_runs_test.moc"
