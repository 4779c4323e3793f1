// PeerService's agreement and rounds. Decisions are made on the strand by an
// engine::GossipRounds; agreeing, fitting, evaluating and keeping the model run on the work
// lane and post their results back to the strand.
#include <algorithm>

#include <boost/asio/post.hpp>

#include "model/mlp_spec.h"
#include "network/peer_agreement.h"
#include "network/peer_local.h"
#include "network/peer_service.h"
#include "network/federation_messages.h"
#include "network/wire_messages.h"

namespace cohort::net
{

namespace asio = boost::asio;
using engine::GossipPhase;

namespace
{

engine::Error peerStopped()
{
    return engine::makeError(engine::ErrorCode::Cancelled,
                             engine::Reason{engine::ReasonCode::PeerStopped, {}});
}

// Agrees from the hellos and prepares the participant for the agreed columns; on the lane.
engine::Result<PeerAgreementDone>
agreeAndPrepare(PeerService::Local &local, const PeerOptions &options,
                const std::map<std::string, cohort::wire::PeerHello> &hellos)
{
    engine::Result<PeerAgreement> agreement =
        agreeWithNeighbours({options.name, local.schema, local.summary}, hellos);
    if (!agreement)
        return agreement.error();
    engine::MlpSpec spec;
    spec.inputWidth = static_cast<int>(agreement->preprocessor.outputWidth());
    spec.hiddenLayers = options.hiddenLayers;
    spec.classCount = static_cast<int>(agreement->schema.classNames.size());
    if (auto prepared = local.participant->prepare(agreement->schema, agreement->preprocessor,
                                                   spec, agreement->baselineClass);
        !prepared)
        return prepared.error();
    if (agreement->model)
    {
        if (auto adopted = local.participant->setModel(*agreement->model); !adopted)
            return engine::makeError(engine::ErrorCode::InvalidInput,
                                     "the model of " + agreement->adoptedFrom
                                         + " does not fit this peer's columns",
                                     adopted.error().message);
    }
    local.preprocessor = std::move(agreement->preprocessor);
    local.agreed = std::move(agreement->schema);
    PeerAgreementDone done;
    done.completedRounds = agreement->completedRounds;
    done.adoptedFrom = agreement->adoptedFrom;
    describeAgreement(done.agreement, local.agreed, *local.preprocessor, done.completedRounds,
                      local.participant->model());
    return done;
}

} // namespace

void PeerService::agreeIfReady(bool timedOut)
{
    if (m_finished || m_busy || m_stopping || m_rounds.phase() != GossipPhase::Agreeing)
        return;
    const std::size_t wanted = m_options.minPeers > 0
                                   ? static_cast<std::size_t>(m_options.minPeers)
                                   : m_options.peers.size();
    const bool ready = m_hellos.size() >= wanted
                       || std::any_of(m_hellos.begin(), m_hellos.end(), [](const auto &entry)
                                      { return helloCarriesAgreement(entry.second); });
    if (!ready && !timedOut)
        return;
    if (!ready)
        m_log(logEvent(LogCode::PeerFewNeighbours, m_hellos.size(), wanted));
    m_joinTimer.cancel();
    m_busy = true;
    asio::post(m_lane,
               [this, hellos = m_hellos]
               {
                   engine::Result<PeerAgreementDone> done =
                       agreeAndPrepare(*m_local, m_options, hellos);
                   asio::post(m_strand, [this, done = std::move(done)]() mutable
                              { agreed(std::move(done)); });
               });
}

void PeerService::agreed(engine::Result<PeerAgreementDone> done)
{
    m_busy = false;
    if (m_stopping)
        return finish(peerStopped());
    if (!done)
        return finish(done.error());
    if (!done->adoptedFrom.empty())
        m_log(logEvent(LogCode::PeerCaughtUp, done->adoptedFrom, done->completedRounds));
    m_agreedHello = std::move(done->agreement);
    m_outcome.firstRound = done->completedRounds + 1;
    m_outcome.caughtUpFrom = done->adoptedFrom;
    m_rounds.begin(done->completedRounds);
    if (m_rounds.phase() == GossipPhase::Finished)
        return keepAndFinish();
    startFit();
}

void PeerService::startFit()
{
    if (m_finished)
        return;
    if (m_stopping)
        return finish(peerStopped());
    m_roundStart = std::chrono::steady_clock::now();
    const int round = m_rounds.round();
    m_busy = true;
    asio::post(m_lane,
               [this, round]
               {
                   engine::LocalTrainingConfig train;
                   train.epochs = m_options.localEpochs;
                   train.batchSize = m_options.batchSize;
                   train.learningRate = m_options.learningRate;
                   engine::LocalParticipant &participant = *m_local->participant;
                   engine::Result<engine::LocalFit> fit =
                       participant.fit(participant.model(), train, round);
                   engine::Result<std::vector<float>> model =
                       fit ? engine::Result<std::vector<float>>(std::move(fit->parameters))
                           : engine::Result<std::vector<float>>(fit.error());
                   asio::post(m_strand, [this, round, model = std::move(model)]() mutable
                              { fitted(round, std::move(model)); });
               });
}

void PeerService::fitted(int round, engine::Result<std::vector<float>> model)
{
    m_busy = false;
    if (m_finished)
        return;
    if (m_stopping)
        return finish(peerStopped());
    if (!model)
        return finish(model.error());
    const int degree = std::max<int>(1, static_cast<int>(m_neighbours.size()));
    publish(round, model.value(), degree);
    (void)m_rounds.fitted(std::move(model).value(), m_neighbours.size(),
                          std::chrono::steady_clock::now());
    m_roundTimer.expires_at(m_rounds.deadline());
    m_roundTimer.async_wait(
        [this](const boost::system::error_code &error)
        {
            if (!error)
                mixIfReady(true);
        });
    mixIfReady(false);
}

void PeerService::publish(int round, const std::vector<float> &model, int degree)
{
    cohort::wire::Envelope envelope =
        makeEnvelope("p2p", m_options.name, static_cast<std::uint64_t>(round), 0);
    envelope.mutable_peer_model()->set_round(static_cast<std::uint64_t>(round));
    envelope.mutable_peer_model()->set_degree(static_cast<std::uint32_t>(degree));
    *envelope.mutable_peer_model()->mutable_model() = toTensor(model);
    auto shared = std::make_shared<const cohort::wire::Envelope>(envelope);
    for (const auto &[name, link] : m_neighbours)
        link->sendShared(shared);
    m_sent[round] = std::move(envelope);
    while (m_sent.size() > 2)
        m_sent.erase(m_sent.begin());
}

void PeerService::mixIfReady(bool timedOut)
{
    if (m_finished || m_rounds.phase() != GossipPhase::Collecting)
        return;
    if (!timedOut && !m_rounds.heardAll(linkedNames()))
        return;
    m_roundTimer.cancel();
    engine::Result<engine::GossipMix> mix = m_rounds.mix();
    if (!mix)
        return finish(mix.error());
    for (const engine::ClientFailure &refusal : mix->refused)
        m_log(logEvent(LogCode::PeerModelLeftOut, refusal.siteId, mix->round, refusal.reason));
    m_busy = true;
    asio::post(m_lane,
               [this, mix = std::move(mix).value()]
               {
                   engine::LocalParticipant &participant = *m_local->participant;
                   (void)participant.setModel(mix.model);
                   PeerRound report;
                   report.round = mix.round;
                   report.neighbours = mix.degree;
                   report.neighboursHeard = mix.heard;
                   report.localAccuracy = participant.localAccuracy();
                   cohort::wire::PeerHello agreement;
                   describeAgreement(agreement, m_local->agreed, *m_local->preprocessor,
                                     mix.round, mix.model);
                   asio::post(m_strand,
                              [this, report, agreement = std::move(agreement)]() mutable
                              { roundDone(report, std::move(agreement)); });
               });
}

void PeerService::roundDone(PeerRound report, cohort::wire::PeerHello agreement)
{
    m_busy = false;
    if (m_finished)
        return;
    m_agreedHello = std::move(agreement);
    report.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - m_roundStart).count();
    m_outcome.rounds.push_back(report);
    if (m_events.onRound)
        m_events.onRound(report);
    if (m_stopping)
        return finish(peerStopped());
    if (m_rounds.phase() == GossipPhase::Finished)
        return keepAndFinish();
    // Rounds may be paced so that people can watch them.
    m_roundTimer.expires_at(m_roundStart + m_options.minRoundTime);
    m_roundTimer.async_wait(
        [this](const boost::system::error_code &error)
        {
            if (!error)
                startFit();
        });
}

