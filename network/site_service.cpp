#include "network/site_service.h"

#include <algorithm>

#include <boost/asio/post.hpp>
#include <nlohmann/json.hpp>

#include "fl/federated_preprocessing.h"
#include "model/mlp_spec.h"
#include "network/log_text.h"
#include "network/wire_messages.h"

namespace cohort::net
{

namespace asio = boost::asio;
using cohort::wire::RoundFailure;

namespace
{

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

SiteService::SiteService(IoRuntime &runtime, SiteOptions options, LogCallback log,
                         FinishedCallback onFinished, WorkQueue *work)
    : m_runtime(runtime)
    , m_options(std::move(options))
    , m_log(std::move(log))
    , m_onFinished(std::move(onFinished))
    , m_strand(asio::make_strand(runtime.context()))
    , m_ownWork(work ? nullptr : std::make_unique<WorkQueue>(1))
    , m_lane(work ? work->makeLane() : m_ownWork->makeLane())
    , m_reconnectTimer(m_strand)
    , m_outcome(m_outcomePromise.get_future().share())
{
    if (!m_options.connector)
        m_options.connector = tcpConnector(runtime.context(), m_options.host, m_options.port,
                                           std::chrono::seconds(5));
}

// The owner stops the IoRuntime (and a shared work queue) first, so no handler outlives the
// site; a queue of its own is stopped here, dropping jobs not started.
SiteService::~SiteService()
{
    if (m_ownWork)
        m_ownWork->stop();
}

engine::Result<void> SiteService::loadData()
{
    engine::ValidationReport report;
    engine::Result<engine::RawTable> table =
        engine::readCsv(m_options.csvPath, m_options.csv, report);
    {
        std::lock_guard lock(m_reportMutex);
        m_report = report;
    }
    if (!table)
        return table.error();
    m_table = std::move(table).value();
    return {};
}

void SiteService::start()
{
    asio::post(m_strand, [this] { connect(); });
}

void SiteService::connect()
{
    if (m_finished)
        return;
    ++m_attempts;
    m_options.connector(
        [this](engine::Result<Link::Pointer> link)
        {
            asio::post(m_strand,
                       [this, link = std::move(link)]
                       {
                           if (!link)
                               return scheduleReconnect(false, link.error().message);
                           attach(link.value());
                       });
        });
}

void SiteService::attach(Link::Pointer link)
{
    if (m_finished)
        return link->close("the site is done");
    LinkHandlers handlers;
    handlers.onEnvelope = [this](const Link::Pointer &from, cohort::wire::Envelope envelope)
    {
        auto shared = std::make_shared<const cohort::wire::Envelope>(std::move(envelope));
        asio::post(m_strand, [this, from, shared] { handleEnvelope(from, shared); });
    };
    // A hub's broadcast in process arrives shared: the global model is not copied per site.
    handlers.onSharedEnvelope =
        [this](const Link::Pointer &from, std::shared_ptr<const cohort::wire::Envelope> shared)
    { asio::post(m_strand, [this, from, shared] { handleEnvelope(from, shared); }); };
    handlers.onClosed = [this](const Link::Pointer &from, const std::string &why)
    {
        asio::post(m_strand,
                   [this, from, why]
                   {
                       if (from != m_link)
                           return;
                       m_link.reset();
                       if (!m_leaving)
                           scheduleReconnect(true, why);
                   });
    };
    m_link = link;
    m_attempts = 0;
    link->startLink(handlers);
    cohort::wire::Envelope hello;
    hello.mutable_hello()->set_protocol_version(kProtocolVersion);
    hello.mutable_hello()->set_site_name(m_options.name);
    hello.mutable_hello()->set_join_code(m_options.joinCode);
    send(std::move(hello));
    m_log(logEvent(LogCode::SiteConnected, link->peer()));
}

void SiteService::scheduleReconnect(bool closed, const std::string &why)
{
    if (m_finished)
        return;
    if (m_attempts >= m_options.connectAttempts)
        return finish(1,
                      logEvent(closed ? LogCode::SiteGaveUpAfterClose : LogCode::SiteGaveUp, why));
    // Exponential backoff, so that a restarting hub is not flooded with connection attempts.
    const auto delay =
        std::min(m_options.maxBackoff, m_options.firstBackoff * (1 << std::min(m_attempts, 5)));
    m_log(logEvent(closed ? LogCode::SiteReconnectingAfterClose : LogCode::SiteReconnecting,
                   delay.count(), why));
    m_reconnectTimer.expires_after(delay);
    m_reconnectTimer.async_wait(
        [this](const boost::system::error_code &error)
        {
            if (!error)
                connect();
        });
}

void SiteService::handleEnvelope(const Link::Pointer &from,
                                 std::shared_ptr<const cohort::wire::Envelope> envelope)
{
    if (from != m_link || m_finished)
        return;
    const cohort::wire::Envelope &e = *envelope;
    using Body = cohort::wire::Envelope::BodyCase;
    switch (e.body_case())
    {
    case Body::kWelcome:
        m_siteId = e.welcome().site_id();
        m_runId = e.welcome().run_id();
        asio::post(m_lane, [this, welcome = e.welcome()] { handleWelcome(welcome); });
        break;
    case Body::kStatisticsRequest:
        asio::post(m_lane, [this, request = e.statistics_request()]
                   { handleStatisticsRequest(request); });
        break;
    case Body::kPreprocessingPlan:
        asio::post(m_lane, [this, plan = e.preprocessing_plan()] { handlePlan(plan); });
        break;
    case Body::kFitRequest:
        // Requests are numbered as they arrive: a restarted hub may ask a lower round again,
        // and a failed round is asked again under its own number.
        asio::post(m_lane,
                   [this, envelope, arrived = std::chrono::steady_clock::now(),
                    serial = ++m_fitRequests]
                   {
                       const auto start = std::chrono::steady_clock::now();
                       // A request that waited past its deadline, or that a newer round
                       // replaced, is stale: the hub has moved on. Skipping it keeps this
                       // site from training round after round nobody waits for.
                       const cohort::wire::FitRequest &request = envelope->fit_request();
                       const auto waited = start - arrived;
                       if (serial < m_fitRequests
                           || (request.deadline_ms() > 0
                               && waited > std::chrono::milliseconds(request.deadline_ms())))
                           return m_log(logEvent(LogCode::SiteFitSkipped, request.round()));
                       handleFit(request);
                       if (m_options.onLocalWork)
                           m_options.onLocalWork(true,
                                                 static_cast<int>(envelope->fit_request().round()),
                                                 secondsSince(start));
                   });
        break;
    case Body::kEvaluateRequest:
        asio::post(m_lane,
                   [this, envelope]
                   {
                       const auto start = std::chrono::steady_clock::now();
                       handleEvaluate(envelope->evaluate_request());
                       if (m_options.onLocalWork)
                           m_options.onLocalWork(
                               false, static_cast<int>(envelope->evaluate_request().round()),
                               secondsSince(start));
                   });
        break;
    case Body::kRoundSummary:
        // On the lane, after this round's evaluation there: its accuracy goes with it.
        asio::post(m_lane, [this, envelope] { handleRoundSummary(envelope->round_summary()); });
        break;
    case Body::kRoundFailure:
        m_log(logEvent(LogCode::SiteRoundRefused, e.round_failure().round(),
                       reasonOf(e.round_failure())));
        break;
    case Body::kGoodbye:
        // After the jobs still queued, keep the final model, then end.
        m_leaving = true;
        asio::post(m_lane,
                   [this, ending = e.goodbye().all_rounds_done()
                                       ? logEvent(LogCode::SiteAllRoundsDone)
                                       : logEvent(LogCode::SiteFederationEnded,
                                                  loggable(e.goodbye().reason()))]
                   {
                       keepFinalModel();
                       finishFromWork(0, ending);
                   });
        break;
    case Body::kError:
    {
        const bool refused = e.error().code() == cohort::wire::ErrorReply::BAD_JOIN_CODE
                             || e.error().code() == cohort::wire::ErrorReply::PROTOCOL_VERSION;
        if (refused)
            finish(2, logEvent(LogCode::SiteRefused, reasonOf(e.error())));
        else
            m_log(logEvent(LogCode::SiteHubReported, reasonOf(e.error())));
        break;
    }
    default:
        break;
    }
}

void SiteService::send(cohort::wire::Envelope envelope)
{
    if (!m_link)
        return;
    envelope.set_run_id(m_runId);
    envelope.set_sender(m_siteId.empty() ? m_options.name : m_siteId);
    envelope.set_message_id(m_nextMessageId++);
    m_link->send(std::move(envelope));
}

void SiteService::finish(int exitCode, const LogEvent &ending)
{
    if (m_finished)
        return;
    m_finished = true;
    m_reconnectTimer.cancel();
    SiteOutcome outcome;
    outcome.exitCode = exitCode;
    outcome.ending = ending;
    outcome.message = englishText(ending);
    {
        std::lock_guard lock(m_reportMutex);
        outcome.report = m_report;
    }
    outcome.roundsTrained = m_roundsTrained.load();
    outcome.storedVersion = m_storedVersion.load();
    m_log(ending);
    if (m_link)
        m_link->closeAfterWrites("the site is done");
    m_outcomePromise.set_value(outcome);
    if (m_onFinished)
        m_onFinished(outcome);
}

void SiteService::sendFromWork(cohort::wire::Envelope envelope)
{
    asio::post(m_strand, [this, envelope = std::move(envelope)]() mutable
               { send(std::move(envelope)); });
}

void SiteService::finishFromWork(int exitCode, LogEvent ending)
{
    asio::post(m_strand,
               [this, exitCode, ending = std::move(ending)] { finish(exitCode, ending); });
}

void SiteService::reportFailure(std::uint64_t round, RoundFailure::Step step,
                                const engine::Reason &reason)
{
    m_log(
        logEvent(step == RoundFailure::FIT ? LogCode::SiteFitFailed : LogCode::SiteEvaluationFailed,
                 round, reason));
    cohort::wire::Envelope envelope;
    envelope.set_group_id(round);
    envelope.mutable_round_failure()->set_round(round);
    envelope.mutable_round_failure()->set_step(step);
    setReason(*envelope.mutable_round_failure(), reason);
    sendFromWork(std::move(envelope));
}

SiteOutcome SiteService::wait()
{
    return m_outcome.get();
}

void SiteService::stop()
{
    asio::post(m_strand, [this] { finish(1, logEvent(LogCode::SiteStopped)); });
}

} // namespace cohort::net
