#include <cmath>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include <QList>
#include <QString>
#include <QStringList>
#include <QTest>

#include "eval/classification_metrics.h"

using cohort::engine::ClassificationMetrics;
using cohort::engine::computeClassificationMetrics;

// Doubles within 1e-9, with both values printed on failure (qFuzzyCompare is useless near 0).
#define COMPARE_NEAR(actual, expected)                                                             \
    QVERIFY2(std::abs((actual) - (expected)) < 1e-9,                                               \
             qPrintable(QStringLiteral("%1 != %2")                                                 \
                            .arg(double(actual), 0, 'g', 17)                                       \
                            .arg(double(expected), 0, 'g', 17)))

namespace
{

// Every probability below is a multiple of 1/8, so float holds it exactly and the hand-computed
// values can be compared tightly.
struct Sample
{
    QList<int> truth;
    QList<double> probabilities; // row-major, one row per truth entry
    QStringList classNames;
};

// Binary: positives score 7/8, 5/8, 2/8; negatives 5/8 (tied with a positive), 6/8, 1/8, 3/8.
// Argmax predictions: 1, 1, 0 | 1, 1, 0, 0.
Sample binarySample()
{
    return {{1, 1, 1, 0, 0, 0, 0},
            {0.125, 0.875, 0.375, 0.625, 0.75, 0.25, 0.375, 0.625, 0.25, 0.75, 0.875, 0.125, 0.625,
             0.375},
            {"negative", "positive"}};
}

// Three classes A, B, C. Row 7 ties B and C, so its prediction is B (lowest index).
// Predictions: A, B, B, A, C, B, A, B.
Sample threeClassSample()
{
    return {{0, 0, 1, 1, 2, 2, 0, 2},
            {0.5,  0.25, 0.25, 0.25,  0.5, 0.25,  0.125, 0.75, 0.125, 0.5,  0.125, 0.375,
             0.25, 0.25, 0.5,  0.375, 0.5, 0.125, 0.625, 0.25, 0.125, 0.25, 0.375, 0.375},
            {"A", "B", "C"}};
}

// Two classes, "healthy" in 150 of 200 rows; the model finds `found` of the 50 sick rows and
// calls every other row healthy.
Sample marginSample(int found)
{
    Sample sample{{}, {}, {"healthy", "sick"}};
    for (int row = 0; row < 200; ++row)
    {
        const bool sick = row >= 150;
        const bool calledSick = sick && row < 150 + found;
        sample.truth.append(sick ? 1 : 0);
        sample.probabilities.append({calledSick ? 0.25 : 0.75, calledSick ? 0.75 : 0.25});
    }
    return sample;
}

// Three healthy rows and one sick row; the model calls every row healthy at 3/4.
Sample majoritySample()
{
    return {{0, 0, 0, 1}, {0.75, 0.25, 0.75, 0.25, 0.75, 0.25, 0.75, 0.25}, {"healthy", "sick"}};
}

ClassificationMetrics compute(const Sample &sample, int majorityClass = -1)
{
    std::vector<std::string> names;
    for (const QString &name : sample.classNames)
        names.push_back(name.toStdString());
    return computeClassificationMetrics(
        std::vector<int>(sample.truth.begin(), sample.truth.end()),
        std::vector<float>(sample.probabilities.begin(), sample.probabilities.end()), names,
        majorityClass);
}

// Reads a score by name ("accuracy", "precision/1" for class 1, "rocCurveAuc/0" for the first
// ROC curve) so tables can list them.
double namedScore(const ClassificationMetrics &metrics, const QString &name)
{
    const QStringList parts = name.split(u'/');
    if (parts.size() == 2 && parts[0] == "rocCurveAuc")
        return metrics.rocCurveAuc.at(static_cast<std::size_t>(parts[1].toInt()));
    if (parts.size() == 2)
    {
        const auto &perClass = metrics.perClass.at(static_cast<std::size_t>(parts[1].toInt()));
        const std::map<QString, double> scores = {
            {"precision", perClass.precision}, {"recall", perClass.recall}, {"f1", perClass.f1}};
        return scores.at(parts[0]);
    }
    const std::map<QString, double> scores = {{"accuracy", metrics.accuracy},
                                              {"balancedAccuracy", metrics.balancedAccuracy},
                                              {"macroPrecision", metrics.macroPrecision},
                                              {"macroRecall", metrics.macroRecall},
                                              {"macroF1", metrics.macroF1},
                                              {"rocAuc", metrics.rocAuc},
                                              {"logLoss", metrics.logLoss},
                                              {"topKAccuracy", metrics.topKAccuracy},
                                              {"baselineAccuracy", metrics.baselineAccuracy},
                                              {"baselineMacroF1", metrics.baselineMacroF1}};
    return scores.at(name);
}

bool sameNumber(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

} // namespace

Q_DECLARE_METATYPE(Sample)

class ClassificationMetricsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void binaryScores_data();
    void binaryScores();
    void binaryConfusionAndCurve();
    void threeClassScores_data();
    void threeClassScores();
    void threeClassConfusion();
    void topK_data();
    void topK();
    void rankingAuc_data();
    void rankingAuc();
    void baseline_data();
    void baseline();
    void verdict_data();
    void verdict();
    void undefinedAuc_data();
    void undefinedAuc();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void jsonKeys();
    void jsonWithoutCurveAuc();
    void emptyInput();
    void rejectsInconsistentInput_data();
    void rejectsInconsistentInput();
};

