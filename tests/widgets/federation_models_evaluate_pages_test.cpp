// The Federation, Models and Evaluate pages and the chart and table export on their own: fed
// plain values, driven with QTest, checked through object names and the signals they emit.
#include <cmath>

#include <QAbstractSpinBox>
#include <QBrush>
#include <QColor>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QHeaderView>
#include <QImage>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPair>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "widgets/chart_export.h"
#include "widgets/confusion_matrix_view.h"
#include "widgets/evaluate_page.h"
#include "widgets/federation_page.h"
#include "widgets/global_metrics_chart.h"
#include "widgets/live_line_chart.h"
#include "widgets/models_page.h"
#include "widgets/round_timeline_view.h"
#include "widgets/site_table_model.h"
#include "widgets/version_table_model.h"

using cohort::ui::ClassRowView;
using cohort::ui::ConfusionMatrixView;
using cohort::ui::EvaluatePage;
using cohort::ui::EvaluationView;
using cohort::ui::FederationPage;
using cohort::ui::FederationState;
using cohort::ui::GlobalMetricsChart;
using cohort::ui::HostSettings;
using cohort::ui::LiveLineChart;
using cohort::ui::ModelsPage;
using cohort::ui::RoundTimelineView;
using cohort::ui::RoundView;
using cohort::ui::SiteTableModel;
using cohort::ui::SiteView;
using cohort::ui::VersionTableModel;
using cohort::ui::VersionView;

namespace
{

// Replaces the field's text the way a user does: select everything, then type.
void typeInto(QWidget *field, const QString &text)
{
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, text);
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(field))
        spin->interpretText();
}

SiteView site(const QString &name, const QString &state, qint64 samples, const QDateTime &time,
              double accuracy, double roundSeconds)
{
    SiteView view;
    view.name = name;
    view.state = state;
    view.samples = samples;
    view.lastUpdate = time;
    view.accuracy = accuracy;
    view.roundSeconds = roundSeconds;
    return view;
}

RoundView roundView(int number, const QStringList &answered, const QStringList &dropped,
                    double accuracy)
{
    RoundView view;
    view.round = number;
    view.answered = answered;
    view.dropped = dropped;
    view.accuracy = accuracy;
    view.loss = 1.0 / number;
    view.seconds = 2.0;
    return view;
}

VersionView version(qint64 id, const QString &name, const QString &origin, int round,
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
    return view;
}

// Chosen so that every numeric column sorts differently as text: ids 2, 9, 10, 100; rounds
// -1 ("–"), 5, 20, 10; accuracies 0.9, 0.85, none ("–"), 0.1.
QVector<VersionView> versions()
{
    return {version(2, QStringLiteral("clinic-a alone"), QStringLiteral("local"), -1, 0.9),
            version(9, QStringLiteral("pooled baseline"), QStringLiteral("centralized"), 5, 0.85),
            version(10, QStringLiteral("fitness fedavg"), QStringLiteral("federated"), 20, qQNaN()),
            version(100, QStringLiteral("fitness fedprox"), QStringLiteral("federated"), 10, 0.1)};
}

// The version ids in the order the table shows them.
QVector<qint64> shownIds(const QTableView *table)
{
    QVector<qint64> ids;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        ids << table->model()->index(row, 0).data(VersionTableModel::kIdRole).toLongLong();
    return ids;
}

void clickRow(QTableView *table, int row, Qt::KeyboardModifiers modifiers = {})
{
    const QRect cell = table->visualRect(table->model()->index(row, 1));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers, cell.center());
}

EvaluationView evaluation()
{
    EvaluationView view;
    view.versionLabel = QStringLiteral("#5 fitness fedavg");
    view.csvPath = QStringLiteral("/data/test.csv");
    view.rows = 60;
    view.classNames = {QStringLiteral("running"), QStringLiteral("cycling"),
                       QStringLiteral("yoga")};
    view.confusion = {{18, 2, 0}, {3, 15, 2}, {0, 1, 19}};
    view.accuracy = 0.87;
    view.macroF1 = 0.868;
    view.rocAuc = 0.95;
    view.baselineAccuracy = 0.333;
    view.verdict = QStringLiteral("Useful: well above always answering 'running'.");
    view.perClass = {ClassRowView{QStringLiteral("running"), 0.857, 0.9, 0.878, 20},
                     ClassRowView{QStringLiteral("cycling"), 0.833, 0.75, 0.789, 20},
                     ClassRowView{QStringLiteral("yoga"), 0.905, 0.95, 0.927, 20}};
    return view;
}

} // namespace

class FederationModelsEvaluatePagesTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void hostButtonEmitsSettings();
    void hostValidation_data();
    void hostValidation();
    void updateSiteMergesRow_data();
    void updateSiteMergesRow();
    void droppedSiteThenAnswered();
    void addRoundFillsChartAndTimeline();
    void pauseButtonToggles();

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

    void showEvaluationFillsViews();
    void evaluateButtonEmitsChoice();
    void evaluateValidation_data();
    void evaluateValidation();

    void exportImage_data();
    void exportImage();
    void exportImageRefusesOtherSuffix();
    void exportTableCsvQuotes();

private:
    QTemporaryDir m_dir;
};

void FederationModelsEvaluatePagesTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Number formats in spin boxes and tables must not depend on the machine running the tests.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void FederationModelsEvaluatePagesTest::hostButtonEmitsSettings()
{
    FederationPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy hostRequested(&page, &FederationPage::hostRequested);
    auto *strategy = page.findChild<QComboBox *>(QStringLiteral("strategyCombo"));
    auto *host = page.findChild<QPushButton *>(QStringLiteral("hostButton"));
    QVERIFY(strategy && host);
    const QList<QPair<const char *, QString>> edits{
        {"hostPortSpin", QStringLiteral("7411")},
        {"roundsSpin", QStringLiteral("12")},
        {"minSitesSpin", QStringLiteral("3")},
        {"fractionSpin", QStringLiteral("0.5")},
        {"deadlineSpin", QStringLiteral("30")},
        {"hostCsvEdit", QStringLiteral("/data/a.csv")},
        {"hostTargetEdit", QStringLiteral(" workout_type ")}};
    for (const auto &[name, text] : edits)
    {
        auto *field = page.findChild<QWidget *>(QLatin1String(name));
        QVERIFY2(field, name);
        typeInto(field, text);
    }
    strategy->setCurrentIndex(strategy->findData(QStringLiteral("fedprox")));

    QTest::mouseClick(host, Qt::LeftButton);

    QCOMPARE(hostRequested.count(), 1);
    const auto settings = hostRequested.first().first().value<HostSettings>();
    QCOMPARE(settings.port, quint16(7411));
    QCOMPARE(settings.rounds, 12);
    QCOMPARE(settings.minSites, 3);
    QCOMPARE(settings.fraction, 0.5);
    QCOMPARE(settings.strategy, QStringLiteral("fedprox"));
    QCOMPARE(settings.deadlineSeconds, 30.0);
    QCOMPARE(settings.featuresCsv, QStringLiteral("/data/a.csv"));
    QCOMPARE(settings.target, QStringLiteral("workout_type"));

    // While a federation runs, the form cannot start another one.
    page.setState(FederationState::Running, QStringLiteral("Round 1 of 12"));
    QVERIFY(!host->isEnabled());
}

void FederationModelsEvaluatePagesTest::hostValidation_data()
{
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("csvError");
    QTest::addColumn<bool>("targetError");

    QTest::newRow("empty csv") << QString() << QStringLiteral("y") << true << false;
    QTest::newRow("blank csv") << QStringLiteral("   ") << QStringLiteral("y") << true << false;
    QTest::newRow("empty target") << QStringLiteral("/data/a.csv") << QString() << false << true;
    QTest::newRow("both empty") << QString() << QString() << true << true;
}

