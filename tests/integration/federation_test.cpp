// A hub federation as users run it: real cohort-cli hub and site processes on 127.0.0.1 with
// the fitness domain. FedAvg lands within 5 points of centralized training on the pooled
// rows; a killed site does not stop the rounds; a killed hub resumes from its last version;
// sites kept waiting longer than the idle timeout for the last one stay connected; a wrong
// join code and a file that lacks a column are refused with a clear message.
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "cli_processes.h"

#include <cmath>
#include <utility>

namespace
{

constexpr int kWaitMs = CliProcesses::kWaitMs;

// A link closes a peer that sent nothing for ConnectionLimits::idleTimeout (60 s by default; no
// cohort-cli flag changes it). The late site of the test below comes this long after the first
// two, 50% past that timeout, so only heartbeats keep the first two sites' links open.
constexpr qint64 kIdleTimeoutMs = 60000;
constexpr qint64 kLateSiteMs = kIdleTimeoutMs * 3 / 2;

} // namespace

class FederationTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CliProcesses m_children;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QProcess *launch(const QStringList &arguments) { return m_children.launch(arguments); }

    static QJsonObject runJson(const QStringList &arguments, int *exitCode = nullptr)
    {
        return CliProcesses::runJson(arguments, exitCode);
    }

    static quint16 freePort() { return CliProcesses::freePort(); }

    QStringList hubArguments(const QString &db, int rounds, int minSites, quint16 port,
                             const QStringList &extra = {})
    {
        return QStringList{"hub",
                           "--features",
                           path("fitness/test.csv"),
                           "--target",
                           "workout_type",
                           "--rounds",
                           QString::number(rounds),
                           "--min-sites",
                           QString::number(minSites),
                           "--deadline",
                           "60",
                           "--db",
                           db,
                           "--port",
                           QString::number(port),
                           "--port-file",
                           db + ".port",
                           "--json"}
               + extra;
    }

    quint16 waitForPort(const QString &db)
    {
        QFile file(db + ".port");
        QDeadlineTimer deadline(30000);
        while (!(file.exists() && file.size() > 0) && !deadline.hasExpired())
            QTest::qWait(50);
        if (!file.open(QIODevice::ReadOnly))
            return 0; // the callers' connections then fail and their checks say so
        return static_cast<quint16>(file.readAll().trimmed().toUInt());
    }

    QProcess *launchSite(quint16 port, int site, const QStringList &extra = {})
    {
        return launch(QStringList{"site", "--hub", QStringLiteral("127.0.0.1:%1").arg(port),
                                  "--csv", path(QStringLiteral("fitness/site_%1.csv").arg(site)),
                                  "--name", QStringLiteral("site%1").arg(site)}
                      + extra);
    }

    double testAccuracy(const QString &db, int versionId)
    {
        const QJsonObject result = runJson({"evaluate", "--model", QString::number(versionId),
                                            path("fitness/test.csv"), "--db", db, "--json"});
        return result["metrics"].toObject()["accuracy"].toDouble(-1.0);
    }

    QJsonArray versions(const QString &db)
    {
        return runJson({"versions", "--db", db, "--json"})["versions"].toArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        int exitCode = -1;
        runJson(
            {"generate", "--domain", "fitness", "--sites", "4", "--out", path("fitness"), "--json"},
            &exitCode);
        QCOMPARE(exitCode, 0);
        // The centralized reference: one model on the pooled rows of the four sites.
        QFile pooled(path("pooled.csv"));
        QVERIFY(pooled.open(QIODevice::WriteOnly));
        for (int site = 1; site <= 4; ++site)
        {
            QFile part(path(QStringLiteral("fitness/site_%1.csv").arg(site)));
            QVERIFY(part.open(QIODevice::ReadOnly));
            const QByteArray header = part.readLine();
            if (site == 1)
                pooled.write(header);
            pooled.write(part.readAll());
        }
    }

    void cleanup() { m_children.killAll(); }

    void fedAvgComesWithinFivePointsOfCentralized()
    {
        const QString db = path("fedavg.db");
        QProcess *hub = launch(hubArguments(db, 25, 4, 0));
        const quint16 port = waitForPort(db);
        for (int site = 1; site <= 4; ++site)
            launchSite(port, site);
        QVERIFY(hub->waitForFinished(kWaitMs));
        QVERIFY2(hub->exitCode() == 0, hub->readAllStandardError().right(2000).constData());
        const QList<QByteArray> rounds = hub->readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(rounds.size(), 25);
        const QJsonObject last = QJsonDocument::fromJson(rounds.last()).object();
        QCOMPARE(last["round"].toInt(), 25);
        QCOMPARE(last["answered"].toArray().size(), 4);

        const QJsonArray stored = versions(db);
        QCOMPARE(stored.size(), 25);
        QCOMPARE(stored.at(0)["origin"].toString(), QStringLiteral("federated"));
        QCOMPARE(stored.at(0)["round"].toInt(), 25);
        QCOMPARE(stored.at(0)["parent_id"].toInt(), stored.at(1)["id"].toInt());

        const double federated = testAccuracy(db, stored.at(0)["id"].toInt());
        int exitCode = -1;
        const QJsonObject central = runJson({"train", path("pooled.csv"), "--target",
                                             "workout_type", "--db", path("central.db"), "--json"},
                                            &exitCode);
        QCOMPARE(exitCode, 0);
        const double centralized = testAccuracy(path("central.db"), central["version_id"].toInt());
        qInfo("held-out accuracy: federated %.3f, centralized %.3f", federated, centralized);
        QVERIFY(centralized > 0.5);
        QVERIFY2(federated >= centralized - 0.05,
                 qPrintable(QStringLiteral("%1 vs %2").arg(federated).arg(centralized)));
    }

    void aKilledSiteDoesNotStopTheRounds()
    {
        const QString db = path("killed-site.db");
        QProcess *hub = launch(hubArguments(db, 150, 2, 0, {"--epochs", "20"}));
        const quint16 port = waitForPort(db);
        QProcess *victim = launchSite(port, 1);
        launchSite(port, 2);
        launchSite(port, 3);
        // Once a few rounds are stored, kill one site without warning.
        QTRY_VERIFY_WITH_TIMEOUT(versions(db).size() >= 3, kWaitMs);
        victim->kill();
        QVERIFY(hub->waitForFinished(kWaitMs));
        QCOMPARE(hub->exitCode(), 0);
        const QJsonArray stored = versions(db);
        QCOMPARE(stored.at(0)["round"].toInt(), 150);
        const QString log = QString::fromUtf8(hub->readAllStandardError());
        QVERIFY2(log.contains("site1 left"), qPrintable(log.right(2000)));
    }

    void aRestartedHubResumesFromItsLastVersion()
    {
        const QString db = path("restart.db");
        const quint16 port = freePort();
        QProcess *hub = launch(hubArguments(db, 150, 2, port, {"--epochs", "20"}));
        QCOMPARE(waitForPort(db), port);
        launchSite(port, 1);
        launchSite(port, 2);
        QTRY_VERIFY_WITH_TIMEOUT(versions(db).size() >= 3, kWaitMs);
        hub->kill();
        QVERIFY(hub->waitForFinished(10000));
        const int storedBefore = versions(db).size();
        QFile::remove(db + ".port");
        // Same database, run and port: the sites reconnect and the rounds carry on.
        QProcess *again = launch(hubArguments(db, 150, 2, port, {"--epochs", "20"}));
        QVERIFY(again->waitForFinished(kWaitMs));
        const QString log = QString::fromUtf8(again->readAllStandardError());
        QVERIFY2(again->exitCode() == 0, qPrintable(log.right(2000)));
        QVERIFY2(
            log.contains(QStringLiteral("resuming federation after round %1").arg(storedBefore)),
            qPrintable(log.left(2000)));
        const QJsonArray stored = versions(db);
        QCOMPARE(stored.size(), 150); // every round once: none lost, none repeated
        for (int i = 0; i + 1 < stored.size(); ++i)
        {
            QCOMPARE(stored.at(i)["round"].toInt(), 150 - i);
            QCOMPARE(stored.at(i)["parent_id"].toInt(), stored.at(i + 1)["id"].toInt());
        }
    }

    void sitesWaitingLongerThanTheIdleTimeoutStayConnected()
    {
        const QString db = path("late-site.db");
        QProcess *hub = launch(hubArguments(db, 2, 3, 0, {"--epochs", "1"}));
        const quint16 port = waitForPort(db);
        QVERIFY(port != 0);
        QProcess *first = launchSite(port, 1);
        QProcess *second = launchSite(port, 2);
        QByteArray hubLog;
        QVERIFY2(CliProcesses::waitForStderr(hub, "hub: site1 joined from", hubLog),
                 hubLog.constData());
        QVERIFY2(CliProcesses::waitForStderr(hub, "hub: site2 joined from", hubLog),
                 hubLog.constData());

        // Both links are up and the hub has asked for statistics; it now waits for a third
        // site, and nothing but heartbeats crosses either link. Every pipe keeps being read
        // during the wait, so that no child blocks on a full one.
        QByteArray firstLog;
        QByteArray secondLog;
        const auto drain = [&]
        {
            hubLog += hub->readAllStandardError();
            firstLog += first->readAllStandardError();
            secondLog += second->readAllStandardError();
        };
        QElapsedTimer waiting;
        waiting.start();
        while (waiting.elapsed() < kLateSiteMs && hub->state() == QProcess::Running
               && first->state() == QProcess::Running && second->state() == QProcess::Running)
        {
            QTest::qWait(500);
            drain();
        }
        drain();
        QVERIFY2(hub->state() == QProcess::Running, hubLog.right(2000).constData());
        QVERIFY2(first->state() == QProcess::Running, firstLog.right(2000).constData());
        QVERIFY2(second->state() == QProcess::Running, secondLog.right(2000).constData());
        // Past the idle timeout, no link has closed: nobody left, nobody reconnected.
        QVERIFY2(!hubLog.contains(" left: "), hubLog.right(2000).constData());
        QVERIFY2(!firstLog.contains("reconnecting in"), firstLog.right(2000).constData());
        QVERIFY2(!secondLog.contains("reconnecting in"), secondLog.right(2000).constData());

        QProcess *third = launchSite(port, 3);
        QVERIFY(hub->waitForFinished(kWaitMs));
        drain();
        QVERIFY2(hub->exitStatus() == QProcess::NormalExit && hub->exitCode() == 0,
                 hubLog.right(2000).constData());
        const QList<QByteArray> rounds = hub->readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(rounds.size(), 2);
        for (int i = 0; i < rounds.size(); ++i)
        {
            const QJsonObject round = QJsonDocument::fromJson(rounds.at(i)).object();
            QCOMPARE(round["round"].toInt(), i + 1);
            QCOMPARE(round["answered"].toArray().size(), 3);
            QVERIFY2(round["dropped"].toArray().isEmpty(), rounds.at(i).constData());
        }
        QCOMPARE(versions(db).size(), 2);

        QByteArray thirdLog;
        const std::pair<QProcess *, QByteArray *> sites[] = {
            {first, &firstLog}, {second, &secondLog}, {third, &thirdLog}};
        for (const auto &[site, log] : sites)
        {
            QByteArray &seen = *log;
            QVERIFY(site->waitForFinished(60000));
            seen += site->readAllStandardError();
            QVERIFY2(site->exitStatus() == QProcess::NormalExit && site->exitCode() == 0,
                     seen.right(2000).constData());
            QVERIFY2(seen.contains("the federation finished"), seen.right(2000).constData());
            // One connection from start to end: no reconnect, no closed link.
            QVERIFY2(!seen.contains("reconnecting in"), seen.constData());
            QVERIFY2(!seen.contains("connection closed"), seen.constData());
            QCOMPARE(seen.count("connected to the hub at"), 1);
        }
        // Each site joined once and never left until the hub said goodbye.
        QVERIFY2(!hubLog.contains(" left: "), hubLog.constData());
        for (const char *joined :
             {"hub: site1 joined from", "hub: site2 joined from", "hub: site3 joined from"})
            QVERIFY2(hubLog.count(joined) == 1, hubLog.constData());
    }

    void theDemoComparesFederatedCentralizedAndLocal()
    {
        int exitCode = -1;
        const QJsonObject demo = runJson({"demo", "--domain", "vitals", "--sites", "3", "--rounds",
                                          "5", "--out", path("demo"), "--json"},
                                         &exitCode);
        QCOMPARE(exitCode, 0);
        const QJsonObject vitals = demo["domains"].toArray().at(0).toObject();
        QCOMPARE(vitals["domain"].toString(), QStringLiteral("vitals"));
        QCOMPARE(vitals["rounds"].toArray().size(), 5);
        QCOMPARE(vitals["rounds"].toArray().at(4)["answered"].toInt(), 3);
        QVERIFY(vitals["federated_accuracy"].toDouble() > 0.5);
        QVERIFY(vitals["centralized_accuracy"].toDouble() > 0.5);
        QCOMPARE(vitals["local_accuracy"].toArray().size(), 3);
        // Every federated round is a stored version next to the centralized and local ones.
        const QJsonArray stored = versions(demo["db"].toString());
        const auto federated = std::count_if(stored.begin(), stored.end(),
                                             [](const QJsonValue &v)
                                             { return v["origin"].toString() == "federated"; });
        QCOMPARE(int(federated), 5);
    }

    void theDemoRunsPeerToPeer()
    {
        int exitCode = -1;
        const QJsonObject demo = runJson({"demo", "--domain", "fitness", "--sites", "3", "--rounds",
                                          "5", "--p2p", "--out", path("demo-p2p"), "--json"},
                                         &exitCode);
        QCOMPARE(exitCode, 0);
        const QJsonObject fitness = demo["domains"].toArray().at(0).toObject();
        QCOMPARE(fitness["rounds"].toArray().size(), 5);
        QCOMPARE(fitness["rounds"].toArray().at(4)["answered"].toInt(), 3); // itself and 2 peers
        // Five rounds of gossip already beat always answering one of five workout types.
        QVERIFY(fitness["federated_accuracy"].toDouble() > 0.3);
    }

    void aHubCanRunFromASchemaFile()
    {
        int exitCode = -1;
        runJson({"inspect", path("fitness/test.csv"), "--target", "workout_type",
                 "--federation-schema", path("federation.json"), "--json"},
                &exitCode);
        QCOMPARE(exitCode, 0);
        const QString db = path("schema-file.db");
        QProcess *hub = launch({"hub", "--schema", path("federation.json"), "--rounds", "2",
                                "--min-sites", "1", "--db", db, "--port-file", db + ".port"});
        const quint16 port = waitForPort(db);
        QProcess *site = launchSite(port, 3, {"--db", path("site3.db")});
        QVERIFY(hub->waitForFinished(kWaitMs));
        QCOMPARE(hub->exitCode(), 0);
        QCOMPARE(versions(db).size(), 2);
        // The site keeps the final global model and can use it on its own.
        QVERIFY(site->waitForFinished(60000));
        QCOMPARE(site->exitCode(), 0);
        const QJsonArray kept = versions(path("site3.db"));
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.at(0)["origin"].toString(), QStringLiteral("federated"));
        QCOMPARE(kept.at(0)["round"].toInt(), 2);
        QVERIFY(testAccuracy(path("site3.db"), kept.at(0)["id"].toInt()) > 0.0);
    }

    void aWrongJoinCodeIsRefused()
    {
        const QString db = path("join.db");
        launch(hubArguments(db, 1, 1, 0, {"--join-code", "right"}));
        const quint16 port = waitForPort(db);
        QProcess *site = launchSite(port, 1, {"--join-code", "wrong"});
        QVERIFY(site->waitForFinished(60000));
        QCOMPARE(site->exitCode(), 2);
        QVERIFY(site->readAllStandardError().contains("join code"));
    }

    void aFileWithoutAFederationColumnIsRefused()
    {
        QFile original(path("fitness/site_2.csv"));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QFile trimmed(path("no-sleep.csv"));
        QVERIFY(trimmed.open(QIODevice::WriteOnly));
        // Drop the sleep_hours column (the 9th) from every row.
        for (const QByteArray &line : original.readAll().trimmed().split('\n'))
        {
            QList<QByteArray> fields = line.split(',');
            fields.removeAt(8);
            trimmed.write(fields.join(',') + '\n');
        }
        trimmed.close();
        const QString db = path("schema.db");
        launch(hubArguments(db, 1, 1, 0));
        const quint16 port = waitForPort(db);
        QProcess *site = launch({"site", "--hub", QStringLiteral("127.0.0.1:%1").arg(port), "--csv",
                                 path("no-sleep.csv"), "--name", "lacking"});
        QVERIFY(site->waitForFinished(60000));
        QCOMPARE(site->exitCode(), 2);
        const QByteArray errors = site->readAllStandardError();
        QVERIFY2(errors.contains("sleep_hours"), errors.constData());
    }
};

QTEST_GUILESS_MAIN(FederationTest)
#include "federation_test.moc"
