// HubService's admission of a site: its Hello (protocol, join code, name), its statistics, the
// preprocessing fixed from them, and the plan that makes it ready for rounds.
#include "network/hub_service.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "network/federation_messages.h"
#include "network/log_text.h"
#include "network/site_message_checks.h"
#include "network/wire_messages.h"

namespace cohort::net
{

using Clock = std::chrono::steady_clock;

namespace
{

// After Hello a site may send a model (4 bytes per parameter) or its statistics.
std::uint32_t siteFrameBytes(const engine::MlpSpec &spec)
{
    const std::size_t model = spec.parameterCount() * 4 + spec.parameterCount() / 4;
    return static_cast<std::uint32_t>(
        std::min<std::size_t>(kMaxFrameBytes, std::max<std::size_t>(model + (1u << 20), 16u << 20)));
}

} // namespace

void HubService::handleHello(const Link::Pointer &link, const cohort::wire::Hello &hello)
{
    if (hello.protocol_version() != kProtocolVersion)
        return link->sendErrorAndClose(
            cohort::wire::ErrorReply::PROTOCOL_VERSION,
            engine::Reason{engine::ReasonCode::WrongProtocolVersion,
                           {std::to_string(kProtocolVersion)}});
    if (siteOf(link))
        return link->sendErrorAndClose(cohort::wire::ErrorReply::OUT_OF_ORDER,
                                       engine::Reason{engine::ReasonCode::HelloTwice, {}});
    // A name is shown in logs and tables: no control characters, no endless names.
    const std::string name = loggable(hello.site_name(), 64);
    if (!m_options.joinCode.empty() && hello.join_code() != m_options.joinCode)
    {
        log(logEvent(LogCode::HubWrongJoinCode, name));
        return link->sendErrorAndClose(cohort::wire::ErrorReply::BAD_JOIN_CODE,
                                       engine::Reason{engine::ReasonCode::WrongJoinCode, {}});
    }
    // A site that comes back under its name takes its old place; a second live one gets a suffix.
    const std::string base = name.empty() ? std::string("site") : name;
    std::string id = base;
    for (int suffix = 2; m_sites.count(id) && m_sites[id].link; ++suffix)
        id = base + "-" + std::to_string(suffix);
    Site &site = m_sites[id];
    site.id = id;
    site.link = link;
    site.ready = false;

    FederationPlan plan;
    plan.schema = m_options.schema;
    plan.rounds = m_options.rounds.rounds;
    plan.strategy = m_options.strategy.name;
    plan.proximalMu = m_proximalMu;
    plan.modelSpecJson = engine::toJson(m_spec).dump();
    cohort::wire::Envelope welcome;
    welcome.mutable_welcome()->set_protocol_version(kProtocolVersion);
    welcome.mutable_welcome()->set_site_id(id);
    welcome.mutable_welcome()->set_run_id(m_runId);
    *welcome.mutable_welcome()->mutable_settings() = toSettings(plan);
    send(site, std::move(welcome));
    link->setFrameLimit(siteFrameBytes(m_spec));
    log(logEvent(LogCode::HubSiteJoined, id, link->peer()));
    if (m_events.onSite)
        m_events.onSite({id, SiteUpdate::State::Joined, 0});
    // Every site declares its rows, also when the preprocessing is fixed already: its answers
    // are bounded by them.
    cohort::wire::Envelope request;
    request.mutable_statistics_request()->set_max_sketch_points(256);
    send(site, std::move(request));
}

void HubService::handleStatistics(Site &site, const cohort::wire::StatisticsResult &statistics)
{
    if (site.summary)
        return; // once per connection
    engine::SiteSummary summary = summaryFromStatistics(statistics);
    if (const std::optional<engine::Reason> refused =
            refuseStatistics(summary, statistics.evaluation_row_count(), m_options.schema))
    {
        log(logEvent(LogCode::HubStatisticsRefused, site.id, *refused));
        return site.link->sendErrorAndClose(cohort::wire::ErrorReply::SCHEMA_MISMATCH, *refused);
    }
    site.declared = {summary.rows, statistics.evaluation_row_count()};
    site.summary = std::move(summary);
    if (m_preprocessor)
        return makeReady(site);
    const auto summarised = std::count_if(m_sites.begin(), m_sites.end(),
                                          [](const auto &entry)
                                          { return entry.second.link && entry.second.summary; });
    if (summarised >= m_options.rounds.minSites)
        fixPreprocessing();
}

void HubService::fixPreprocessing()
{
    std::vector<engine::SiteSummary> summaries;
    for (const auto &[id, site] : m_sites)
    {
        if (site.link && site.summary)
            summaries.push_back(*site.summary);
    }
    engine::Result<engine::Preprocessor> combined =
        engine::combineSummaries(summaries, m_options.schema);
    if (!combined)
    {
        // Each site's statistics passed on their own: wait for more sites rather than end.
        log(logEvent(LogCode::HubStatisticsNotMergeable, combined.error().message));
        return;
    }
    m_preprocessor = std::move(combined).value();
    m_baselineClass = engine::majorityClass(summaries, m_options.schema.classNames);
    log(logEvent(LogCode::HubPreprocessingFixed, summaries.size()));
    for (auto &[id, site] : m_sites)
    {
        if (site.link && site.summary)
            makeReady(site);
    }
}

void HubService::makeReady(Site &site)
{
    if (site.ready || !site.link || m_done)
        return;
    cohort::wire::Envelope plan;
    plan.mutable_preprocessing_plan()->set_preprocessor_json(m_preprocessor->toJson().dump());
    plan.mutable_preprocessing_plan()->set_baseline_class(
        static_cast<std::uint32_t>(m_baselineClass));
    send(site, std::move(plan));
    site.ready = true;
    if (m_events.onSite)
        m_events.onSite({site.id, SiteUpdate::State::Ready, site.summary ? site.summary->rows : 0});
    if (!m_coordinator)
        startCoordinator();
    if (m_coordinator && !m_done)
        apply(m_coordinator->siteConnected(site.id, Clock::now()));
}

} // namespace cohort::net
