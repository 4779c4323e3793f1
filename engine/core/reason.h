// Reason: why something failed or was refused, as a stable code and its arguments, so that the
// app can say it in the user's language while the CLI and logs print reasonEnglish().
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cohort::engine
{

/// Every worded reason. The names are stable (they cross the wire and JSON log lines); new
/// codes go at the end. Unworded carries one argument: English text from a library or a
/// message no code describes yet.
enum class ReasonCode
{
    Unworded,
    // Connections.
    NotAnIpAddress,
    CannotListen,
    ReachTimedOut,
    CannotResolve,
    CannotConnect,
    HubStopped,
    PeerStopped,
    HubFull,
    TooManyFromAddress,
    WrongProtocolVersion,
    HelloFirst,
    HelloTwice,
    WrongJoinCode,
    // What a site declares and reports, checked by the hub.
    DeclaredTrainingRows,
    DeclaredEvaluationRows,
    StatisticsOfUnknownColumn,
    MoreCategoriesThanRows,
    MoreClassesThanRows,
    ClassRowsExceedTraining,
    FitRowsOutOfBounds,
    FitLossNotFinite,
    EvaluationRowsOutOfBounds,
    EvaluationLossNotFinite,
    ConfusionCountOutside,
    ConfusionSumWrong,
    // Update bounds.
    UpdateWrongSize,
    UpdateNotFinite,
    UpdateTooFar,
    UpdateOutlier,
    // Files, training, models and the registry.
    CannotOpenFile,
    NotARegularFile,
    CannotReadFile,
    TrainingStopped,
    TrainingDiverged,
    LocalTrainingDiverged,
    ModelNeedsColumn,
    NoRegistry,
    EmptyRegistry,
    // Federations.
    FileDoesNotMatchSchema,
    PeerOtherColumns,
    PeerColumnDiffers,
    PeerUnknownClass,
    RoundNotStored,
    // Explanations.
    ExplanationStopped,
    RowPastEnd,
    // Rounds.
    DisconnectedDuringRound,
    MissedDeadline,
    LeftBeforeEvaluating,
    GaveNoReason,
    UnreadableUpdate,
    UnreadableEvaluation,
    MissedEvaluationDeadline,
    // Enrolment with an invitation.
    WrongInvitationSecret,
    InvitationExpired,
    InvitationUsedUp,
    TlsHandshakeFailed,
    AuthorityMismatch,
};

struct Reason
{
    ReasonCode code = ReasonCode::Unworded;
    std::vector<std::string> args; // %1, %2, ... of the code's template, in order

    bool operator==(const Reason &) const = default;
};

/// A reason no code describes: the English text as it is.
[[nodiscard]] Reason unworded(std::string english);

/// Every code, in declaration order (what the app must have a wording for).
[[nodiscard]] std::span<const ReasonCode> allReasonCodes();
/// The code's stable name, e.g. "update.too_far".
[[nodiscard]] std::string_view reasonCodeName(ReasonCode code);
[[nodiscard]] std::optional<ReasonCode> reasonCodeFromName(std::string_view name);
/// The code's English sentence with %1, %2 ... for its arguments.
[[nodiscard]] std::string_view reasonTemplate(ReasonCode code);
[[nodiscard]] int reasonArgumentCount(ReasonCode code);
/// Whether argument %n (1-based) is a number, which the app shows in the user's locale.
[[nodiscard]] bool reasonArgumentIsNumber(ReasonCode code, int n);
/// The reason in English, arguments put in.
[[nodiscard]] std::string reasonEnglish(const Reason &reason);
/// A reason read from a name and arguments that came from elsewhere (the wire, a log line):
/// a known code with its argument count (Unworded with its one text), or Unworded holding
/// fallback.
[[nodiscard]] Reason reasonFrom(std::string_view name, std::vector<std::string> args,
                                std::string fallback);

} // namespace cohort::engine
