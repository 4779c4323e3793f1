#include "bridge/federation_log_text.h"

#include "bridge/reason_text.h"
#include "bridge/text_arguments.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <array>

namespace cohort::app
{

using net::LogCode;

namespace
{

struct LogLine
{
    LogCode code;
    const char *source;
    int pluralArgument = -1; // the argument whose count picks a plural form, if any
};

// One line per code. Each source is the network's English template for its code (a test holds
// them equal), so that an untranslated line reads exactly as the CLI prints it.
constexpr std::array kLines{
    LogLine{LogCode::HubResuming, QT_TRANSLATE_NOOP("cohort::app::FederationLog",
                                                    "resuming %1 after round %2 (version %3)")},
    LogLine{LogCode::HubResumingWithoutStrategyState,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog",
                              "resuming %1 after round %2 (version %3); this older run kept no "
                              "strategy state")},
    LogLine{LogCode::HubRunAlreadyComplete,
            QT_TRANSLATE_N_NOOP("cohort::app::FederationLog",
                                "the run %1 already has all its %2 rounds"),
            1},
    LogLine{LogCode::HubNothingLeftToRun,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog", "the run already has all its rounds")},
    LogLine{LogCode::HubConnectionRefused,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog", "refused a connection from %1: %2")},
    LogLine{LogCode::HubSiteReported,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog", "%1 reported: %2 (%3)")},
    LogLine{LogCode::HubWrongJoinCode,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog", "refused %1: wrong join code")},
    LogLine{LogCode::HubSiteJoined,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog", "%1 joined from %2")},
    LogLine{LogCode::HubStatisticsRefused,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog", "%1 %2; it is not admitted")},
    LogLine{LogCode::HubStatisticsNotMergeable,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog",
                              "cannot merge the sites' statistics yet: %1; waiting for more "
                              "sites")},
    LogLine{LogCode::HubPreprocessingFixed,
            QT_TRANSLATE_N_NOOP("cohort::app::FederationLog",
                                "preprocessing fixed from %1 sites' statistics"),
            0},
    LogLine{LogCode::HubSiteLeft, QT_TRANSLATE_NOOP("cohort::app::FederationLog", "%1 left: %2")},
    LogLine{LogCode::HubResultForUnknownRound,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog",
                              "ignored a result from %1 for round %2 (no such round)")},
    LogLine{LogCode::HubSiteEvaluationFailed,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog", "%1 could not evaluate round %2: %3")},
    LogLine{LogCode::HubSiteEvaluationFailedSilently,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog",
                              "%1 could not evaluate round %2: gave no reason")},
    LogLine{LogCode::HubEvaluationRefused,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog", "%1 %2")},
    LogLine{LogCode::HubEvaluationFailure,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog", "%1 of round %2: %3")},
    LogLine{LogCode::HubRoundEvaluationFailure,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog", "the evaluation of round %1: %2")},
    LogLine{LogCode::HubRoundEvent, QT_TRANSLATE_NOOP("cohort::app::FederationLog", "%1")},
    LogLine{LogCode::HubRoundSiteJoined,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog", "%1 joined")},
    LogLine{LogCode::HubRoundSiteLeft, QT_TRANSLATE_NOOP("cohort::app::FederationLog", "%1 left")},
    LogLine{
        LogCode::HubRoundResultIgnored,
        QT_TRANSLATE_NOOP("cohort::app::FederationLog",
                          "ignored a result from %1 for round %2 (late, duplicate or not asked)")},
    LogLine{LogCode::HubRoundLateResultIgnored,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog", "ignored a late result from %1")},
    LogLine{LogCode::HubRoundFitFailed,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog", "%1 could not train in round %2: %3")},
    LogLine{LogCode::HubRoundUpdateRefused,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog", "%1 %2")},
    LogLine{LogCode::HubRoundPaused,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog",
                              "paused: no new round starts until resumed")},
    LogLine{LogCode::HubRoundResumed, QT_TRANSLATE_NOOP("cohort::app::FederationLog", "resumed")},
    LogLine{LogCode::HubRoundSteppingOneRound,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog", "running one round, then pausing")},
    LogLine{
        LogCode::HubRoundRoundStarted,
        QT_TRANSLATE_N_NOOP("cohort::app::FederationLog", "round %1 started with %2 of %3 sites"),
        2},
    LogLine{LogCode::HubRoundQuorumMissed,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog",
                              "round %1 missed its quorum (%2 of %3 results)")},
    LogLine{LogCode::HubRoundQuorumMissedSingleUpdate,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog",
                              "round %1 missed its quorum (%2 of %3 results; one site's update "
                              "alone is never sent to the others)")},
    LogLine{LogCode::HubRoundAggregationFailed,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog", "round %1 could not aggregate: %2")},
    LogLine{LogCode::HubRoundPausedAfterRound,
            QT_TRANSLATE_NOOP(
                "cohort::app::FederationLog",
                "paused after round %1: no new round starts until the next step or resume")},
    LogLine{LogCode::HubRoundRoundRetry,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog", "round %1 will run again in %2 ms")},
    LogLine{LogCode::HubRoundFinished,
            QT_TRANSLATE_N_NOOP("cohort::app::FederationLog",
                                "the federation finished after %1 rounds"),
            0},
    LogLine{LogCode::ListenerPaused,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog",
                              "cannot accept connections (%1); trying again in %2 ms")},
    LogLine{LogCode::SiteConnected,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog", "connected to the hub at %1")},
    LogLine{LogCode::SiteReconnecting,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog", "reconnecting in %1 ms (%2)")},
    LogLine{LogCode::SiteReconnectingAfterClose,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog",
                              "reconnecting in %1 ms (the connection closed: %2)")},
    LogLine{LogCode::SiteGaveUp,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog", "gave up reaching the hub: %1")},
    LogLine{LogCode::SiteGaveUpAfterClose,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog",
                              "gave up reaching the hub: the connection closed: %1")},
    LogLine{LogCode::SiteJoined,
            QT_TRANSLATE_N_NOOP("cohort::app::FederationLog",
                                "joined as %1 with %2 training and %3 evaluation rows"),
            2},
    LogLine{LogCode::SiteFitSkipped,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog",
                              "skipped the fit for round %1: the hub has moved on")},
    LogLine{LogCode::SiteFitFailed,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog", "could not train in round %1: %2")},
    LogLine{LogCode::SiteEvaluationFailed,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog", "could not evaluate round %1: %2")},
    LogLine{LogCode::SiteRoundRefused,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog",
                              "round %1: the hub refused it: this site %2")},
    LogLine{LogCode::SiteHubReported,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog", "the hub reported: %1")},
    LogLine{LogCode::SiteRefused,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog", "the hub refused this site: %1")},
    LogLine{LogCode::SiteSettingsUnusable,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog",
                              "the hub sent settings this site cannot use: %1")},
    LogLine{LogCode::SiteFileDoesNotFit,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog",
                              "the file does not fit the federation's columns")},
    LogLine{LogCode::SitePreprocessingFailed,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog",
                              "cannot apply the federation's preprocessing: %1")},
    LogLine{LogCode::SiteModelKept,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog",
                              "kept the final global model (round %1) as version %2 in %3")},
    LogLine{LogCode::SiteModelNotKept,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog",
                              "could not keep the final global model in %1: %2")},
    LogLine{LogCode::SiteAllRoundsDone,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog",
                              "the federation finished: all rounds done")},
    LogLine{LogCode::SiteFederationEnded,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog", "the federation finished: %1")},
    LogLine{LogCode::SiteStopped, QT_TRANSLATE_NOOP("cohort::app::FederationLog", "stopped")},
    LogLine{LogCode::PeerListening,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog", "listening on %1:%2")},
    LogLine{LogCode::PeerConnectionRefused,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog", "refused a connection from %1: %2")},
    LogLine{LogCode::PeerFound,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog", "found %1 at %2:%3")},
    LogLine{LogCode::PeerNeighbourJoined,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog", "neighbour %1 joined")},
    LogLine{LogCode::PeerNeighbourLeft,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog", "neighbour %1 left")},
    LogLine{LogCode::PeerFewNeighbours,
            QT_TRANSLATE_N_NOOP("cohort::app::FederationLog",
                                "only %1 of %2 neighbours answered; going on"),
            1},
    LogLine{LogCode::PeerCaughtUp,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog", "caught up from %1 after round %2")},
    LogLine{LogCode::PeerModelUnreadable,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog", "ignored a model from %1: %2")},
    LogLine{
        LogCode::PeerModelForNoRound,
        QT_TRANSLATE_NOOP("cohort::app::FederationLog", "ignored a model from %1: no such round")},
    LogLine{LogCode::PeerModelIgnored,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog",
                              "ignored a model from %1 for round %2 (a finished round, too far "
                              "ahead, or an impossible degree)")},
    LogLine{LogCode::PeerModelLeftOut,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog",
                              "left out the model of %1 in round %2: it %3")},
    LogLine{LogCode::PeerModelKept, QT_TRANSLATE_NOOP("cohort::app::FederationLog",
                                                      "kept the final model as version %1 in %2")},
    LogLine{LogCode::PeerModelNotKept,
            QT_TRANSLATE_NOOP("cohort::app::FederationLog",
                              "could not keep the final model in %1: %2")},
};

const LogLine *lineOf(LogCode code)
{
    const auto found = std::find_if(kLines.begin(), kLines.end(),
                                    [code](const LogLine &line) { return line.code == code; });
    return found == kLines.end() ? nullptr : &*found;
}

QString argumentText(const net::LogArgument &argument, const QLocale &locale)
{
    if (const auto *number = std::get_if<std::int64_t>(&argument))
        return locale.toString(static_cast<qlonglong>(*number));
    if (const auto *reason = std::get_if<engine::Reason>(&argument))
        return reasonText(*reason, locale);
    return QString::fromStdString(std::get<std::string>(argument));
}

} // namespace

QString federationLogSource(LogCode code)
{
    const LogLine *line = lineOf(code);
    return line ? QString::fromUtf8(line->source) : QString();
}

QString federationLogText(const net::LogEvent &event, const QLocale &locale)
{
    const LogLine *line = lineOf(event.code);
    if (!line || static_cast<int>(event.args.size()) != net::argumentCount(event.code)
        || event.args.size() > 4)
        return QString::fromStdString(net::englishText(event));
    QStringList args;
    for (const net::LogArgument &argument : event.args)
        args << argumentText(argument, locale);
    int count = -1;
    if (line->pluralArgument >= 0)
    {
        if (const auto *number = std::get_if<std::int64_t>(
                &event.args[static_cast<std::size_t>(line->pluralArgument)]))
            count = static_cast<int>(std::clamp<std::int64_t>(*number, 0, 1000000000));
    }
    const QString text = withArguments(
        QCoreApplication::translate(kFederationLogContext, line->source, nullptr, count), args);
    if (event.source.empty())
        return text;
    //: A line of the federation log and who said it: "site_2: joined as site_2 with ...".
    return QCoreApplication::translate("cohort::app::FederationLog", "%1: %2")
        .arg(QString::fromStdString(event.source), text);
}

} // namespace cohort::app
