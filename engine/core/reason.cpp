#include "core/reason.h"

#include <algorithm>
#include <array>

#include "core/code_table.h"
#include "core/text_template.h"

namespace cohort::engine
{

namespace
{

struct ReasonEntry
{
    ReasonCode code;
    std::string_view name;
    std::string_view english;
    unsigned numbers = 0; // bit n-1 set: argument %n is a number
};

// One row per code, in the enum's order; the English is what the CLI has always printed.
constexpr std::array kEntries{
    ReasonEntry{ReasonCode::Unworded, "unworded", "%1"},
    ReasonEntry{ReasonCode::NotAnIpAddress, "listen.not_an_ip_address",
                "'%1' is not an IP address"},
    ReasonEntry{ReasonCode::CannotListen, "listen.failed", "cannot listen on %1: %2"},
    ReasonEntry{ReasonCode::ReachTimedOut, "connect.timed_out", "could not reach %1 in time"},
    ReasonEntry{ReasonCode::CannotResolve, "connect.cannot_resolve", "cannot resolve %1: %2"},
    ReasonEntry{ReasonCode::CannotConnect, "connect.failed", "cannot connect to %1: %2"},
    ReasonEntry{ReasonCode::HubStopped, "hub.stopped", "the hub was stopped"},
    ReasonEntry{ReasonCode::PeerStopped, "peer.stopped", "the peer was stopped"},
    ReasonEntry{ReasonCode::HubFull, "admission.hub_full",
                "the hub holds %1 connections, its limit", 0b1},
    ReasonEntry{ReasonCode::TooManyFromAddress, "admission.too_many_from_address",
                "too many connections from %1 (%2)", 0b10},
    ReasonEntry{ReasonCode::WrongProtocolVersion, "hello.wrong_protocol_version",
                "this hub speaks protocol version %1", 0b1},
    ReasonEntry{ReasonCode::HelloFirst, "hello.first", "say Hello before anything else"},
    ReasonEntry{ReasonCode::HelloTwice, "hello.twice", "this connection has said Hello already"},
    ReasonEntry{ReasonCode::WrongJoinCode, "hello.wrong_join_code",
                "the join code is not right; ask the hub for it"},
    ReasonEntry{ReasonCode::DeclaredTrainingRows, "statistics.training_rows",
                "declared %1 training rows", 0b1},
    ReasonEntry{ReasonCode::DeclaredEvaluationRows, "statistics.evaluation_rows",
                "declared %1 evaluation rows", 0b1},
    ReasonEntry{ReasonCode::StatisticsOfUnknownColumn, "statistics.unknown_column",
                "sent statistics of a column '%1' that is not a federation column, or twice"},
    ReasonEntry{ReasonCode::MoreCategoriesThanRows, "statistics.categories_over_rows",
                "sent more categories for '%1' than it has rows"},
    ReasonEntry{ReasonCode::MoreClassesThanRows, "statistics.classes_over_rows",
                "sent more classes than it has rows"},
    ReasonEntry{ReasonCode::ClassRowsExceedTraining, "statistics.class_rows_over_training",
                "counts more rows per class than its %1 training rows", 0b1},
    ReasonEntry{ReasonCode::FitRowsOutOfBounds, "fit.rows_out_of_bounds",
                "reported training on %1 rows, it declared %2", 0b11},
    ReasonEntry{ReasonCode::FitLossNotFinite, "fit.loss_not_finite",
                "reported a training loss that is not a finite, non-negative number"},
    ReasonEntry{ReasonCode::EvaluationRowsOutOfBounds, "evaluation.rows_out_of_bounds",
                "reported an evaluation of %1 rows, it declared %2", 0b11},
    ReasonEntry{ReasonCode::EvaluationLossNotFinite, "evaluation.loss_not_finite",
                "reported an evaluation loss that is not a finite, non-negative number"},
    ReasonEntry{ReasonCode::ConfusionCountOutside, "evaluation.confusion_count_outside",
                "reported a confusion count outside its rows"},
    ReasonEntry{ReasonCode::ConfusionSumWrong, "evaluation.confusion_sum",
                "reported confusion counts adding up to %1, not its %2 rows", 0b11},
    ReasonEntry{ReasonCode::UpdateWrongSize, "update.wrong_size",
                "sent %1 parameters, the model has %2", 0b11},
    ReasonEntry{ReasonCode::UpdateNotFinite, "update.not_finite",
                "sent parameters that are not finite numbers"},
    ReasonEntry{ReasonCode::UpdateTooFar, "update.too_far",
                "sent an update %1 away from the model it started from (at most %2, %3 times "
                "the model's size)",
                0b111},
    ReasonEntry{ReasonCode::UpdateOutlier, "update.outlier",
                "sent an update %1 away from the global model, more than %2 times the round's "
                "median step (%3)",
                0b111},
    ReasonEntry{ReasonCode::CannotOpenFile, "file.cannot_open", "cannot open the file: %1"},
    ReasonEntry{ReasonCode::NotARegularFile, "file.not_regular", "not a regular file"},
    ReasonEntry{ReasonCode::CannotReadFile, "file.cannot_read", "cannot read the file: %1"},
    ReasonEntry{ReasonCode::TrainingStopped, "training.stopped",
                "training was stopped; no version was saved"},
    ReasonEntry{ReasonCode::TrainingDiverged, "training.diverged",
                "training diverged: the model's weights are not finite numbers"},
    ReasonEntry{ReasonCode::LocalTrainingDiverged, "training.local_diverged",
                "local training diverged: the weights are not finite numbers"},
    ReasonEntry{ReasonCode::ModelNeedsColumn, "model.needs_column",
                "the model needs the column '%1', which the file does not have"},
    ReasonEntry{ReasonCode::NoRegistry, "registry.missing", "no registry at %1"},
    ReasonEntry{ReasonCode::EmptyRegistry, "registry.empty",
                "no registry at %1: the file is an empty database"},
    ReasonEntry{ReasonCode::FileDoesNotMatchSchema, "federation.file_does_not_match",
                "the file does not match the federation's schema (%1 error(s))", 0b1},
    ReasonEntry{ReasonCode::PeerOtherColumns, "peer.other_columns",
                "peer %1 has other columns or another target"},
    ReasonEntry{ReasonCode::PeerColumnDiffers, "peer.column_differs",
                "peer %1 has column '%2' where this peer has '%3' (or another type)"},
    ReasonEntry{ReasonCode::PeerUnknownClass, "peer.unknown_class",
                "this peer's target holds the class '%1', which the running federation does "
                "not know"},
    ReasonEntry{ReasonCode::RoundNotStored, "hub.round_not_stored",
                "could not store round %1: %2", 0b1},
    ReasonEntry{ReasonCode::ExplanationStopped, "explain.stopped", "the explanation was stopped"},
    ReasonEntry{ReasonCode::RowPastEnd, "explain.row_past_end",
                "row %1 is past the end of the table", 0b1},
    ReasonEntry{ReasonCode::DisconnectedDuringRound, "round.disconnected",
                "disconnected during the round"},
    ReasonEntry{ReasonCode::MissedDeadline, "round.missed_deadline", "missed the deadline"},
    ReasonEntry{ReasonCode::LeftBeforeEvaluating, "round.left_before_evaluating",
                "left before evaluating"},
    ReasonEntry{ReasonCode::GaveNoReason, "round.gave_no_reason", "gave no reason"},
    ReasonEntry{ReasonCode::UnreadableUpdate, "round.unreadable_update",
                "sent an unreadable update: %1"},
    ReasonEntry{ReasonCode::UnreadableEvaluation, "round.unreadable_evaluation",
                "sent an unreadable evaluation: %1"},
    ReasonEntry{ReasonCode::MissedEvaluationDeadline, "round.missed_evaluation_deadline",
                "did not evaluate in time"},
    ReasonEntry{ReasonCode::WrongInvitationSecret, "invitation.wrong_secret",
                "the invitation's secret is not right"},
    ReasonEntry{ReasonCode::InvitationExpired, "invitation.expired",
                "the invitation has expired"},
    ReasonEntry{ReasonCode::InvitationUsedUp, "invitation.used_up",
                "the invitation has been used already"},
    ReasonEntry{ReasonCode::TlsHandshakeFailed, "tls.handshake_failed",
                "the secure connection could not be set up: %1"},
    ReasonEntry{ReasonCode::AuthorityMismatch, "tls.authority_mismatch",
                "the hub's certificate does not match the invitation's fingerprint: the address "
                "may be wrong or the connection intercepted"},
};

static_assert(entriesFollowTheirEnum(kEntries)
                  && kEntries.back().code == ReasonCode::AuthorityMismatch,
              "one entry per ReasonCode, in the enum's order");

constexpr std::array kCodes = codesOf(kEntries);

const ReasonEntry &entryOf(ReasonCode code)
{
    return kEntries.at(static_cast<std::size_t>(code));
}

} // namespace

Reason unworded(std::string english)
{
    return Reason{ReasonCode::Unworded, {std::move(english)}};
}

std::span<const ReasonCode> allReasonCodes()
{
    return kCodes;
}

std::string_view reasonCodeName(ReasonCode code)
{
    return entryOf(code).name;
}

std::optional<ReasonCode> reasonCodeFromName(std::string_view name)
{
    return codeNamed(kEntries, name);
}

std::string_view reasonTemplate(ReasonCode code)
{
    return entryOf(code).english;
}

int reasonArgumentCount(ReasonCode code)
{
    return templateArgumentCount(reasonTemplate(code));
}

bool reasonArgumentIsNumber(ReasonCode code, int n)
{
    return n >= 1 && n <= 9 && ((entryOf(code).numbers >> (n - 1)) & 1U) != 0;
}

std::string reasonEnglish(const Reason &reason)
{
    return fillTemplate(reasonTemplate(reason.code), reason.args);
}

Reason reasonFrom(std::string_view name, std::vector<std::string> args, std::string fallback)
{
    const std::optional<ReasonCode> code = reasonCodeFromName(name);
    if (!code || static_cast<int>(args.size()) != reasonArgumentCount(*code))
        return unworded(std::move(fallback));
    return Reason{*code, std::move(args)};
}

} // namespace cohort::engine
