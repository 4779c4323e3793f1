// The Train page's controller on its own: the columns the user left out on the Data page stay
// out of the trained model.
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include "bridge/training_controller.h"
#include "store/model_registry.h"

using namespace cohort;

class TrainingControllerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void excludedColumnsAreNotFeatures()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("visits.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("age,weight,steps,label\n");
        for (int i = 0; i < 120; ++i)
            file.write(QStringLiteral("%1,%2,%3,%4\n")
                           .arg(20 + i % 50)
                           .arg(55 + i % 40)
                           .arg(3000 + 97 * i)
                           .arg(i % 50 + i % 40 > 45 ? "sick" : "well")
                           .toUtf8());
        file.close();
        const QString db = dir.filePath(QStringLiteral("registry.db"));
        app::TrainingController controller(db);
        QSignalSpy finished(&controller, &app::TrainingController::finished);
        QSignalSpy failed(&controller, &app::TrainingController::failed);
        ui::TrainSettings settings;
        settings.hiddenLayers = {8};
        settings.epochs = 2;
        settings.learningRate = 0.01;
        settings.batchSize = 32;
        settings.seed = 7;
        controller.train(csv, QStringLiteral("label"), settings, {QStringLiteral("age")});
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() == 1, 120000);
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

        auto registry = engine::ModelRegistry::openReadOnly(db.toStdString());
        QVERIFY(registry.ok());
        const auto version = registry->latestVersion();
        QVERIFY(version.ok() && version.value().has_value());
        const auto preprocessing = nlohmann::json::parse(version.value()->preprocessingJson);
        QStringList features;
        for (const auto &column : preprocessing.at("features").at("columns"))
            features << QString::fromStdString(column.at("name").template get<std::string>());
        QCOMPARE(features, (QStringList{QStringLiteral("weight"), QStringLiteral("steps")}));
    }
};

QTEST_GUILESS_MAIN(TrainingControllerTest)
#include "training_controller_test.moc"