void ClassificationMetricsTest::binaryScores_data()
{
    QTest::addColumn<QString>("score");
    QTest::addColumn<double>("expected");
    // Confusion [true][pred] = [[2, 2], [1, 2]]; 4 of 7 rows right.
    QTest::newRow("accuracy") << "accuracy" << 4.0 / 7.0;           // (2 + 2) / 7
    QTest::newRow("precision of positive") << "precision/1" << 0.5; // 2 / (2 + 2)
    QTest::newRow("recall of positive") << "recall/1" << 2.0 / 3.0; // 2 / (1 + 2)
    QTest::newRow("f1 of positive") << "f1/1" << 4.0 / 7.0;         // 2*(1/2)(2/3) / (1/2 + 2/3)
    QTest::newRow("precision of negative") << "precision/0" << 2.0 / 3.0;   // 2 / (2 + 1)
    QTest::newRow("recall of negative") << "recall/0" << 0.5;               // 2 / (2 + 2)
    QTest::newRow("balanced accuracy") << "balancedAccuracy" << 7.0 / 12.0; // (1/2 + 2/3) / 2
    QTest::newRow("macro precision") << "macroPrecision" << 7.0 / 12.0;     // (2/3 + 1/2) / 2
    QTest::newRow("macro f1") << "macroF1" << 4.0 / 7.0;                    // (4/7 + 4/7) / 2
    // True-class probabilities 7/8, 5/8, 2/8 | 3/8, 2/8, 7/8, 5/8; their product is
    // (7*5*2*3*2*7*5) / 8^7 = 14700 / 2097152 = 3675 / 524288; -ln(that) / 7 = 0.70864.
    QTest::newRow("log loss") << "logLoss" << std::log(524288.0 / 3675.0) / 7.0;
    // Positive > negative pairs out of 3 * 4 = 12: 7/8 beats all 4; 5/8 beats 1/8 and 3/8 and
    // ties 5/8 (+0.5); 2/8 beats 1/8. (4 + 2.5 + 1) / 12 = 0.625.
    QTest::newRow("auc with a tie") << "rocAuc" << 0.625;
    QTest::newRow("auc of the one curve") << "rocCurveAuc/0" << 0.625;
}

void ClassificationMetricsTest::binaryScores()
{
    QFETCH(QString, score);
    QFETCH(double, expected);
    COMPARE_NEAR(namedScore(compute(binarySample()), score), expected);
}

