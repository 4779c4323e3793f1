// The peer's round state machine: it waits for every linked neighbour or the deadline, keeps a
// faster neighbour's model for the round it belongs to, drops models of finished rounds, mixes
// with Metropolis–Hastings weights (hand-computed here) and finishes after the last round.
#include <QTest>

#include "fl/gossip_rounds.h"

using namespace cohort::engine;
using namespace std::chrono_literals;

namespace
{

NeighbourModel from(const std::string &name, int degree, std::vector<float> parameters)
{
    return NeighbourModel{name, degree, std::move(parameters)};
}

} // namespace

class GossipRoundsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundWaitsForEveryLinkedNeighbourThenMixes()
    {
        GossipRounds rounds(2, 1000ms);
        QCOMPARE(rounds.phase(), GossipPhase::Agreeing);
        rounds.begin(0);
        QCOMPARE(rounds.phase(), GossipPhase::Fitting);
        QCOMPARE(rounds.round(), 1);
        const auto now = GossipClock::now();
        QCOMPARE(rounds.fitted({3.0F, 0.0F}, 2, now), 2);
        QCOMPARE(rounds.phase(), GossipPhase::Collecting);
        QCOMPARE(rounds.deadline(), now + 1000ms);
        const std::set<std::string> linked{"a", "b"};
        QVERIFY(!rounds.heardAll(linked));
        QVERIFY(rounds.received(1, from("a", 2, {0.0F, 3.0F})));
        QVERIFY(!rounds.heardAll(linked));
        QVERIFY(rounds.received(1, from("b", 2, {0.0F, 0.0F})));
        QVERIFY(rounds.heardAll(linked));
        // Full mesh of three: every edge weighs 1/(1+2) = 1/3 and so does the own model.
        const GossipMix mix = rounds.mix().value();
        QCOMPARE(mix.round, 1);
        QCOMPARE(mix.degree, 2);
        QCOMPARE(mix.heard, 2);
        QCOMPARE(mix.model.size(), std::size_t{2});
        QVERIFY(qAbs(mix.model[0] - 1.0F) < 1e-6F);
        QVERIFY(qAbs(mix.model[1] - 1.0F) < 1e-6F);
        QCOMPARE(rounds.phase(), GossipPhase::Fitting);
        QCOMPARE(rounds.round(), 2);
    }

    void silentNeighbourLeavesItsShareHome()
    {
        GossipRounds rounds(1, 1000ms);
        rounds.begin(0);
        (void)rounds.fitted({3.0F, 0.0F}, 2, GossipClock::now());
        QVERIFY(rounds.received(1, from("a", 2, {0.0F, 3.0F})));
        QVERIFY(!rounds.heardAll({"a", "b"}));
        // The deadline passed: own weight 1 - 1/3 = 2/3, a's 1/3.
        const GossipMix mix = rounds.mix().value();
        QCOMPARE(mix.heard, 1);
        QVERIFY(qAbs(mix.model[0] - 2.0F) < 1e-6F);
        QVERIFY(qAbs(mix.model[1] - 1.0F) < 1e-6F);
        QCOMPARE(rounds.phase(), GossipPhase::Finished);
        QCOMPARE(rounds.round(), 1);
        QVERIFY(!rounds.received(1, from("b", 2, {0.0F, 0.0F})));
    }

    void neighbourThatLeftIsNotWaitedFor()
    {
        GossipRounds rounds(3, 1000ms);
        rounds.begin(0);
        (void)rounds.fitted({1.0F}, 2, GossipClock::now());
        QVERIFY(rounds.received(1, from("a", 1, {1.0F})));
        QVERIFY(!rounds.heardAll({"a", "b"}));
        QVERIFY(rounds.heardAll({"a"})); // b's link closed
    }

    void fasterNeighboursModelWaitsForItsRound()
    {
        GossipRounds rounds(3, 1000ms);
        rounds.begin(0);
        QVERIFY(rounds.received(2, from("a", 1, {4.0F})));  // a is a round ahead
        QVERIFY(!rounds.received(4, from("a", 1, {9.0F}))); // past the last round
        (void)rounds.fitted({0.0F}, 1, GossipClock::now());
        QVERIFY(!rounds.heardAll({"a"}));
        QVERIFY(rounds.received(1, from("a", 1, {2.0F})));
        // Two peers of degree 1: half each.
        QVERIFY(qAbs(rounds.mix().value().model[0] - 1.0F) < 1e-6F);
        (void)rounds.fitted({0.0F}, 1, GossipClock::now());
        QVERIFY(rounds.heardAll({"a"}));
        QVERIFY(qAbs(rounds.mix().value().model[0] - 2.0F) < 1e-6F);
        QVERIFY(!rounds.received(1, from("a", 1, {5.0F}))); // round 1 is over
    }

    void lateJoinerCountsInTheWeights()
    {
        GossipRounds rounds(1, 1000ms);
        rounds.begin(0);
        QCOMPARE(rounds.fitted({0.0F}, 1, GossipClock::now()), 1);
        QVERIFY(rounds.received(1, from("a", 2, {3.0F})));
        QVERIFY(rounds.received(1, from("b", 2, {3.0F}))); // linked after the model went out
        const GossipMix mix = rounds.mix().value();
        QCOMPARE(mix.degree, 2);
        QVERIFY(qAbs(mix.model[0] - 2.0F) < 1e-6F);
    }

    void caughtUpPeerStartsAfterTheRoundsItMissed()
    {
        GossipRounds rounds(5, 1000ms);
        QVERIFY(rounds.received(3, from("a", 1, {1.0F})));
        QVERIFY(rounds.received(4, from("a", 1, {1.0F})));
        rounds.begin(3);
        QCOMPARE(rounds.round(), 4);
        (void)rounds.fitted({1.0F}, 1, GossipClock::now());
        QVERIFY(rounds.heardAll({"a"})); // the round-4 model is still there
        GossipRounds done(5, 1000ms);
        done.begin(5);
        QCOMPARE(done.phase(), GossipPhase::Finished);
        QVERIFY(!done.mix());
    }
};

QTEST_APPLESS_MAIN(GossipRoundsTest)
#include "gossip_rounds_test.moc"