void FederationModelsEvaluatePagesTest::hostValidation()
{
    QFETCH(QString, csv);
    QFETCH(QString, target);
    QFETCH(bool, csvError);
    QFETCH(bool, targetError);

    FederationPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy hostRequested(&page, &FederationPage::hostRequested);
    auto *csvEdit = page.findChild<QLineEdit *>(QStringLiteral("hostCsvEdit"));
    auto *targetEdit = page.findChild<QLineEdit *>(QStringLiteral("hostTargetEdit"));
    auto *csvLabel = page.findChild<QLabel *>(QStringLiteral("hostCsvError"));
    auto *targetLabel = page.findChild<QLabel *>(QStringLiteral("hostTargetError"));
    auto *host = page.findChild<QPushButton *>(QStringLiteral("hostButton"));
    QVERIFY(csvEdit && targetEdit && csvLabel && targetLabel && host);
    QTest::keyClicks(csvEdit, csv);
    QTest::keyClicks(targetEdit, target);
    QVERIFY(!csvLabel->isVisible());
    QVERIFY(!targetLabel->isVisible());

    QTest::mouseClick(host, Qt::LeftButton);

    QCOMPARE(hostRequested.count(), 0);
    QCOMPARE(csvLabel->isVisible(), csvError);
    QCOMPARE(targetLabel->isVisible(), targetError);
    if (csvError)
        QVERIFY(!csvLabel->text().isEmpty());
    if (targetError)
        QVERIFY(!targetLabel->text().isEmpty());

    // Fixing the fields clears the messages and lets the request through.
    typeInto(csvEdit, QStringLiteral("/data/a.csv"));
    typeInto(targetEdit, QStringLiteral("y"));
    QVERIFY(!csvLabel->isVisible());
    QVERIFY(!targetLabel->isVisible());
    QTest::mouseClick(host, Qt::LeftButton);
    QCOMPARE(hostRequested.count(), 1);
}

void FederationModelsEvaluatePagesTest::updateSiteMergesRow_data()
{
    QTest::addColumn<qint64>("samples");
    QTest::addColumn<double>("accuracy");
    QTest::addColumn<double>("roundSeconds");
    QTest::addColumn<bool>("hasTime");
    QTest::addColumn<qint64>("expectedSamples");
    QTest::addColumn<double>("expectedAccuracy");
    QTest::addColumn<double>("expectedSeconds");

    QTest::newRow("nothing known keeps all")
        << qint64(-1) << qQNaN() << qQNaN() << false << qint64(1200) << 0.71 << 2.5;
    QTest::newRow("everything known replaces all")
        << qint64(1500) << 0.8 << 3.0 << true << qint64(1500) << 0.8 << 3.0;
    QTest::newRow("zero samples is a value")
        << qint64(0) << qQNaN() << 4.0 << true << qint64(0) << 0.71 << 4.0;
    QTest::newRow("new accuracy only")
        << qint64(-1) << 0.9 << qQNaN() << false << qint64(1200) << 0.9 << 2.5;
}

void FederationModelsEvaluatePagesTest::updateSiteMergesRow()
{
    QFETCH(qint64, samples);
    QFETCH(double, accuracy);
    QFETCH(double, roundSeconds);
    QFETCH(bool, hasTime);
    QFETCH(qint64, expectedSamples);
    QFETCH(double, expectedAccuracy);
    QFETCH(double, expectedSeconds);

    FederationPage page;
    auto *table = page.findChild<QTableView *>(QStringLiteral("sitesTable"));
    QVERIFY(table);
    const QAbstractItemModel *model = table->model();
    const QDateTime first(QDate(2024, 5, 2), QTime(9, 30));
    const QDateTime second = first.addSecs(90);
    page.updateSite(
        site(QStringLiteral("clinic-b"), QStringLiteral("joined"), 300, first, 0.6, 1.0));
    page.updateSite(
        site(QStringLiteral("clinic-a"), QStringLiteral("joined"), 1200, first, 0.71, 2.5));
    QCOMPARE(model->rowCount(), 2);

    page.updateSite(site(QStringLiteral("clinic-a"), QStringLiteral("training"), samples,
                         hasTime ? second : QDateTime(), accuracy, roundSeconds));

    QCOMPARE(model->rowCount(), 2);
    const auto value = [model](int column, int role = SiteTableModel::kSortRole)
    { return model->index(1, column).data(role); };
    QCOMPARE(value(SiteTableModel::SiteColumn, Qt::DisplayRole).toString(),
             QStringLiteral("clinic-a"));
    QCOMPARE(value(SiteTableModel::StateColumn, Qt::DisplayRole).toString(),
             QStringLiteral("training"));
    QCOMPARE(value(SiteTableModel::SamplesColumn).toLongLong(), expectedSamples);
    QCOMPARE(value(SiteTableModel::AccuracyColumn).toDouble(), expectedAccuracy);
    QCOMPARE(value(SiteTableModel::RoundTimeColumn).toDouble(), expectedSeconds);
    QCOMPARE(value(SiteTableModel::LastUpdateColumn).toDateTime(), hasTime ? second : first);
    // The other site's row is untouched.
    QCOMPARE(model->index(0, SiteTableModel::SamplesColumn).data(SiteTableModel::kSortRole),
             QVariant(qint64(300)));
}