void ClassificationMetricsTest::binaryConfusionAndCurve()
{
    const ClassificationMetrics metrics = compute(binarySample());
    QCOMPARE(metrics.sampleCount, 7L);
    QCOMPARE(metrics.confusion, (std::vector<std::vector<long>>{{2, 2}, {1, 2}}));
    QCOMPARE(metrics.perClass[0].support, 4L);
    QCOMPARE(metrics.perClass[1].support, 3L);
    QCOMPARE(metrics.perClass[1].name, std::string("positive"));
    QCOMPARE(metrics.rocCurves.size(), std::size_t(1));

    // Distinct thresholds from the top: 7/8 (P), 6/8 (N), 5/8 (P and N), 3/8 (N), 2/8 (P),
    // 1/8 (N); rates are false positives / 4 and true positives / 3.
    const std::vector<cohort::engine::RocPoint> expected = {
        {0.0, 0.0, INFINITY},    {0.0, 1.0 / 3.0, 0.875},  {0.25, 1.0 / 3.0, 0.75},
        {0.5, 2.0 / 3.0, 0.625}, {0.75, 2.0 / 3.0, 0.375}, {0.75, 1.0, 0.25},
        {1.0, 1.0, 0.125}};
    const auto &curve = metrics.rocCurves[0];
    QCOMPARE(curve.size(), expected.size());
    for (std::size_t i = 0; i < curve.size(); ++i)
    {
        COMPARE_NEAR(curve[i].falsePositiveRate, expected[i].falsePositiveRate);
        COMPARE_NEAR(curve[i].truePositiveRate, expected[i].truePositiveRate);
        QCOMPARE(curve[i].threshold, expected[i].threshold);
    }
}

void ClassificationMetricsTest::threeClassScores_data()
{
    QTest::addColumn<QString>("score");
    QTest::addColumn<double>("expected");
    // Confusion [[2, 1, 0], [1, 1, 0], [0, 2, 1]]; predicted counts A 3, B 4, C 1.
    QTest::newRow("accuracy") << "accuracy" << 0.5;                      // (2 + 1 + 1) / 8
    QTest::newRow("precision A") << "precision/0" << 2.0 / 3.0;          // 2 / 3
    QTest::newRow("precision B") << "precision/1" << 0.25;               // 1 / 4
    QTest::newRow("precision C") << "precision/2" << 1.0;                // 1 / 1
    QTest::newRow("recall A") << "recall/0" << 2.0 / 3.0;                // 2 / 3
    QTest::newRow("recall B") << "recall/1" << 0.5;                      // 1 / 2
    QTest::newRow("recall C") << "recall/2" << 1.0 / 3.0;                // 1 / 3
    QTest::newRow("f1 A") << "f1/0" << 2.0 / 3.0;                        // 2*(2/3)(2/3) / (4/3)
    QTest::newRow("f1 B") << "f1/1" << 1.0 / 3.0;                        // 2*(1/4)(1/2) / (3/4)
    QTest::newRow("f1 C") << "f1/2" << 0.5;                              // 2*(1)(1/3) / (4/3)
    QTest::newRow("macro precision") << "macroPrecision" << 23.0 / 36.0; // (8 + 3 + 12)/12 / 3
    QTest::newRow("macro recall") << "macroRecall" << 0.5;               // (2/3 + 1/2 + 1/3) / 3
    QTest::newRow("macro f1") << "macroF1" << 0.5;                       // (2/3 + 1/3 + 1/2) / 3
    QTest::newRow("balanced accuracy") << "balancedAccuracy" << 0.5;     // every class present
    // Recall@2: the true class is outside the top two only in rows 3 (B at 1/8) and 5 (C at
    // 1/8); in row 7 C ties B, which ranks first as the lower index, so C is second. 6 / 8.
    QTest::newRow("recall at 2") << "topKAccuracy" << 0.75;
    // One-vs-rest pairs: A (P 5/8, 4/8, 2/8 vs N 1/8, 4/8, 2/8, 3/8, 2/8): 5 + 4.5 + 2 = 11.5
    // of 15; B (P 6/8, 1/8 vs six higher-than-1/8 N): 6 of 12; C (P 4/8, 1/8, 3/8 vs N 2/8,
    // 2/8, 1/8, 3/8, 1/8): 5 + 1 + 4.5 = 10.5 of 15. (23/30 + 15/30 + 21/30) / 3 = 59/90.
    QTest::newRow("macro one-vs-rest auc") << "rocAuc" << 59.0 / 90.0;
    QTest::newRow("auc of curve A") << "rocCurveAuc/0" << 23.0 / 30.0;
    QTest::newRow("auc of curve B") << "rocCurveAuc/1" << 0.5;
    QTest::newRow("auc of curve C") << "rocCurveAuc/2" << 0.7;
    // True-class probabilities 4/8, 2/8, 6/8, 1/8, 4/8, 1/8, 5/8, 3/8: product 2880 / 8^8
    // = 45 / 262144; -ln(that) / 8 = 1.08375.
    QTest::newRow("log loss") << "logLoss" << std::log(262144.0 / 45.0) / 8.0;
    // Supports A 3, B 2, C 3: the A/C tie goes to A. Always A: 3 / 8 right; F1 of A is
    // 2*(3/8)(1) / (11/8) = 6/11, the others 0, so the macro F1 is 6/11 / 3 = 2/11.
    QTest::newRow("baseline accuracy") << "baselineAccuracy" << 0.375;
    QTest::newRow("baseline macro f1") << "baselineMacroF1" << 2.0 / 11.0;
}

