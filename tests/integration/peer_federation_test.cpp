// Peer-to-peer federations as users run them: real cohort-cli peer processes on 127.0.0.1 with
// the fitness domain. Four peers on a full mesh reach consensus; a peer that joins a running
// federation catches up from a neighbour; a peer that leaves does not stop the others; peers
// find each other by UDP multicast when asked to.
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cmath>
#include <vector>

#include "cli_processes.h"

namespace
{

using Model = std::vector<double>;

// The largest Euclidean distance between any two models.
double largestDistance(const std::vector<Model> &models)
{
    double largest = 0.0;
    for (std::size_t a = 0; a < models.size(); ++a)
    {
        for (std::size_t b = a + 1; b < models.size(); ++b)
        {
            if (models[a].size() != models[b].size())
                return INFINITY;
            double squares = 0.0;
            for (std::size_t k = 0; k < models[a].size(); ++k)
                squares += std::pow(models[a][k] - models[b][k], 2);
            largest = std::max(largest, std::sqrt(squares));
        }
    }
    return largest;
}

} // namespace

class PeerFederationTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CliProcesses m_children;

    QString csv(int site) const
    {
        return m_dir.filePath(QStringLiteral("fitness/site_%1.csv").arg(site));
    }

    static QString address(quint16 port) { return QStringLiteral("127.0.0.1:%1").arg(port); }

    // A peer on site `site`'s rows, named peer<site>, with its --json result on stdout.
    QProcess *launchPeer(int site, quint16 port, const QStringList &neighbours,
                         const QStringList &extra)
    {
        QStringList arguments{"peer",         "--listen", QString::number(port),
                              "--csv",        csv(site),  "--target",
                              "workout_type", "--name",   QStringLiteral("peer%1").arg(site),
                              "--json"};
        if (!neighbours.isEmpty())
            arguments << "--peers" << neighbours.join(',');
        return m_children.launch(arguments + extra);
    }

    // Waits for a peer to finish and returns its result; failures become test failures.
    static QJsonObject finished(QProcess *peer)
    {
        if (!peer->waitForFinished(CliProcesses::kWaitMs))
            return {};
        const QByteArray out = peer->readAllStandardOutput();
        if (peer->exitCode() != 0)
            qWarning("peer failed: %s", peer->readAllStandardError().right(2000).constData());
        return QJsonDocument::fromJson(out).object();
    }

    static Model parameters(const QJsonObject &result)
    {
        Model model;
        for (const QJsonValue &value : result["parameters"].toArray())
            model.push_back(value.toDouble());
        return model;
    }

    // Rounds slow enough (0.25 s) that a test can act while the federation runs.
    static QStringList pacedRounds(int rounds)
    {
        return {"--rounds", QString::number(rounds), "--epochs",
                "1",        "--min-round-seconds",   "0.25"};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        int exitCode = -1;
        CliProcesses::runJson({"generate", "--domain", "fitness", "--sites", "4", "--out",
                               m_dir.filePath("fitness"), "--json"},
                              &exitCode);
        QCOMPARE(exitCode, 0);
    }

    void cleanup() { m_children.killAll(); }

    void fourPeersReachConsensusWithoutAHub()
    {
        std::vector<quint16> ports;
        for (int i = 0; i < 4; ++i)
            ports.push_back(CliProcesses::freePort());
        std::vector<QProcess *> peers;
        for (int i = 0; i < 4; ++i)
        {
            QStringList neighbours;
            for (int j = 0; j < 4; ++j)
            {
                if (j != i)
                    neighbours << address(ports[static_cast<std::size_t>(j)]);
            }
            peers.push_back(launchPeer(i + 1, ports[static_cast<std::size_t>(i)], neighbours,
                                       {"--rounds", "10"}));
        }
        std::vector<Model> models;
        for (QProcess *peer : peers)
        {
            const QJsonObject result = finished(peer);
            QCOMPARE(result["rounds"].toInt(), 10);
            // Every round mixed the models of all three neighbours.
            for (const QJsonValue &heard : result["neighbours_heard"].toArray())
                QCOMPARE(heard.toInt(), 3);
            models.push_back(parameters(result));
            QVERIFY(!models.back().empty());
        }
        // On a full mesh, Metropolis-Hastings mixing is the exact average every round, so the
        // peers end on the same model up to the order of floating-point sums.
        const double largest = largestDistance(models);
        qInfo("largest distance between peers' final models: %g", largest);
        QVERIFY(largest < 1e-3);
    }

    void aLateJoiningPeerCatchesUpFromANeighbour()
    {
        const quint16 a = CliProcesses::freePort();
        const quint16 b = CliProcesses::freePort();
        const quint16 c = CliProcesses::freePort();
        QProcess *first = launchPeer(1, a, {address(b)}, pacedRounds(60));
        QProcess *second = launchPeer(2, b, {address(a)}, pacedRounds(60));
        QByteArray seen;
        QVERIFY(CliProcesses::waitForStderr(first, "round 3 done", seen));
        QProcess *late = launchPeer(3, c, {address(a), address(b)}, pacedRounds(60));

        const QJsonObject lateResult = finished(late);
        const QJsonObject firstResult = finished(first);
        const QJsonObject secondResult = finished(second);
        for (const QJsonObject &result : {firstResult, secondResult, lateResult})
            QVERIFY2(result["ok"].toBool(), "a peer did not finish its rounds");
        const int firstRound = lateResult["first_round"].toInt();
        qInfo("the late peer joined at round %d from %s", firstRound,
              qPrintable(lateResult["caught_up_from"].toString()));
        QVERIFY(firstRound > 3);
        QVERIFY(lateResult["caught_up_from"].toString().startsWith("peer"));
        QCOMPARE(lateResult["rounds"].toInt(), 60 - firstRound + 1);
        // From the late peer's first round on, the running peers mixed two models, not one.
        const QJsonArray heard = firstResult["neighbours_heard"].toArray();
        QCOMPARE(heard.first().toInt(), 1);
        QCOMPARE(heard.last().toInt(), 2);
        const double largest = largestDistance(
            {parameters(firstResult), parameters(secondResult), parameters(lateResult)});
        qInfo("largest distance between the three final models: %g", largest);
        QVERIFY(largest < 1e-3);
    }

    void aLeavingPeerDoesNotStopTheOthers()
    {
        const quint16 a = CliProcesses::freePort();
        const quint16 b = CliProcesses::freePort();
        const quint16 c = CliProcesses::freePort();
        QProcess *first = launchPeer(1, a, {address(b), address(c)}, pacedRounds(20));
        QProcess *second = launchPeer(2, b, {address(a), address(c)}, pacedRounds(20));
        QProcess *leaving = launchPeer(3, c, {address(a), address(b)}, pacedRounds(20));
        QByteArray seen;
        QVERIFY(CliProcesses::waitForStderr(first, "round 3 done", seen));
        leaving->kill();

        const QJsonObject firstResult = finished(first);
        const QJsonObject secondResult = finished(second);
        for (const QJsonObject &result : {firstResult, secondResult})
        {
            QCOMPARE(result["rounds"].toInt(), 20);
            const QJsonArray heard = result["neighbours_heard"].toArray();
            QCOMPARE(heard.first().toInt(), 2);
            QCOMPARE(heard.last().toInt(), 1);
        }
        QVERIFY(largestDistance({parameters(firstResult), parameters(secondResult)}) < 1e-3);
    }

    void peersFindEachOtherByMulticast()
    {
        // A federation name of its own keeps this test apart from anything else announcing.
        const QString federation = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString udpPort = QString::number(40000 + QRandomGenerator::global()->bounded(20000));
        std::vector<QProcess *> peers;
        for (int site = 1; site <= 3; ++site)
            peers.push_back(
                launchPeer(site, CliProcesses::freePort(), {},
                           {"--discover", "--federation", federation, "--discovery-port", udpPort,
                            "--min-peers", "2", "--rounds", "5"}));
        std::vector<Model> models;
        for (QProcess *peer : peers)
        {
            const QJsonObject result = finished(peer);
            QCOMPARE(result["rounds"].toInt(), 5);
            for (const QJsonValue &heard : result["neighbours_heard"].toArray())
                QCOMPARE(heard.toInt(), 2);
            models.push_back(parameters(result));
        }
        QVERIFY(largestDistance(models) < 1e-3);
    }
};

QTEST_GUILESS_MAIN(PeerFederationTest)
#include "peer_federation_test.moc"
