#include "network/peer_service.h"

#include <algorithm>

#include <boost/asio/steady_timer.hpp>
#include <nlohmann/json.hpp>

#include "data/data_split.h"
#include "data/preprocessor.h"
#include "data/schema_inference.h"
#include "store/stored_model.h"
#include "network/federation_messages.h"
#include "network/peer_agreement.h"
#include "network/wire_messages.h"

namespace cohort::net
{

namespace asio = boost::asio;
using Clock = std::chrono::steady_clock;

// The peer's own rows and what it derives from them; touched by run()'s thread only.
struct PeerService::Local
{
    engine::RawTable table;          // until the participant takes it
    engine::FederationSchema schema; // this peer's own, from its file
    engine::SiteSummary summary;
    std::optional<engine::LocalParticipant> participant;
    engine::FederationSchema agreed; // the schema all peers share
    std::optional<engine::Preprocessor> preprocessor;
};

PeerService::PeerService(IoRuntime &runtime, PeerOptions options, LogCallback log)
    : m_runtime(runtime)
    , m_options(std::move(options))
    , m_log(std::move(log))
    , m_local(std::make_unique<Local>())
{
}

// The owner stops the IoRuntime first, so no network handler can outlive the peer.
PeerService::~PeerService() = default;

engine::Result<void> PeerService::loadData(engine::ValidationReport &report)
{
    engine::Result<engine::RawTable> table = engine::readCsv(m_options.csvPath, {}, report);
    if (!table)
        return table.error();
    m_local->table = std::move(table).value();
    engine::InferenceOptions inference;
    inference.target = m_options.target;
    inference.minRowsPerClass = 1; // a peer under label skew may hold a class once
    const engine::DatasetSchema schema = engine::inferSchema(m_local->table, inference, report);
    if (report.hasErrors())
        return engine::makeError(engine::ErrorCode::InvalidInput, "the file cannot be used",
                                 "see the validation report");
    m_local->schema = engine::federationSchemaFrom(schema);
    m_local->participant.emplace(std::move(m_local->table), m_local->schema, m_options.testShare,
                                 m_options.seed);
    m_local->summary = m_local->participant->summarize(m_local->schema);
    return {};
}

cohort::wire::Envelope PeerService::helloEnvelope() const
{
    cohort::wire::Envelope envelope = makeEnvelope("p2p", m_options.name, 0, 0);
    cohort::wire::PeerHello *hello = envelope.mutable_peer_hello();
    {
        std::lock_guard lock(m_mutex);
        if (m_agreedHello)
            *hello = *m_agreedHello;
    }
    hello->set_protocol_version(kProtocolVersion);
    hello->set_name(m_options.name);
    hello->set_degree(static_cast<std::uint32_t>(m_options.peers.size()));
    hello->set_schema_json(engine::toJson(m_local->schema).dump());
    *hello->mutable_statistics() = toStatistics(m_local->summary);
    return envelope;
}

engine::Result<unsigned short> PeerService::listen()
{
    m_listener = FrameListener::create(m_runtime.context(), [this](asio::ip::tcp::socket socket)
                                       { attach(std::move(socket), false); });
    return m_listener->listen(m_options.listenAddress, m_options.listenPort);
}

void PeerService::connectTo(const PeerAddress &address, int attempt)
{
    connectWithTimeout(m_runtime.context(), address.host, address.port, std::chrono::seconds(5),
                       [this, address, attempt](engine::Result<asio::ip::tcp::socket> socket)
                       {
                           if (socket)
                           {
                               attach(std::move(socket).value(), true);
                               return;
                           }
                           // Peers start at different moments: try again until the join timeout
                           // passes.
                           const auto delay = std::chrono::milliseconds(200);
                           if (delay * (attempt + 1) > m_options.joinTimeout)
                               return;
                           auto timer =
                               std::make_shared<asio::steady_timer>(m_runtime.context(), delay);
                           timer->async_wait(
                               [this, address, attempt, timer](const boost::system::error_code &e)
                               {
                                   if (!e)
                                       connectTo(address, attempt + 1);
                               });
                       });
}

void PeerService::attach(asio::ip::tcp::socket socket, bool)
{
    FramedConnection::Handlers handlers;
    handlers.onEnvelope =
        [this](const FramedConnection::Pointer &connection, cohort::wire::Envelope envelope)
    { handle(connection, std::move(envelope)); };
    handlers.onClosed = [this](const FramedConnection::Pointer &connection, const std::string &)
    {
        std::lock_guard lock(m_mutex);
        for (auto it = m_neighbours.begin(); it != m_neighbours.end(); ++it)
        {
            if (it->second == connection)
            {
                m_log("neighbour " + it->first + " left");
                m_neighbours.erase(it);
                break;
            }
        }
        m_changed.notify_all();
    };
    auto connection = FramedConnection::create(std::move(socket), handlers);
    connection->start();
    connection->send(helloEnvelope());
}

void PeerService::handle(const FramedConnection::Pointer &connection,
                         cohort::wire::Envelope envelope)
{
    if (envelope.has_peer_hello())
    {
        handleHello(connection, envelope.peer_hello());
        return;
    }
    if (!envelope.has_peer_model())
        return;
    engine::Result<std::vector<float>> parameters = fromTensor(envelope.peer_model().model());
    if (!parameters)
        return;
    std::lock_guard lock(m_mutex);
    const int round = static_cast<int>(envelope.peer_model().round());
    m_inbox[round][envelope.sender()] =
        engine::NeighbourModel{envelope.sender(), static_cast<int>(envelope.peer_model().degree()),
                               std::move(parameters).value()};
    m_changed.notify_all();
}

void PeerService::handleHello(const FramedConnection::Pointer &connection,
                              const cohort::wire::PeerHello &hello)
{
    std::lock_guard lock(m_mutex);
    const std::string &name = hello.name();
    if (name.empty() || name == m_options.name)
        return;
    if (!m_neighbours.count(name))
    {
        m_neighbours[name] = connection;
        m_log("neighbour " + name + " joined");
        // A neighbour joining a running federation missed the models already sent for the
        // rounds it is about to run: send them again.
        for (const auto &[round, sent] : m_sent)
            connection->send(sent);
    }
    m_hellos[name] = hello;
    m_changed.notify_all();
}

void PeerService::handleDiscovered(const DiscoveredPeer &peer)
{
    std::lock_guard lock(m_mutex);
    // Of two peers that find each other, the one with the smaller name dials, so that each pair
    // shares one link.
    if (m_options.name > peer.name || m_dialled.count(peer.name) || m_neighbours.count(peer.name))
        return;
    m_dialled.insert(peer.name);
    m_log("found " + peer.name + " at " + peer.host + ":" + std::to_string(peer.port));
    connectTo(PeerAddress{peer.host, peer.port}, 0);
}

std::size_t PeerService::neighboursToWaitFor() const
{
    return m_options.minPeers > 0 ? static_cast<std::size_t>(m_options.minPeers)
                                  : m_options.peers.size();
}

engine::Result<int> PeerService::agree()
{
    std::unique_lock lock(m_mutex);
    const std::size_t wanted = neighboursToWaitFor();
    const auto ready = [this, wanted]
    {
        return m_stopping || m_hellos.size() >= wanted
               || std::any_of(m_hellos.begin(), m_hellos.end(),
                              [](const auto &entry)
                              { return helloCarriesAgreement(entry.second); });
    };
    m_changed.wait_for(lock, m_options.joinTimeout, ready);
    if (m_stopping)
        return engine::makeError(engine::ErrorCode::Cancelled, "the peer was stopped");
    if (!ready())
        m_log("only " + std::to_string(m_hellos.size()) + " of " + std::to_string(wanted)
              + " neighbours answered; going on");
    const std::map<std::string, cohort::wire::PeerHello> hellos = m_hellos;
    lock.unlock();

    Local &local = *m_local;
    engine::Result<PeerAgreement> agreement =
        agreeWithNeighbours({m_options.name, local.schema, local.summary}, hellos);
    if (!agreement)
        return agreement.error();
    engine::MlpSpec spec;
    spec.inputWidth = static_cast<int>(agreement->preprocessor.outputWidth());
    spec.hiddenLayers = m_options.hiddenLayers;
    spec.classCount = static_cast<int>(agreement->schema.classNames.size());
    if (auto prepared = local.participant->prepare(agreement->schema, agreement->preprocessor, spec,
                                                   agreement->baselineClass);
        !prepared)
        return prepared.error();
    if (agreement->model)
    {
        if (auto adopted = local.participant->setModel(*agreement->model); !adopted)
            return engine::makeError(engine::ErrorCode::InvalidInput,
                                     "the model of " + agreement->adoptedFrom
                                         + " does not fit this peer's columns",
                                     adopted.error().message);
        m_log("caught up from " + agreement->adoptedFrom + " after round "
              + std::to_string(agreement->completedRounds));
    }
    local.preprocessor = std::move(agreement->preprocessor);
    local.agreed = std::move(agreement->schema);
    m_adoptedFrom = agreement->adoptedFrom;
    m_baselineClass = agreement->baselineClass;
    noteCompletedRound(agreement->completedRounds, local.participant->model());
    return agreement->completedRounds;
}

void PeerService::noteCompletedRound(int round, const std::vector<float> &model)
{
    cohort::wire::PeerHello hello;
    describeAgreement(hello, m_local->agreed, *m_local->preprocessor, round, model);
    std::lock_guard lock(m_mutex);
    m_agreedHello = std::move(hello);
    // Models of finished rounds will not be collected any more.
    m_inbox.erase(m_inbox.begin(), m_inbox.upper_bound(round));
}

void PeerService::publishModel(int round, const std::vector<float> &model, int degree)
{
    cohort::wire::Envelope envelope =
        makeEnvelope("p2p", m_options.name, static_cast<std::uint64_t>(round), 0);
    envelope.mutable_peer_model()->set_round(static_cast<std::uint64_t>(round));
    envelope.mutable_peer_model()->set_degree(static_cast<std::uint32_t>(degree));
    *envelope.mutable_peer_model()->mutable_model() = toTensor(model);
    std::lock_guard lock(m_mutex);
    for (const auto &[name, connection] : m_neighbours)
        connection->send(envelope);
    m_sent[round] = std::move(envelope);
    while (m_sent.size() > 2)
        m_sent.erase(m_sent.begin());
}

std::vector<engine::NeighbourModel> PeerService::collect(int round)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait_for(lock, m_options.roundTimeout,
                       [this, round]
                       {
                           return m_stopping
                                  || std::all_of(m_neighbours.begin(), m_neighbours.end(),
                                                 [&](const auto &entry)
                                                 { return m_inbox[round].count(entry.first) > 0; });
                       });
    std::vector<engine::NeighbourModel> models;
    for (auto &[name, model] : m_inbox[round])
        models.push_back(std::move(model));
    m_inbox.erase(round);
    return models;
}

