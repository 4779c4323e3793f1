// Gossip averaging for peer-to-peer rounds: each peer mixes its model with its neighbours'
// using Metropolis–Hastings weights, which make repeated mixing converge to the plain average
// of all peers on any connected graph (and reach it in one step on a full mesh).
#pragma once

#include <string>
#include <vector>

#include "core/result.h"

namespace cohort::engine
{

/// A neighbour's model as received in this round, with the neighbour's own degree.
struct NeighbourModel
{
    std::string peerId;
    int degree = 0; // how many neighbours that peer has
    std::vector<float> parameters;
};

/// Metropolis–Hastings weight of the edge between peers of degrees `a` and `b`.
[[nodiscard]] double metropolisHastingsWeight(int a, int b);

/// One gossip step: own model times (1 - sum of edge weights) plus each neighbour's model
/// times its edge weight. `ownDegree` counts the neighbours this peer has, heard from or not;
/// a neighbour that did not answer simply keeps its share with the peer itself.
[[nodiscard]] Result<std::vector<float>>
gossipAverage(const std::vector<float> &own, int ownDegree,
              const std::vector<NeighbourModel> &neighbours);

/// The largest Euclidean distance between any two of the models: how far from consensus.
[[nodiscard]] double largestPairwiseDistance(const std::vector<std::vector<float>> &models);

} // namespace cohort::engine
