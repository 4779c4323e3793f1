// Registry maintenance as the Models page uses it: deleting a version or a whole run in one go
// (children keep their weights, the active mark and round records go), marking the active
// version, a dataset's record, and a version exported to a .cohortmodel file and imported into
// another registry predicting exactly as the original. A trained version's metrics read back as
// the typed record the page lists.
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

ModelVersionRecord roundVersion(const std::string &run, int round,
                                std::optional<std::int64_t> parent)
{
    ModelVersionRecord version = plainVersion(run, parent);
    version.origin = ModelOrigin::Federated;
    version.round = round;
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

    void deletingARunDeletesEachOfItsVersions()
    {
        const std::string db = path("run.db");
        Result<ModelRegistry> registry = ModelRegistry::open(db);
        VERIFY_OK(registry);
        // Three rounds of "demo", each the parent of the next; a version trained on from the
        // last round; and a version of another run.
        std::vector<std::int64_t> rounds;
        std::optional<std::int64_t> parent;
        for (int round = 1; round <= 3; ++round)
        {
            Result<std::int64_t> id =
                registry->saveVersionWithRound(roundVersion("demo", round, parent), "state");
            VERIFY_OK(id);
            rounds.push_back(id.value());
            parent = id.value();
        }
        const std::int64_t child = registry->saveVersion(plainVersion("tuned", parent)).value();
        const std::int64_t other =
            registry->saveVersionWithRound(roundVersion("other", 1, {}), "state").value();
        VERIFY_OK(registry->setActiveVersion(rounds[1]));
        QCOMPARE(singleText(db, "SELECT COUNT(*) FROM federation_rounds"), std::string("4"));

        VERIFY_OK(registry->deleteVersions(rounds));

        for (const std::int64_t id : rounds)
            QCOMPARE(registry->loadVersion(id).error().code, ErrorCode::NotFound);
        QVERIFY(!registry->activeVersion().value());
        QVERIFY(!registry->latestFederationRound("demo").value());
        QCOMPARE(singleText(db, "SELECT COUNT(*) FROM federation_rounds"), std::string("1"));
        Result<ModelVersionRecord> tuned = registry->loadVersion(child);
        VERIFY_OK(tuned);
        QVERIFY(!tuned->parentId);
        QVERIFY(sameBits(tuned->weights, {1.0f, 2.0f}));
        VERIFY_OK(registry->loadVersion(other));
        QCOMPARE(registry->latestFederationRound("other").value()->versionId, other);
    }

    void aRunWithAnUnknownVersionDeletesNothing()
    {
        Result<ModelRegistry> registry = ModelRegistry::open(path("unknown.db"));
        VERIFY_OK(registry);
        const std::int64_t first = registry->saveVersion(plainVersion("first", {})).value();
        const std::int64_t second = registry->saveVersion(plainVersion("second", first)).value();
        VERIFY_OK(registry->setActiveVersion(first));

        Result<void> deleted = registry->deleteVersions({first, second + 100, second});

        QVERIFY(!deleted);
        QCOMPARE(deleted.error().code, ErrorCode::NotFound);
        QVERIFY(QString::fromStdString(deleted.error().message)
                    .contains(QString::number(second + 100)));
        VERIFY_OK(registry->loadVersion(first));
        QCOMPARE(registry->loadVersion(second)->parentId, std::optional<std::int64_t>(first));
        QCOMPARE(registry->activeVersion().value(), std::optional<std::int64_t>(first));
    }

    void aDatasetLoadsByItsId()
    {
        Result<ModelRegistry> registry = ModelRegistry::open(path("datasets.db"));
        VERIFY_OK(registry);
        DatasetRecord dataset;
        dataset.name = "vitals.csv";
        dataset.path = "/data/vitals.csv";
        dataset.contentHash = "abc";
        dataset.schemaJson = R"({"target":"label"})";
        dataset.rows = 412;
        const std::int64_t id = registry->addDataset(dataset).value();

        Result<DatasetRecord> loaded = registry->loadDataset(id);
        VERIFY_OK(loaded);
        QCOMPARE(loaded->id, id);
        QCOMPARE(loaded->name, dataset.name);
        QCOMPARE(loaded->rows, std::int64_t(412));
        QCOMPARE(loaded->schemaJson, dataset.schemaJson);
        QVERIFY(!loaded->createdAt.empty());
        QCOMPARE(registry->findDatasetByHash("abc").value()->id, id);
        QCOMPARE(registry->loadDataset(id + 1).error().code, ErrorCode::NotFound);
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
