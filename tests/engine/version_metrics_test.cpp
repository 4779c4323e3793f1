// VersionMetrics: a local run's record keeps every key of its full metrics, a hub round's record
// round-trips, and the shapes older code stored (local runs, hub rounds, kept site and peer
// models) still read, each with its figures and scope.
#include <QTest>

#include <cmath>
#include <limits>
#include <string>

#include <nlohmann/json.hpp>

#include "eval/classification_metrics.h"
#include "eval/version_metrics.h"

using namespace cohort::engine;

namespace
{

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool sameNumber(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

// Binary: "yes" scores 2/8 and 5/8 on the two "no" rows, 6/8 and 3/8 on the two "yes" rows.
ClassificationMetrics binaryMetrics()
{
    return computeClassificationMetrics(
        {0, 0, 1, 1}, {0.75f, 0.25f, 0.375f, 0.625f, 0.25f, 0.75f, 0.625f, 0.375f}, {"no", "yes"},
        0);
}

// The same rows as binaryMetrics(), as local training stored them before versions had a scope
// or per-curve AUC: toJson(ClassificationMetrics) alone.
const char *const kOldLocalRun =
    R"({"accuracy":0.5,"balanced_accuracy":0.5,"baseline_accuracy":0.5,"baseline_class":"no",)"
    R"("baseline_macro_f1":0.3333333333333333,"beats_baseline":false,"class_names":["no","yes"],)"
    R"("confusion":[[1,1],[1,1]],"log_loss":0.6342556627317535,"macro_f1":0.5,)"
    R"("macro_precision":0.5,"macro_recall":0.5,"per_class":[{"f1":0.5,"name":"no",)"
    R"("precision":0.5,"recall":0.5,"support":2},{"f1":0.5,"name":"yes","precision":0.5,)"
    R"("recall":0.5,"support":2}],"roc_auc":0.75,"roc_curves":[[[0.0,0.0,"inf"],)"
    R"([0.0,0.5,0.75],[0.5,0.5,0.625],[0.5,1.0,0.375],[1.0,1.0,0.25]]],"samples":4,)"
    R"("top_k":1,"top_k_accuracy":0.5})";

// A hub round as the hub stored it before versions had a scope: its sites' pooled evaluation
// and training loss; a site without rows had a null accuracy.
const char *const kOldHubRound =
    R"({"train_loss":0.41,"accuracy":0.8,"balanced_accuracy":0.75,"macro_f1":0.74,)"
    R"("log_loss":0.45,"samples":30,"site_accuracy":{"north":0.7,"south":0.85,"west":null},)"
    R"("confusion":[[16,1],[5,8]]})";

} // namespace

class VersionMetricsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aLocalRunKeepsEveryKeyOfItsFullMetrics()
    {
        const ClassificationMetrics full = binaryMetrics();
        const nlohmann::json stored = toJson(versionMetricsOf(full));
        const nlohmann::json fullJson = toJson(full);
        for (const auto &[key, value] : fullJson.items())
        {
            QVERIFY2(stored.contains(key), key.c_str());
            QVERIFY2(stored.at(key) == value, key.c_str());
        }
        QCOMPARE(stored.at("scope").get<std::string>(), std::string("test rows"));

        Result<VersionMetrics> read = versionMetricsFromJson(stored.dump());
        QVERIFY(read.ok());
        QVERIFY(read->scope == MetricsScope::TestRows);
        QCOMPARE(read->samples, std::int64_t(4));
        QCOMPARE(read->accuracy, 0.5);
        QCOMPARE(read->rocAuc, 0.75);
        QVERIFY(std::isnan(read->trainLoss));
        QVERIFY(read->classification.has_value());
        QCOMPARE(read->classification->rocCurves.size(), std::size_t(1));
        QCOMPARE(read->classification->rocCurveAuc, std::vector<double>{0.75});
        QVERIFY(toJson(*read->classification) == toJson(full));
    }

    void aHubRoundRoundTrips()
    {
        FederatedEvaluation pooled;
        pooled.samples = 30;
        pooled.loss = 0.45;
        pooled.accuracy = 0.8;
        pooled.balancedAccuracy = 0.75;
        pooled.macroF1 = 0.74;
        pooled.confusion = {{16, 1}, {5, 8}};
        pooled.siteAccuracy = {{"north", 0.7}, {"south", 0.85}};
        VersionMetrics round = versionMetricsOf(pooled, MetricsScope::FederatedEvaluation, 0);
        round.trainLoss = 0.41;
        QCOMPARE(round.baselineAccuracy, 17.0 / 30.0); // class 0 holds 16 + 1 of 30 rows

        Result<VersionMetrics> read = versionMetricsFromJson(toJson(round).dump());
        QVERIFY(read.ok());
        QVERIFY(read->scope == MetricsScope::FederatedEvaluation);
        QCOMPARE(read->samples, std::int64_t(30));
        QCOMPARE(read->logLoss, 0.45);
        QCOMPARE(read->trainLoss, 0.41);
        QCOMPARE(read->baselineAccuracy, 17.0 / 30.0);
        QCOMPARE(read->confusion, pooled.confusion);
        QCOMPARE(read->siteAccuracy, pooled.siteAccuracy);
        QVERIFY(std::isnan(read->rocAuc));
        QVERIFY(!read->classification);
    }