void ClassificationMetricsTest::threeClassScores()
{
    QFETCH(QString, score);
    QFETCH(double, expected);
    COMPARE_NEAR(namedScore(compute(threeClassSample()), score), expected);
}

void ClassificationMetricsTest::threeClassConfusion()
{
    const ClassificationMetrics metrics = compute(threeClassSample());
    QCOMPARE(metrics.confusion, (std::vector<std::vector<long>>{{2, 1, 0}, {1, 1, 0}, {0, 2, 1}}));
    QCOMPARE(metrics.topK, 2);
    QCOMPARE(metrics.rocCurves.size(), std::size_t(3));
    QCOMPARE(metrics.baselineClass, 0);
    QVERIFY(metrics.beatsBaseline); // 0.5 > 0.375 + 0.01
}

void ClassificationMetricsTest::topK_data()
{
    QTest::addColumn<Sample>("sample");
    QTest::addColumn<int>("k");
    QTest::addColumn<double>("expected");
    // Binary: k = 1, so recall@k is the accuracy, 4 / 7.
    QTest::newRow("binary uses k = 1") << binarySample() << 1 << 4.0 / 7.0;
    QTest::newRow("three classes use k = 2") << threeClassSample() << 2 << 0.75;
    // Row 0: class 3 at 1/8 is behind 0 and 1 and tied with the lower-index 2, so fourth: miss.
    // Row 1: class 2 at 2/8 is behind only class 3: hit. 1 / 2.
    const Sample fourClasses{
        {3, 2}, {0.5, 0.25, 0.125, 0.125, 0.125, 0.125, 0.25, 0.5}, {"A", "B", "C", "D"}};
    QTest::newRow("four classes use k = 3") << fourClasses << 3 << 0.5;
}

void ClassificationMetricsTest::topK()
{
    QFETCH(Sample, sample);
    QFETCH(int, k);
    QFETCH(double, expected);
    const ClassificationMetrics metrics = compute(sample);
    QCOMPARE(metrics.topK, k);
    COMPARE_NEAR(metrics.topKAccuracy, expected);
}

