// GossipRounds: the rounds of one peer in a federation without a hub, as a pure state machine
// beside the hub's RoundCoordinator. The peer service tells it when a local fit is done, which
// neighbours' models arrived and when a round's time is up, and sends or stores what it
// returns; it never touches a socket, a thread or the wall clock itself.
#pragma once

#include <chrono>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/result.h"
#include "fl/aggregation_strategy.h"
#include "fl/gossip_averaging.h"
#include "fl/update_bounds.h"

namespace cohort::engine
{

using GossipClock = std::chrono::steady_clock;

enum class GossipPhase
{
    Agreeing,   // waiting for the neighbours' columns and statistics
    Fitting,    // training locally for round()
    Collecting, // this peer's model for round() is out; waiting for the neighbours'
    Finished,   // every round is done
};

/// A finished round: the mixed model and who was in it.
struct GossipMix
{
    int round = 0;
    int degree = 0; // the neighbours this peer's model was weighed against
    int heard = 0;  // neighbours' models mixed in
    std::vector<float> model;
    std::vector<ClientFailure> refused; // neighbours' models left out, and why
};

class GossipRounds final
{
public:
    /// `lastRound`: the federation's number of rounds; `roundTimeout`: how long a round waits
    /// for its neighbours' models once this peer's own is out.
    GossipRounds(int lastRound, std::chrono::milliseconds roundTimeout,
                 UpdateBounds bounds = {});

    /// Models held per neighbour at most (this round's and those of rounds ahead).
    static constexpr std::size_t kHeldPerNeighbour = 3;
    /// Neighbours a peer may claim to have at most.
    static constexpr int kMaxDegree = 4096;

    [[nodiscard]] GossipPhase phase() const { return m_phase; }
    /// The round being fitted or collected (the last one once finished).
    [[nodiscard]] int round() const { return m_round; }

    /// Agreement is reached after `completedRounds` rounds (0 from the start, more when this
    /// peer caught up with a running federation): fit the next round, or finish.
    void begin(int completedRounds);
    /// The local fit of round() is done while `connected` neighbours are linked: returns the
    /// degree to publish the model with, and starts collecting until `now` + round timeout.
    [[nodiscard]] int fitted(std::vector<float> model, std::size_t connected,
                             GossipClock::time_point now);
    /// A neighbour's model for `round`: kept unless that round is over, too far ahead, or the
    /// neighbour already has kHeldPerNeighbour models waiting, or claims an impossible degree;
    /// true when kept. Its numbers are checked when the round mixes.
    bool received(int round, NeighbourModel model);
    /// Collecting, and every neighbour in `connected` has sent its model for round().
    [[nodiscard]] bool heardAll(const std::set<std::string> &connected) const;
    /// When collecting round() stops waiting.
    [[nodiscard]] GossipClock::time_point deadline() const { return m_deadline; }
    /// Ends round() with the models heard so far, leaving out any of another length, not
    /// finite, or out of proportion with this peer's own (UpdateBounds), then fits the next
    /// round or finishes.
    [[nodiscard]] Result<GossipMix> mix();

private:
    int m_lastRound;
    std::chrono::milliseconds m_roundTimeout;
    UpdateBounds m_bounds;
    GossipPhase m_phase = GossipPhase::Agreeing;
    int m_round = 0;
    int m_degree = 0;
    std::vector<float> m_own;
    GossipClock::time_point m_deadline{};
    std::map<int, std::map<std::string, NeighbourModel>> m_inbox; // round -> models by peer
};

} // namespace cohort::engine