    void oldShapesStillRead_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<int>("scope");
        QTest::addColumn<qint64>("samples");
        QTest::addColumn<double>("accuracy");
        QTest::addColumn<double>("rocAuc");
        QTest::addColumn<double>("trainLoss");
        QTest::addColumn<int>("sites");
        QTest::addColumn<bool>("classification");
        const int testRows = static_cast<int>(MetricsScope::TestRows);
        const int federated = static_cast<int>(MetricsScope::FederatedEvaluation);
        const int site = static_cast<int>(MetricsScope::SiteEvaluationRows);
        QTest::newRow("local run")
            << kOldLocalRun << testRows << qint64(4) << 0.5 << 0.75 << kNaN << 0 << true;
        QTest::newRow("hub round")
            << kOldHubRound << federated << qint64(30) << 0.8 << kNaN << 0.41 << 3 << false;
        // A round whose evaluations all failed stored its training loss alone.
        QTest::newRow("hub round without evaluation")
            << R"({"train_loss":0.52})" << federated << qint64(0) << kNaN << kNaN << 0.52 << 0
            << false;
        // Escaped, not raw, literals below: moc misreads an apostrophe inside a raw string.
        QTest::newRow("kept site model") << R"({"accuracy":0.7,"log_loss":0.6,"samples":12,)"
                                            "\"scope\":\"this site's evaluation rows\"}"
                                         << site << qint64(12) << 0.7 << kNaN << kNaN << 0 << false;
        QTest::newRow("kept peer model")
            << "{\"accuracy\":0.65,\"scope\":\"this peer's evaluation rows\"}" << site << qint64(0)
            << 0.65 << kNaN << kNaN << 0 << false;
        QTest::newRow("no metrics")
            << "{}" << testRows << qint64(0) << kNaN << kNaN << kNaN << 0 << false;
    }

    void oldShapesStillRead()
    {
        QFETCH(QString, json);
        QFETCH(int, scope);
        QFETCH(qint64, samples);
        QFETCH(double, accuracy);
        QFETCH(double, rocAuc);
        QFETCH(double, trainLoss);
        QFETCH(int, sites);
        QFETCH(bool, classification);
        Result<VersionMetrics> read = versionMetricsFromJson(json.toStdString());
        QVERIFY(read.ok());
        QCOMPARE(static_cast<int>(read->scope), scope);
        QCOMPARE(read->samples, samples);
        QVERIFY2(sameNumber(read->accuracy, accuracy), qPrintable(QString::number(read->accuracy)));
        QVERIFY(sameNumber(read->rocAuc, rocAuc));
        QVERIFY(sameNumber(read->trainLoss, trainLoss));
        QCOMPARE(static_cast<int>(read->siteAccuracy.size()), sites);
        QCOMPARE(read->classification.has_value(), classification);
    }

    void anOldLocalRunKeepsItsFullMetrics()
    {
        // The literal is what older code wrote for these rows: today's keys less one.
        nlohmann::json today = toJson(binaryMetrics());
        today.erase("roc_curve_auc");
        QVERIFY2(nlohmann::json::parse(kOldLocalRun) == today, today.dump().c_str());

        Result<VersionMetrics> read = versionMetricsFromJson(kOldLocalRun);
        QVERIFY(read.ok());
        QVERIFY(read->classification.has_value());
        const ClassificationMetrics &full = *read->classification;
        QCOMPARE(full.classNames, (std::vector<std::string>{"no", "yes"}));
        QCOMPARE(full.perClass.size(), std::size_t(2));
        QCOMPARE(full.rocCurves.size(), std::size_t(1));
        QCOMPARE(full.rocCurves[0].size(), std::size_t(5));
        QVERIFY(std::isinf(full.rocCurves[0][0].threshold));
        // Stored before per-curve AUC: unknown, not recomputed.
        QCOMPARE(full.rocCurveAuc.size(), std::size_t(1));
        QVERIFY(std::isnan(full.rocCurveAuc[0]));
        QCOMPARE(read->baselineClass, 0);
        QCOMPARE(read->baselineAccuracy, 0.5);
        QCOMPARE(read->confusion, (std::vector<std::vector<long>>{{1, 1}, {1, 1}}));
    }

    void anOldHubRoundKeepsItsSites()
    {
        Result<VersionMetrics> read = versionMetricsFromJson(kOldHubRound);
        QVERIFY(read.ok());
        QCOMPARE(read->siteAccuracy.size(), std::size_t(3));
        QCOMPARE(read->siteAccuracy[0], (std::pair<std::string, double>{"north", 0.7}));
        QCOMPARE(read->siteAccuracy[1], (std::pair<std::string, double>{"south", 0.85}));
        QCOMPARE(read->siteAccuracy[2].first, std::string("west"));
        QVERIFY(std::isnan(read->siteAccuracy[2].second));
        QCOMPARE(read->balancedAccuracy, 0.75);
        QCOMPARE(read->macroF1, 0.74);
        QCOMPARE(read->logLoss, 0.45);
        QVERIFY(std::isnan(read->baselineAccuracy)); // older hubs did not store it
    }

    void textThatIsNotAnObjectIsRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("not json") << "accuracy 0.5";
        QTest::newRow("array") << "[0.5]";
        QTest::newRow("number") << "0.5";
    }

    void textThatIsNotAnObjectIsRefused()
    {
        QFETCH(QString, text);
        Result<VersionMetrics> read = versionMetricsFromJson(text.toStdString());
        QVERIFY(!read.ok());
        QVERIFY(read.error().code == ErrorCode::InvalidInput);
    }
};

QTEST_APPLESS_MAIN(VersionMetricsTest)

#include "version_metrics_test.moc"
