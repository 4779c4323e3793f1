#include "network/peer_service.h"

#include <algorithm>
#include <set>

#include <boost/asio/steady_timer.hpp>
#include <nlohmann/json.hpp>

#include "data/data_split.h"
#include "data/preprocessor.h"
#include "data/schema_inference.h"
#include "model/mlp_classifier.h"
#include "store/model_registry.h"
#include "store/stored_model.h"
#include "network/federation_messages.h"
#include "network/wire_messages.h"
#include "train/trainer.h"

namespace cohort::net
{

namespace asio = boost::asio;
using Clock = std::chrono::steady_clock;

// The peer's own rows and what it derives from them; touched by run()'s thread only.
struct PeerService::Local
{
    engine::RawTable table;
    engine::FederationSchema schema;
    std::vector<std::size_t> trainRows;
    std::vector<std::size_t> testRows;
    engine::SiteSummary summary;
    std::optional<engine::MlpClassifier> model;
    engine::FeatureMatrix trainInputs;
    std::vector<int> trainLabels;
    engine::FeatureMatrix testInputs;
    std::vector<int> testLabels;
    std::optional<engine::Preprocessor> preprocessor;
    engine::FederationSchema agreed; // the schema all peers share
};

namespace
{

// The schema all peers share: the same features, every category and class any peer has.
engine::Result<engine::FederationSchema>
mergeSchemas(const std::vector<std::pair<std::string, engine::FederationSchema>> &schemas)
{
    engine::FederationSchema merged = schemas.front().second;
    std::set<std::string> classes(merged.classNames.begin(), merged.classNames.end());
    for (const auto &[peer, schema] : schemas)
    {
        if (schema.target != merged.target || schema.features.size() != merged.features.size())
            return engine::makeError(engine::ErrorCode::InvalidInput,
                                     "peer " + peer + " has other columns or another target");
        for (std::size_t i = 0; i < schema.features.size(); ++i)
        {
            engine::FeatureSpec &mine = merged.features[i];
            const engine::FeatureSpec &theirs = schema.features[i];
            if (mine.name != theirs.name || mine.kind != theirs.kind)
                return engine::makeError(engine::ErrorCode::InvalidInput,
                                         "peer " + peer + " has column '" + theirs.name
                                             + "' where this peer has '" + mine.name
                                             + "' (or another type)");
            std::set<std::string> categories(mine.categories.begin(), mine.categories.end());
            categories.insert(theirs.categories.begin(), theirs.categories.end());
            mine.categories.assign(categories.begin(), categories.end());
        }
        classes.insert(schema.classNames.begin(), schema.classNames.end());
    }
    merged.classNames.assign(classes.begin(), classes.end());
    return merged;
}

} // namespace

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
    const std::vector<int> labels =
        engine::encodeLabels(m_local->table, schema.target, schema.classNames);
    const engine::DataSplit split =
        engine::stratifiedSplit(labels, 0.0, m_options.testShare, m_options.seed);
    m_local->trainRows = split.train;
    m_local->testRows = split.test;
    m_local->summary = engine::summarizeSite(m_local->table, m_local->schema, split.train);
    return {};
}

cohort::wire::Envelope PeerService::helloEnvelope() const
{
    cohort::wire::Envelope envelope = makeEnvelope("p2p", m_options.name, 0, 0);
    cohort::wire::PeerHello *hello = envelope.mutable_peer_hello();
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
    std::lock_guard lock(m_mutex);
    if (envelope.has_peer_hello())
    {
        const std::string name = envelope.peer_hello().name();
        if (!m_neighbours.count(name))
        {
            m_neighbours[name] = connection;
            m_log("neighbour " + name + " joined");
        }
        m_hellos[name] = envelope.peer_hello();
    }
    else if (envelope.has_peer_model())
    {
        engine::Result<std::vector<float>> parameters = fromTensor(envelope.peer_model().model());
        if (!parameters)
            return;
        const int round = static_cast<int>(envelope.peer_model().round());
        m_inbox[round][envelope.sender()] = engine::NeighbourModel{
            envelope.sender(), static_cast<int>(envelope.peer_model().degree()),
            std::move(parameters).value()};
    }
    m_changed.notify_all();
}