void FederationModelsEvaluatePagesTest::droppedSiteThenAnswered()
{
    FederationPage page;
    auto *table = page.findChild<QTableView *>(QStringLiteral("sitesTable"));
    auto *timeline = page.findChild<RoundTimelineView *>(QStringLiteral("roundTimeline"));
    QVERIFY(table && timeline);
    const QAbstractItemModel *model = table->model();
    page.updateSite(site(QStringLiteral("clinic-a"), QStringLiteral("dropped"), 1200,
                         QDateTime::currentDateTime(), qQNaN(), qQNaN()));
    const QModelIndex state = model->index(0, SiteTableModel::StateColumn);

    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(state.data().toString(), QStringLiteral("dropped"));
    // A lost site is greyed, its state red and italic, with a tooltip saying why.
    QCOMPARE(state.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xc0, 0x1c, 0x1c));
    QCOMPARE(model->index(0, SiteTableModel::SiteColumn)
                 .data(Qt::ForegroundRole)
                 .value<QBrush>()
                 .color(),
             QColor(0x80, 0x80, 0x80));
    QVERIFY(state.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(!state.data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(timeline->siteNames(), QStringList{QStringLiteral("clinic-a")});

    page.updateSite(
        site(QStringLiteral("clinic-a"), QStringLiteral("answered"), -1, {}, 0.75, 1.5));

    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(state.data().toString(), QStringLiteral("answered"));
    QVERIFY(!state.data(Qt::ForegroundRole).isValid());
    QVERIFY(!state.data(Qt::FontRole).isValid());
    QVERIFY(!state.data(Qt::ToolTipRole).isValid());
    QCOMPARE(model->index(0, SiteTableModel::SamplesColumn).data(SiteTableModel::kSortRole),
             QVariant(qint64(1200)));
    QCOMPARE(timeline->siteNames().size(), 1);
}

void FederationModelsEvaluatePagesTest::addRoundFillsChartAndTimeline()
{
    FederationPage page;
    auto *chart = page.findChild<GlobalMetricsChart *>(QStringLiteral("globalChart"));
    auto *timeline = page.findChild<RoundTimelineView *>(QStringLiteral("roundTimeline"));
    QVERIFY(chart && timeline);
    QCOMPARE(chart->pointCount(), 0);
    QCOMPARE(timeline->roundCount(), 0);
    const QString a = QStringLiteral("clinic-a");
    const QString b = QStringLiteral("clinic-b");
    const QString c = QStringLiteral("clinic-c");

    page.addRound(roundView(1, {a, b}, {c}, 0.6));
    QCOMPARE(chart->pointCount(), 1);
    QCOMPARE(timeline->roundCount(), 1);
    QCOMPARE(timeline->siteNames(), (QStringList{a, b, c}));
    QCOMPARE(timeline->cell(a, 1), RoundTimelineView::Cell::Answered);
    QCOMPARE(timeline->cell(c, 1), RoundTimelineView::Cell::Dropped);

    page.addRound(roundView(2, {a}, {}, 0.7));
    QCOMPARE(chart->pointCount(), 2);
    QCOMPARE(timeline->roundCount(), 2);
    QCOMPARE(timeline->cell(b, 2), RoundTimelineView::Cell::NotSampled);

    // The same round again replaces its point and column instead of adding new ones.
    page.addRound(roundView(2, {a, b}, {}, 0.72));
    QCOMPARE(chart->pointCount(), 2);
    QCOMPARE(timeline->roundCount(), 2);
    QCOMPARE(timeline->cell(b, 2), RoundTimelineView::Cell::Answered);

    // A round without a global accuracy leaves a gap in the chart but still gets a column.
    page.addRound(roundView(3, {a}, {b}, qQNaN()));
    QCOMPARE(chart->pointCount(), 2);
    QCOMPARE(timeline->roundCount(), 3);

    page.clearRounds();
    QCOMPARE(chart->pointCount(), 0);
    QCOMPARE(timeline->roundCount(), 0);
}

void FederationModelsEvaluatePagesTest::pauseButtonToggles()
{
    FederationPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy paused(&page, &FederationPage::pauseRequested);
    QSignalSpy resumed(&page, &FederationPage::resumeRequested);
    QSignalSpy stopped(&page, &FederationPage::stopRequested);
    auto *pause = page.findChild<QPushButton *>(QStringLiteral("pauseButton"));
    auto *stop = page.findChild<QPushButton *>(QStringLiteral("stopButton"));
    QVERIFY(pause && stop);
    QVERIFY(!pause->isEnabled());
    QVERIFY(!stop->isEnabled());

    page.setState(FederationState::Running, QStringLiteral("Round 3 of 20"));
    QVERIFY(pause->isEnabled());
    const QString pauseText = pause->text();

    QTest::mouseClick(pause, Qt::LeftButton);
    QCOMPARE(paused.count(), 1);
    QCOMPARE(resumed.count(), 0);
    QVERIFY(pause->text() != pauseText);

    page.setState(FederationState::Paused, QStringLiteral("Paused"));
    QTest::mouseClick(pause, Qt::LeftButton);
    QCOMPARE(paused.count(), 1);
    QCOMPARE(resumed.count(), 1);
    QCOMPARE(pause->text(), pauseText);

    page.setState(FederationState::Running, QStringLiteral("Running."));
    QTest::mouseClick(pause, Qt::LeftButton);
    QCOMPARE(paused.count(), 2);

    QTest::mouseClick(stop, Qt::LeftButton);
    QCOMPARE(stopped.count(), 1);
    page.setState(FederationState::Finished, QStringLiteral("Done"));
    QVERIFY(!pause->isEnabled());
    QVERIFY(!stop->isEnabled());

    // A site or a peer cannot pause someone else's federation: Pause stays off, Stop works.
    page.setPausable(false);
    page.setState(FederationState::Running, QStringLiteral("Joined"));
    QVERIFY(!pause->isEnabled());
    QVERIFY(stop->isEnabled());
    page.setPausable(true);
    QVERIFY(pause->isEnabled());
}

void FederationModelsEvaluatePagesTest::setVersionsFillsTable()
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
    QCOMPARE(model->index(0, VersionTableModel::NameColumn).data().toString(),
             QStringLiteral("fitness fedprox"));
    QCOMPARE(model->index(0, VersionTableModel::AccuracyColumn).data().toString(),
             QStringLiteral("0.100"));
    QCOMPARE(model->index(1, VersionTableModel::AccuracyColumn).data().toString(),
             QStringLiteral("–"));
}

