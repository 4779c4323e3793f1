// Registry maintenance as the Models page uses it: deleting a version (children keep their
// weights, the active mark goes), marking the active version, and a version exported to a
// .cohortmodel file and imported into another registry predicting exactly as the original. A
// trained version's metrics read back as the typed record the page lists.
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <fstream>

#include <nlohmann/json.hpp>

#include "eval/version_metrics.h"
#include "registry_test_support.h"
#include "store/model_registry.h"
#include "store/stored_model.h"
#include "store/version_file.h"
#include "train/training_job.h"

using namespace cohort::engine;

namespace
{

ModelVersionRecord plainVersion(const std::string &name, std::optional<std::int64_t> parent)
{
    ModelVersionRecord version;
    version.name = name;
    version.parentId = parent;
    version.specJson = "{}";
    version.preprocessingJson = "{}";
    version.weights = {1.0f, 2.0f};
    return version;
}

} // namespace

class RegistryMaintenanceTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::string path(const char *name) const { return m_dir.filePath(name).toStdString(); }

    // A real trained version: a small separable CSV, a few epochs.
    std::int64_t trainVersion(ModelRegistry &registry)
    {
        std::ofstream csv(path("rows.csv"));
        csv << "steps,sleep,group,label\n";
        for (int i = 0; i < 120; ++i)
            csv << 1000 + 97 * i << "," << 5 + (i % 4) << "," << (i % 3 == 0 ? "a" : "b") << ","
                << (i < 60 ? "low" : "high") << "\n";
        csv.close();
        TrainingRequest request;
        request.csvPath = path("rows.csv");
        request.inference.target = "label";
        request.hiddenLayers = {8};
        request.train.epochs = 5;
        ValidationReport report;
        Result<TrainingResult> result = runTrainingJob(request, registry, report);
        if (!result)
            qFatal("%s", result.error().toString().c_str());
        return result->versionId;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void deletingAParentKeepsItsChildren()
    {
        Result<ModelRegistry> registry = ModelRegistry::open(path("delete.db"));
        VERIFY_OK(registry);
        const std::int64_t parent = registry->saveVersion(plainVersion("parent", {})).value();
        const std::int64_t child = registry->saveVersion(plainVersion("child", parent)).value();
        VERIFY_OK(registry->setActiveVersion(parent));
        QCOMPARE(registry->activeVersion().value(), std::optional<std::int64_t>(parent));

        VERIFY_OK(registry->deleteVersion(parent));
        QCOMPARE(registry->loadVersion(parent).error().code, ErrorCode::NotFound);
        Result<ModelVersionRecord> kept = registry->loadVersion(child);
        VERIFY_OK(kept);
        QVERIFY(!kept->parentId);
        QVERIFY(sameBits(kept->weights, {1.0f, 2.0f}));
        QVERIFY(!registry->activeVersion().value());
        QCOMPARE(registry->deleteVersion(parent).error().code, ErrorCode::NotFound);
    }

    void theActiveVersionIsOneKnownVersion()
    {
        Result<ModelRegistry> registry = ModelRegistry::open(path("active.db"));
        VERIFY_OK(registry);
        QVERIFY(!registry->activeVersion().value());
        const std::int64_t first = registry->saveVersion(plainVersion("first", {})).value();
        const std::int64_t second = registry->saveVersion(plainVersion("second", {})).value();
        VERIFY_OK(registry->setActiveVersion(first));
        VERIFY_OK(registry->setActiveVersion(second));
        QCOMPARE(registry->activeVersion().value(), std::optional<std::int64_t>(second));
        QCOMPARE(registry->setActiveVersion(second + 10).error().code, ErrorCode::NotFound);
        QCOMPARE(registry->activeVersion().value(), std::optional<std::int64_t>(second));
        // Deleting another version leaves the mark alone.
        VERIFY_OK(registry->deleteVersion(first));
        QCOMPARE(registry->activeVersion().value(), std::optional<std::int64_t>(second));
    }

    void detailsListEveryVersionWithoutWeights()
    {
        Result<ModelRegistry> registry = ModelRegistry::open(path("details.db"));
        VERIFY_OK(registry);
        ModelVersionRecord first = plainVersion("first", {});
        first.specJson = R"({"kind":"mlp"})";
        const std::int64_t firstId = registry->saveVersion(first).value();
        const std::int64_t secondId =
            registry->saveVersion(plainVersion("second", firstId)).value();
        Result<std::vector<ModelVersionRecord>> details = registry->listVersionDetails();
        VERIFY_OK(details);
        QCOMPARE(details->size(), std::size_t(2));
        QCOMPARE(details->at(0).id, secondId); // newest first
        QCOMPARE(details->at(0).parentId, std::optional<std::int64_t>(firstId));
        QCOMPARE(details->at(1).specJson, std::string(R"({"kind":"mlp"})"));
        QCOMPARE(details->at(1).name, std::string("first"));
        for (const ModelVersionRecord &version : details.value())
            QVERIFY(version.weights.empty());
        // The weights are still there for a full load.
        QVERIFY(sameBits(registry->loadVersion(firstId)->weights, {1.0f, 2.0f}));
    }

    void aTrainedVersionStoresTypedMetrics()
    {
        Result<ModelRegistry> registry = ModelRegistry::open(path("metrics.db"));
        VERIFY_OK(registry);
        const std::int64_t id = trainVersion(registry.value());
        Result<ModelVersionRecord> version = registry->loadVersion(id);
        VERIFY_OK(version);
        // Readers of older builds look these keys up by name.
        const nlohmann::json stored = nlohmann::json::parse(version->metricsJson);
        for (const char *key : {"accuracy", "macro_f1", "roc_auc", "baseline_accuracy", "per_class",
                                "roc_curves", "class_names", "samples"})
            QVERIFY2(stored.contains(key), key);
        Result<VersionMetrics> metrics = versionMetricsFromJson(version->metricsJson);
        VERIFY_OK(metrics);
        QVERIFY(metrics->scope == MetricsScope::TestRows);
        QVERIFY(metrics->samples > 0);
        QVERIFY(std::isfinite(metrics->accuracy));
        QVERIFY(metrics->classification.has_value());
        // Binary: one ROC curve, whose stored area is the version's ROC AUC.
        QCOMPARE(metrics->classification->rocCurveAuc.size(), std::size_t(1));
        QCOMPARE(metrics->classification->rocCurveAuc[0], metrics->rocAuc);
    }

    void anExportedVersionImportsAndPredictsTheSame()
    {
        Result<ModelRegistry> source = ModelRegistry::open(path("source.db"));
        VERIFY_OK(source);
        const std::int64_t id = trainVersion(source.value());
        Result<ModelVersionRecord> original = source->loadVersion(id);
        VERIFY_OK(original);
        VERIFY_OK(writeVersionFile(original.value(), path("model.cohortmodel")));

        Result<ModelVersionRecord> read = readVersionFile(path("model.cohortmodel"));
        VERIFY_OK(read);
        QVERIFY(sameBits(read->weights, original->weights));
        QCOMPARE(read->name, original->name);
        QVERIFY(read->origin == original->origin);
        Result<ModelRegistry> target = ModelRegistry::open(path("target.db"));
        VERIFY_OK(target);
        const std::int64_t imported = target->saveVersion(read.value()).value();

        Result<TrainedModel> before = loadTrainedModel(source.value(), id);
        Result<TrainedModel> after = loadTrainedModel(target.value(), imported);
        VERIFY_OK(before);
        VERIFY_OK(after);
        QCOMPARE(after->classNames(), before->classNames());
        QVERIFY(sameBits(after->classifier().parameterVector(),
                         before->classifier().parameterVector()));
        QCOMPARE(after->preprocessor().toJson().dump(), before->preprocessor().toJson().dump());
    }

    void brokenModelFilesAreRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not json") << QByteArray("steps,label\n1,a\n") << "not a Cohort model";
        QTest::newRow("other format")
            << QByteArray(R"({"format": "onnx"})") << "not a Cohort model";
        QTest::newRow("newer format")
            << QByteArray(R"({"format": "cohort-model", "format_version": 9})") << "version 9";
        QTest::newRow("no spec") << QByteArray(R"({"format": "cohort-model", "format_version": 1})")
                                 << "'spec'";
    }

    void brokenModelFilesAreRefusedWithAReason()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        {
            std::ofstream out(path("broken.cohortmodel"), std::ios::binary | std::ios::trunc);
            out << content.toStdString();
        }
        Result<ModelVersionRecord> read = readVersionFile(path("broken.cohortmodel"));
        QVERIFY(!read);
        QVERIFY2(QString::fromStdString(read.error().message).contains(reason),
                 read.error().message.c_str());
        QCOMPARE(read.error().file, path("broken.cohortmodel"));
    }

    void weightsThatDoNotFitTheSpecAreRefused()
    {
        Result<ModelRegistry> source = ModelRegistry::open(path("cut.db"));
        VERIFY_OK(source);
        Result<ModelVersionRecord> original = source->loadVersion(trainVersion(source.value()));
        VERIFY_OK(original);
        original->weights.pop_back();
        VERIFY_OK(writeVersionFile(original.value(), path("cut.cohortmodel")));
        QVERIFY(!readVersionFile(path("cut.cohortmodel")));
        QCOMPARE(readVersionFile(path("missing.cohortmodel")).error().code, ErrorCode::NotFound);
    }
};

QTEST_APPLESS_MAIN(RegistryMaintenanceTest)
#include "registry_maintenance_test.moc"
