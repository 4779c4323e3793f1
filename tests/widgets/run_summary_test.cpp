// Honest verdicts on the Federation page: the Vitals demo's model that answers "healthy" for
// everyone is "no better than" the baseline (not a green 0.90), a model that misses most of
// one class names that class, few cases get an interval, 99.7% never shows as 100%, and the
// accuracy chart carries the majority baseline and balanced accuracy.
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QLocale>
#include <QTest>

#include "widgets/federation_page.h"
#include "widgets/global_metrics_chart.h"
#include "widgets/model_verdict.h"

using namespace cohort::ui;

namespace
{

// The Vitals demo's last round: confusion [[0, 11], [0, 99]], baseline "healthy" (class 1).
RoundView vitalsRound()
{
    RoundView view;
    view.round = 10;
    view.answered = {QStringLiteral("site_1"), QStringLiteral("site_2")};
    view.accuracy = 99.0 / 110.0;
    view.balancedAccuracy = 0.5;
    view.baselineAccuracy = 99.0 / 110.0;
    view.baselineClass = QStringLiteral("healthy");
    view.classNames = {QStringLiteral("at risk"), QStringLiteral("healthy")};
    view.classRecall = {0.0, 1.0};
    view.samples = 110;
    view.loss = 0.3;
    return view;
}

} // namespace

class RunSummaryTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void alwaysOneClassIsNoBetter()
    {
        const Verdict verdict = judgeModel(verdictFiguresOf(vitalsRound()));
        QCOMPARE(verdict.level, Verdict::Level::NoBetter);
        QVERIFY2(verdict.headline.contains(QStringLiteral("No better than always answering “healthy”")),
                 qPrintable(verdict.headline));
        QVERIFY(verdict.detail.contains(QStringLiteral("balanced accuracy 50%")));
    }

    void missingMostOfOneClassIsNamed()
    {
        // 85% right against a 60% baseline, but only 40% of "at risk" found.
        RoundView r = vitalsRound();
        r.accuracy = 0.85;
        r.baselineAccuracy = 0.60;
        r.balancedAccuracy = 0.675;
        r.classRecall = {0.40, 0.95};
        const Verdict verdict = judgeModel(verdictFiguresOf(r));
        QCOMPARE(verdict.level, Verdict::Level::Weak);
        QVERIFY2(verdict.headline.contains(QStringLiteral("misses most cases of “at risk”")),
                 qPrintable(verdict.headline));
        QVERIFY(verdict.headline.contains(QStringLiteral("40%")));
        r.classRecall = {0.80, 0.90};
        r.balancedAccuracy = 0.85;
        QCOMPARE(judgeModel(verdictFiguresOf(r)).level, Verdict::Level::Good);
    }

    void fewCasesGetAnInterval()
    {
        // 11 of 11 right: the 95% Wilson interval is about 74% to 100%.
        RoundView r = vitalsRound();
        r.samples = 11;
        r.accuracy = 1.0;
        r.baselineAccuracy = 6.0 / 11.0;
        r.balancedAccuracy = 1.0;
        r.classRecall = {1.0, 1.0};
        const auto [low, high] = wilsonInterval(1.0, 11);
        QVERIFY(std::abs(low - 0.7412) < 0.001);
        QCOMPARE(high, 1.0);
        const Verdict verdict = judgeModel(verdictFiguresOf(r));
        QVERIFY2(verdict.detail.contains(QStringLiteral("Only 11 case")),
                 qPrintable(verdict.detail));
        QVERIFY(verdict.detail.contains(QStringLiteral("74%")));
    }

    void percentagesDoNotRoundToCertainty()
    {
        QCOMPARE(percentText(0.997), QStringLiteral("99.7%"));
        QCOMPARE(percentText(1.0), QStringLiteral("100%"));
        QCOMPARE(percentText(0.003), QStringLiteral("0.3%"));
        QCOMPARE(percentText(0.5), QStringLiteral("50%"));
    }

    void pageShowsBaselineAndSummaryAtTheEnd()
    {
        FederationPage page;
        auto *chart = page.findChild<GlobalMetricsChart *>(QStringLiteral("globalChart"));
        QVERIFY(chart);
        page.setState(FederationState::Running, QStringLiteral("Running."));
        page.addRound(vitalsRound());
        QCOMPARE(chart->baselinePointCount(), 1);
        QVERIFY(page.summaryText().isEmpty()); // no verdict while it runs
        page.setState(FederationState::Finished, QStringLiteral("Done."));
        QVERIFY2(page.summaryText().contains(QStringLiteral("No better than always answering")),
                 qPrintable(page.summaryText()));
        QVERIFY(page.summaryText().contains(QStringLiteral("After round 10")));
        // A new run starts with no card and no baseline.
        page.clearRounds();
        QVERIFY(page.summaryText().isEmpty());
        QCOMPARE(chart->baselinePointCount(), 0);
    }

    void demoIsPacedSoARoomCanFollow()
    {
        FederationPage page;
        QSignalSpy requested(&page, &FederationPage::demoRequested);
        auto *pace = page.findChild<QDoubleSpinBox *>(QStringLiteral("demoPaceSpin"));
        auto *start = page.findChild<QPushButton *>(QStringLiteral("demoButton"));
        QVERIFY(pace && start);
        QCOMPARE(pace->value(), 2.0); // the default: two seconds a round
        pace->setValue(3.5);
        start->click();
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).value<DemoSettings>().secondsPerRound, 3.5);
    }
};

QTEST_MAIN(RunSummaryTest)
#include "run_summary_test.moc"
