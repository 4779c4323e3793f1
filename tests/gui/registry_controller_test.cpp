// RegistryController as the Models and Evaluate pages see it: each version's figures come from
// its typed metrics record, whatever shape older code stored, with the settings it was trained
// with; listing never creates a registry; a run is deleted whole; and an evaluation's ROC
// curves carry the areas the engine computed.
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <array>
#include <cmath>
#include <fstream>
#include <map>

#include "bridge/registry_controller.h"
#include "store/model_registry.h"
#include "train/training_job.h"

using namespace cohort;

namespace
{

constexpr int kWaitMs = 60000;

engine::ModelVersionRecord versionWithMetrics(const std::string &name, const std::string &metrics)
{
    engine::ModelVersionRecord version;
    version.name = name;
    version.specJson = "{}";
    version.preprocessingJson = "{}";
    version.metricsJson = metrics;
    version.weights = {1.0f, 2.0f};
    return version;
}

engine::ModelVersionRecord roundOf(const std::string &run, int round)
{
    engine::ModelVersionRecord version = versionWithMetrics(run, R"({"accuracy":0.5})");
    version.origin = engine::ModelOrigin::Federated;
    version.round = round;
    return version;
}

// A small CSV of 120 rows (steps, sleep, group -> label) at `path`.
void writeRows(const std::string &path)
{
    std::ofstream csv(path);
    csv << "steps,sleep,group,label\n";
    for (int i = 0; i < 120; ++i)
        csv << 1000 + 97 * (i % 70) << "," << 5 + (i % 4) << "," << (i % 3 == 0 ? "a" : "b") << ","
            << (i < 60 ? "low" : "high") << "\n";
}

bool sameNumber(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

} // namespace

class RegistryControllerTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::string path(const char *name) const { return m_dir.filePath(name).toStdString(); }

    // Trains a small model on rows.csv into the registry `db`: 5 epochs, one hidden layer of 8.
    std::int64_t trainInto(const char *db)
    {
        writeRows(path("rows.csv"));
        engine::Result<engine::ModelRegistry> registry = engine::ModelRegistry::open(path(db));
        if (!registry)
            qFatal("%s", registry.error().toString().c_str());
        engine::TrainingRequest request;
        request.csvPath = path("rows.csv");
        request.inference.target = "label";
        request.hiddenLayers = {8};
        request.train.epochs = 5;
        request.train.learningRate = 0.02;
        engine::ValidationReport report;
        engine::Result<engine::TrainingResult> trained =
            engine::runTrainingJob(request, registry.value(), report);
        if (!trained)
            qFatal("%s", trained.error().toString().c_str());
        return trained->versionId;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void versionsListTheFiguresOfEveryStoredShape()
    {
        {
            engine::Result<engine::ModelRegistry> registry =
                engine::ModelRegistry::open(path("shapes.db"));
            QVERIFY(registry.ok());
            // A local run of older builds (ROC curves elided), a hub round, a kept site model,
            // and a record that is not JSON. The site's literal is escaped: moc misreads an
            // apostrophe inside a raw string.
            for (const auto &[name, metrics] : std::map<std::string, std::string>{
                     {"local", R"({"accuracy":0.5,"macro_f1":0.4,"roc_auc":0.75,)"
                               R"("roc_curves":[[[0.0,0.0,"inf"],[1.0,1.0,0.5]]]})"},
                     {"round", R"({"train_loss":0.41,"accuracy":0.8,"macro_f1":0.74,)"
                               R"("site_accuracy":{"north":0.7}})"},
                     {"site", "{\"accuracy\":0.7,\"scope\":\"this site's evaluation rows\"}"},
                     {"broken", "not json"}})
                QVERIFY(registry->saveVersion(versionWithMetrics(name, metrics)).ok());
        }
        app::RegistryController controller(QString::fromStdString(path("shapes.db")));
        QSignalSpy listed(&controller, &app::RegistryController::versionsChanged);
        controller.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 1, kWaitMs);
        const auto views = listed.at(0).at(0).value<QVector<ui::VersionView>>();
        QCOMPARE(views.size(), 4);
        const double nan = qQNaN();
        const std::map<QString, std::array<double, 3>> expected = {{"local", {0.5, 0.4, 0.75}},
                                                                   {"round", {0.8, 0.74, nan}},
                                                                   {"site", {0.7, nan, nan}},
                                                                   {"broken", {nan, nan, nan}}};
        for (const ui::VersionView &view : views)
        {
            const auto &figures = expected.at(view.name);
            QVERIFY2(sameNumber(view.accuracy, figures[0]), qPrintable(view.name));
            QVERIFY2(sameNumber(view.macroF1, figures[1]), qPrintable(view.name));
            QVERIFY2(sameNumber(view.rocAuc, figures[2]), qPrintable(view.name));
            QVERIFY(!view.metricsText.contains(QStringLiteral("roc_curves")));
        }
    }

    void listingAMissingRegistryGivesAnEmptyList()
    {
        const QString db = m_dir.filePath(QStringLiteral("none/yet.db"));
        app::RegistryController controller(db);
        QSignalSpy listed(&controller, &app::RegistryController::versionsChanged);
        QSignalSpy failed(&controller, &app::RegistryController::actionFinished);
        controller.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 1, kWaitMs);
        QVERIFY(listed.at(0).at(0).value<QVector<ui::VersionView>>().isEmpty());
        QCOMPARE(failed.size(), 0);
        // Listing opens the registry for reading: nothing is created.
        QVERIFY(!QFileInfo::exists(db));
        QVERIFY(!QFileInfo::exists(QFileInfo(db).path()));

