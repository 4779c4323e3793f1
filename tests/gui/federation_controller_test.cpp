// The Federation page's controller on its own, with no window: a hosted hub and a joined site
// (two controllers in one process) run to the end and say so through their signals, driven by
// the services' events (the controller has no timer that polls them); a stop while the hub
// waits for sites, or while it is still starting, ends the run at once; two peers run their
// rounds; and destroying a controller mid-run returns. A finished run ends without a reconnect
// line, and a demo's site processes show their log as lines, not as the JSON they hand over.
#include <QCoreApplication>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "bridge/federation_controller.h"
#include "bridge/federation_views.h"
#include "data/synthetic_domains.h"
#include "store/model_registry.h"

using namespace cohort;
using ui::FederationState;

namespace
{

constexpr int kWaitMs = 120000; // every wait is bounded

// Follows a controller's states, as the page would.
struct StateLog
{
    explicit StateLog(app::FederationController &controller)
    {
        QObject::connect(&controller, &app::FederationController::stateChanged,
                         [this](FederationState state, const QString &text)
                         {
                             states.push_back(state);
                             lastText = text;
                         });
    }
    [[nodiscard]] bool ended() const
    {
        return !states.empty()
               && (states.back() == FederationState::Finished
                   || states.back() == FederationState::Failed);
    }
    std::vector<FederationState> states;
    QString lastText;
};

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

} // namespace

class FederationControllerTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    engine::GeneratedDomain m_domain;

    ui::HostSettings hostSettings(int rounds) const
    {
        ui::HostSettings settings;
        settings.port = 0;
        settings.rounds = rounds;
        settings.minSites = 1;
        settings.strategy = QStringLiteral("fedavg");
        settings.deadlineSeconds = 60.0;
        settings.featuresCsv = QString::fromStdString(m_domain.testFile);
        settings.target = QString::fromStdString(m_domain.target);
        return settings;
    }