void FederationModelsEvaluatePagesTest::filterRows_data()
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

void FederationModelsEvaluatePagesTest::filterRows()
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

void FederationModelsEvaluatePagesTest::sortIsNumeric_data()
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

void FederationModelsEvaluatePagesTest::sortIsNumeric()
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

void FederationModelsEvaluatePagesTest::twoSelectedRowsEnableCompare()
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

void FederationModelsEvaluatePagesTest::deleteAsksFirst_data()
{
    QTest::addColumn<bool>("confirmed");

    QTest::newRow("declined") << false;
    QTest::newRow("confirmed") << true;
}

void FederationModelsEvaluatePagesTest::deleteAsksFirst()
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

void FederationModelsEvaluatePagesTest::exportAddsSuffix_data()
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

void FederationModelsEvaluatePagesTest::exportAddsSuffix()
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

void FederationModelsEvaluatePagesTest::showEvaluationFillsViews()
{
    EvaluatePage page;
    auto *table = page.findChild<QTableView *>(QStringLiteral("perClassTable"));
    auto *confusion = page.findChild<ConfusionMatrixView *>(QStringLiteral("confusionView"));
    auto *accuracy = page.findChild<QLabel *>(QStringLiteral("metricValue0"));
    auto *verdict = page.findChild<QLabel *>(QStringLiteral("verdictLabel"));
    QVERIFY(table && confusion && accuracy && verdict);
    QCOMPARE(table->model()->rowCount(), 0);

    const EvaluationView shown = evaluation();
    page.showEvaluation(shown);

    const QAbstractItemModel *model = table->model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("cycling"));
    QCOMPARE(model->index(1, 1).data().toString(), QStringLiteral("0.833"));
    QCOMPARE(model->index(1, 2).data().toString(), QStringLiteral("0.750"));
    QCOMPARE(model->index(1, 3).data().toString(), QStringLiteral("0.789"));
    QCOMPARE(model->index(1, 4).data().toString(), QStringLiteral("20"));
    for (int actual = 0; actual < 3; ++actual)
        for (int predicted = 0; predicted < 3; ++predicted)
            QCOMPARE(confusion->count(actual, predicted), shown.confusion[actual][predicted]);
    QCOMPARE(confusion->rowShare(1, 0), 3.0 / 20.0);
    QCOMPARE(accuracy->text(), QStringLiteral("0.870"));
    QCOMPARE(verdict->text(), shown.verdict);

    // A smaller result replaces the previous one completely.
    EvaluationView two = shown;
    two.classNames = {QStringLiteral("yes"), QStringLiteral("no")};
    two.confusion = {{5, 1}, {2, 7}};
    two.perClass.resize(2);
    page.showEvaluation(two);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(confusion->count(1, 1), qint64(7));
    QCOMPARE(confusion->count(2, 2), qint64(0));
}