void ClassificationMetricsTest::rankingAuc_data()
{
    QTest::addColumn<QList<int>>("truth");
    QTest::addColumn<QList<double>>("positiveScores");
    QTest::addColumn<double>("expected");
    QTest::addColumn<int>("curvePoints");
    // Both positives above both negatives: 4 of 4 pairs; (0,0), 7/8, 6/8, 2/8, 1/8.
    QTest::newRow("perfect") << QList<int>{0, 0, 1, 1} << QList<double>{0.125, 0.25, 0.75, 0.875}
                             << 1.0 << 5;
    // Both positives below both negatives: 0 of 4 pairs.
    QTest::newRow("reversed") << QList<int>{0, 0, 1, 1} << QList<double>{0.875, 0.75, 0.25, 0.125}
                              << 0.0 << 5;
    // One threshold: every pair is a tie worth 1/2; the curve is the diagonal (0,0)-(1,1).
    QTest::newRow("all tied") << QList<int>{0, 1, 0, 1} << QList<double>{0.5, 0.5, 0.5, 0.5} << 0.5
                              << 2;
    // 2/8 beats 1/8 but not 6/8; 7/8 beats both: 3 of 4 pairs.
    QTest::newRow("one swapped pair")
        << QList<int>{0, 0, 1, 1} << QList<double>{0.125, 0.75, 0.25, 0.875} << 0.75 << 5;
}

void ClassificationMetricsTest::rankingAuc()
{
    QFETCH(QList<int>, truth);
    QFETCH(QList<double>, positiveScores);
    QFETCH(double, expected);
    QFETCH(int, curvePoints);
    Sample sample{truth, {}, {"no", "yes"}};
    for (const double score : positiveScores)
        sample.probabilities.append({1.0 - score, score});
    const ClassificationMetrics metrics = compute(sample);
    COMPARE_NEAR(metrics.rocAuc, expected);
    QCOMPARE(metrics.rocCurveAuc.size(), std::size_t(1));
    COMPARE_NEAR(metrics.rocCurveAuc[0], expected);
    const auto &curve = metrics.rocCurves.at(0);
    QCOMPARE(curve.size(), std::size_t(curvePoints));
    QCOMPARE(curve.front().falsePositiveRate, 0.0);
    QCOMPARE(curve.front().truePositiveRate, 0.0);
    QCOMPARE(curve.back().falsePositiveRate, 1.0);
    QCOMPARE(curve.back().truePositiveRate, 1.0);
}

void ClassificationMetricsTest::baseline_data()
{
    QTest::addColumn<Sample>("sample");
    QTest::addColumn<int>("majorityClass");
    QTest::addColumn<int>("expectedClass");
    QTest::addColumn<double>("expectedAccuracy");
    QTest::addColumn<double>("expectedMacroF1");
    QTest::addColumn<bool>("expectedBeats");
    // Always "healthy" on 3 healthy + 1 sick: model and baseline both 3/4 right. F1 of
    // healthy = 2*(3/4)(1) / (7/4) = 6/7, sick 0: macro 3/7.
    QTest::newRow("always the majority")
        << majoritySample() << -1 << 0 << 0.75 << 3.0 / 7.0 << false;
    // Same rows, but training said "sick" is the majority: 1/4 right; F1 of sick =
    // 2*(1/4)(1) / (5/4) = 2/5, healthy 0: macro 1/5.
    QTest::newRow("training majority given") << majoritySample() << 1 << 1 << 0.25 << 0.2 << true;
    // 151 / 200 = 0.755 vs 150 / 200 = 0.75: a lead of 0.5 points, inside the 1-point margin.
    // Baseline F1 of healthy = 2*(3/4)(1) / (7/4) = 6/7: macro 3/7.
    QTest::newRow("lead within margin") << marginSample(1) << -1 << 0 << 0.75 << 3.0 / 7.0 << false;
    // 153 / 200 = 0.765 > 0.75 + 0.01.
    QTest::newRow("lead beyond margin") << marginSample(3) << -1 << 0 << 0.75 << 3.0 / 7.0 << true;
}

void ClassificationMetricsTest::baseline()
{
    QFETCH(Sample, sample);
    QFETCH(int, majorityClass);
    QFETCH(int, expectedClass);
    QFETCH(double, expectedAccuracy);
    QFETCH(double, expectedMacroF1);
    QFETCH(bool, expectedBeats);
    const ClassificationMetrics metrics = compute(sample, majorityClass);
    QCOMPARE(metrics.baselineClass, expectedClass);
    COMPARE_NEAR(metrics.baselineAccuracy, expectedAccuracy);
    COMPARE_NEAR(metrics.baselineMacroF1, expectedMacroF1);
    QCOMPARE(metrics.beatsBaseline, expectedBeats);
}

