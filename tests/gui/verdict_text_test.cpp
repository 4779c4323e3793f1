// The Train and Evaluate verdicts from the engine's metrics: a model that beats the baseline on
// accuracy but finds fewer than half of one class is not called good, and the class is named;
// a class without rows in the evaluated file is not held against the model.
#include <QTest>

#include <cmath>

#include "bridge/verdict_text.h"

using namespace cohort;

namespace
{

engine::ClassificationMetrics metrics(double recallCycling)
{
    engine::ClassificationMetrics m;
    m.classNames = {"cycling", "running"};
    m.sampleCount = 200;
    m.accuracy = 0.80;
    m.baselineAccuracy = 0.60;
    m.baselineClass = 1;
    m.balancedAccuracy = (recallCycling + 0.95) / 2.0;
    m.perClass = {{"cycling", 0.9, recallCycling, 0.6, 80}, {"running", 0.8, 0.95, 0.87, 120}};
    return m;
}

} // namespace

class VerdictTextTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void missingHalfOfAClassIsNotGood()
    {
        const auto [text, level] = app::verdictOf(metrics(0.45));
        QCOMPARE(level, ui::Verdict::Level::Weak);
        QVERIFY2(text.contains(QStringLiteral("misses most cases of “cycling”")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("“running”")));
    }

    void everyClassFoundIsGood()
    {
        const auto [text, level] = app::verdictOf(metrics(0.70));
        QCOMPARE(level, ui::Verdict::Level::Good);
        QVERIFY(!text.contains(QStringLiteral("misses")));
    }

    void absentClassIsNotHeldAgainstTheModel()
    {
        engine::ClassificationMetrics m = metrics(0.0);
        m.perClass[0].support = 0; // no cycling rows in this file
        m.balancedAccuracy = 0.95;
        const ui::VerdictFigures figures = app::verdictFiguresOf(m);
        QVERIFY(std::isnan(figures.classRecall[0]));
        QCOMPARE(app::verdictOf(m).second, ui::Verdict::Level::Good);
    }
};

QTEST_GUILESS_MAIN(VerdictTextTest)
#include "verdict_text_test.moc"
