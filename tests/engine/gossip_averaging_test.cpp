// Gossip averaging with Metropolis–Hastings weights: one step on a full mesh is the exact
// average; on a ring repeated steps converge to it; a silent neighbour leaves its share home.
#include <QTest>

#include <cmath>

#include "fl/gossip_averaging.h"

using namespace cohort::engine;

namespace
{

// One synchronous gossip round on a graph given as adjacency lists.
std::vector<std::vector<float>> gossipRound(const std::vector<std::vector<float>> &models,
                                            const std::vector<std::vector<int>> &graph)
{
    std::vector<std::vector<float>> next;
    for (std::size_t p = 0; p < models.size(); ++p)
    {
        std::vector<NeighbourModel> neighbours;
        for (const int q : graph[p])
            neighbours.push_back({"p" + std::to_string(q),
                                  static_cast<int>(graph[static_cast<std::size_t>(q)].size()),
                                  models[static_cast<std::size_t>(q)]});
        next.push_back(
            gossipAverage(models[p], static_cast<int>(graph[p].size()), neighbours).value());
    }
    return next;
}

} // namespace

class GossipAveragingTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weights()
    {
        // 1 / (1 + max(d_i, d_j)).
        QCOMPARE(metropolisHastingsWeight(3, 3), 0.25);
        QCOMPARE(metropolisHastingsWeight(1, 2), 1.0 / 3.0);
    }

    void fullMeshReachesTheAverageInOneStep()
    {
        // Degrees are all 3: every edge weighs 1/4 and so does each peer itself.
        const std::vector<std::vector<float>> models = {{0, 4}, {4, 8}, {8, 0}, {12, 4}};
        const std::vector<std::vector<int>> mesh = {{1, 2, 3}, {0, 2, 3}, {0, 1, 3}, {0, 1, 2}};
        for (const std::vector<float> &model : gossipRound(models, mesh))
            QCOMPARE(model, (std::vector<float>{6, 4}));
    }

    void ringConvergesToTheAverage()
    {
        std::vector<std::vector<float>> models = {{0}, {10}, {20}, {30}, {40}};
        const std::vector<std::vector<int>> ring = {{4, 1}, {0, 2}, {1, 3}, {2, 4}, {3, 0}};
        QCOMPARE(largestPairwiseDistance(models), 40.0);
        for (int round = 0; round < 60; ++round)
            models = gossipRound(models, ring);
        // The weights are doubly stochastic, so the mean 20 is kept while the spread vanishes.
        QVERIFY(largestPairwiseDistance(models) < 1e-3);
        QVERIFY(std::abs(models[0][0] - 20.0f) < 1e-3);
    }

    void aSilentNeighbourKeepsItsShareHome()
    {
        // Degree 2, one neighbour (degree 2) answered: weight 1/3 to it, 2/3 to itself.
        const auto mixed = gossipAverage({3.0f}, 2, {{"b", 2, {6.0f}}});
        QVERIFY(mixed.ok());
        QCOMPARE(mixed.value(), (std::vector<float>{4.0f}));
    }

    void badNeighboursAreRejected()
    {
        QVERIFY(!gossipAverage({1.0f}, 1, {{"b", 1, {1.0f, 2.0f}}}).ok());
        QVERIFY(!gossipAverage({1.0f}, 1, {{"b", 0, {1.0f}}}).ok());
        QVERIFY(!gossipAverage({1.0f}, 0, {{"b", 1, {1.0f}}}).ok());
    }
};

QTEST_APPLESS_MAIN(GossipAveragingTest)
#include "gossip_averaging_test.moc"