void FederationModelsEvaluatePagesTest::evaluateButtonEmitsChoice()
{
    const QString csv = m_dir.filePath(QStringLiteral("labelled.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("a,b,label\n1,2,yes\n");
    file.close();

    EvaluatePage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy evaluateRequested(&page, &EvaluatePage::evaluateRequested);
    page.setVersions(
        {{5, QStringLiteral("#5 fitness fedavg")}, {2, QStringLiteral("#2 pooled baseline")}});
    auto *combo = page.findChild<QComboBox *>(QStringLiteral("evalVersionCombo"));
    auto *csvEdit = page.findChild<QLineEdit *>(QStringLiteral("evalCsvEdit"));
    auto *evaluate = page.findChild<QPushButton *>(QStringLiteral("evaluateButton"));
    QVERIFY(combo && csvEdit && evaluate);

    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentText(), QStringLiteral("#2 pooled baseline"));
    QTest::keyClicks(csvEdit, csv);
    QTest::mouseClick(evaluate, Qt::LeftButton);

    QCOMPARE(evaluateRequested.count(), 1);
    QCOMPARE(evaluateRequested.first().at(0).toLongLong(), qint64(2));
    QCOMPARE(evaluateRequested.first().at(1).toString(), csv);

    // New versions keep the chosen one.
    page.setVersions({{7, QStringLiteral("#7 new")},
                      {5, QStringLiteral("#5 fitness fedavg")},
                      {2, QStringLiteral("#2 pooled baseline")}});
    QCOMPARE(combo->currentData().toLongLong(), qint64(2));

    // While busy, the button is off.
    page.setBusy(true);
    QVERIFY(!evaluate->isEnabled());
    QTest::mouseClick(evaluate, Qt::LeftButton);
    QCOMPARE(evaluateRequested.count(), 1);
}

void FederationModelsEvaluatePagesTest::evaluateValidation_data()
{
    QTest::addColumn<bool>("hasVersions");
    QTest::addColumn<QString>("csvName");
    QTest::addColumn<bool>("versionError");
    QTest::addColumn<bool>("csvError");

    QTest::newRow("no csv path") << true << QString() << false << true;
    QTest::newRow("csv file missing") << true << QStringLiteral("missing.csv") << false << true;
    QTest::newRow("csv path is a folder") << true << QStringLiteral(".") << false << true;
    QTest::newRow("no versions") << false << QStringLiteral("labelled.csv") << true << false;
}

void FederationModelsEvaluatePagesTest::evaluateValidation()
{
    QFETCH(bool, hasVersions);
    QFETCH(QString, csvName);
    QFETCH(bool, versionError);
    QFETCH(bool, csvError);

    QFile existing(m_dir.filePath(QStringLiteral("labelled.csv")));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.close();
    EvaluatePage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy evaluateRequested(&page, &EvaluatePage::evaluateRequested);
    if (hasVersions)
        page.setVersions({{5, QStringLiteral("#5 fitness fedavg")}});
    auto *csvEdit = page.findChild<QLineEdit *>(QStringLiteral("evalCsvEdit"));
    auto *csvLabel = page.findChild<QLabel *>(QStringLiteral("evalCsvError"));
    auto *versionLabel = page.findChild<QLabel *>(QStringLiteral("evalVersionError"));
    auto *evaluate = page.findChild<QPushButton *>(QStringLiteral("evaluateButton"));
    QVERIFY(csvEdit && csvLabel && versionLabel && evaluate);
    if (!csvName.isEmpty())
        QTest::keyClicks(csvEdit, m_dir.filePath(csvName));

    QTest::mouseClick(evaluate, Qt::LeftButton);

    QCOMPARE(evaluateRequested.count(), 0);
    QCOMPARE(csvLabel->isVisible(), csvError);
    QCOMPARE(versionLabel->isVisible(), versionError);
}

void FederationModelsEvaluatePagesTest::exportImage_data()
{
    QTest::addColumn<QString>("fileName");

    QTest::newRow("png") << QStringLiteral("chart.png");
    QTest::newRow("svg") << QStringLiteral("chart.svg");
    QTest::newRow("upper-case PNG") << QStringLiteral("CHART2.PNG");
}

void FederationModelsEvaluatePagesTest::exportImage()
{
    QFETCH(QString, fileName);

    LiveLineChart chart;
    chart.addSeries(QStringLiteral("loss"), QStringLiteral("Loss"));
    for (int epoch = 1; epoch <= 5; ++epoch)
        chart.appendPoint(QStringLiteral("loss"), epoch, 1.0 / epoch);
    chart.resize(400, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const QString path = m_dir.filePath(fileName);
    QFile::remove(path);

    const QString error = cohort::ui::exportWidgetImage(&chart, path);

    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QFileInfo info(path);
    QVERIFY(info.exists());
    QVERIFY(info.size() > 0);
    if (fileName.endsWith(QLatin1String(".svg")))
    {
        QFile svg(path);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray drawing = svg.readAll();
        QVERIFY(drawing.contains("<svg"));
        QVERIFY(drawing.contains("viewBox=\"0 0 400 300\""));
        // The chart itself is drawn, not only the background.
        QVERIFY(drawing.contains("<polyline"));
    }
    else
    {
        const QImage image(path, "PNG");
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), chart.size() * chart.devicePixelRatio());
        QImage blank(image.size(), image.format());
        blank.fill(image.pixel(0, 0));
        QVERIFY(image != blank);
    }
}

