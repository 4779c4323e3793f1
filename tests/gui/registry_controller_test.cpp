// RegistryController as the Models and Evaluate pages see it: each version's figures come from
// its typed metrics record, whatever shape older code stored, and an evaluation's ROC curves
// carry the areas the engine computed.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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

    void anEvaluationShowsEachCurvesArea()
    {
        std::ofstream csv(path("rows.csv"));
        csv << "steps,sleep,group,label\n";
        for (int i = 0; i < 120; ++i)
            csv << 1000 + 97 * (i % 70) << "," << 5 + (i % 4) << "," << (i % 3 == 0 ? "a" : "b")
                << "," << (i < 60 ? "low" : "high") << "\n";
        csv.close();
        std::int64_t id = 0;
        {
            engine::Result<engine::ModelRegistry> registry =
                engine::ModelRegistry::open(path("trained.db"));
            QVERIFY(registry.ok());
            engine::TrainingRequest request;
            request.csvPath = path("rows.csv");
            request.inference.target = "label";
            request.hiddenLayers = {8};
            request.train.epochs = 5;
            engine::ValidationReport report;
            engine::Result<engine::TrainingResult> trained =
                engine::runTrainingJob(request, registry.value(), report);
            QVERIFY2(trained.ok(), trained.ok() ? "" : trained.error().toString().c_str());
            id = trained->versionId;
        }
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
