// cohort-cli end to end as a user runs it: generate, inspect, train, evaluate, predict and
// versions on a fresh folder, exit status 2 with a located report for a bad file or setting,
// and registries that are missing, damaged or read-only.
#include <cmath>

#include <unistd.h>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace
{

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class CliTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    Run cli(const QStringList &arguments)
    {
        return run(QStringLiteral(COHORT_CLI_PATH), arguments);
    }

    Run run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(120000))
        {
            process.kill();
            process.waitForFinished(5000);
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(), process.readAllStandardError()};
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QJsonObject json(const Run &run)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning() << "not JSON:" << run.out.left(400) << run.err.left(400);
        return document.object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Run generated = cli({"generate", "--domain", "fitness", "--sites", "3", "--out",
                                   path("fitness"), "--seed", "5"});
        QVERIFY2(generated.exitCode == 0, generated.err.constData());
        QVERIFY(QFile::exists(path("fitness/site_1.csv")));
        QVERIFY(QFile::exists(path("fitness/test.csv")));
    }

    void inspectShowsTheSchema()
    {
        const Run run =
            cli({"inspect", path("fitness/test.csv"), "--target", "workout_type", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject schema = json(run)["schema"].toObject();
        QCOMPARE(schema["target"].toString(), QStringLiteral("workout_type"));
        QCOMPARE(schema["class_names"].toArray().size(), 5);
        bool genderIsCategorical = false;
        for (const QJsonValue &column : schema["columns"].toArray())
        {
            if (column["name"].toString() == "gender")
                genderIsCategorical = column["kind"].toString() == "categorical";
        }
        QVERIFY(genderIsCategorical);
    }

    void trainEvaluatePredictAndList()
    {
        const QString db = path("registry.db");
        const Run trained = cli({"train", path("fitness/test.csv"), "--target", "workout_type",
                                 "--epochs", "40", "--db", db, "--json"});
        QVERIFY2(trained.exitCode == 0, trained.err.constData());
        const QJsonObject result = json(trained);
        const int versionId = result["version_id"].toInt();
        QVERIFY(versionId > 0);
        const QJsonObject metrics = result["metrics"].toObject();
        QVERIFY(metrics["accuracy"].toDouble() > metrics["baseline_accuracy"].toDouble() + 0.2);
        QVERIFY(metrics.contains("macro_f1"));
        QVERIFY(metrics["roc_auc"].toDouble() > 0.5);

        const Run evaluated = cli({"evaluate", "--model", QString::number(versionId),
                                   path("fitness/site_1.csv"), "--db", db, "--json"});
        QVERIFY2(evaluated.exitCode == 0, evaluated.err.constData());
        const QJsonObject evaluation = json(evaluated);
        QVERIFY(evaluation["metrics"].toObject()["accuracy"].toDouble() > 0.5);

        const Run predicted =
            cli({"predict", "--model", QString::number(versionId), path("fitness/site_2.csv"),
                 "--db", db, "--out", path("predictions.csv")});
        QVERIFY2(predicted.exitCode == 0, predicted.err.constData());
        QFile predictions(path("predictions.csv"));
        QVERIFY(predictions.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = predictions.readAll().trimmed().split('\n');
        QCOMPARE(lines.first(), QByteArray("row,predicted_workout_type,probability_Cardio,"
                                           "probability_HIIT,probability_Pilates,"
                                           "probability_Strength,probability_Yoga"));
        QFile site(path("fitness/site_2.csv"));
        QVERIFY(site.open(QIODevice::ReadOnly));
        QCOMPARE(lines.size(), site.readAll().trimmed().split('\n').size());
        const QList<QByteArray> first = lines.at(1).split(',');
        // Data rows are numbered from 1, as on every page of the app and in explain --row.
        QCOMPARE(first.at(0), QByteArray("1"));
        QCOMPARE(lines.last().split(',').at(0), QByteArray::number(lines.size() - 1));
        double sum = 0.0;
        for (int k = 2; k < first.size(); ++k)
            sum += first.at(k).toDouble();
        QVERIFY(std::abs(sum - 1.0) < 1e-4);

        const Run listed = cli({"versions", "--db", db, "--json"});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray versions = json(listed)["versions"].toArray();
        QCOMPARE(versions.size(), 1);
        QCOMPARE(versions.at(0)["id"].toInt(), versionId);
        QCOMPARE(versions.at(0)["origin"].toString(), QStringLiteral("local"));
    }

    void explainGivesValuesThatAddUpToThePrediction()
    {
        const QString db = path("explain.db");
        const Run trained = cli({"train", path("fitness/test.csv"), "--target", "workout_type",
                                 "--epochs", "10", "--db", db, "--json"});
        QVERIFY2(trained.exitCode == 0, trained.err.constData());
        const QString model = QString::number(json(trained)["version_id"].toInt());

        // One row: per column, with the file's own value; base + sum = output for every class.
        const Run row = cli({"explain", "--model", model, path("fitness/site_1.csv"), "--row", "4",
                             "--background", "20", "--db", db, "--json"});
        QVERIFY2(row.exitCode == 0, row.err.constData());
        const QJsonObject e = json(row);
        QCOMPARE(e["method"].toString(), QStringLiteral("exact"));
        const QJsonArray columns = e["columns"].toArray();
        QCOMPARE(columns.size(), 9); // the fitness features: gender is one column, not one-hot
        QCOMPARE(columns.at(1)["name"].toString(), QStringLiteral("gender"));
        QVERIFY(!columns.at(1)["value"].toString().isEmpty());
        const QJsonArray output = e["output"].toArray();
        for (int k = 0; k < output.size(); ++k)
        {
            double sum = e["base_value"].toArray().at(k).toDouble();
            for (const QJsonValue &column : columns)
                sum += column["shap"].toArray().at(k).toDouble();
            QVERIFY2(std::abs(sum - output.at(k).toDouble()) < 1e-5,
                     qPrintable(QString::number(k)));
        }
        QVERIFY(e["class_names"].toArray().contains(e["prediction"]));

        // Every row: a CSV with a header and one line per data row.
        const Run all = cli({"explain", "--model", model, path("fitness/site_1.csv"), "--all",
                             "--background", "10", "--db", db, "--out", path("shap.csv")});
        QVERIFY2(all.exitCode == 0, all.err.constData());
        QFile shap(path("shap.csv"));
        QVERIFY(shap.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = shap.readAll().trimmed().split('\n');
        QVERIFY(lines.first().startsWith("row,predicted,class,shap_age,shap_gender"));
        QFile site(path("fitness/site_1.csv"));
        QVERIFY(site.open(QIODevice::ReadOnly));
        QCOMPARE(lines.size(), site.readAll().trimmed().split('\n').size());

        // Bad input is exit status 2 with a reason.
        const Run past = cli({"explain", "--model", model, path("fitness/site_1.csv"), "--row",
                              "100000", "--db", db});
        QCOMPARE(past.exitCode, 2);
        QVERIFY(past.err.contains("past the end"));
        const Run both = cli({"explain", "--model", model, path("fitness/site_1.csv"), "--db", db});
        QCOMPARE(both.exitCode, 2);
    }

    void badFileExitsWithTwoAndALocatedReport()
    {
        QFile file(path("bad.csv"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("age,steps,label\n31,5000,a\n32,lots,b\n33,6000,a\n");
        file.close();
        const Run run =
            cli({"train", path("bad.csv"), "--target", "label", "--db", path("bad.db")});
        QCOMPARE(run.exitCode, 2);
        const QString report = QString::fromUtf8(run.err);
        QVERIFY2(report.contains(path("bad.csv") + ":3:steps: error:"), run.err.constData());
        QVERIFY2(report.contains("'lots'"), run.err.constData());

        QFile ragged(path("ragged.csv"));
        QVERIFY(ragged.open(QIODevice::WriteOnly));
        ragged.write("age,steps,label\n31,5000,a\n32,6000\n");
        ragged.close();
        const Run raggedRun = cli({"inspect", path("ragged.csv"), "--json"});
        QCOMPARE(raggedRun.exitCode, 2);
        QVERIFY2(QString::fromUtf8(raggedRun.err)
                     .contains(path("ragged.csv") + ":3: error: row has 2 fields"),
                 raggedRun.err.constData());
        QCOMPARE(json(raggedRun)["ok"].toBool(true), false);
        // Nothing is stored for a rejected file.
        const Run listed = cli({"versions", "--db", path("bad.db"), "--json"});
        QCOMPARE(json(listed)["versions"].toArray().size(), 0);
    }

    // Flags out of bounds are refused before anything is read or stored, naming the flag and
    // the bounds (they used to abort with std::bad_alloc or allocate gigabytes).
    void settingsOutOfBoundsAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        const QStringList train = {"train", path("fitness/test.csv"), "--target", "workout_type",
                                   "--db",  path("bounds.db")};
        const QStringList hub = {"hub",          "--features", path("fitness/test.csv"), "--target",
                                 "workout_type", "--db",       path("bounds.db")};
        QTest::newRow("train --batch 2^31-1")
            << train + QStringList{"--batch", "2147483647"}
            << "--batch: '2147483647' is out of bounds: use a whole number from 1 to 65536";
        QTest::newRow("train --hidden 40000,40000")
            << train + QStringList{"--hidden", "40000,40000"}
            << "--hidden: '40000' is out of bounds: use a whole number from 1 to 4096";
        QTest::newRow("train nine layers") << train + QStringList{"--hidden", "8,8,8,8,8,8,8,8,8"}
                                           << "--hidden has 9 widths; a model has at most 8";
        QTest::newRow("train --lr nan")
            << train + QStringList{"--lr", "nan"} << "--lr: 'nan' is out of bounds";
        QTest::newRow("train --epochs 100000")
            << train + QStringList{"--epochs", "100000"} << "from 1 to 10000";
        QTest::newRow("train --dropout 1")
            << train + QStringList{"--dropout", "1"} << "dropout 1 is out of bounds";
        QTest::newRow("hub --batch 2^31-1")
            << hub + QStringList{"--batch", "2147483647"}
            << "--batch: '2147483647' is out of bounds: use a whole number from 1 to 65536";
        QTest::newRow("hub --hidden 40000,40000")
            << hub + QStringList{"--hidden", "40000,40000"} << "--hidden: '40000' is out of bounds";
        QTest::newRow("hub --lr 1e30")
            << hub + QStringList{"--lr", "1e30"} << "use a number above 0 and at most 10";
    }
    void settingsOutOfBoundsAreRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(expected), run.err.constData());
        QVERIFY(!QFile::exists(path("bounds.db")));
    }

    // A batch larger than the file's rows trains on batches of the rows.
    void batchLargerThanTheRowsTrains()
    {
        const Run run =
            cli({"train", path("fitness/test.csv"), "--target", "workout_type", "--batch", "65536",
                 "--epochs", "2", "--db", path("batch.db"), "--json"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject result = json(run);
        QCOMPARE(result["batch_rows"].toInt(), result["rows"].toObject()["train"].toInt());
        QVERIFY(result["batch_rows"].toInt() > 0);
    }

    // A column whose values overflow when squared, in 5% of the rows: inspect shows finite
    // figures, train reports the column and rows, clips the values and trains (it used to
    // abort with "a predicted probability is not finite").
    void valuesTooLargeToSquareAreReportedAndClipped()
    {
        QFile source(path("fitness/test.csv"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = source.readAll().trimmed().split('\n');
        const int column = int(lines.first().split(',').indexOf("steps_per_day"));
        QVERIFY(column >= 0);
        int changed = 0;
        for (int i = 1; i < lines.size(); i += 20, ++changed)
        {
            QList<QByteArray> cells = lines[i].split(',');
            cells[column] = i % 40 == 1 ? "4.6e+299" : "1.5e+155";
            lines[i] = cells.join(',');
        }
        QFile huge(path("huge.csv"));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        huge.write(lines.join('\n') + '\n');
        huge.close();

        const Run inspected = cli({"inspect", path("huge.csv"), "--target", "workout_type"});
        QCOMPARE(inspected.exitCode, 0);
        QVERIFY2(!inspected.out.contains("inf"), inspected.out.constData());
        QVERIFY2(inspected.out.contains("4.6e+299"), inspected.out.constData());
        QVERIFY2(!inspected.out.contains("000000000000000000000"), inspected.out.constData());

        const Run trained = cli({"train", path("huge.csv"), "--target", "workout_type", "--epochs",
                                 "20", "--db", path("huge.db"), "--json"});
        QVERIFY2(trained.exitCode == 0, trained.err.constData());
        const QString report = QString::fromUtf8(trained.err);
        QVERIFY2(report.contains(path("huge.csv")
                                 + ":2:steps_per_day: warning: " + QString::number(changed)
                                 + " value(s) beyond +-1e+100 (line 2 "
                                   "4.6e+299, line 22 1.5e+155, line 42 4.6e+299, ...)"),
                 trained.err.constData());
        const QJsonObject metrics = json(trained)["metrics"].toObject();
        QVERIFY(std::isfinite(metrics["accuracy"].toDouble()));
        QVERIFY(metrics["accuracy"].toDouble() > metrics["baseline_accuracy"].toDouble());
    }

    // Reading commands create nothing: no folder, no empty registry (versions used to create
    // both and report "No model versions").
    void readingCommandsCreateNothing()
    {
        const QString missing = path("nowhere/sub/registry.db");
        const Run listed = cli({"versions", "--db", missing});
        QCOMPARE(listed.exitCode, 2);
        QVERIFY2(listed.err.contains("no registry at " + missing.toUtf8()), listed.err.constData());
        const Run evaluated =
            cli({"evaluate", "--model", "1", path("fitness/test.csv"), "--db", missing});
        QCOMPARE(evaluated.exitCode, 2);
        QVERIFY2(evaluated.err.contains("no registry at"), evaluated.err.constData());
        QVERIFY(!QFileInfo::exists(path("nowhere")));
    }

    // 4 KB of garbage in the middle of a registry: train refuses it, naming the file, and
    // writes nothing (it used to add a version to it).
    void damagedRegistryIsRefusedBeforeTraining()
    {
        const QString db = path("damaged.db");
        for (int i = 0; i < 2; ++i)
        {
            const Run trained = cli({"train", path("fitness/test.csv"), "--target", "workout_type",
                                     "--epochs", "1", "--hidden", "256,128", "--db", db});
            QVERIFY2(trained.exitCode == 0, trained.err.constData());
        }
        QFile file(db);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() / 2 / 4096 * 4096));
        QByteArray garbage(4096, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = static_cast<char>((i * 167 + 13) % 256);
        QCOMPARE(file.write(garbage), qint64(4096));
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();

        const Run refused = cli({"train", path("fitness/test.csv"), "--target", "workout_type",
                                 "--epochs", "1", "--db", db});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(db.toUtf8() + ": the database file is damaged"),
                 refused.err.constData());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll() == before);
    }

    // A registry whose file and folder are read-only can be listed and used for predictions;
    // train into it fails with a reason and changes nothing. Run as another user when root.
    void readOnlyRegistryCanBeRead()
    {
        const QString db = path("locked/registry.db");
        QVERIFY(QDir().mkpath(path("locked")));
        const Run trained = cli({"train", path("fitness/test.csv"), "--target", "workout_type",
                                 "--epochs", "2", "--db", db, "--json"});
        QVERIFY2(trained.exitCode == 0, trained.err.constData());
        const QString model = QString::number(json(trained)["version_id"].toInt());

        QString program = QStringLiteral(COHORT_CLI_PATH);
        QStringList prefix;
        if (::geteuid() == 0)
        {
            // Root ignores permissions: run cohort-cli as nobody, who may enter the folder.
            program = QStandardPaths::findExecutable("setpriv");
            if (program.isEmpty())
                QSKIP("running as root without setpriv: cannot drop to another user");
            prefix = {"--reuid=65534", "--regid=65534", "--clear-groups",
                      QStringLiteral(COHORT_CLI_PATH)};
            QVERIFY(QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner
                                                            | QFile::ExeOwner | QFile::ReadOther
                                                            | QFile::ExeOther));
        }
        const auto readOnly = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
        const auto restore = qScopeGuard(
            [&]
            {
                QFile::setPermissions(path("locked"),
                                      readOnly | QFile::WriteOwner | QFile::ExeOwner);
                QFile::setPermissions(m_dir.path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            });
        QVERIFY(QFile::setPermissions(db, readOnly));
        QVERIFY(QFile::setPermissions(path("locked"), readOnly | QFile::ExeOwner | QFile::ExeGroup
                                                          | QFile::ExeOther));
        QFile file(db);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();

        const Run listed = run(program, prefix + QStringList{"versions", "--db", db, "--json"});
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        QCOMPARE(json(listed)["versions"].toArray().size(), 1);
        const Run predicted =
            run(program, prefix
                             + QStringList{"predict", "--model", model, path("fitness/site_1.csv"),
                                           "--db", db});
        QVERIFY2(predicted.exitCode == 0, predicted.err.constData());
        QVERIFY(predicted.out.startsWith("row,predicted_workout_type"));
        const Run refused =
            run(program, prefix
                             + QStringList{"train", path("fitness/test.csv"), "--target",
                                           "workout_type", "--epochs", "1", "--db", db});
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains(db.toUtf8() + ": attempt to write a readonly database"),
                 refused.err.constData());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll() == before);
    }

    // A file with old Mac line endings (CR only) reads like the same file with LF.
    void crLineEndingsAreRead()
    {
        QFile source(path("fitness/test.csv"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray text = source.readAll();
        QFile cr(path("cr.csv"));
        QVERIFY(cr.open(QIODevice::WriteOnly));
        cr.write(text.replace('\n', '\r'));
        cr.close();
        const Run lf =
            cli({"inspect", path("fitness/test.csv"), "--target", "workout_type", "--json"});
        const Run inspected =
            cli({"inspect", path("cr.csv"), "--target", "workout_type", "--json"});
        QVERIFY2(inspected.exitCode == 0, inspected.err.constData());
        const QJsonObject schema = json(inspected)["schema"].toObject();
        QCOMPARE(schema["rows"].toInt(), json(lf)["schema"].toObject()["rows"].toInt());
        QCOMPARE(schema["columns"].toArray().size(), 10);
        QCOMPARE(schema["class_names"].toArray().size(), 5);
    }

    // A one-column file is refused from its header: the ragged row further down is never read.
    void oneColumnFileIsRefusedFromTheHeader()
    {
        QFile file(path("one_column.csv"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("value\n1\n2,3\n");
        for (int i = 0; i < 100000; ++i)
            file.write(QByteArray::number(i * 7919 % 100003) + '\n');
        file.close();
        const Run run = cli(
            {"train", path("one_column.csv"), "--target", "value", "--db", path("one_column.db")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(path("one_column.csv").toUtf8()
                                  + ":1: error: the file has 1 column(s); at least 2 are needed"),
                 run.err.constData());
        QVERIFY2(!run.err.contains("fields"), run.err.constData());
    }

    void unknownModelIsBadInput()
    {
        const Run run =
            cli({"evaluate", "--model", "999", path("fitness/test.csv"), "--db", path("empty.db")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }

    void usageErrorIsBadInput()
    {
        const Run run = cli({"train", "--epochs", "3"});
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "cli_test.moc"