engine::Result<PeerRound> PeerService::runRound(int round)
{
    const auto start = Clock::now();
    Local &local = *m_local;
    engine::LocalTrainingConfig train;
    train.epochs = m_options.localEpochs;
    train.batchSize = m_options.batchSize;
    train.learningRate = m_options.learningRate;
    engine::Result<engine::LocalFit> fit =
        local.participant->fit(local.participant->model(), train, round);
    if (!fit)
        return fit.error();
    const std::vector<float> &mine = fit->parameters;
    int degree = 0;
    {
        std::lock_guard lock(m_mutex);
        degree = std::max<int>(1, static_cast<int>(m_neighbours.size()));
    }
    publishModel(round, mine, degree);
    const std::vector<engine::NeighbourModel> heard = collect(round);
    // A neighbour that joined after this round's model went out still counts in the mixing.
    engine::Result<std::vector<float>> mixed =
        engine::gossipAverage(mine, std::max(degree, static_cast<int>(heard.size())), heard);
    if (!mixed)
        return mixed.error();
    (void)local.participant->setModel(mixed.value());
    noteCompletedRound(round, mixed.value());
    PeerRound report;
    report.round = round;
    report.neighbours = degree;
    report.neighboursHeard = static_cast<int>(heard.size());
    report.localAccuracy = local.participant->localAccuracy();
    report.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    return report;
}

