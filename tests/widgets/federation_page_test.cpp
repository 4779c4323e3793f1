// The Federation page on its own: fed plain site and round values, driven with QTest,
// checked through object names, its sites table and timeline, and the signals it emits.
#include <QBrush>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDateTime>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPair>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include "widgets/federation_page.h"
#include "widgets/global_metrics_chart.h"
#include "widgets/round_timeline_view.h"
#include "widgets/site_table_model.h"

#include "page_test_support.h"

using cohort::ui::FederationPage;
using cohort::ui::FederationState;
using cohort::ui::GlobalMetricsChart;
using cohort::ui::HostSettings;
using cohort::ui::RoundTimelineView;
using cohort::ui::RoundView;
using cohort::ui::SiteState;
using cohort::ui::SiteTableModel;
using cohort::ui::SiteView;
using namespace cohort::ui::test;

namespace
{

SiteView site(const QString &name, SiteState state, qint64 samples, const QDateTime &time,
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

} // namespace

class FederationPageTest final : public QObject
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
    void nextRoundWhilePausedOnThisComputer();
    void demoStepByStep();
    void legendsNameEverySeriesInFull();
};

void FederationPageTest::initTestCase()
{
    // Number formats in spin boxes and tables must not depend on the machine running the tests.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void FederationPageTest::hostButtonEmitsSettings()
{
    FederationPage page;
    page.setStrategies({QStringLiteral("fedavg"), QStringLiteral("fedprox")});
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
        {"hostTargetEdit", QStringLiteral(" workout_type ")},
        {"hostExcludedEdit", QStringLiteral(" member_id,, gym ,")}};
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
    QCOMPARE(settings.excluded, (QStringList{QStringLiteral("member_id"), QStringLiteral("gym")}));

    // While a federation runs, the form cannot start another one.
    page.setState(FederationState::Running, QStringLiteral("Round 1 of 12"));
    QVERIFY(!host->isEnabled());
}

void FederationPageTest::hostValidation_data()
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

void FederationPageTest::hostValidation()
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

void FederationPageTest::updateSiteMergesRow_data()
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

