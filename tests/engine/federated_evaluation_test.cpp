// Federated evaluation: sites' confusion matrices and mean losses add up to the metrics of
// their pooled rows, checked by hand and against computeClassificationMetrics on those rows.
#include <QTest>

#include <cmath>
#include <random>
#include <string>

#include "eval/classification_metrics.h"
#include "fl/federated_evaluation.h"

using namespace cohort::engine;

namespace
{

// One site's rows: true classes and class probabilities (rows sum to 1).
struct SiteRows
{
    std::vector<int> truth;
    std::vector<float> probabilities;
};

// A fair but imperfect three-class model: the true class gets a head start. Every 9th row is
// an exact tie between two classes, so the lowest-index rule is exercised. With `classes` 2
// the site has no row of class 2.
SiteRows siteRows(unsigned seed, int rows, int classes)
{
    std::mt19937 engine(seed);
    SiteRows site;
    for (int i = 0; i < rows; ++i)
    {
        const int label = static_cast<int>(engine() % static_cast<unsigned>(classes));
        site.truth.push_back(label);
        std::vector<float> scores(3);
        for (float &score : scores)
            score = static_cast<float>(engine() % 1000) / 1000.0f;
        scores[static_cast<std::size_t>(label)] += 0.4f;
        if (i % 9 == 0)
            scores[1] = scores[2] = scores[0] + 0.5f;
        float sum = 0.0f;
        for (const float score : scores)
            sum += score;
        for (const float score : scores)
            site.probabilities.push_back(score / sum);
    }
    return site;
}

const std::vector<std::string> kClasses = {"low", "mid", "high"};

} // namespace

class FederatedEvaluationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handComputedMergeOfTwoSites()
    {
        // Summed: [[16, 1], [7, 6]], 30 samples, 22 right. Recall 16/17 and 6/13; F1 is
        // 2TP / (2TP + FP + FN): 32/40 = 0.8 and 12/20 = 0.6. Loss (10 * 0.5 + 20 * 0.2) / 30.
        const std::vector<SiteEvaluation> sites = {{"north", 10, 0.5, {{6, 1}, {2, 1}}},
                                                   {"south", 20, 0.2, {{10, 0}, {5, 5}}}};
        Result<FederatedEvaluation> merged = combineEvaluations(sites, 2);
        QVERIFY(merged.ok());
        QCOMPARE(merged->samples, std::int64_t(30));
        QCOMPARE(merged->confusion, (std::vector<std::vector<long>>{{16, 1}, {7, 6}}));
        QCOMPARE(merged->loss, 0.3);
        QCOMPARE(merged->accuracy, 22.0 / 30.0);
        QCOMPARE(merged->balancedAccuracy, (16.0 / 17.0 + 6.0 / 13.0) / 2.0);
        QCOMPARE(merged->macroF1, 0.7);
        QCOMPARE(merged->siteAccuracy.size(), std::size_t(2));
        QCOMPARE(merged->siteAccuracy[0].first, std::string("north"));
        QCOMPARE(merged->siteAccuracy[0].second, 0.7);
        QCOMPARE(merged->siteAccuracy[1].first, std::string("south"));
        QCOMPARE(merged->siteAccuracy[1].second, 0.75);
    }

    void agreesWithMetricsOnThePooledRows_data()
    {
        QTest::addColumn<QList<int>>("classesPerSite");
        QTest::newRow("one site lacks a class") << QList<int>{3, 2, 3};
        // Balanced accuracy then averages two classes' recall, macro F1 all three.
        QTest::newRow("every site lacks a class") << QList<int>{2, 2, 2};
    }

    void agreesWithMetricsOnThePooledRows()
    {
        QFETCH(QList<int>, classesPerSite);
        const std::vector<SiteRows> rows = {siteRows(1, 140, classesPerSite[0]),
                                            siteRows(2, 75, classesPerSite[1]),
                                            siteRows(3, 260, classesPerSite[2])};
        std::vector<SiteEvaluation> sites;
        SiteRows pooled;
        for (std::size_t s = 0; s < rows.size(); ++s)
        {
            const SiteRows &site = rows[s];
            const ClassificationMetrics local =
                computeClassificationMetrics(site.truth, site.probabilities, kClasses);
            const auto confusion = confusionMatrix(site.truth, site.probabilities, 3);
            // The argmax and its tie rule agree with the metrics' own.
            QCOMPARE(confusion, local.confusion);
            sites.push_back(
                {"site" + std::to_string(s), local.sampleCount, local.logLoss, confusion});
            pooled.truth.insert(pooled.truth.end(), site.truth.begin(), site.truth.end());
            pooled.probabilities.insert(pooled.probabilities.end(), site.probabilities.begin(),
                                        site.probabilities.end());
        }
        Result<FederatedEvaluation> merged = combineEvaluations(sites, 3);
        QVERIFY(merged.ok());
        const ClassificationMetrics reference =
            computeClassificationMetrics(pooled.truth, pooled.probabilities, kClasses);
        QCOMPARE(merged->samples, std::int64_t(reference.sampleCount));
        QCOMPARE(merged->confusion, reference.confusion);
        // Ratios of the same integers, summed in the same order: equal to the last bit or two.
        QVERIFY(std::abs(merged->accuracy - reference.accuracy) < 1e-12);
        QVERIFY(std::abs(merged->balancedAccuracy - reference.balancedAccuracy) < 1e-12);
        QVERIFY(std::abs(merged->macroF1 - reference.macroF1) < 1e-12);
        QVERIFY(std::abs(merged->loss - reference.logLoss) < 1e-12);
        QVERIFY(merged->accuracy > 0.5 && merged->accuracy < 0.95);
        QCOMPARE(
            merged->siteAccuracy[1].second,
            computeClassificationMetrics(rows[1].truth, rows[1].probabilities, kClasses).accuracy);
    }

    void confusionMatrixLeavesOutRowsWithoutAKnownClass()
    {
        // Row 2 ties classes 0 and 1: the lower index wins. Rows with class -1 (missing or
        // unknown in encodeLabels) or 3 are left out, as is a truth row without probabilities.
        const std::vector<int> truth = {0, 1, 1, -1, 3, 2, 0};
        const std::vector<float> probabilities = {0.7f, 0.2f, 0.1f, 0.1f, 0.8f, 0.1f,
                                                  0.4f, 0.4f, 0.2f, 0.9f, 0.1f, 0.0f,
                                                  0.1f, 0.1f, 0.8f, 0.2f, 0.2f, 0.6f};
        QCOMPARE(confusionMatrix(truth, probabilities, 3),
                 (std::vector<std::vector<long>>{{1, 0, 0}, {1, 1, 0}, {0, 0, 1}}));
        QCOMPARE(confusionMatrix(truth, probabilities, 0), (std::vector<std::vector<long>>{}));
    }

    void sitesWithoutSamples()
    {
        Result<FederatedEvaluation> merged =
            combineEvaluations({{"empty", 0, 0.0, {{0, 0}, {0, 0}}}}, 2);
        QVERIFY(merged.ok());
        QCOMPARE(merged->samples, std::int64_t(0));
        QVERIFY(std::isnan(merged->accuracy));
        QVERIFY(std::isnan(merged->balancedAccuracy));
        QVERIFY(std::isnan(merged->loss));
        QCOMPARE(merged->macroF1, 0.0);
        QVERIFY(std::isnan(merged->siteAccuracy[0].second));
        // An empty site beside a full one changes nothing but the list of sites; its loss,
        // even NaN, is ignored.
        merged = combineEvaluations(
            {{"empty", 0, std::nan(""), {{0, 0}, {0, 0}}}, {"full", 4, 0.25, {{2, 0}, {1, 1}}}}, 2);
        QVERIFY(merged.ok());
        QCOMPARE(merged->loss, 0.25);
        QCOMPARE(merged->accuracy, 0.75);
    }

    void badReportsAreRejected_data()
    {
        QTest::addColumn<int>("bad");
        QTest::newRow("no sites") << 0;
        QTest::newRow("one class") << 1;
        QTest::newRow("too few rows") << 2;
        QTest::newRow("too few cells") << 3;
        QTest::newRow("negative cell") << 4;
        QTest::newRow("samples disagree") << 5;
        QTest::newRow("loss not a number") << 6;
        QTest::newRow("negative loss") << 7;
        QTest::newRow("site reports twice") << 8;
    }

    void badReportsAreRejected()
    {
        QFETCH(int, bad);
        std::vector<SiteEvaluation> sites = {{"north", 3, 0.5, {{1, 1}, {0, 1}}},
                                             {"south", 2, 0.4, {{1, 0}, {0, 1}}}};
        std::size_t classCount = 2;
        SiteEvaluation &south = sites[1];
        switch (bad)
        {
        case 0:
            sites.clear();
            break;
        case 1:
            classCount = 1;
            break;
        case 2:
            south.confusion.pop_back();
            break;
        case 3:
            south.confusion[1].pop_back();
            break;
        case 4:
            south.confusion[0] = {2, -1};
            break;
        case 5:
            south.samples = 3;
            break;
        case 6:
            south.loss = std::nan("");
            break;
        case 7:
            south.loss = -0.1;
            break;
        default:
            south.siteId = "north";
            break;
        }
        Result<FederatedEvaluation> merged = combineEvaluations(sites, classCount);
        QVERIFY(!merged.ok());
        QVERIFY(merged.error().code == ErrorCode::InvalidInput);
        if (bad >= 2)
            QVERIFY2(merged.error().message.find("'" + south.siteId + "'") != std::string::npos,
                     merged.error().message.c_str());
    }
};

QTEST_APPLESS_MAIN(FederatedEvaluationTest)
#include "federated_evaluation_test.moc"
