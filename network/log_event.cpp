#include "network/log_event.h"

#include <algorithm>
#include <array>

#include <nlohmann/json.hpp>

#include "core/code_table.h"
#include "core/text_template.h"

namespace cohort::net
{

namespace
{

struct LogCodeEntry
{
    LogCode code;
    std::string_view name;
    std::string_view english;
};

// One row per code, in the enum's order; the English is what the CLI has always printed.
constexpr std::array kEntries{
    LogCodeEntry{LogCode::HubResuming, "hub.resuming", "resuming %1 after round %2 (version %3)"},
    LogCodeEntry{LogCode::HubResumingWithoutStrategyState, "hub.resuming_without_strategy_state",
                 "resuming %1 after round %2 (version %3); this older run kept no strategy "
                 "state"},
    LogCodeEntry{LogCode::HubRunAlreadyComplete, "hub.run_already_complete",
                 "the run %1 already has all its %2 rounds"},
    LogCodeEntry{LogCode::HubNothingLeftToRun, "hub.nothing_left_to_run",
                 "the run already has all its rounds"},
    LogCodeEntry{LogCode::HubConnectionRefused, "hub.connection_refused",
                 "refused a connection from %1: %2"},
    LogCodeEntry{LogCode::HubSiteReported, "hub.site_reported", "%1 reported: %2 (%3)"},
    LogCodeEntry{LogCode::HubWrongJoinCode, "hub.wrong_join_code", "refused %1: wrong join code"},
    LogCodeEntry{LogCode::HubSiteJoined, "hub.site_joined", "%1 joined from %2"},
    LogCodeEntry{LogCode::HubStatisticsRefused, "hub.statistics_refused",
                 "%1 %2; it is not admitted"},
    LogCodeEntry{LogCode::HubStatisticsNotMergeable, "hub.statistics_not_mergeable",
                 "cannot merge the sites' statistics yet: %1; waiting for more sites"},
    LogCodeEntry{LogCode::HubPreprocessingFixed, "hub.preprocessing_fixed",
                 "preprocessing fixed from %1 sites' statistics"},
    LogCodeEntry{LogCode::HubSiteLeft, "hub.site_left", "%1 left: %2"},
    LogCodeEntry{LogCode::HubResultForUnknownRound, "hub.result_for_unknown_round",
                 "ignored a result from %1 for round %2 (no such round)"},
    LogCodeEntry{LogCode::HubSiteEvaluationFailed, "hub.site_evaluation_failed",
                 "%1 could not evaluate round %2: %3"},
    LogCodeEntry{LogCode::HubSiteEvaluationFailedSilently, "hub.site_evaluation_failed_silently",
                 "%1 could not evaluate round %2: gave no reason"},
    LogCodeEntry{LogCode::HubEvaluationRefused, "hub.evaluation_refused", "%1 %2"},
    LogCodeEntry{LogCode::HubEvaluationFailure, "hub.evaluation_failure", "%1 of round %2: %3"},
    LogCodeEntry{LogCode::HubRoundEvaluationFailure, "hub.round_evaluation_failure",
                 "the evaluation of round %1: %2"},
    LogCodeEntry{LogCode::HubRoundEvent, "hub.round_event", "%1"},
    LogCodeEntry{LogCode::HubRoundSiteJoined, "hub.round.site_joined", "%1 joined"},
    LogCodeEntry{LogCode::HubRoundSiteLeft, "hub.round.site_left", "%1 left"},
    LogCodeEntry{LogCode::HubRoundResultIgnored, "hub.round.result_ignored",
                 "ignored a result from %1 for round %2 (late, duplicate or not asked)"},
    LogCodeEntry{LogCode::HubRoundLateResultIgnored, "hub.round.late_result_ignored",
                 "ignored a late result from %1"},
    LogCodeEntry{LogCode::HubRoundFitFailed, "hub.round.fit_failed",
                 "%1 could not train in round %2: %3"},
    LogCodeEntry{LogCode::HubRoundUpdateRefused, "hub.round.update_refused", "%1 %2"},
    LogCodeEntry{LogCode::HubRoundPaused, "hub.round.paused",
                 "paused: no new round starts until resumed"},
    LogCodeEntry{LogCode::HubRoundResumed, "hub.round.resumed", "resumed"},
    LogCodeEntry{LogCode::HubRoundSteppingOneRound, "hub.round.stepping_one_round",
                 "running one round, then pausing"},
    LogCodeEntry{LogCode::HubRoundRoundStarted, "hub.round.started",
                 "round %1 started with %2 of %3 sites"},
    LogCodeEntry{LogCode::HubRoundQuorumMissed, "hub.round.quorum_missed",
                 "round %1 missed its quorum (%2 of %3 results)"},
    LogCodeEntry{LogCode::HubRoundQuorumMissedSingleUpdate, "hub.round.quorum_missed_single_update",
                 "round %1 missed its quorum (%2 of %3 results; one site's update alone is never "
                 "sent to the others)"},
    LogCodeEntry{LogCode::HubRoundAggregationFailed, "hub.round.aggregation_failed",
                 "round %1 could not aggregate: %2"},
    LogCodeEntry{LogCode::HubRoundPausedAfterRound, "hub.round.paused_after_round",
                 "paused after round %1: no new round starts until the next step or resume"},
    LogCodeEntry{LogCode::HubRoundRoundRetry, "hub.round.retry",
                 "round %1 will run again in %2 ms"},
    LogCodeEntry{LogCode::HubRoundFinished, "hub.round.finished",
                 "the federation finished after %1 rounds"},
    LogCodeEntry{LogCode::ListenerPaused, "listener.paused",
                 "cannot accept connections (%1); trying again in %2 ms"},
    LogCodeEntry{LogCode::SiteConnected, "site.connected", "connected to the hub at %1"},
    LogCodeEntry{LogCode::SiteReconnecting, "site.reconnecting", "reconnecting in %1 ms (%2)"},
    LogCodeEntry{LogCode::SiteReconnectingAfterClose, "site.reconnecting_after_close",
                 "reconnecting in %1 ms (the connection closed: %2)"},
    LogCodeEntry{LogCode::SiteGaveUp, "site.gave_up", "gave up reaching the hub: %1"},
    LogCodeEntry{LogCode::SiteGaveUpAfterClose, "site.gave_up_after_close",
                 "gave up reaching the hub: the connection closed: %1"},
    LogCodeEntry{LogCode::SiteJoined, "site.joined",
                 "joined as %1 with %2 training and %3 evaluation rows"},
    LogCodeEntry{LogCode::SiteFitSkipped, "site.fit_skipped",
                 "skipped the fit for round %1: the hub has moved on"},
    LogCodeEntry{LogCode::SiteFitFailed, "site.fit_failed", "could not train in round %1: %2"},
    LogCodeEntry{LogCode::SiteEvaluationFailed, "site.evaluation_failed",
                 "could not evaluate round %1: %2"},
    LogCodeEntry{LogCode::SiteRoundRefused, "site.round_refused",
                 "round %1: the hub refused it: this site %2"},
    LogCodeEntry{LogCode::SiteHubReported, "site.hub_reported", "the hub reported: %1"},
    LogCodeEntry{LogCode::SiteRefused, "site.refused", "the hub refused this site: %1"},
    LogCodeEntry{LogCode::SiteSettingsUnusable, "site.settings_unusable",
                 "the hub sent settings this site cannot use: %1"},
    LogCodeEntry{LogCode::SiteFileDoesNotFit, "site.file_does_not_fit",
                 "the file does not fit the federation's columns"},
    LogCodeEntry{LogCode::SitePreprocessingFailed, "site.preprocessing_failed",
                 "cannot apply the federation's preprocessing: %1"},
    LogCodeEntry{LogCode::SiteModelKept, "site.model_kept",
                 "kept the final global model (round %1) as version %2 in %3"},
    LogCodeEntry{LogCode::SiteModelNotKept, "site.model_not_kept",
                 "could not keep the final global model in %1: %2"},
    LogCodeEntry{LogCode::SiteAllRoundsDone, "site.all_rounds_done",
                 "the federation finished: all rounds done"},
    LogCodeEntry{LogCode::SiteFederationEnded, "site.federation_ended",
                 "the federation finished: %1"},
    LogCodeEntry{LogCode::SiteStopped, "site.stopped", "stopped"},
    LogCodeEntry{LogCode::PeerListening, "peer.listening", "listening on %1:%2"},
    LogCodeEntry{LogCode::PeerConnectionRefused, "peer.connection_refused",
                 "refused a connection from %1: %2"},
    LogCodeEntry{LogCode::PeerFound, "peer.found", "found %1 at %2:%3"},
    LogCodeEntry{LogCode::PeerNeighbourJoined, "peer.neighbour_joined", "neighbour %1 joined"},
    LogCodeEntry{LogCode::PeerNeighbourLeft, "peer.neighbour_left", "neighbour %1 left"},
    LogCodeEntry{LogCode::PeerFewNeighbours, "peer.few_neighbours",
                 "only %1 of %2 neighbours answered; going on"},
    LogCodeEntry{LogCode::PeerCaughtUp, "peer.caught_up", "caught up from %1 after round %2"},
    LogCodeEntry{LogCode::PeerModelUnreadable, "peer.model_unreadable",
                 "ignored a model from %1: %2"},
    LogCodeEntry{LogCode::PeerModelForNoRound, "peer.model_for_no_round",
                 "ignored a model from %1: no such round"},
    LogCodeEntry{LogCode::PeerModelIgnored, "peer.model_ignored",
                 "ignored a model from %1 for round %2 (a finished round, too far ahead, or an "
                 "impossible degree)"},
    LogCodeEntry{LogCode::PeerModelLeftOut, "peer.model_left_out",
                 "left out the model of %1 in round %2: it %3"},
    LogCodeEntry{LogCode::PeerModelKept, "peer.model_kept",
                 "kept the final model as version %1 in %2"},
    LogCodeEntry{LogCode::PeerModelNotKept, "peer.model_not_kept",
                 "could not keep the final model in %1: %2"},
};

static_assert(engine::entriesFollowTheirEnum(kEntries)
                  && kEntries.back().code == LogCode::PeerModelNotKept,
              "one entry per LogCode, in the enum's order");

constexpr std::array kCodes = engine::codesOf(kEntries);

const LogCodeEntry &entryOf(LogCode code)
{
    return kEntries.at(static_cast<std::size_t>(code));
}

std::string argumentText(const LogArgument &argument)
{
    if (const auto *number = std::get_if<std::int64_t>(&argument))
        return std::to_string(*number);
    if (const auto *reason = std::get_if<engine::Reason>(&argument))
        return engine::reasonEnglish(*reason);
    return std::get<std::string>(argument);
}

// {"reason": name, "args": [text...]}: a known code with its argument count, or nothing.
std::optional<engine::Reason> reasonFromJson(const nlohmann::json &json)
{
    if (!json.is_object() || !json.contains("reason") || !json["reason"].is_string()
        || !json.contains("args") || !json["args"].is_array())
        return std::nullopt;
    std::vector<std::string> args;
    for (const nlohmann::json &argument : json["args"])
    {
        if (!argument.is_string())
            return std::nullopt;
        args.push_back(argument.get<std::string>());
    }
    const std::optional<engine::ReasonCode> code =
        engine::reasonCodeFromName(json["reason"].get<std::string>());
    if (!code || static_cast<int>(args.size()) != engine::reasonArgumentCount(*code))
        return std::nullopt;
    return engine::Reason{*code, std::move(args)};
}

} // namespace

std::span<const LogCode> allLogCodes()
{
    return kCodes;
}

std::string_view logCodeName(LogCode code)
{
    return entryOf(code).name;
}

std::optional<LogCode> logCodeFromName(std::string_view name)
{
    return engine::codeNamed(kEntries, name);
}

std::string_view englishTemplate(LogCode code)
{
    return entryOf(code).english;
}

int argumentCount(LogCode code)
{
    return engine::templateArgumentCount(englishTemplate(code));
}

std::string englishText(const LogEvent &event)
{
    std::vector<std::string> args;
    for (const LogArgument &argument : event.args)
        args.push_back(argumentText(argument));
    const std::string text = engine::fillTemplate(englishTemplate(event.code), args);
    return event.source.empty() ? text : event.source + ": " + text;
}

LogSink englishLines(std::function<void(const std::string &)> lines)
{
    return [lines = std::move(lines)](const LogEvent &event)
    {
        if (lines)
            lines(englishText(event));
    };
}

std::string toJsonLine(const LogEvent &event)
{
    nlohmann::json args = nlohmann::json::array();
    for (const LogArgument &argument : event.args)
    {
        if (const auto *number = std::get_if<std::int64_t>(&argument))
            args.push_back(*number);
        else if (const auto *reason = std::get_if<engine::Reason>(&argument))
            args.push_back({{"reason", engine::reasonCodeName(reason->code)},
                            {"args", reason->args}});
        else
            args.push_back(std::get<std::string>(argument));
    }
    nlohmann::json line{{"log", logCodeName(event.code)}, {"args", std::move(args)}};
    if (!event.source.empty())
        line["source"] = event.source;
    // Text that is not UTF-8 (a file name, say) is replaced, never a reason to lose the line.
    return line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::optional<LogEvent> logEventFromJsonLine(std::string_view line)
{
    if (line.empty() || line.front() != '{')
        return std::nullopt;
    const nlohmann::json json = nlohmann::json::parse(line, nullptr, false);
    if (!json.is_object() || !json.contains("log") || !json["log"].is_string()
        || !json.contains("args") || !json["args"].is_array())
        return std::nullopt;
    const std::optional<LogCode> code = logCodeFromName(json["log"].get<std::string>());
    if (!code || static_cast<int>(json["args"].size()) != argumentCount(*code))
        return std::nullopt;
    LogEvent event;
    event.code = *code;
    for (const nlohmann::json &argument : json["args"])
    {
        if (argument.is_number_integer())
            event.args.emplace_back(argument.get<std::int64_t>());
        else if (argument.is_string())
            event.args.emplace_back(argument.get<std::string>());
        else if (std::optional<engine::Reason> reason = reasonFromJson(argument))
            event.args.emplace_back(std::move(*reason));
        else
            return std::nullopt;
    }
    if (json.contains("source"))
    {
        if (!json["source"].is_string())
            return std::nullopt;
        event.source = json["source"].get<std::string>();
    }
    return event;
}

} // namespace cohort::net