void FederationPageTest::updateSiteMergesRow()
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
    page.updateSite(site(QStringLiteral("clinic-b"), SiteState::Joined, 300, first, 0.6, 1.0));
    page.updateSite(site(QStringLiteral("clinic-a"), SiteState::Joined, 1200, first, 0.71, 2.5));
    QCOMPARE(model->rowCount(), 2);

    page.updateSite(site(QStringLiteral("clinic-a"), SiteState::Training, samples,
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

void FederationPageTest::droppedSiteThenAnswered()
{
    FederationPage page;
    auto *table = page.findChild<QTableView *>(QStringLiteral("sitesTable"));
    auto *timeline = page.findChild<RoundTimelineView *>(QStringLiteral("roundTimeline"));
    QVERIFY(table && timeline);
    const QAbstractItemModel *model = table->model();
    page.updateSite(site(QStringLiteral("clinic-a"), SiteState::Dropped, 1200,
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

    page.updateSite(site(QStringLiteral("clinic-a"), SiteState::Answered, -1, {}, 0.75, 1.5));

    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(state.data().toString(), QStringLiteral("answered"));
    QVERIFY(!state.data(Qt::ForegroundRole).isValid());
    QVERIFY(!state.data(Qt::FontRole).isValid());
    QVERIFY(!state.data(Qt::ToolTipRole).isValid());
    QCOMPARE(model->index(0, SiteTableModel::SamplesColumn).data(SiteTableModel::kSortRole),
             QVariant(qint64(1200)));
    QCOMPARE(timeline->siteNames().size(), 1);
}

void FederationPageTest::addRoundFillsChartAndTimeline()
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

// Issue 11, step mode: Next round applies while this computer's hub is paused (a presenter
// pauses, or starts the demo step by step, then runs one round per click).
void FederationPageTest::nextRoundWhilePausedOnThisComputer()
{
    FederationPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy stepped(&page, &FederationPage::stepRequested);
    auto *next = page.findChild<QPushButton *>(QStringLiteral("nextRoundButton"));
    QVERIFY(next);
    QVERIFY(!next->isEnabled());
    QVERIFY(!next->text().isEmpty());
    QVERIFY(!next->toolTip().isEmpty());
    page.setState(FederationState::Running, QStringLiteral("Round 3 of 20"));
    QVERIFY(!next->isEnabled()); // running: the rounds go on by themselves
    page.setState(FederationState::Paused, QStringLiteral("Paused"));
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(stepped.count(), 2);
    page.setState(FederationState::Finished, QStringLiteral("Done"));
    QVERIFY(!next->isEnabled());
    // A site cannot step someone else's federation.
    page.setPausable(false);
    page.setState(FederationState::Paused, QStringLiteral("Paused"));
    QVERIFY(!next->isEnabled());
    page.setPausable(true);
    QVERIFY(next->isEnabled());
}

void FederationPageTest::demoStepByStep()
{
    FederationPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy demo(&page, &FederationPage::demoRequested);
    auto *step = page.findChild<QCheckBox *>(QStringLiteral("demoStepCheck"));
    auto *start = page.findChild<QPushButton *>(QStringLiteral("demoButton"));
    QVERIFY(step && start);
    QVERIFY(!step->isChecked());
    QVERIFY(!step->toolTip().isEmpty());
    QTest::mouseClick(start, Qt::LeftButton);
    QCOMPARE(demo.count(), 1);
    QVERIFY(!demo.at(0).at(0).value<cohort::ui::DemoSettings>().stepByStep);
    step->click();
    QTest::mouseClick(start, Qt::LeftButton);
    QCOMPARE(demo.count(), 2);
    QVERIFY(demo.at(1).at(0).value<cohort::ui::DemoSettings>().stepByStep);
}

void FederationPageTest::pauseButtonToggles()
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

// On a small screen the charts' own legends cut names ("Accu…"); the wrapped legends under
// them name every series whole, sites as they join.
void FederationPageTest::legendsNameEverySeriesInFull()
{
    FederationPage page;
    page.resize(1024, 640);
    page.show();
    auto *global = page.findChild<QLabel *>(QStringLiteral("globalChartBoxLegend"));
    auto *sites = page.findChild<QLabel *>(QStringLiteral("siteChartBoxLegend"));
    QVERIFY(global && sites);
    QTRY_VERIFY(global->text().contains(QStringLiteral("Balanced&nbsp;accuracy")));
    QVERIFY(global->text().contains(QStringLiteral("Accuracy")));
    QVERIFY(global->text().contains(QStringLiteral("Baseline:")));
    QVERIFY(global->wordWrap());
    // Axis numbers follow the user's locale (German 0,8), as every other number does.
    QVERIFY(page.findChild<GlobalMetricsChart *>(QStringLiteral("globalChart"))
                ->chart()
                ->localizeNumbers());
    QVERIFY(!sites->text().contains(QStringLiteral("clinic-a")));
    RoundView round =
        roundView(1, {QStringLiteral("clinic-a"), QStringLiteral("clinic-b")}, {}, 0.6);
    round.siteAccuracy.insert(QStringLiteral("clinic-a"), 0.5);
    round.siteAccuracy.insert(QStringLiteral("clinic-b"), 0.7);
    page.addRound(round);
    QVERIFY(sites->text().contains(QStringLiteral("clinic-a")));
    QVERIFY(sites->text().contains(QStringLiteral("clinic-b")));
    page.clearRounds();
    QVERIFY(!sites->text().contains(QStringLiteral("clinic-a")));
    // The sites table's short headings explain themselves in a tooltip.
    auto *table = page.findChild<QTableView *>(QStringLiteral("sitesTable"));
    QVERIFY(table);
    QVERIFY(!table->model()->headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
}

QTEST_MAIN(FederationPageTest)
#include "federation_page_test.moc"