engine::Result<void> PeerService::agree()
{
    std::vector<std::pair<std::string, engine::FederationSchema>> schemas{
        {m_options.name, m_local->schema}};
    std::vector<std::pair<std::string, engine::SiteSummary>> summaries{
        {m_options.name, m_local->summary}};
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait_for(lock, m_options.joinTimeout,
                           [this] { return m_hellos.size() >= m_options.peers.size(); });
        if (m_hellos.size() < m_options.peers.size())
            m_log("only " + std::to_string(m_hellos.size()) + " of "
                  + std::to_string(m_options.peers.size()) + " neighbours answered; going on");
        for (const auto &[name, hello] : m_hellos)
        {
            const nlohmann::json json = nlohmann::json::parse(hello.schema_json(), nullptr, false);
            engine::Result<engine::FederationSchema> schema =
                json.is_discarded() ? engine::Result<engine::FederationSchema>(engine::makeError(
                    engine::ErrorCode::InvalidInput, "peer " + name + " sent no schema"))
                                    : engine::federationSchemaFromJson(json);
            if (!schema)
                return schema.error();
            schemas.emplace_back(name, std::move(schema).value());
            summaries.emplace_back(name, summaryFromStatistics(hello.statistics()));
        }
    }
    // Every peer sorts by name, so that on a full mesh all derive the same preprocessing.
    std::sort(schemas.begin(), schemas.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    std::sort(summaries.begin(), summaries.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    engine::Result<engine::FederationSchema> merged = mergeSchemas(schemas);
    if (!merged)
        return merged.error();
    std::vector<engine::SiteSummary> ordered;
    for (auto &[name, summary] : summaries)
        ordered.push_back(std::move(summary));
    engine::Result<engine::Preprocessor> preprocessor =
        engine::combineSummaries(ordered, merged.value());
    if (!preprocessor)
        return preprocessor.error();
    engine::Result<engine::FeatureMatrix> inputs = preprocessor->transform(m_local->table);
    if (!inputs)
        return inputs.error();
    const std::vector<int> labels =
        engine::encodeLabels(m_local->table, merged->target, merged->classNames);
    Local &local = *m_local;
    local.trainInputs = inputs->select(local.trainRows);
    local.trainLabels = engine::labelsAt(labels, local.trainRows);
    local.testInputs = inputs->select(local.testRows);
    local.testLabels = engine::labelsAt(labels, local.testRows);
    engine::MlpSpec spec;
    spec.inputWidth = static_cast<int>(inputs->cols);
    spec.classCount = static_cast<int>(merged->classNames.size());
    engine::Result<engine::MlpClassifier> model =
        engine::MlpClassifier::create(spec, m_options.seed);
    if (!model)
        return model.error();
    local.model = std::move(model).value();
    local.preprocessor = std::move(preprocessor).value();
    local.agreed = std::move(merged).value();
    return {};
}

std::vector<engine::NeighbourModel> PeerService::collect(int round)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait_for(lock, m_options.roundTimeout,
                       [this, round]
                       {
                           return std::all_of(m_neighbours.begin(), m_neighbours.end(),
                                              [&](const auto &entry)
                                              { return m_inbox[round].count(entry.first) > 0; });
                       });
    std::vector<engine::NeighbourModel> models;
    for (auto &[name, model] : m_inbox[round])
        models.push_back(std::move(model));
    m_inbox.erase(round);
    return models;
}

std::int64_t PeerService::storeFinalModel(const PeerOutcome &outcome)
{
    Local &local = *m_local;
    engine::FederatedModel model;
    model.spec = local.model->spec();
    model.weights = outcome.parameters;
    model.preprocessor = &*local.preprocessor;
    model.target = local.agreed.target;
    model.classNames = local.agreed.classNames;
    model.name = "p2p (kept at " + m_options.name + ")";
    model.round = static_cast<int>(outcome.rounds.size());
    model.metricsJson = nlohmann::json{{"accuracy", outcome.localAccuracy},
                                       {"scope", "this peer's evaluation rows"}}
                            .dump();
    engine::Result<engine::ModelRegistry> registry = engine::ModelRegistry::open(m_options.dbPath);
    engine::Result<std::int64_t> saved = registry
                                             ? engine::saveFederatedVersion(registry.value(), model)
                                             : engine::Result<std::int64_t>(registry.error());
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

engine::Result<PeerOutcome> PeerService::run(const std::function<void(const PeerRound &)> &onRound)
{
    engine::Result<unsigned short> port = listen();
    if (!port)
        return port.error();
    m_log("listening on " + m_options.listenAddress + ":" + std::to_string(port.value()));
    for (const PeerAddress &address : m_options.peers)
        connectTo(address, 0);
    if (auto agreed = agree(); !agreed)
        return agreed.error();
    Local &local = *m_local;
    const int degree = static_cast<int>(m_options.peers.size());
    PeerOutcome outcome;
    for (int round = 1; round <= m_options.rounds; ++round)
    {
        const auto start = Clock::now();
        engine::TrainOptions train;
        train.epochs = m_options.localEpochs;
        train.batchSize = m_options.batchSize;
        train.learningRate = m_options.learningRate;
        train.optimizer = engine::OptimizerKind::Sgd;
        train.patience = 0;
        train.seed = m_options.seed + static_cast<std::uint64_t>(round);
        if (auto trained = engine::trainClassifier(*local.model, local.trainInputs,
                                                   local.trainLabels, {}, {}, train);
            !trained)
            return trained.error();
        const std::vector<float> mine = local.model->parameterVector();
        cohort::wire::Envelope envelope =
            makeEnvelope("p2p", m_options.name, static_cast<std::uint64_t>(round), 0);
        envelope.mutable_peer_model()->set_round(static_cast<std::uint64_t>(round));
        envelope.mutable_peer_model()->set_degree(static_cast<std::uint32_t>(degree));
        *envelope.mutable_peer_model()->mutable_model() = toTensor(mine);
        {
            std::lock_guard lock(m_mutex);
            for (const auto &[name, connection] : m_neighbours)
                connection->send(envelope);
        }
        const std::vector<engine::NeighbourModel> heard = collect(round);
        engine::Result<std::vector<float>> mixed = engine::gossipAverage(mine, degree, heard);
        if (!mixed)
            return mixed.error();
        (void)local.model->setParameters(mixed.value());
        PeerRound report;
        report.round = round;
        report.neighboursHeard = static_cast<int>(heard.size());
        report.localAccuracy = local.model->evaluate(local.testInputs, local.testLabels).accuracy;
        report.seconds = std::chrono::duration<double>(Clock::now() - start).count();
        outcome.rounds.push_back(report);
        if (onRound)
            onRound(report);
    }
    outcome.parameters = local.model->parameterVector();
    if (!m_options.dbPath.empty())
        outcome.versionId = storeFinalModel(outcome);
    outcome.localAccuracy = outcome.rounds.empty() ? 0.0 : outcome.rounds.back().localAccuracy;
    // Give the neighbours a moment to receive the last round's model before the links close.
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    m_listener->stop();
    return outcome;
}

} // namespace cohort::net
