// RoundCoordinator: the hub's round state machine driven in-process with a fake clock —
// waiting for sites, sampling, FedAvg of the results, deadlines, quorum, late and duplicate
// results, sites leaving and rejoining, malformed updates and resuming after a restart.
#include <QTest>

#include "fl/round_coordinator.h"

using namespace cohort::engine;
using namespace std::chrono_literals;

namespace
{

const FederationClock::time_point kStart{};

RoundCoordinator makeCoordinator(RoundSettings settings, std::vector<float> model = {0.0f, 0.0f},
                                 int completedRounds = 0)
{
    StrategyConfig fedAvg;
    fedAvg.name = "fedavg";
    return RoundCoordinator(settings, std::move(makeAggregationStrategy(fedAvg)).value(),
                            std::move(model), completedRounds);
}

FitResult result(const std::string &site, int round, std::vector<float> parameters,
                 std::int64_t samples, double loss = 1.0)
{
    return FitResult{site, round, std::move(parameters), samples, loss};
}

} // namespace

class RoundCoordinatorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitsForTheMinimumNumberOfSites()
    {
        RoundSettings settings;
        settings.minSites = 2;
        RoundCoordinator hub = makeCoordinator(settings);
        QVERIFY(!hub.siteConnected("a", kStart).fit);
        QVERIFY(hub.phase() == RoundCoordinator::Phase::WaitingForSites);
        const CoordinatorActions actions = hub.siteConnected("b", kStart);
        QVERIFY(actions.fit);
        QCOMPARE(actions.fit->round, 1);
        // The log says so as a note with its values, for the transport to word.
        QVERIFY(!actions.log.empty());
        QVERIFY(actions.log.back().kind == CoordinatorNote::Kind::RoundStarted);
        QVERIFY((actions.log.back().args
                 == std::vector<CoordinatorNote::Argument>{std::int64_t{1}, std::int64_t{2},
                                                           std::int64_t{2}}));
        QCOMPARE(actions.fit->sites, (std::vector<std::string>{"a", "b"}));
        QCOMPARE(actions.fit->globalModel, (std::vector<float>{0.0f, 0.0f}));
        QVERIFY(hub.deadline() == kStart + settings.deadline);
    }

    void averagesResultsBySamplesAndStartsTheNextRound()
    {
        RoundSettings settings;
        settings.rounds = 3;
        RoundCoordinator hub = makeCoordinator(settings);
        (void)hub.siteConnected("a", kStart);
        (void)hub.siteConnected("b", kStart);
        QVERIFY(
            !hub.fitResultArrived(result("a", 1, {1.0f, 2.0f}, 1, 0.5), kStart + 1s).finishedRound);
        const CoordinatorActions actions =
            hub.fitResultArrived(result("b", 1, {3.0f, 6.0f}, 3, 1.5), kStart + 2s);
        // FedAvg: (1*1 + 3*3) / 4 = 2.5 and (1*2 + 3*6) / 4 = 5; loss (0.5 + 3*1.5) / 4 = 1.25.
        QVERIFY(actions.finishedRound);
        QVERIFY(actions.finishedRound->aggregated);
        QCOMPARE(actions.finishedRound->model, (std::vector<float>{2.5f, 5.0f}));
        QCOMPARE(actions.finishedRound->trainLoss, 1.25);
        QCOMPARE(actions.finishedRound->seconds, 2.0);
        QCOMPARE(actions.finishedRound->answered, (std::vector<std::string>{"a", "b"}));
        QVERIFY(actions.fit);
        QCOMPARE(actions.fit->round, 2);
        QCOMPARE(actions.fit->globalModel, (std::vector<float>{2.5f, 5.0f}));
        QCOMPARE(hub.completedRounds(), 1);
    }

    void pausingLetsTheRunningRoundFinishButStartsNoOther()
    {
        RoundSettings settings;
        settings.rounds = 3;
        RoundCoordinator hub = makeCoordinator(settings);
        (void)hub.siteConnected("a", kStart);
        (void)hub.siteConnected("b", kStart);
        QVERIFY(!hub.setPaused(true, kStart).fit);
        QVERIFY(hub.isPaused());
        (void)hub.fitResultArrived(result("a", 1, {1.0f, 1.0f}, 1), kStart + 1s);
        const CoordinatorActions closed =
            hub.fitResultArrived(result("b", 1, {3.0f, 3.0f}, 1), kStart + 1s);
        QVERIFY(closed.finishedRound);
        QVERIFY(!closed.fit);
        QVERIFY(hub.phase() == RoundCoordinator::Phase::WaitingForSites);
        // A site that joins while paused starts nothing either; resuming starts round 2 with
        // the average (1 + 3) / 2 = 2.
        QVERIFY(!hub.siteConnected("c", kStart + 2s).fit);
        const CoordinatorActions resumed = hub.setPaused(false, kStart + 3s);
        QVERIFY(resumed.fit);
        QCOMPARE(resumed.fit->round, 2);
        QCOMPARE(resumed.fit->globalModel, (std::vector<float>{2.0f, 2.0f}));
        QVERIFY(!hub.setPaused(false, kStart + 4s).fit);
    }

    // Step by step: each step runs exactly one round, then the hub waits again; a step while
    // a round runs pauses after it; resuming runs the rest without stopping.
    void steppingRunsOneRoundAtATime()
    {
        RoundSettings settings;
        settings.rounds = 4;
        RoundCoordinator hub = makeCoordinator(settings);
        QVERIFY(!hub.setPaused(true, kStart).fit);
        (void)hub.siteConnected("a", kStart);
        QVERIFY(!hub.siteConnected("b", kStart).fit); // paused: round 1 waits for a step
        const auto finishRound = [&](int round, std::chrono::seconds at)
        {
            (void)hub.fitResultArrived(result("a", round, {1.0f, 1.0f}, 1), kStart + at);
            return hub.fitResultArrived(result("b", round, {3.0f, 3.0f}, 1), kStart + at);
        };
        const CoordinatorActions first = hub.stepOneRound(kStart + 1s);
        QVERIFY(first.fit);
        QCOMPARE(first.fit->round, 1);
        const CoordinatorActions afterFirst = finishRound(1, 2s);
        QVERIFY(afterFirst.finishedRound && afterFirst.finishedRound->aggregated);
        QVERIFY(!afterFirst.fit); // paused again after one round
        QVERIFY(hub.isPaused());
        QVERIFY(!hub.tick(kStart + 60s).fit);
        const CoordinatorActions second = hub.stepOneRound(kStart + 61s);
        QVERIFY(second.fit);
        QCOMPARE(second.fit->round, 2);
        // A second step while round 2 runs changes nothing: still one round per step.
        QVERIFY(!hub.stepOneRound(kStart + 62s).fit);
        QVERIFY(!finishRound(2, 63s).fit);
        QCOMPARE(hub.completedRounds(), 2);
        // Resuming runs on without pausing after each round.
        const CoordinatorActions resumed = hub.setPaused(false, kStart + 64s);
        QVERIFY(resumed.fit);
        QCOMPARE(resumed.fit->round, 3);
        const CoordinatorActions third = finishRound(3, 65s);
        QVERIFY(third.fit);
        QCOMPARE(third.fit->round, 4);
        // A step on a finished federation does nothing.
        QVERIFY(finishRound(4, 66s).federationFinished);
        QVERIFY(!hub.stepOneRound(kStart + 67s).fit);
    }

    void theDeadlineDropsSlowSitesFromTheRoundOnly()
    {
        RoundSettings settings;
        settings.deadline = 10s;
        settings.minSites = 3;
        RoundCoordinator hub = makeCoordinator(settings, {0.0f});
        for (const char *site : {"a", "b", "c"})
            (void)hub.siteConnected(site, kStart);
        (void)hub.fitResultArrived(result("a", 1, {2.0f}, 1), kStart + 1s);
        (void)hub.fitResultArrived(result("b", 1, {4.0f}, 1), kStart + 2s);
        QVERIFY(!hub.tick(kStart + 9s).finishedRound);
        const CoordinatorActions actions = hub.tick(kStart + 10s);
        QVERIFY(actions.finishedRound);
        QVERIFY(actions.finishedRound->aggregated); // quorum: ceil(0.5 * 3) = 2 results
        QCOMPARE(actions.finishedRound->dropped.size(), std::size_t(1));
        QCOMPARE(actions.finishedRound->dropped[0].siteId, std::string("c"));
        QCOMPARE(reasonEnglish(actions.finishedRound->dropped[0].reason), std::string("missed the deadline"));
        QCOMPARE(actions.finishedRound->model, (std::vector<float>{3.0f}));
        // c is still connected and is asked again in round 2.
        QVERIFY(actions.fit);
        QCOMPARE(actions.fit->sites, (std::vector<std::string>{"a", "b", "c"}));
    }

    void aRoundWithoutQuorumRunsAgainWithTheSameModel()
    {
        RoundSettings settings;
        settings.deadline = 5s;
        settings.minSites = 4;
        RoundCoordinator hub = makeCoordinator(settings, {1.0f});
        for (const char *site : {"a", "b", "c", "d"})
            (void)hub.siteConnected(site, kStart);
        (void)hub.fitResultArrived(result("a", 1, {9.0f}, 10), kStart + 1s);
        const CoordinatorActions closed = hub.tick(kStart + 5s);
        QVERIFY(closed.finishedRound);
        QVERIFY(!closed.finishedRound->aggregated); // 1 of the 2 results needed
        QCOMPARE(hub.globalModel(), (std::vector<float>{1.0f}));
        QCOMPARE(hub.completedRounds(), 0);
        // Not in a tight loop: the round runs again after the retry delay (1 s).
        QVERIFY(!closed.fit);
        QVERIFY(!hub.tick(kStart + 5s + 999ms).fit);
        const CoordinatorActions actions = hub.tick(kStart + 6s);
        QVERIFY(actions.fit);
        QCOMPARE(actions.fit->round, 1);
        QCOMPARE(actions.fit->globalModel, (std::vector<float>{1.0f}));
    }

    void lateDuplicateAndUnaskedResultsAreIgnored()
    {
        RoundSettings settings;
        settings.minSites = 2;
        RoundCoordinator hub = makeCoordinator(settings, {0.0f});
        (void)hub.siteConnected("a", kStart);
        (void)hub.siteConnected("b", kStart);
        (void)hub.fitResultArrived(result("a", 1, {2.0f}, 1), kStart);
        // A duplicate from a, a result for another round and one from a stranger change nothing.
        QVERIFY(!hub.fitResultArrived(result("a", 1, {100.0f}, 1), kStart).finishedRound);
        QVERIFY(!hub.fitResultArrived(result("b", 0, {100.0f}, 1), kStart).finishedRound);
        QVERIFY(!hub.fitResultArrived(result("z", 1, {100.0f}, 1), kStart).finishedRound);
        const CoordinatorActions actions = hub.fitResultArrived(result("b", 1, {4.0f}, 1), kStart);
        QVERIFY(actions.finishedRound);
        QCOMPARE(actions.finishedRound->model, (std::vector<float>{3.0f}));
        // Round 2 has begun: a late round-1 result is ignored.
        QVERIFY(!hub.fitResultArrived(result("a", 1, {50.0f}, 1), kStart).finishedRound);
    }

    void aSiteThatLeavesIsDroppedAndMayRejoin()
    {
        RoundSettings settings;
        settings.minSites = 3;
        RoundCoordinator hub = makeCoordinator(settings, {0.0f});
        for (const char *site : {"a", "b", "c"})
            (void)hub.siteConnected(site, kStart);
        (void)hub.fitResultArrived(result("a", 1, {1.0f}, 1), kStart);
        (void)hub.fitResultArrived(result("b", 1, {3.0f}, 1), kStart);
        const CoordinatorActions left = hub.siteDisconnected("c", kStart + 1s);
        QVERIFY(left.finishedRound);
        QVERIFY(left.finishedRound->aggregated);
        QCOMPARE(reasonEnglish(left.finishedRound->dropped.at(0).reason),
                 std::string("disconnected during the round"));
        // Two sites are fewer than the three needed: the hub waits until c is back.
        QVERIFY(!left.fit);
        QVERIFY(hub.phase() == RoundCoordinator::Phase::WaitingForSites);
        const CoordinatorActions back = hub.siteConnected("c", kStart + 2s);
        QVERIFY(back.fit);
        QCOMPARE(back.fit->round, 2);
        QCOMPARE(back.fit->sites, (std::vector<std::string>{"a", "b", "c"}));
        QCOMPARE(back.fit->globalModel, (std::vector<float>{2.0f}));
    }

    void samplesAFractionOfTheSitesDeterministically()
    {
        // Round 1 starts as soon as 2 sites are there; by round 2 ten are connected and
        // ceil(0.3 * 10) = 3 of them are sampled, the same 3 for the same seed.
        const auto secondRoundSites = [](std::uint64_t seed)
        {
            RoundSettings settings;
            settings.minSites = 2;
            settings.fraction = 0.3;
            settings.seed = seed;
            RoundCoordinator hub = makeCoordinator(settings, {0.0f});
            for (int i = 0; i < 10; ++i)
                (void)hub.siteConnected("site" + std::to_string(i), kStart);
            (void)hub.fitResultArrived(result("site0", 1, {1.0f}, 1), kStart);
            return hub.fitResultArrived(result("site1", 1, {1.0f}, 1), kStart).fit->sites;
        };
        const std::vector<std::string> first = secondRoundSites(7);
        QCOMPARE(first.size(), std::size_t(3));
        QCOMPARE(secondRoundSites(7), first);
        QVERIFY(secondRoundSites(8) != first);
    }

    void malformedUpdatesAreThatSitesFailure()
    {
        // Three sites: with two, b's update alone would become the global model that a gets.
        RoundSettings settings;
        settings.minSites = 3;
        RoundCoordinator hub = makeCoordinator(settings, {0.0f, 0.0f});
        (void)hub.siteConnected("a", kStart);
        (void)hub.siteConnected("b", kStart);
        (void)hub.siteConnected("c", kStart);
        (void)hub.fitResultArrived(result("a", 1, {1.0f}, 1), kStart);
        (void)hub.fitResultArrived(result("c", 1, {4.0f, 8.0f}, 1), kStart);
        const CoordinatorActions actions =
            hub.fitResultArrived(result("b", 1, {2.0f, 4.0f}, 1), kStart);
        QVERIFY(actions.finishedRound);
        QCOMPARE(actions.finishedRound->dropped.at(0).siteId, std::string("a"));
        QCOMPARE(reasonEnglish(actions.finishedRound->dropped.at(0).reason),
                 std::string("sent 1 parameters, the model has 2"));
        // FedAvg of b and c: (2 + 4) / 2 = 3 and (4 + 8) / 2 = 6.
        QCOMPARE(actions.finishedRound->model, (std::vector<float>{3.0f, 6.0f}));
    }

    void resumesAfterARestartAndFinishes()
    {
        RoundSettings settings;
        settings.rounds = 4;
        settings.minSites = 1;
        RoundCoordinator hub = makeCoordinator(settings, {5.0f}, 3);
        const CoordinatorActions started = hub.siteConnected("a", kStart);
        QVERIFY(started.fit);
        QCOMPARE(started.fit->round, 4);
        QCOMPARE(started.fit->globalModel, (std::vector<float>{5.0f}));
        const CoordinatorActions done = hub.fitResultArrived(result("a", 4, {6.0f}, 1), kStart);
        QVERIFY(done.federationFinished);
        QVERIFY(!done.fit);
        QVERIFY(hub.phase() == RoundCoordinator::Phase::Finished);
        QVERIFY(!hub.siteConnected("b", kStart).fit);
    }

    void roundsArePacedByTheMinimumRoundTime()
    {
        // A demo: each round starts at least 2 s after the last one began.
        RoundSettings settings;
        settings.minSites = 2;
        settings.rounds = 3;
        settings.minRoundTime = 2s;
        RoundCoordinator hub = makeCoordinator(settings, {0.0f});
        (void)hub.siteConnected("a", kStart);
        (void)hub.siteConnected("b", kStart);
        (void)hub.fitResultArrived(result("a", 1, {1.0f}, 1), kStart + 100ms);
        const CoordinatorActions closed =
            hub.fitResultArrived(result("b", 1, {3.0f}, 1), kStart + 100ms);
        QVERIFY(closed.finishedRound && closed.finishedRound->aggregated);
        QVERIFY(!closed.fit);
        QVERIFY(!hub.tick(kStart + 1999ms).fit);
        const CoordinatorActions next = hub.tick(kStart + 2s);
        QVERIFY(next.fit);
        QCOMPARE(next.fit->round, 2);
    }

    void settingsAreValidated_data()
    {
        QTest::addColumn<int>("rounds");
        QTest::addColumn<int>("minSites");
        QTest::addColumn<double>("fraction");
        QTest::addColumn<double>("quorum");
        QTest::newRow("no rounds") << 0 << 1 << 1.0 << 0.5;
        QTest::newRow("no sites") << 1 << 0 << 1.0 << 0.5;
        QTest::newRow("fraction zero") << 1 << 1 << 0.0 << 0.5;
        QTest::newRow("fraction above one") << 1 << 1 << 1.5 << 0.5;
        QTest::newRow("quorum zero") << 1 << 1 << 1.0 << 0.0;
    }
    void settingsAreValidated()
    {
        QFETCH(int, rounds);
        QFETCH(int, minSites);
        QFETCH(double, fraction);
        QFETCH(double, quorum);
        RoundSettings settings;
        settings.rounds = rounds;
        settings.minSites = minSites;
        settings.fraction = fraction;
        settings.quorumFraction = quorum;
        QVERIFY(!settings.validate().ok());
    }
};

QTEST_APPLESS_MAIN(RoundCoordinatorTest)
#include "round_coordinator_test.moc"