void PeerService::keepAndFinish()
{
    m_busy = true;
    const int rounds = m_outcome.firstRound - 1 + static_cast<int>(m_outcome.rounds.size());
    asio::post(m_lane,
               [this, rounds]
               {
                   std::vector<float> parameters = m_local->participant->model();
                   std::int64_t versionId = 0;
                   if (!m_options.dbPath.empty())
                   {
                       engine::Result<std::int64_t> saved = m_local->participant->keepFinalModel(
                           m_options.dbPath, "p2p (kept at " + m_options.name + ")", rounds);
                       if (saved)
                           m_log(logEvent(LogCode::PeerModelKept, std::to_string(saved.value()),
                                          m_options.dbPath));
                       else
                           m_log(logEvent(LogCode::PeerModelNotKept, m_options.dbPath,
                                          saved.error().message));
                       versionId = saved ? saved.value() : 0;
                   }
                   asio::post(m_strand,
                              [this, parameters = std::move(parameters), versionId]() mutable
                              {
                                  m_busy = false;
                                  m_outcome.parameters = std::move(parameters);
                                  m_outcome.versionId = versionId;
                                  m_outcome.localAccuracy =
                                      m_outcome.rounds.empty()
                                          ? 0.0
                                          : m_outcome.rounds.back().localAccuracy;
                                  finish(m_outcome);
                              });
               });
}

void PeerService::finish(engine::Result<PeerOutcome> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_joinTimer.cancel();
    if (m_discovery)
        m_discovery->stop();
    if (m_listener)
        m_listener->stop();
    m_result.emplace(std::move(result));
    if (m_links.empty())
        return announceEnd();
    // The last round's model is queued on every link: the end is announced once the links
    // have sent it and closed (the owner may stop the network right after), or after a bound.
    for (const Link::Pointer &link : m_links)
        link->closeAfterWrites("the peer is done");
    m_roundTimer.expires_after(std::chrono::seconds(3));
    m_roundTimer.async_wait(
        [this](const boost::system::error_code &error)
        {
            if (!error)
                announceEnd();
        });
}

void PeerService::announceEnd()
{
    if (m_announced)
        return;
    m_announced = true;
    m_roundTimer.cancel();
    m_outcomePromise.set_value(*m_result);
    if (m_events.onFinished)
        m_events.onFinished(*m_result);
}

} // namespace cohort::net
