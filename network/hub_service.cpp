#include "network/hub_service.h"

#include <algorithm>

#include <boost/asio/post.hpp>
#include <nlohmann/json.hpp>

#include "model/mlp_classifier.h"
#include "network/federation_messages.h"
#include "fl/local_participant.h"
#include "network/framed_connection.h"
#include "network/log_text.h"
#include "network/wire_messages.h"
#include "store/resume_point.h"

namespace cohort::net
{

namespace asio = boost::asio;
using Clock = std::chrono::steady_clock;

namespace
{

// A frame before Hello is a Hello: small. A flood of large frames from strangers cannot make
// the hub buffer much.
constexpr std::uint32_t kBeforeHelloFrameBytes = 64 * 1024;

// Model inputs the schema makes: one per numeric or boolean column, one per category.
int inputWidth(const engine::FederationSchema &schema)
{
    int width = 0;
    for (const engine::FeatureSpec &feature : schema.features)
        width += feature.kind == engine::ColumnKind::Categorical
                     ? static_cast<int>(feature.categories.size())
                     : 1;
    return width;
}

} // namespace

HubService::HubService(IoRuntime &runtime, HubOptions options, HubEvents events)
    : m_runtime(runtime)
    , m_options(std::move(options))
    , m_events(std::move(events))
    , m_strand(asio::make_strand(runtime.context()))
    , m_ticker(m_strand)
    , m_shutdownTimer(m_strand)
    , m_admission(m_options.connections)
{
}

// The owner stops the IoRuntime before destroying the hub, so no handler can outlive it.
HubService::~HubService() = default;

engine::Result<unsigned short> HubService::start()
{
    if (auto valid = m_options.rounds.validate(); !valid)
        return valid.error();
    // What the hub asks of its sites must be what a site accepts: the same bounds, here.
    if (auto layers = engine::validateHiddenLayers(m_options.hiddenLayers); !layers)
        return layers.error();
    engine::LocalTrainingConfig asked;
    asked.epochs = m_options.localEpochs;
    asked.batchSize = m_options.batchSize;
    asked.learningRate = m_options.learningRate;
    if (auto training = asked.validate(); !training)
        return training.error();
    engine::Result<std::unique_ptr<engine::AggregationStrategy>> strategy =
        engine::makeAggregationStrategy(m_options.strategy);
    if (!strategy)
        return strategy.error();
    m_strategy = std::move(strategy).value();
    m_proximalMu = m_strategy->proximalMu();
    engine::Result<engine::ModelRegistry> registry = engine::ModelRegistry::open(m_options.dbPath);
    if (!registry)
        return registry.error();
    m_registry.emplace(std::move(registry).value());
    m_runId = m_options.runName;
    m_spec.inputWidth = inputWidth(m_options.schema);
    m_spec.hiddenLayers = m_options.hiddenLayers;
    m_spec.classCount = static_cast<int>(m_options.schema.classNames.size());
    m_spec.dropout = m_options.dropout;
    m_spec.weightDecay = m_options.weightDecay;
    m_evaluations.emplace(m_options.schema.classNames.size(), m_options.rounds.deadline);

    // A restarted hub resumes from its run's newest stored round, strategy state included.
    engine::Result<std::optional<engine::ResumePoint>> resume =
        engine::findResumePoint(*m_registry, m_options.runName);
    if (!resume)
        return resume.error();
    if (const std::optional<engine::ResumePoint> &point = resume.value())
    {
        if (point->strategyState)
        {
            if (auto restored = m_strategy->restoreState(*point->strategyState); !restored)
                return restored.error();
        }
        m_resumeModel = point->model;
        m_resumeRounds = point->round;
        m_preprocessor = point->preprocessor;
        m_baselineClass = point->baselineClass;
        m_spec = point->spec;
        m_lastVersion = point->versionId;
        log(logEvent(point->strategyState ? LogCode::HubResuming
                                          : LogCode::HubResumingWithoutStrategyState,
                     m_options.runName, m_resumeRounds, std::to_string(point->versionId)));
    }

    unsigned short port = 0;
    if (m_options.listen)
    {
        m_listener = FrameListener::create(m_runtime.context(),
                                           [this](asio::ip::tcp::socket socket)
                                           { accept(std::move(socket)); });
        m_listener->setErrorHandler([this](const LogEvent &event)
                                    { asio::post(m_strand, [this, event] { log(event); }); });
        engine::Result<unsigned short> bound =
            m_listener->listen(m_options.address, m_options.port);
        if (!bound)
            return bound.error();
        port = bound.value();
    }
    if (m_resumeRounds >= m_options.rounds.rounds)
    {
        // Nothing left to run: say so and end, rather than wait for sites.
        asio::post(m_strand,
                   [this]
                   {
                       log(logEvent(LogCode::HubRunAlreadyComplete, m_options.runName,
                                    m_options.rounds.rounds));
                       finish({});
                   });
        return port;
    }
    asio::post(m_strand, [this] { armTicker(); });
    return port;
}

void HubService::accept(asio::ip::tcp::socket socket)
{
    acceptLink(FramedConnection::create(std::move(socket), {}, m_options.links));
}

void HubService::acceptLink(Link::Pointer link)
{
    link->setFrameLimit(kBeforeHelloFrameBytes);
    LinkHandlers handlers;
    handlers.onEnvelope = [this](const Link::Pointer &from, cohort::wire::Envelope envelope)
    {
        asio::post(m_strand, [this, from, envelope = std::move(envelope)]() mutable
                   { handleEnvelope(from, std::move(envelope)); });
    };
    handlers.onClosed = [this](const Link::Pointer &from, const std::string &reason)
    { asio::post(m_strand, [this, from, reason] { handleClosed(from, reason); }); };
    asio::post(m_strand,
               [this, link, handlers = std::move(handlers)]() mutable
               {
                   link->startLink(std::move(handlers));
                   if (const std::optional<engine::Reason> refused = m_admission.admit(link->peer()))
                   {
                       log(logEvent(LogCode::HubConnectionRefused, link->peer(), *refused));
                       return link->sendErrorAndClose(cohort::wire::ErrorReply::BUSY, *refused);
                   }
                   m_links.insert(link);
               });
}

HubService::Site *HubService::siteOf(const Link::Pointer &link)
{
    for (auto &[id, site] : m_sites)
    {
        if (site.link == link)
            return &site;
    }
    return nullptr;
}

void HubService::handleEnvelope(const Link::Pointer &link, cohort::wire::Envelope e)
{
    if (m_done || !m_links.count(link))
        return;
    if (e.has_hello())
        return handleHello(link, e.hello());
    Site *site = siteOf(link);
    if (!site)
        return link->sendErrorAndClose(cohort::wire::ErrorReply::OUT_OF_ORDER,
                                       engine::Reason{engine::ReasonCode::HelloFirst, {}});
    if (e.has_statistics_result())
        handleStatistics(*site, e.statistics_result());
    else if (e.has_fit_result())
        handleFitResult(*site, e.fit_result());
    else if (e.has_evaluate_result())
        handleEvaluation(*site, e.evaluate_result());
    else if (e.has_round_failure())
        handleRoundFailure(*site, e.round_failure());
    else if (e.has_error())
        log(logEvent(LogCode::HubSiteReported, site->id, loggable(e.error().message()),
                     loggable(e.error().detail())));
}

void HubService::startCoordinator()
{
    std::vector<float> initial = m_resumeModel;
    if (initial.empty())
        initial = engine::MlpClassifier::create(m_spec, m_options.rounds.seed)->parameterVector();
    m_coordinator.emplace(m_options.rounds, std::move(m_strategy), std::move(initial),
                          m_resumeRounds);
    (void)m_coordinator->setPaused(m_paused, Clock::now());
    if (m_stepPending)
    {
        m_stepPending = false;
        apply(m_coordinator->stepOneRound(Clock::now()));
    }
    if (m_coordinator->phase() == engine::RoundCoordinator::Phase::Finished)
    {
        m_federationDone = true;
        log(logEvent(LogCode::HubNothingLeftToRun));
        finish({});
    }
}

void HubService::handleClosed(const Link::Pointer &link, const std::string &reason)
{
    if (m_links.erase(link))
        m_admission.release(link->peer());
    Site *site = siteOf(link);
    if (!site)
        return;
    site->link.reset();
    site->summary.reset(); // a site that comes back declares its rows again
    if (m_done)
    {
        const bool anyLeft = std::any_of(m_sites.begin(), m_sites.end(),
                                         [](const auto &entry) { return entry.second.link; });
        if (!anyLeft)
            signalDone();
        return;
    }
    const bool wasReady = site->ready;
    site->ready = false;
    log(logEvent(LogCode::HubSiteLeft, site->id, reason));
    if (m_events.onSite)
        m_events.onSite({site->id, SiteUpdate::State::Left, 0});
    const std::string id = site->id;
    m_evaluations->siteLeft(id);
    // A site that never took part keeps no place: throwaway connections leave nothing behind.
    if (!wasReady)
        m_sites.erase(id);
    if (wasReady && m_coordinator)
        apply(m_coordinator->siteDisconnected(id, Clock::now()));
    closeEvaluations();
}

void HubService::setPaused(bool paused)
{
    asio::post(m_strand,
               [this, paused]
               {
                   m_paused = paused;
                   m_stepPending = false; // pausing or resuming ends stepping
                   if (m_coordinator)
                       apply(m_coordinator->setPaused(paused, Clock::now()));
               });
}

void HubService::stepOneRound()
{
    asio::post(m_strand,
               [this]
               {
                   // A step ends paused: a coordinator started later starts paused too.
                   m_paused = true;
                   if (m_coordinator)
                       apply(m_coordinator->stepOneRound(Clock::now()));
                   else
                       m_stepPending = true;
               });
}

void HubService::stop()
{
    asio::post(m_strand, [this]
               { finish(engine::makeError(engine::ErrorCode::Cancelled,
                                        engine::Reason{engine::ReasonCode::HubStopped, {}})); });
}

} // namespace cohort::net