void ClassificationMetricsTest::verdict_data()
{
    QTest::addColumn<Sample>("sample");
    QTest::addColumn<QString>("expected");
    QTest::newRow("does not beat")
        << majoritySample()
        << "The model does not beat always answering \"healthy\": it is right in 75% of the 4 "
           "cases, and always answering \"healthy\" would be right in 75%.";
    QTest::newRow("lead too small")
        << marginSample(1)
        << "The model does not beat always answering \"healthy\": it is right in 76% of the 200 "
           "cases, and always answering \"healthy\" would be right in 75%. Its lead is under 1 "
           "percentage point, too small to count.";
    QTest::newRow("beats") << threeClassSample()
                           << "The model is right in 50% of the 8 cases, while always answering "
                              "\"A\" would be right in 38%, so the model does better than that "
                              "simple rule.";
}

void ClassificationMetricsTest::verdict()
{
    QFETCH(Sample, sample);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(cohort::engine::baselineVerdict(compute(sample))), expected);
}

void ClassificationMetricsTest::undefinedAuc_data()
{
    QTest::addColumn<Sample>("sample");
    QTest::addColumn<int>("definedCurves");
    QTest::newRow("binary without positives")
        << Sample{{0, 0}, {0.75, 0.25, 0.5, 0.5}, {"no", "yes"}} << 0;
    // C never occurs, so its one-vs-rest AUC (and the macro average) is undefined; A and B
    // still get curves.
    QTest::newRow("three classes without C")
        << Sample{{0, 1}, {0.5, 0.25, 0.25, 0.25, 0.5, 0.25}, {"A", "B", "C"}} << 2;
}

void ClassificationMetricsTest::undefinedAuc()
{
    QFETCH(Sample, sample);
    QFETCH(int, definedCurves);
    const ClassificationMetrics metrics = compute(sample);
    QVERIFY(std::isnan(metrics.rocAuc));
    int defined = 0;
    for (const auto &curve : metrics.rocCurves)
        defined += curve.empty() ? 0 : 1;
    QCOMPARE(defined, definedCurves);
    // An empty curve has no area; a drawn one has.
    QCOMPARE(metrics.rocCurveAuc.size(), metrics.rocCurves.size());
    for (std::size_t k = 0; k < metrics.rocCurves.size(); ++k)
        QCOMPARE(std::isnan(metrics.rocCurveAuc[k]), metrics.rocCurves[k].empty());
    QVERIFY(cohort::engine::toJson(metrics).at("roc_auc").is_null());
}

void ClassificationMetricsTest::jsonRoundTrip_data()
{
    QTest::addColumn<Sample>("sample");
    QTest::addColumn<int>("majorityClass");
    QTest::newRow("binary") << binarySample() << -1;
    QTest::newRow("three classes") << threeClassSample() << 2;
    QTest::newRow("undefined auc") << Sample{{0, 0}, {0.75, 0.25, 0.5, 0.5}, {"no", "yes"}} << 1;
}

void ClassificationMetricsTest::jsonRoundTrip()
{
    QFETCH(Sample, sample);
    QFETCH(int, majorityClass);
    const ClassificationMetrics original = compute(sample, majorityClass);
    // Through text, as the registry stores it.
    const std::string text = cohort::engine::toJson(original).dump();
    const ClassificationMetrics copy = cohort::engine::metricsFromJson(nlohmann::json::parse(text));

    // toJson writes every field, so equal JSON means every field survived; NaN survives as null
    // and the curves' infinite first threshold as "inf".
    const nlohmann::json copyJson = cohort::engine::toJson(copy);
    QVERIFY2(copyJson == cohort::engine::toJson(original), copyJson.dump().c_str());
    QCOMPARE(copy.confusion, original.confusion);
    QCOMPARE(copy.baselineClass, original.baselineClass);
    QVERIFY(sameNumber(copy.rocAuc, original.rocAuc));
    QCOMPARE(copy.rocCurves.size(), original.rocCurves.size());
    QCOMPARE(copy.rocCurveAuc.size(), original.rocCurveAuc.size());
    for (std::size_t k = 0; k < copy.rocCurveAuc.size(); ++k)
        QVERIFY(sameNumber(copy.rocCurveAuc[k], original.rocCurveAuc[k]));
    if (!copy.rocCurves.front().empty())
        QVERIFY(std::isinf(copy.rocCurves.front().front().threshold));
}

