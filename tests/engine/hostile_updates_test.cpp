// Updates a hostile or broken site may send, at the hub's round state machine and at a peer's
// gossip rounds: huge but finite numbers, a step far larger than the round's others, one site
// alone, an aggregate that explodes; failed rounds are retried with a growing delay, not in a
// tight loop. Expected models are worked out by hand in the comments.
#include <QTest>

#include "fl/gossip_rounds.h"
#include "fl/round_coordinator.h"
#include "fl/update_bounds.h"

using namespace cohort::engine;
using namespace std::chrono_literals;

namespace
{

const FederationClock::time_point kStart{};

RoundCoordinator makeCoordinator(RoundSettings settings, std::vector<float> model,
                                 StrategyConfig strategy = {})
{
    return RoundCoordinator(settings, std::move(makeAggregationStrategy(strategy)).value(),
                            std::move(model));
}

FitResult result(const std::string &site, int round, std::vector<float> parameters,
                 std::int64_t samples = 1)
{
    return FitResult{site, round, std::move(parameters), samples, 1.0};
}

RoundSettings threeSites()
{
    RoundSettings settings;
    settings.minSites = 3;
    settings.rounds = 5;
    return settings;
}

} // namespace

class HostileUpdatesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void boundsOfOneUpdate()
    {
        // Start {3, 4}: norm 5, so a step may be 10 * 5 = 50 long.
        const std::vector<float> start{3.0f, 4.0f};
        QVERIFY(!refuseUpdate(start, {3.0f, 54.0f}, {}));          // step 50
        QVERIFY(refuseUpdate(start, {3.0f, 54.1f}, {}));           // step 50.1
        QVERIFY(refuseUpdate(start, {3.4e38f, 3.4e38f}, {}));      // finite, but huge
        QVERIFY(refuseUpdate(start, {1.0f, NAN}, {}));             // not finite
        QVERIFY(refuseUpdate(start, {1.0f}, {}));                  // another length
        // Near zero the bound is 10 itself.
        QVERIFY(!refuseUpdate({0.0f, 0.0f}, {6.0f, 8.0f}, {}));    // step 10
        QVERIFY(refuseUpdate({0.0f, 0.0f}, {6.0f, 8.1f}, {}));
        QCOMPARE(modelNorm({3.4e38f, 3.4e38f}), std::sqrt(2.0) * double(3.4e38f));
    }

    void hugeFiniteUpdateIsRefusedAndToldToItsSite()
    {
        RoundCoordinator hub = makeCoordinator(threeSites(), {1.0f, 1.0f});
        for (const char *site : {"a", "b", "c"})
            (void)hub.siteConnected(site, kStart);
        const CoordinatorActions refused =
            hub.fitResultArrived(result("a", 1, {1e30f, 1e30f}), kStart);
        QCOMPARE(refused.refused.size(), std::size_t{1});
        QCOMPARE(refused.refused[0].first, 1);
        QCOMPARE(refused.refused[0].second.siteId, std::string("a"));
        QVERIFY(reasonEnglish(refused.refused[0].second.reason).find("away from the model") != std::string::npos);
        (void)hub.fitResultArrived(result("b", 1, {2.0f, 2.0f}), kStart);
        const CoordinatorActions closed = hub.fitResultArrived(result("c", 1, {4.0f, 4.0f}), kStart);
        QVERIFY(closed.finishedRound->aggregated);
        QCOMPARE(closed.finishedRound->model, (std::vector<float>{3.0f, 3.0f}));
        QCOMPARE(closed.finishedRound->dropped.at(0).siteId, std::string("a"));
        // a is asked again next round, from the honest model.
        QCOMPARE(closed.fit->globalModel, (std::vector<float>{3.0f, 3.0f}));
    }

    void stepOutOfProportionWithTheRoundIsRefused()
    {
        // Start {10}: steps up to 100 pass alone; b, c, d step 1, a steps 50 > 10 * median 1.
        RoundSettings settings = threeSites();
        settings.minSites = 4;
        RoundCoordinator hub = makeCoordinator(settings, {10.0f});
        for (const char *site : {"a", "b", "c", "d"})
            (void)hub.siteConnected(site, kStart);
        QVERIFY(hub.fitResultArrived(result("a", 1, {60.0f}), kStart).refused.empty());
        (void)hub.fitResultArrived(result("b", 1, {11.0f}), kStart);
        (void)hub.fitResultArrived(result("c", 1, {9.0f}), kStart);
        const CoordinatorActions closed = hub.fitResultArrived(result("d", 1, {11.0f}), kStart);
        QCOMPARE(closed.refused.size(), std::size_t{1});
        QCOMPARE(closed.refused[0].second.siteId, std::string("a"));
        QVERIFY(reasonEnglish(closed.refused[0].second.reason).find("median") != std::string::npos);
        // FedAvg of 11, 9 and 11: 31 / 3.
        QVERIFY(qAbs(closed.finishedRound->model[0] - 31.0f / 3.0f) < 1e-5f);
        QCOMPARE(closed.finishedRound->answered, (std::vector<std::string>{"b", "c", "d"}));
    }

    void oneSiteAloneIsNeverTheGlobalModel()
    {
        RoundSettings settings;
        settings.minSites = 2;
        settings.deadline = 10s;
        RoundCoordinator hub = makeCoordinator(settings, {0.0f});
        (void)hub.siteConnected("a", kStart);
        (void)hub.siteConnected("b", kStart);
        (void)hub.fitResultArrived(result("a", 1, {5.0f}), kStart);
        // b fails: a's update alone would go to b as "the global model".
        const CoordinatorActions closed = hub.fitFailed("b", 1, unworded("the disk is full"), kStart + 1s);
        QVERIFY(closed.finishedRound);
        QVERIFY(!closed.finishedRound->aggregated);
        QCOMPARE(hub.globalModel(), (std::vector<float>{0.0f}));
        // With a single site in the federation its own update is no one else's.
        RoundSettings alone;
        alone.minSites = 1;
        RoundCoordinator single = makeCoordinator(alone, {0.0f});
        (void)single.siteConnected("a", kStart);
        QVERIFY(single.fitResultArrived(result("a", 1, {5.0f}), kStart).finishedRound->aggregated);
    }

    void failedRoundsWaitLongerEachTime()
    {
        RoundSettings settings;
        settings.minSites = 2;
        settings.deadline = 5s;
        RoundCoordinator hub = makeCoordinator(settings, {0.0f});
        (void)hub.siteConnected("a", kStart);
        (void)hub.siteConnected("b", kStart);
        auto now = kStart;
        // Every attempt fails at once (both sites send NaN); delays 1 s, 2 s, 4 s, then the
        // deadline (5 s) caps them.
        for (const auto delay : {1000ms, 2000ms, 4000ms, 5000ms, 5000ms})
        {
            (void)hub.fitResultArrived(result("a", 1, {NAN}), now);
            const CoordinatorActions closed = hub.fitResultArrived(result("b", 1, {NAN}), now);
            QVERIFY(closed.finishedRound && !closed.finishedRound->aggregated);
            QVERIFY(!closed.fit);
            QVERIFY(!hub.tick(now + delay - 1ms).fit);
            now += delay;
            QVERIFY(hub.tick(now).fit);
        }
        // A round that aggregates resets the delay.
        (void)hub.fitResultArrived(result("a", 1, {1.0f}), now);
        const CoordinatorActions done = hub.fitResultArrived(result("b", 1, {3.0f}), now);
        QVERIFY(done.finishedRound->aggregated);
        QVERIFY(done.fit);
        QCOMPARE(done.fit->round, 2);
    }

    void explodingAggregateLeavesModelAndStrategyStateUnchanged()
    {
        // FedAdam with a server learning rate of 1e6 turns modest updates into a step of
        // about 1e6, far over the bound 10: the round is not used.
        StrategyConfig adam;
        adam.name = "fedadam";
        adam.serverLearningRate = 1e6;
        RoundSettings settings;
        settings.minSites = 2;
        RoundCoordinator hub = makeCoordinator(settings, {0.0f}, adam);
        (void)hub.siteConnected("a", kStart);
        (void)hub.siteConnected("b", kStart);
        const std::string stateBefore = hub.strategyState();
        (void)hub.fitResultArrived(result("a", 1, {1.0f}), kStart);
        const CoordinatorActions closed = hub.fitResultArrived(result("b", 1, {1.0f}), kStart);
        QVERIFY(!closed.finishedRound->aggregated);
        QCOMPARE(hub.globalModel(), (std::vector<float>{0.0f}));
        QCOMPARE(hub.strategyState(), stateBefore);
        // The log says why, as the round's aggregation failure with its reason.
        const bool said = std::any_of(
            closed.log.begin(), closed.log.end(),
            [](const CoordinatorNote &note)
            {
                const auto *reason =
                    note.args.size() == 2 ? std::get_if<std::string>(&note.args[1]) : nullptr;
                return note.kind == CoordinatorNote::Kind::AggregationFailed && reason != nullptr
                       && reason->find("the aggregate moved") != std::string::npos;
            });
        QVERIFY(said);
    }

    void peersLeaveOutBadModelsAndHoldFewAhead()
    {
        GossipRounds rounds(10, 1000ms);
        rounds.begin(0);
        // Degrees a peer cannot have are not held.
        QVERIFY(!rounds.received(1, NeighbourModel{"z", 0, {1.0f}}));
        QVERIFY(!rounds.received(1, NeighbourModel{"z", GossipRounds::kMaxDegree + 1, {1.0f}}));
        // At most three models per neighbour wait; far-future floods are dropped.
        QVERIFY(rounds.received(2, NeighbourModel{"a", 1, {0.0f}}));
        QVERIFY(rounds.received(3, NeighbourModel{"a", 1, {0.0f}}));
        QVERIFY(rounds.received(4, NeighbourModel{"a", 1, {0.0f}}));
        QVERIFY(!rounds.received(9, NeighbourModel{"a", 1, {0.0f}}));
        QVERIFY(!rounds.received(1, NeighbourModel{"a", 1, {0.0f}}));
        // A NaN, a huge and a wrong-length model are left out of the mix, with reasons.
        (void)rounds.fitted({2.0f}, 4, GossipClock::now());
        QVERIFY(rounds.received(1, NeighbourModel{"b", 4, {NAN}}));
        QVERIFY(rounds.received(1, NeighbourModel{"c", 4, {1e30f}}));
        QVERIFY(rounds.received(1, NeighbourModel{"d", 4, {1.0f, 1.0f}}));
        QVERIFY(rounds.received(1, NeighbourModel{"e", 4, {7.0f}}));
        const GossipMix mix = rounds.mix().value();
        QCOMPARE(mix.refused.size(), std::size_t{3});
        QCOMPARE(mix.heard, 1);
        // Own degree 4, e's 4: e weighs 1/5, the own model 4/5: 2 * 0.8 + 7 * 0.2 = 3.
        QVERIFY(qAbs(mix.model[0] - 3.0f) < 1e-5f);
    }
};

QTEST_APPLESS_MAIN(HostileUpdatesTest)
#include "hostile_updates_test.moc"
