#include "fl/gossip_rounds.h"

#include <algorithm>

namespace cohort::engine
{

GossipRounds::GossipRounds(int lastRound, std::chrono::milliseconds roundTimeout,
                           UpdateBounds bounds)
    : m_lastRound(lastRound)
    , m_roundTimeout(roundTimeout)
    , m_bounds(bounds)
{
}

void GossipRounds::begin(int completedRounds)
{
    m_round = completedRounds + 1;
    m_phase = m_round > m_lastRound ? GossipPhase::Finished : GossipPhase::Fitting;
    if (m_phase == GossipPhase::Finished)
        m_round = std::max(completedRounds, 0);
    // Models of rounds this peer will not run are of no use any more.
    m_inbox.erase(m_inbox.begin(), m_inbox.lower_bound(m_round));
}

int GossipRounds::fitted(std::vector<float> model, std::size_t connected,
                         GossipClock::time_point now)
{
    m_own = std::move(model);
    m_degree = std::max(1, static_cast<int>(connected));
    m_deadline = now + m_roundTimeout;
    m_phase = GossipPhase::Collecting;
    return m_degree;
}

bool GossipRounds::received(int round, NeighbourModel model)
{
    if (m_phase == GossipPhase::Finished || round < m_round || round > m_lastRound)
        return false;
    if (model.degree < 1 || model.degree > kMaxDegree)
        return false;
    // A neighbour is at most a few rounds ahead (it waits for this peer's models); more would
    // only fill memory.
    std::size_t held = 0;
    for (const auto &[heldRound, models] : m_inbox)
        held += models.count(model.peerId) > 0 && heldRound != round ? 1 : 0;
    if (held >= kHeldPerNeighbour)
        return false;
    // A faster neighbour's model for a later round waits here until this peer gets there.
    m_inbox[round][model.peerId] = std::move(model);
    return true;
}

bool GossipRounds::heardAll(const std::set<std::string> &connected) const
{
    if (m_phase != GossipPhase::Collecting)
        return false;
    const auto it = m_inbox.find(m_round);
    return std::all_of(connected.begin(), connected.end(),
                       [&](const std::string &name)
                       { return it != m_inbox.end() && it->second.count(name) > 0; });
}

Result<GossipMix> GossipRounds::mix()
{
    if (m_phase != GossipPhase::Collecting)
        return makeError(ErrorCode::Internal, "no round is collecting models");
    std::vector<NeighbourModel> heard;
    std::vector<ClientFailure> refused;
    if (auto it = m_inbox.find(m_round); it != m_inbox.end())
    {
        for (auto &[name, model] : it->second)
        {
            if (std::optional<Reason> reason = refuseUpdate(m_own, model.parameters, m_bounds))
                refused.push_back({name, std::move(*reason)});
            else
                heard.push_back(std::move(model));
        }
        m_inbox.erase(it);
    }
    // A neighbour that joined after this peer's model went out still counts in the weights.
    const int degree = std::max(m_degree, static_cast<int>(heard.size()));
    Result<std::vector<float>> mixed = gossipAverage(m_own, degree, heard);
    if (!mixed)
        return mixed.error();
    GossipMix done{m_round, degree, static_cast<int>(heard.size()), std::move(mixed).value(),
                   std::move(refused)};
    begin(m_round);
    m_own.clear();
    return done;
}

} // namespace cohort::engine