        // Evaluating a version of a registry that is not there fails as an evaluation.
        QSignalSpy evaluationFailed(&controller, &app::RegistryController::evaluationFailed);
        controller.evaluate(1, m_dir.filePath(QStringLiteral("rows.csv")));
        QTRY_COMPARE_WITH_TIMEOUT(evaluationFailed.size(), 1, kWaitMs);
        QVERIFY(!QFileInfo::exists(db));
    }

    void deletingARunDeletesAllItsVersionsAndNoOthers()
    {
        std::vector<std::int64_t> demo;
        std::vector<std::int64_t> kept;
        {
            engine::Result<engine::ModelRegistry> registry =
                engine::ModelRegistry::open(path("runs.db"));
            QVERIFY(registry.ok());
            for (int round = 1; round <= 3; ++round)
            {
                demo.push_back(registry->saveVersionWithRound(roundOf("demo", round), "").value());
                kept.push_back(
                    registry->saveVersionWithRound(roundOf("second", round), "").value());
            }
            kept.push_back(registry->saveVersion(versionWithMetrics("local", "{}")).value());
            QVERIFY(registry->setActiveVersion(demo.back()).ok());
        }
        app::RegistryController controller(QString::fromStdString(path("runs.db")));
        QSignalSpy listed(&controller, &app::RegistryController::versionsChanged);
        controller.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 1, kWaitMs);
        // A federated round names its run; a local version is a run of its own.
        for (const ui::VersionView &view : listed.at(0).at(0).value<QVector<ui::VersionView>>())
            QCOMPARE(view.run, view.origin == QStringLiteral("federated") ? view.name : QString());

        QSignalSpy finished(&controller, &app::RegistryController::actionFinished);
        controller.deleteRun(QStringLiteral("demo"), QVector<qint64>(demo.begin(), demo.end()));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
        QVERIFY2(!finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(0).toString()));
        QVERIFY(finished.at(0).at(0).toString().contains(QStringLiteral("demo")));
        QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 2, kWaitMs);
        QVector<qint64> left;
        for (const ui::VersionView &view : listed.at(1).at(0).value<QVector<ui::VersionView>>())
        {
            left << view.id;
            QVERIFY(!view.active);
        }
        std::sort(left.begin(), left.end());
        QCOMPARE(left, QVector<qint64>(kept.begin(), kept.end()));

        // A run whose versions are gone already deletes nothing more and says so.
        controller.deleteRun(QStringLiteral("demo"), {demo.front(), kept.front()});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kWaitMs);
        QVERIFY(finished.at(1).at(1).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 3, kWaitMs);
        QCOMPARE(listed.at(2).at(0).value<QVector<ui::VersionView>>().size(),
                 static_cast<int>(kept.size()));
    }

    void aTrainedVersionListsItsSettingsAndData()
    {
        const std::int64_t id = trainInto("settings.db");
        app::RegistryController controller(QString::fromStdString(path("settings.db")));
        QSignalSpy listed(&controller, &app::RegistryController::versionsChanged);
        controller.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 1, kWaitMs);
        const auto views = listed.at(0).at(0).value<QVector<ui::VersionView>>();
        QCOMPARE(views.size(), 1);
        const ui::VersionView &view = views.first();
        QCOMPARE(view.id, id);
        QVERIFY(view.run.isEmpty());
        QCOMPARE(view.modelKind, QStringLiteral("mlp"));
        QCOMPARE(view.hiddenLayers, QVector<int>{8});
        QCOMPARE(view.epochs, 5);
        QCOMPARE(view.learningRate, 0.02);
        QVERIFY(view.batchSize > 0);
        QCOMPARE(view.datasetRows, qint64(120));
        QCOMPARE(view.columns, (QStringList{QStringLiteral("steps"), QStringLiteral("sleep"),
                                            QStringLiteral("group")}));
        QCOMPARE(view.target, QStringLiteral("label"));
        // The figures come from the held-out test rows, and say how many.
        QVERIFY(view.evaluatedRows > 0 && view.evaluatedRows < 120);
        QVERIFY(std::isfinite(view.balancedAccuracy));
    }

    void anEvaluationShowsEachCurvesArea()
    {
        const std::int64_t id = trainInto("trained.db");
        app::RegistryController controller(QString::fromStdString(path("trained.db")));
        QSignalSpy evaluated(&controller, &app::RegistryController::evaluationFinished);
        controller.evaluate(id, QString::fromStdString(path("rows.csv")));
        QTRY_COMPARE_WITH_TIMEOUT(evaluated.size(), 1, kWaitMs);
        const auto view = evaluated.at(0).at(0).value<ui::EvaluationView>();
        // Binary: one curve, for class "low" or "high", whose area is the ROC AUC itself.
        QCOMPARE(view.rocCurves.size(), 1);
        QVERIFY(std::isfinite(view.rocAuc));
        QCOMPARE(view.rocCurves[0].auc, view.rocAuc);
    }
};

QTEST_MAIN(RegistryControllerTest)

#include "registry_controller_test.moc"