void ClassificationMetricsTest::jsonKeys()
{
    const nlohmann::json json = cohort::engine::toJson(compute(threeClassSample()));
    for (const char *key :
         {"accuracy", "balanced_accuracy", "macro_precision", "macro_recall", "macro_f1", "roc_auc",
          "log_loss", "top_k", "top_k_accuracy", "per_class", "confusion", "roc_curves",
          "roc_curve_auc", "baseline_class", "baseline_accuracy", "baseline_macro_f1",
          "beats_baseline", "class_names", "samples"})
        QVERIFY2(json.contains(key), key);
    QCOMPARE(json.at("baseline_class").get<std::string>(), std::string("A"));
    QCOMPARE(json.at("samples").get<long>(), 8L);
    QCOMPARE(json.at("per_class").at(1).at("name").get<std::string>(), std::string("B"));
    QCOMPARE(json.at("per_class").at(1).at("support").get<long>(), 2L);
}

// Records stored before roc_curve_auc existed still read; each curve's area is unknown.
void ClassificationMetricsTest::jsonWithoutCurveAuc()
{
    const ClassificationMetrics original = compute(threeClassSample());
    nlohmann::json json = cohort::engine::toJson(original);
    json.erase("roc_curve_auc");
    const ClassificationMetrics copy = cohort::engine::metricsFromJson(json);
    QCOMPARE(copy.rocCurves.size(), std::size_t(3));
    QCOMPARE(copy.rocCurveAuc.size(), std::size_t(3));
    for (const double auc : copy.rocCurveAuc)
        QVERIFY(std::isnan(auc));
    COMPARE_NEAR(copy.rocAuc, original.rocAuc);
}

void ClassificationMetricsTest::emptyInput()
{
    const ClassificationMetrics metrics = compute(Sample{{}, {}, {"no", "yes"}});
    QCOMPARE(metrics.sampleCount, 0L);
    QVERIFY(std::isnan(metrics.accuracy));
    QVERIFY(std::isnan(metrics.rocAuc));
    QVERIFY(!metrics.beatsBaseline);
    QVERIFY(cohort::engine::baselineVerdict(metrics).find("no cases") != std::string::npos);
}

void ClassificationMetricsTest::rejectsInconsistentInput_data()
{
    QTest::addColumn<Sample>("sample");
    QTest::addColumn<int>("majorityClass");
    QTest::newRow("one class") << Sample{{0}, {1.0}, {"only"}} << -1;
    QTest::newRow("short probability row") << Sample{{0, 1}, {0.5, 0.5, 1.0}, {"a", "b"}} << -1;
    QTest::newRow("class index too high") << Sample{{0, 2}, {0.5, 0.5, 0.5, 0.5}, {"a", "b"}} << -1;
    QTest::newRow("not a number") << Sample{{0, 1}, {0.5, 0.5, NAN, 0.5}, {"a", "b"}} << -1;
    QTest::newRow("baseline class too high")
        << Sample{{0, 1}, {0.5, 0.5, 0.5, 0.5}, {"a", "b"}} << 2;
}

void ClassificationMetricsTest::rejectsInconsistentInput()
{
    QFETCH(Sample, sample);
    QFETCH(int, majorityClass);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)compute(sample, majorityClass));
}

QTEST_APPLESS_MAIN(ClassificationMetricsTest)

#include "classification_metrics_test.moc"