std::int64_t PeerService::storeFinalModel(const PeerOutcome &outcome)
{
    engine::Result<std::int64_t> saved = m_local->participant->keepFinalModel(
        m_options.dbPath, "p2p (kept at " + m_options.name + ")",
        outcome.firstRound - 1 + static_cast<int>(outcome.rounds.size()));
    if (!saved)
    {
        m_log("could not keep the final model in " + m_options.dbPath + ": "
              + saved.error().message);
        return 0;
    }
    m_log("kept the final model as version " + std::to_string(saved.value()) + " in "
          + m_options.dbPath);
    return saved.value();
}

void PeerService::stop()
{
    std::lock_guard lock(m_mutex);
    m_stopping = true;
    m_changed.notify_all();
}

engine::Result<PeerOutcome> PeerService::run(const std::function<void(const PeerRound &)> &onRound)
{
    engine::Result<unsigned short> port = listen();
    if (!port)
        return port.error();
    m_log("listening on " + m_options.listenAddress + ":" + std::to_string(port.value()));
    for (const PeerAddress &address : m_options.peers)
        connectTo(address, 0);
    if (m_options.discover)
    {
        DiscoveryOptions discovery = m_options.discovery;
        discovery.peerName = m_options.name;
        discovery.tcpPort = port.value();
        discovery.interfaceAddress = m_options.listenAddress;
        m_discovery =
            PeerDiscovery::create(m_runtime.context(), discovery,
                                  [this](const DiscoveredPeer &peer) { handleDiscovered(peer); });
        if (auto started = m_discovery->start(); !started)
            return started.error();
    }
    engine::Result<int> completed = agree();
    if (!completed)
        return completed.error();
    PeerOutcome outcome;
    outcome.firstRound = completed.value() + 1;
    outcome.caughtUpFrom = m_adoptedFrom;
    for (int round = outcome.firstRound; round <= m_options.rounds; ++round)
    {
        const auto start = Clock::now();
        if (std::lock_guard lock(m_mutex); m_stopping)
            return engine::makeError(engine::ErrorCode::Cancelled, "the peer was stopped");
        engine::Result<PeerRound> report = runRound(round);
        if (!report)
            return report.error();
        std::this_thread::sleep_until(start + m_options.minRoundTime);
        outcome.rounds.push_back(report.value());
        if (onRound)
            onRound(report.value());
    }
    outcome.parameters = m_local->participant->model();
    if (!m_options.dbPath.empty())
        outcome.versionId = storeFinalModel(outcome);
    outcome.localAccuracy = outcome.rounds.empty() ? 0.0 : outcome.rounds.back().localAccuracy;
    // Give the neighbours a moment to receive the last round's model before the links close.
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    if (m_discovery)
        m_discovery->stop();
    m_listener->stop();
    return outcome;
}

} // namespace cohort::net