void FederationModelsEvaluatePagesTest::exportImageRefusesOtherSuffix()
{
    LiveLineChart chart;
    chart.resize(200, 150);
    const QString path = m_dir.filePath(QStringLiteral("chart.jpg"));

    const QString error = cohort::ui::exportWidgetImage(&chart, path);

    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QStringLiteral(".png")) && error.contains(QStringLiteral(".svg")),
             qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));

    // A folder that does not exist is reported too, not a silent success.
    const QString nowhere = m_dir.filePath(QStringLiteral("no/such/folder/chart.png"));
    QVERIFY(!cohort::ui::exportWidgetImage(&chart, nowhere).isEmpty());
}

void FederationModelsEvaluatePagesTest::exportTableCsvQuotes()
{
    QStandardItemModel model(3, 3);
    model.setHorizontalHeaderLabels(
        {QStringLiteral("site"), QStringLiteral("note, short"), QStringLiteral("accuracy")});
    const QList<QStringList> rows{
        {QStringLiteral("clinic-a"), QStringLiteral("He said \"fine\", then left"),
         QStringLiteral("0.71")},
        {QStringLiteral("clinic-b"), QStringLiteral("plain"), QStringLiteral("0.80")},
        {QStringLiteral("clinic-c"), QStringLiteral("two\nlines"), QString()}};
    for (int row = 0; row < rows.size(); ++row)
        for (int column = 0; column < 3; ++column)
            model.setItem(row, column, new QStandardItem(rows.at(row).at(column)));
    const QString path = m_dir.filePath(QStringLiteral("table.csv"));

    const QString error = cohort::ui::exportTableCsv(model, path);

    QVERIFY2(error.isEmpty(), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    // RFC 4180: CRLF ends each record; a newline inside a quoted field stays as it is.
    const QString expected = QStringLiteral("site,\"note, short\",accuracy\r\n"
                                            "clinic-a,\"He said \"\"fine\"\", then left\",0.71\r\n"
                                            "clinic-b,plain,0.80\r\n"
                                            "clinic-c,\"two\nlines\",\r\n");
    QCOMPARE(QString::fromUtf8(file.readAll()), expected);

    QVERIFY(!cohort::ui::exportTableCsv(model, m_dir.filePath(QStringLiteral("no/such.csv")))
                 .isEmpty());
}

QTEST_MAIN(FederationModelsEvaluatePagesTest)
#include "federation_models_evaluate_pages_test.moc"