private Q_SLOTS:
    void aJoinedSiteNotSampledSaysSo()
    {
        // A round the hub ran without this site: its row says so, not "training".
        net::SiteRound round;
        round.site = "clinic";
        round.round = 3;
        round.rounds = 5;
        QCOMPARE(app::siteViewOf(round).state, ui::SiteState::NotSampled);
        round.dropped = true;
        QCOMPARE(app::siteViewOf(round).state, ui::SiteState::Dropped);
        round.answered = true;
        QCOMPARE(app::siteViewOf(round).state, ui::SiteState::Answered);
        // Counts from the hub give the site the baseline and each class's recall.
        round.classNames = {"healthy", "sick"};
        round.baselineClass = 0;
        round.confusion = {{90, 0}, {8, 2}};
        const ui::RoundView view = app::roundViewOf(round);
        QCOMPARE(view.baselineAccuracy, 0.9);
        QCOMPARE(view.baselineClass, QStringLiteral("healthy"));
        QCOMPARE(view.classRecall, (QVector<double>{1.0, 0.2}));
        QCOMPARE(view.samples, qint64(100));
    }

    void initTestCase()
    {
        engine::SyntheticOptions synthetic;
        synthetic.domain = "fitness";
        synthetic.sites = 2;
        synthetic.minRowsPerSite = 80;
        synthetic.maxRowsPerSite = 100;
        m_domain = engine::generateSyntheticDomain(synthetic,
                                                   m_dir.filePath("fitness").toStdString())
                       .value();
    }

    void hubAndSiteRunToTheEnd()
    {
        app::FederationController hub(m_dir.filePath("hub.db"));
        hub.setListenAddress(QStringLiteral("127.0.0.1"));
        StateLog hubStates(hub);
        QSignalSpy started(&hub, &app::FederationController::hostStarted);
        QSignalSpy rounds(&hub, &app::FederationController::roundFinished);
        hub.host(hostSettings(2));
        QVERIFY(started.wait(kWaitMs));
        const QString address = started.at(0).at(0).toString();
        QVERIFY2(address.startsWith(QStringLiteral("127.0.0.1:")), qPrintable(address));

        app::FederationController site(m_dir.filePath("site.db"));
        StateLog siteStates(site);
        QSignalSpy siteRounds(&site, &app::FederationController::roundFinished);
        QList<ui::SiteView> siteRows;
        connect(&site, &app::FederationController::siteChanged,
                [&siteRows](const ui::SiteView &row) { siteRows << row; });
        QStringList siteTexts;
        connect(&site, &app::FederationController::stateChanged,
                [&siteTexts](FederationState, const QString &text) { siteTexts << text; });
        QStringList siteLog;
        connect(&site, &app::FederationController::logLine,
                [&siteLog](const QString &line) { siteLog << line; });
        ui::JoinSettings join;
        join.address = address;
        join.joinCode = started.at(0).at(1).toString();
        join.csvPath = QString::fromStdString(m_domain.siteFiles.at(0));
        join.siteName = QStringLiteral("clinic");
        site.join(join);

        QVERIFY(QTest::qWaitFor([&] { return hubStates.ended() && siteStates.ended(); },
                                kWaitMs));
        QCOMPARE(hubStates.states.back(), FederationState::Finished);
        QCOMPARE(siteStates.states.back(), FederationState::Finished);
        QCOMPARE(rounds.count(), 2);
        QVERIFY(!hub.isBusy());
        // Issue 11: the joined site sees the rounds (the federation's figures and its own
        // accuracy), its own row, and a status that says it is in.
        QCOMPARE(siteRounds.count(), 2);
        for (int i = 0; i < 2; ++i)
        {
            const auto view = siteRounds.at(i).at(0).value<ui::RoundView>();
            const auto hubView = rounds.at(i).at(0).value<ui::RoundView>();
            QCOMPARE(view.round, i + 1);
            QCOMPARE(view.answered, QStringList{QStringLiteral("clinic")});
            QCOMPARE(view.accuracy, hubView.accuracy);
            QCOMPARE(view.loss, hubView.loss);
            QVERIFY(view.siteAccuracy.contains(QStringLiteral("clinic")));
            QCOMPARE(view.siteAccuracy.value(QStringLiteral("clinic")),
                     hubView.siteAccuracy.value(QStringLiteral("clinic")));
            // The same honest figures as the hub: baseline, balanced accuracy, each class.
            QVERIFY(!qIsNaN(view.baselineAccuracy));
            QCOMPARE(view.baselineAccuracy, hubView.baselineAccuracy);
            QCOMPARE(view.baselineClass, hubView.baselineClass);
            QCOMPARE(view.balancedAccuracy, hubView.balancedAccuracy);
            QCOMPARE(view.classNames, hubView.classNames);
            QCOMPARE(view.classRecall.size(), hubView.classNames.size());
            for (qsizetype k = 0; k < view.classRecall.size(); ++k)
            {
                // A class with no evaluation rows has no recall on either side (NaN).
                QCOMPARE(qIsNaN(view.classRecall[k]), qIsNaN(hubView.classRecall[k]));
                if (!qIsNaN(hubView.classRecall[k]))
                    QCOMPARE(view.classRecall[k], hubView.classRecall[k]);
            }
            QCOMPARE(view.samples, hubView.samples);
        }
        QVERIFY(siteRows.size() >= 3);
        QCOMPARE(siteRows.first().name, QStringLiteral("clinic"));
        QCOMPARE(siteRows.first().state, ui::SiteState::Training);
        QVERIFY(siteRows.first().samples > 0);
        QCOMPARE(siteRows.last().state, ui::SiteState::Answered);
        QVERIFY(!qIsNaN(siteRows.last().accuracy));
        QVERIFY2(siteTexts.join(QLatin1Char('\n')).contains(QStringLiteral("Joined ")),
                 qPrintable(siteTexts.join(QLatin1Char('\n'))));
        QVERIFY(siteTexts.contains(QStringLiteral("Round 2 of 2 done.")));
        engine::Result<engine::ModelRegistry> registry =
            engine::ModelRegistry::open(m_dir.filePath("hub.db").toStdString());
        QVERIFY(registry.ok());
        QCOMPARE(registry->listVersions().value().size(), std::size_t{2});
        // The site's part ended with the hub's goodbye: no reconnect noise before its end.
        const QString log = siteLog.join(QLatin1Char('\n'));
        QVERIFY2(log.contains(QStringLiteral("the federation finished: all rounds done")),
                 qPrintable(log));
        QVERIFY2(!log.contains(QStringLiteral("reconnecting in")), qPrintable(log));
        QVERIFY2(!log.contains(QStringLiteral("gave up reaching the hub")), qPrintable(log));
    }

    // Issue 11, step mode: a hub started step by step waits paused, runs one round per
    // stepRound, and resumed runs the rest.
    void stepByStepRunsOneRoundPerStep()
    {
        app::FederationController hub(m_dir.filePath("stepping.db"));
        hub.setListenAddress(QStringLiteral("127.0.0.1"));
        StateLog hubStates(hub);
        QSignalSpy started(&hub, &app::FederationController::hostStarted);
        QSignalSpy rounds(&hub, &app::FederationController::roundFinished);
        ui::HostSettings settings = hostSettings(3);
        settings.startPaused = true;
        hub.host(settings);
        QVERIFY(started.wait(kWaitMs));
        QCOMPARE(hubStates.states.back(), FederationState::Paused);

        app::FederationController site(m_dir.filePath("stepping-site.db"));
        StateLog siteStates(site);
        ui::JoinSettings join;
        join.address = started.at(0).at(0).toString();
        join.joinCode = started.at(0).at(1).toString();
        join.csvPath = QString::fromStdString(m_domain.siteFiles.at(0));
        join.siteName = QStringLiteral("clinic");
        site.join(join);

        hub.stepRound();
        QVERIFY(QTest::qWaitFor([&] { return rounds.count() == 1; }, kWaitMs));
        QCOMPARE(hubStates.states.back(), FederationState::Paused);
        QVERIFY2(hubStates.lastText.contains(QStringLiteral("Round 1 of 3 done")),
                 qPrintable(hubStates.lastText));
        hub.stepRound();
        QVERIFY(QTest::qWaitFor([&] { return rounds.count() == 2; }, kWaitMs));
        QCOMPARE(hubStates.states.back(), FederationState::Paused);
        hub.resume();
        QVERIFY(QTest::qWaitFor([&] { return hubStates.ended() && siteStates.ended(); }, kWaitMs));
        QCOMPARE(hubStates.states.back(), FederationState::Finished);
        QCOMPARE(rounds.count(), 3);
    }

    void demoSitesLogInWords()
    {
        app::FederationController demo(m_dir.filePath("demo.db"));
        demo.setCliPath(QStringLiteral(COHORT_CLI_PATH));
        StateLog states(demo);
        QStringList log;
        connect(&demo, &app::FederationController::logLine,
                [&log](const QString &line) { log << line; });
        ui::DemoSettings settings;
        settings.domain = QStringLiteral("vitals");
        settings.sites = 2;
        settings.rounds = 2;
        settings.strategy = QStringLiteral("fedavg");
        settings.secondsPerRound = 0.2;
        demo.startDemo(settings);
        QVERIFY(QTest::qWaitFor([&] { return states.ended(); }, kWaitMs));
        const QString all = log.join(QLatin1Char('\n'));
        QVERIFY2(states.states.back() == FederationState::Finished, qPrintable(all));
        // Each site's events came as JSON and are shown as words, with the site's name.
        for (const QString &line : log)
            QVERIFY2(!line.startsWith(QLatin1Char('{')), qPrintable(line));
        for (const char *name : {"site_1", "site_2"})
            QVERIFY2(
                all.contains(QStringLiteral("%1: joined as %1 with ").arg(QLatin1String(name))),
                qPrintable(all));
    }

    void stopWhileTheHubWaitsForSites()
    {
        app::FederationController hub(m_dir.filePath("waiting.db"));
        hub.setListenAddress(QStringLiteral("127.0.0.1"));
        StateLog states(hub);
        QSignalSpy started(&hub, &app::FederationController::hostStarted);
        hub.host(hostSettings(5));
        QVERIFY(started.wait(kWaitMs));
        QCOMPARE(states.states.back(), FederationState::Running);
        hub.stop();
        QVERIFY(QTest::qWaitFor([&] { return states.ended(); }, 10000));
        QCOMPARE(states.states.back(), FederationState::Finished);
        // Another run can start at once.
        hub.host(hostSettings(5));
        QVERIFY(started.wait(kWaitMs));
        QCOMPARE(started.count(), 2);
    }

    void stopWhileTheHubStarts()
    {
        app::FederationController hub(m_dir.filePath("starting.db"));
        hub.setListenAddress(QStringLiteral("127.0.0.1"));
        StateLog states(hub);
        QSignalSpy started(&hub, &app::FederationController::hostStarted);
        hub.host(hostSettings(5));
        QCOMPARE(states.states.back(), FederationState::Starting);
        hub.stop();
        QCOMPARE(states.states.back(), FederationState::Finished);
        // The schema read and the start already queued are for a stopped run: nothing shows.
        QTest::qWait(1000);
        QCOMPARE(started.count(), 0);
        QCOMPARE(states.states.back(), FederationState::Finished);
    }

    void twoPeersRunTheirRounds()
    {
        const quint16 firstPort = freePort();
        const quint16 secondPort = freePort();
        QVERIFY(firstPort != secondPort);
        app::FederationController first(m_dir.filePath("peer1.db"));
        app::FederationController second(m_dir.filePath("peer2.db"));
        StateLog firstStates(first);
        StateLog secondStates(second);
        QSignalSpy firstRounds(&first, &app::FederationController::roundFinished);
        for (auto [controller, own, other, file] :
             {std::tuple{&first, firstPort, secondPort, 0}, {&second, secondPort, firstPort, 1}})
        {
            controller->setListenAddress(QStringLiteral("127.0.0.1"));
            ui::PeerSettings peer;
            peer.listenPort = own;
            peer.peers << QStringLiteral("127.0.0.1:%1").arg(other);
            peer.csvPath = QString::fromStdString(m_domain.siteFiles.at(file));
            peer.target = QString::fromStdString(m_domain.target);
            peer.rounds = 2;
            controller->runPeer(peer);
        }
        QVERIFY(QTest::qWaitFor([&] { return firstStates.ended() && secondStates.ended(); },
                                kWaitMs));
        QVERIFY2(firstStates.states.back() == FederationState::Finished,
                 qPrintable(firstStates.lastText));
        QVERIFY2(secondStates.states.back() == FederationState::Finished,
                 qPrintable(secondStates.lastText));
        QCOMPARE(firstRounds.count(), 2);
    }

    void destroyedMidRunReturns()
    {
        auto hub = std::make_unique<app::FederationController>(m_dir.filePath("destroyed.db"));
        hub->setListenAddress(QStringLiteral("127.0.0.1"));
        QSignalSpy started(hub.get(), &app::FederationController::hostStarted);
        hub->host(hostSettings(5));
        QVERIFY(started.wait(kWaitMs));
        hub.reset(); // stops the hub and waits for its tear-down; a hang fails the test's timeout
        QVERIFY(!hub);
    }
};

QTEST_GUILESS_MAIN(FederationControllerTest)
#include "federation_controller_test.moc"
