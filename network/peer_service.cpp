// PeerService's links: listening, dialling (with retries until the join timeout), discovery,
// hellos and the models neighbours send. Everything here runs on the peer's strand.
#include "network/peer_service.h"

#include <algorithm>

#include <boost/asio/post.hpp>
#include <nlohmann/json.hpp>

#include "data/csv_reader.h"
#include "data/schema_inference.h"
#include "fl/federated_preprocessing.h"
#include "fl/federation_schema.h"
#include "fl/local_participant.h"
#include "network/framed_connection.h"
#include "network/log_text.h"
#include "network/site_message_checks.h"
#include "network/peer_agreement.h"
#include "network/peer_local.h"
#include "network/federation_messages.h"
#include "network/wire_messages.h"

namespace cohort::net
{

namespace asio = boost::asio;

PeerService::PeerService(IoRuntime &runtime, PeerOptions options, LogCallback log,
                         PeerEvents events, WorkQueue *work)
    : m_runtime(runtime)
    , m_options(std::move(options))
    , m_log(std::move(log))
    , m_events(std::move(events))
    , m_strand(asio::make_strand(runtime.context()))
    , m_ownWork(work ? nullptr : std::make_unique<WorkQueue>(1))
    , m_lane(work ? work->makeLane() : m_ownWork->makeLane())
    , m_local(std::make_unique<Local>())
    , m_admission(AdmissionLimits{256, 32})
    , m_rounds(m_options.rounds, m_options.roundTimeout)
    , m_joinTimer(m_strand)
    , m_roundTimer(m_strand)
    , m_outcomeFuture(m_outcomePromise.get_future().share())
{
}

// The owner stops the IoRuntime (and a shared work queue) first, so no handler outlives the
// peer; a queue of its own is stopped here, dropping jobs not started.
PeerService::~PeerService()
{
    if (m_ownWork)
        m_ownWork->stop();
}

engine::Result<void> PeerService::loadData(engine::ValidationReport &report)
{
    engine::Result<engine::RawTable> table = engine::readCsv(m_options.csvPath, {}, report);
    if (!table)
        return table.error();
    engine::InferenceOptions inference;
    inference.target = m_options.target;
    inference.minRowsPerClass = 1; // a peer under label skew may hold a class once
    const engine::DatasetSchema schema = engine::inferSchema(table.value(), inference, report);
    if (report.hasErrors())
        return engine::makeError(engine::ErrorCode::InvalidInput, "the file cannot be used",
                                 "see the validation report");
    m_local->schema = engine::federationSchemaFrom(schema);
    m_local->participant.emplace(std::move(table).value(), m_local->schema, m_options.testShare,
                                 m_options.seed);
    m_local->summary = m_local->participant->summarize(m_local->schema);
    m_local->schemaJson = engine::toJson(m_local->schema).dump();
    return {};
}

engine::Result<unsigned short> PeerService::start()
{
    if (!m_local->participant)
        return engine::makeError(engine::ErrorCode::Internal, "the peer has no data loaded");
    m_listener = FrameListener::create(m_runtime.context(), [this](asio::ip::tcp::socket socket)
                                       { attach(FramedConnection::create(std::move(socket), {})); });
    engine::Result<unsigned short> port =
        m_listener->listen(m_options.listenAddress, m_options.listenPort);
    if (!port)
        return port.error();
    m_log(logEvent(LogCode::PeerListening, m_options.listenAddress, std::to_string(port.value())));
    if (m_options.discover)
    {
        DiscoveryOptions discovery = m_options.discovery;
        discovery.peerName = m_options.name;
        discovery.tcpPort = port.value();
        discovery.interfaceAddress = m_options.listenAddress;
        m_discovery = PeerDiscovery::create(
            m_runtime.context(), discovery, [this](const DiscoveredPeer &peer)
            { asio::post(m_strand, [this, peer] { handleDiscovered(peer); }); });
        if (auto started = m_discovery->start(); !started)
        {
            m_listener->stop();
            return started.error();
        }
    }
    asio::post(m_strand,
               [this]
               {
                   for (const PeerAddress &address : m_options.peers)
                       connectTo(address, 0);
                   m_joinTimer.expires_after(m_options.joinTimeout);
                   m_joinTimer.async_wait(
                       [this](const boost::system::error_code &error)
                       {
                           if (!error)
                               agreeIfReady(true);
                       });
                   agreeIfReady(false); // nothing to wait for when no neighbour is listed
               });
    return port.value();
}

engine::Result<PeerOutcome> PeerService::wait()
{
    return m_outcomeFuture.get();
}

void PeerService::stop()
{
    asio::post(m_strand,
               [this]
               {
                   m_stopping = true;
                   // A job in progress on the lane ends the run when it returns.
                   if (!m_busy)
                       finish(engine::makeError(engine::ErrorCode::Cancelled,
                                                "the peer was stopped"));
               });
}

void PeerService::connectTo(const PeerAddress &address, int attempt)
{
    if (m_finished)
        return;
    tcpConnector(m_runtime.context(), address.host, address.port, std::chrono::seconds(5))(
        [this, address, attempt](engine::Result<Link::Pointer> link)
        {
            asio::post(m_strand,
                       [this, address, attempt, link = std::move(link)]
                       {
                           if (link)
                               return attach(link.value());
                           // Peers start at different moments: try again until the join
                           // timeout passes.
                           const auto delay = std::chrono::milliseconds(200);
                           if (m_finished || delay * (attempt + 1) > m_options.joinTimeout)
                               return;
                           auto timer = std::make_shared<asio::steady_timer>(m_strand, delay);
                           timer->async_wait(
                               [this, address, attempt, timer](const boost::system::error_code &e)
                               {
                                   if (!e)
                                       connectTo(address, attempt + 1);
                               });
                       });
        });
}

void PeerService::attach(Link::Pointer link)
{
    LinkHandlers handlers;
    handlers.onEnvelope = [this](const Link::Pointer &from, cohort::wire::Envelope envelope)
    {
        asio::post(m_strand, [this, from, envelope = std::move(envelope)]
                   { handleEnvelope(from, envelope); });
    };
    handlers.onClosed = [this](const Link::Pointer &from, const std::string &)
    { asio::post(m_strand, [this, from] { handleClosed(from); }); };
    link->startLink(handlers);
    asio::post(m_strand,
               [this, link]
               {
                   if (m_finished)
                       return link->close("the peer is done");
                   if (const std::optional<engine::Reason> refused = m_admission.admit(link->peer()))
                   {
                       m_log(logEvent(LogCode::PeerConnectionRefused, link->peer(), *refused));
                       return link->sendErrorAndClose(cohort::wire::ErrorReply::BUSY, *refused);
                   }
                   m_links.insert(link);
                   link->send(helloEnvelope());
               });
}

cohort::wire::Envelope PeerService::helloEnvelope() const
{
    cohort::wire::Envelope envelope = makeEnvelope("p2p", m_options.name, 0, 0);
    cohort::wire::PeerHello *hello = envelope.mutable_peer_hello();
    if (m_agreedHello)
        *hello = *m_agreedHello;
    hello->set_protocol_version(kProtocolVersion);
    hello->set_name(m_options.name);
    hello->set_degree(static_cast<std::uint32_t>(m_options.peers.size()));
    hello->set_schema_json(m_local->schemaJson);
    *hello->mutable_statistics() = toStatistics(m_local->summary);
    return envelope;
}

std::set<std::string> PeerService::linkedNames() const
{
    std::set<std::string> names;
    for (const auto &[name, link] : m_neighbours)
        names.insert(name);
    return names;
}

void PeerService::handleEnvelope(const Link::Pointer &link, const cohort::wire::Envelope &envelope)
{
    if (m_finished || !m_links.count(link))
        return;
    if (envelope.has_peer_hello())
        return handleHello(link, envelope.peer_hello());
    if (!envelope.has_peer_model())
        return;
    // A model counts for the neighbour this link said Hello as, whatever name it carries.
    const auto bound = m_linkNames.find(link);
    if (bound == m_linkNames.end())
        return link->sendErrorAndClose(cohort::wire::ErrorReply::OUT_OF_ORDER,
                                       engine::unworded("say Hello before sending models"));
    const std::string &name = bound->second;
    const std::optional<int> round = roundNumber(envelope.peer_model().round());
    engine::Result<std::vector<float>> parameters = fromTensor(envelope.peer_model().model());
    if (!parameters || !round)
        return m_log(round
                         ? logEvent(LogCode::PeerModelUnreadable, name, parameters.error().message)
                         : logEvent(LogCode::PeerModelForNoRound, name));
    const auto degree = envelope.peer_model().degree();
    if (!m_rounds.received(*round, engine::NeighbourModel{
                                       name, static_cast<int>(std::min<std::uint32_t>(
                                                 degree, engine::GossipRounds::kMaxDegree + 1)),
                                       std::move(parameters).value()}))
        return m_log(logEvent(LogCode::PeerModelIgnored, name, *round));
    mixIfReady(false);
}

void PeerService::handleHello(const Link::Pointer &link, const cohort::wire::PeerHello &hello)
{
    const std::string name = loggable(hello.name(), 64);
    if (name.empty() || name == m_options.name)
        return;
    // A link says Hello as one name. Two peers that dial each other share two links: both
    // count for that neighbour, models go out on the first, the other takes over if it closes.
    if (const auto bound = m_linkNames.find(link); bound != m_linkNames.end() && bound->second != name)
        return link->sendErrorAndClose(cohort::wire::ErrorReply::OUT_OF_ORDER,
                                       engine::unworded("this link said Hello as " + bound->second
                                                        + " already"));
    m_linkNames[link] = name;
    if (!m_neighbours.count(name))
    {
        m_neighbours[name] = link;
        m_log(logEvent(LogCode::PeerNeighbourJoined, name));
        // A neighbour joining a running federation missed the models already sent for the
        // rounds it is about to run: send them again.
        for (const auto &[round, sent] : m_sent)
            link->send(sent);
    }
    m_hellos[name] = hello;
    agreeIfReady(false);
}

void PeerService::handleClosed(const Link::Pointer &link)
{
    if (m_links.erase(link))
        m_admission.release(link->peer());
    m_linkNames.erase(link);
    if (m_finished && m_links.empty())
        return announceEnd();
    for (auto it = m_neighbours.begin(); it != m_neighbours.end(); ++it)
    {
        if (it->second == link)
        {
            // Another link to the same neighbour takes over: it has not left.
            const auto other = std::find_if(m_linkNames.begin(), m_linkNames.end(),
                                            [&](const auto &entry)
                                            { return entry.second == it->first; });
            if (other != m_linkNames.end())
            {
                it->second = other->first;
                break;
            }
            if (!m_finished)
                m_log(logEvent(LogCode::PeerNeighbourLeft, it->first));
            m_neighbours.erase(it);
            break;
        }
    }
    mixIfReady(false); // no need to wait for a neighbour that is gone
}

void PeerService::handleDiscovered(const DiscoveredPeer &peer)
{
    // Of two peers that find each other, the one with the smaller name dials, so that each pair
    // shares one link.
    if (m_options.name > peer.name || m_dialled.count(peer.name) || m_neighbours.count(peer.name))
        return;
    m_dialled.insert(peer.name);
    m_log(logEvent(LogCode::PeerFound, loggable(peer.name, 64), peer.host,
                   std::to_string(peer.port)));
    connectTo(PeerAddress{peer.host, peer.port}, 0);
}

} // namespace cohort::net
