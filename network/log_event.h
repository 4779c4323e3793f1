// LogEvent: one line of a federation's log as a stable code and its arguments, so that the app
// can show it in the user's language while the CLI prints the English of englishText().
#pragma once

#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "core/reason.h"

namespace cohort::net
{

/// Every kind of line the hub, a site, a peer and the listener log. The names are stable
/// (logCodeName); new kinds go at the end of their group.
enum class LogCode
{
    // The hub: admission, preprocessing and its rounds.
    HubResuming,
    HubResumingWithoutStrategyState,
    HubRunAlreadyComplete,
    HubNothingLeftToRun,
    HubConnectionRefused,
    HubSiteReported,
    HubWrongJoinCode,
    HubSiteJoined,
    HubStatisticsRefused,
    HubStatisticsNotMergeable,
    HubPreprocessingFixed,
    HubSiteLeft,
    HubResultForUnknownRound,
    HubSiteEvaluationFailed,
    HubSiteEvaluationFailedSilently,
    HubEvaluationRefused,
    HubEvaluationFailure,
    HubRoundEvaluationFailure,
    HubRoundEvent,
    // The hub's round machine (engine::CoordinatorNote, kind for kind).
    HubRoundSiteJoined,
    HubRoundSiteLeft,
    HubRoundResultIgnored,
    HubRoundLateResultIgnored,
    HubRoundFitFailed,
    HubRoundUpdateRefused,
    HubRoundPaused,
    HubRoundResumed,
    HubRoundSteppingOneRound,
    HubRoundRoundStarted,
    HubRoundQuorumMissed,
    HubRoundQuorumMissedSingleUpdate,
    HubRoundAggregationFailed,
    HubRoundPausedAfterRound,
    HubRoundRoundRetry,
    HubRoundFinished,
    // Any listening service.
    ListenerPaused,
    // A site of a hub federation.
    SiteConnected,
    SiteReconnecting,
    SiteReconnectingAfterClose,
    SiteGaveUp,
    SiteGaveUpAfterClose,
    SiteJoined,
    SiteFitSkipped,
    SiteFitFailed,
    SiteEvaluationFailed,
    SiteRoundRefused,
    SiteHubReported,
    SiteRefused,
    SiteSettingsUnusable,
    SiteFileDoesNotFit,
    SitePreprocessingFailed,
    SiteModelKept,
    SiteModelNotKept,
    SiteAllRoundsDone,
    SiteFederationEnded,
    SiteStopped,
    // A peer of a federation without a hub.
    PeerListening,
    PeerConnectionRefused,
    PeerFound,
    PeerNeighbourJoined,
    PeerNeighbourLeft,
    PeerFewNeighbours,
    PeerCaughtUp,
    PeerModelUnreadable,
    PeerModelForNoRound,
    PeerModelIgnored,
    PeerModelLeftOut,
    PeerModelKept,
    PeerModelNotKept,
};

/// A number a reader counts (rounds, rows, milliseconds), text (names, addresses, ids and
/// messages, which stay as they came: escaped text from peers), or a reason (why something
/// failed or was refused, which the app words in the user's language).
using LogArgument = std::variant<std::string, std::int64_t, engine::Reason>;

struct LogEvent
{
    LogCode code = LogCode::HubRoundEvent;
    std::vector<LogArgument> args; // %1, %2, ... of the code's template, in order
    std::string source;            // who said it, when one log mixes services ("hub", "site_3")
};

using LogSink = std::function<void(const LogEvent &)>;

/// Every code, in declaration order (what the app must have a translation for).
[[nodiscard]] std::span<const LogCode> allLogCodes();
/// The code's stable name, e.g. "site.reconnecting".
[[nodiscard]] std::string_view logCodeName(LogCode code);
[[nodiscard]] std::optional<LogCode> logCodeFromName(std::string_view name);
/// The code's English line with %1, %2 ... for its arguments.
[[nodiscard]] std::string_view englishTemplate(LogCode code);
/// How many arguments the code's template takes.
[[nodiscard]] int argumentCount(LogCode code);

/// The English line, prefixed with "source: " when there is a source.
[[nodiscard]] std::string englishText(const LogEvent &event);
/// A sink that hands the English lines to `lines` (the CLI, tests); an empty `lines` drops them.
[[nodiscard]] LogSink englishLines(std::function<void(const std::string &)> lines);

/// The event as one line of JSON ({"log":name,"args":[...],"source":...}): how a site process
/// hands its events to the app that started it.
[[nodiscard]] std::string toJsonLine(const LogEvent &event);
/// The event a toJsonLine() line holds, or nothing for any other line (or an unknown code, or
/// arguments that do not fit it).
[[nodiscard]] std::optional<LogEvent> logEventFromJsonLine(std::string_view line);

namespace detail
{

template <typename T> LogArgument toLogArgument(T &&value)
{
    using Plain = std::remove_cvref_t<T>;
    static_assert(!std::is_same_v<Plain, bool>, "a log argument is a number or text");
    if constexpr (std::is_integral_v<Plain> && std::is_unsigned_v<Plain>)
    {
        // A round number off the wire may not fit: it is shown as it came.
        if (value > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
            return std::to_string(value);
        return static_cast<std::int64_t>(value);
    }
    else if constexpr (std::is_integral_v<Plain>)
        return static_cast<std::int64_t>(value);
    else if constexpr (std::is_same_v<Plain, engine::Reason>)
        return engine::Reason(std::forward<T>(value));
    else
        return std::string(std::forward<T>(value));
}

} // namespace detail

/// An event with `args` in template order: integers become numbers, reasons stay reasons,
/// the rest text.
template <typename... Args> [[nodiscard]] LogEvent logEvent(LogCode code, Args &&...args)
{
    return LogEvent{code, {detail::toLogArgument(std::forward<Args>(args))...}, {}};
}

} // namespace cohort::net
