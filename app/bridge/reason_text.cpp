#include "bridge/reason_text.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>
#include <array>

#include "bridge/text_arguments.h"
#include "widgets/number_text.h"

namespace cohort::app
{

using engine::ReasonCode;

namespace
{

struct ReasonLine
{
    ReasonCode code;
    const char *source;
    const char *advice = nullptr; // what a user of the app can do about it, if anything
};

// One line per code. Each source is the engine's English template for its code (a test holds
// them equal), so that an untranslated line reads exactly as the CLI prints it.
constexpr std::array kLines{
    ReasonLine{ReasonCode::Unworded, QT_TRANSLATE_NOOP("cohort::app::Reason", "%1")},
    ReasonLine{ReasonCode::NotAnIpAddress,
               QT_TRANSLATE_NOOP("cohort::app::Reason", "'%1' is not an IP address"),
               QT_TRANSLATE_NOOP("cohort::app::Reason",
                                 "Give an address such as 127.0.0.1, or 0.0.0.0 for all.")},
    ReasonLine{ReasonCode::CannotListen,
               QT_TRANSLATE_NOOP("cohort::app::Reason", "cannot listen on %1: %2"),
               QT_TRANSLATE_NOOP("cohort::app::Reason",
                                 "Choose another port, or stop the program that uses it.")},
    ReasonLine{ReasonCode::ReachTimedOut,
               QT_TRANSLATE_NOOP("cohort::app::Reason", "could not reach %1 in time"),
               QT_TRANSLATE_NOOP("cohort::app::Reason",
                                 "Check the address and that the hub is running.")},
    ReasonLine{ReasonCode::CannotResolve,
               QT_TRANSLATE_NOOP("cohort::app::Reason", "cannot resolve %1: %2"),
               QT_TRANSLATE_NOOP("cohort::app::Reason", "Check the host name.")},
    ReasonLine{ReasonCode::CannotConnect,
               QT_TRANSLATE_NOOP("cohort::app::Reason", "cannot connect to %1: %2"),
               QT_TRANSLATE_NOOP("cohort::app::Reason",
                                 "Check the address and that the hub is running.")},
    ReasonLine{ReasonCode::HubStopped, QT_TRANSLATE_NOOP("cohort::app::Reason", "the hub was stopped")},
    ReasonLine{ReasonCode::PeerStopped,
               QT_TRANSLATE_NOOP("cohort::app::Reason", "the peer was stopped")},
    ReasonLine{ReasonCode::HubFull,
               QT_TRANSLATE_NOOP("cohort::app::Reason", "the hub holds %1 connections, its limit")},
    ReasonLine{ReasonCode::TooManyFromAddress,
               QT_TRANSLATE_NOOP("cohort::app::Reason", "too many connections from %1 (%2)")},
    ReasonLine{ReasonCode::WrongProtocolVersion,
               QT_TRANSLATE_NOOP("cohort::app::Reason", "this hub speaks protocol version %1"),
               QT_TRANSLATE_NOOP("cohort::app::Reason",
                                 "Use the same version of Cohort on the hub and the sites.")},
    ReasonLine{ReasonCode::HelloFirst,
               QT_TRANSLATE_NOOP("cohort::app::Reason", "say Hello before anything else")},
    ReasonLine{ReasonCode::HelloTwice,
               QT_TRANSLATE_NOOP("cohort::app::Reason", "this connection has said Hello already")},
    ReasonLine{ReasonCode::WrongJoinCode,
               QT_TRANSLATE_NOOP("cohort::app::Reason",
                                 "the join code is not right; ask the hub for it")},
    ReasonLine{ReasonCode::DeclaredTrainingRows,
               QT_TRANSLATE_NOOP("cohort::app::Reason", "declared %1 training rows")},
    ReasonLine{ReasonCode::DeclaredEvaluationRows,
               QT_TRANSLATE_NOOP("cohort::app::Reason", "declared %1 evaluation rows")},
    ReasonLine{ReasonCode::StatisticsOfUnknownColumn,
               QT_TRANSLATE_NOOP("cohort::app::Reason",
                                 "sent statistics of a column '%1' that is not a federation "
                                 "column, or twice")},
    ReasonLine{ReasonCode::MoreCategoriesThanRows,
               QT_TRANSLATE_NOOP("cohort::app::Reason",
                                 "sent more categories for '%1' than it has rows")},
    ReasonLine{ReasonCode::MoreClassesThanRows,
               QT_TRANSLATE_NOOP("cohort::app::Reason", "sent more classes than it has rows")},
    ReasonLine{ReasonCode::ClassRowsExceedTraining,
               QT_TRANSLATE_NOOP("cohort::app::Reason",
                                 "counts more rows per class than its %1 training rows")},
    ReasonLine{ReasonCode::FitRowsOutOfBounds,
               QT_TRANSLATE_NOOP("cohort::app::Reason",
                                 "reported training on %1 rows, it declared %2")},
    ReasonLine{ReasonCode::FitLossNotFinite,
               QT_TRANSLATE_NOOP("cohort::app::Reason",
                                 "reported a training loss that is not a finite, non-negative "
                                 "number")},
    ReasonLine{ReasonCode::EvaluationRowsOutOfBounds,
               QT_TRANSLATE_NOOP("cohort::app::Reason",
                                 "reported an evaluation of %1 rows, it declared %2")},
    ReasonLine{ReasonCode::EvaluationLossNotFinite,
               QT_TRANSLATE_NOOP("cohort::app::Reason",
                                 "reported an evaluation loss that is not a finite, non-negative "
                                 "number")},
    ReasonLine{ReasonCode::ConfusionCountOutside,
               QT_TRANSLATE_NOOP("cohort::app::Reason",
                                 "reported a confusion count outside its rows")},
    ReasonLine{ReasonCode::ConfusionSumWrong,
               QT_TRANSLATE_NOOP("cohort::app::Reason",
                                 "reported confusion counts adding up to %1, not its %2 rows")},
    ReasonLine{ReasonCode::UpdateWrongSize,
               QT_TRANSLATE_NOOP("cohort::app::Reason", "sent %1 parameters, the model has %2")},
    ReasonLine{ReasonCode::UpdateNotFinite,
               QT_TRANSLATE_NOOP("cohort::app::Reason",
                                 "sent parameters that are not finite numbers")},
    ReasonLine{ReasonCode::UpdateTooFar,
               QT_TRANSLATE_NOOP("cohort::app::Reason",
                                 "sent an update %1 away from the model it started from (at most "
                                 "%2, %3 times the model's size)")},
    ReasonLine{ReasonCode::UpdateOutlier,
               QT_TRANSLATE_NOOP("cohort::app::Reason",
                                 "sent an update %1 away from the global model, more than %2 "
                                 "times the round's median step (%3)")},
    ReasonLine{ReasonCode::CannotOpenFile,
               QT_TRANSLATE_NOOP("cohort::app::Reason", "cannot open the file: %1"),
               QT_TRANSLATE_NOOP("cohort::app::Reason",
                                 "Check the path and that you may read the file.")},
    ReasonLine{ReasonCode::NotARegularFile,
               QT_TRANSLATE_NOOP("cohort::app::Reason", "not a regular file"),
               QT_TRANSLATE_NOOP("cohort::app::Reason", "Choose a CSV file, not a folder.")},
    ReasonLine{ReasonCode::CannotReadFile,
               QT_TRANSLATE_NOOP("cohort::app::Reason", "cannot read the file: %1")},
    ReasonLine{ReasonCode::TrainingStopped,
               QT_TRANSLATE_NOOP("cohort::app::Reason",
                                 "training was stopped; no version was saved")},
    ReasonLine{ReasonCode::TrainingDiverged,
               QT_TRANSLATE_NOOP("cohort::app::Reason",
                                 "training diverged: the model's weights are not finite numbers"),
               QT_TRANSLATE_NOOP("cohort::app::Reason",
                                 "Lower the learning rate, or check the file for extreme "
                                 "values.")},
    ReasonLine{ReasonCode::LocalTrainingDiverged,
               QT_TRANSLATE_NOOP("cohort::app::Reason",
                                 "local training diverged: the weights are not finite numbers"),
               QT_TRANSLATE_NOOP("cohort::app::Reason", "Lower the learning rate.")},
    ReasonLine{ReasonCode::ModelNeedsColumn,
               QT_TRANSLATE_NOOP("cohort::app::Reason",
                                 "the model needs the column '%1', which the file does not have"),
               QT_TRANSLATE_NOOP("cohort::app::Reason",
                                 "Use a file with the same columns as the training data.")},
    ReasonLine{ReasonCode::NoRegistry, QT_TRANSLATE_NOOP("cohort::app::Reason", "no registry at %1"),
               QT_TRANSLATE_NOOP("cohort::app::Reason",
                                 "Train or federate a model into it first, or choose another "
                                 "file.")},
    ReasonLine{ReasonCode::EmptyRegistry,
               QT_TRANSLATE_NOOP("cohort::app::Reason",
                                 "no registry at %1: the file is an empty database"),
               QT_TRANSLATE_NOOP("cohort::app::Reason",
                                 "Train or federate a model into it first, or choose another "
                                 "file.")},
    ReasonLine{ReasonCode::FileDoesNotMatchSchema,
               QT_TRANSLATE_NOOP("cohort::app::Reason",
                                 "the file does not match the federation's schema (%1 error(s))"),
               QT_TRANSLATE_NOOP("cohort::app::Reason",
                                 "Fix the problems listed for the file and try again.")},
    ReasonLine{ReasonCode::PeerOtherColumns,
               QT_TRANSLATE_NOOP("cohort::app::Reason",
                                 "peer %1 has other columns or another target")},
    ReasonLine{ReasonCode::PeerColumnDiffers,
               QT_TRANSLATE_NOOP("cohort::app::Reason",
                                 "peer %1 has column '%2' where this peer has '%3' (or another "
                                 "type)")},
    ReasonLine{ReasonCode::PeerUnknownClass,
               QT_TRANSLATE_NOOP("cohort::app::Reason",
                                 "this peer's target holds the class '%1', which the running "
                                 "federation does not know"),
               QT_TRANSLATE_NOOP("cohort::app::Reason",
                                 "Remove those rows, or start the federation again with them.")},
    ReasonLine{ReasonCode::RoundNotStored,
               QT_TRANSLATE_NOOP("cohort::app::Reason", "could not store round %1: %2"),
               QT_TRANSLATE_NOOP("cohort::app::Reason",
                                 "The run stopped so that no round goes unrecorded; start the "
                                 "hub again to resume.")},
    ReasonLine{ReasonCode::ExplanationStopped,
               QT_TRANSLATE_NOOP("cohort::app::Reason", "the explanation was stopped")},
    ReasonLine{ReasonCode::RowPastEnd,
               QT_TRANSLATE_NOOP("cohort::app::Reason", "row %1 is past the end of the table")},
    ReasonLine{ReasonCode::DisconnectedDuringRound,
               QT_TRANSLATE_NOOP("cohort::app::Reason", "disconnected during the round")},
    ReasonLine{ReasonCode::MissedDeadline,
               QT_TRANSLATE_NOOP("cohort::app::Reason", "missed the deadline")},
    ReasonLine{ReasonCode::LeftBeforeEvaluating,
               QT_TRANSLATE_NOOP("cohort::app::Reason", "left before evaluating")},
    ReasonLine{ReasonCode::GaveNoReason, QT_TRANSLATE_NOOP("cohort::app::Reason", "gave no reason")},
    ReasonLine{ReasonCode::UnreadableUpdate,
               QT_TRANSLATE_NOOP("cohort::app::Reason", "sent an unreadable update: %1")},
    ReasonLine{ReasonCode::UnreadableEvaluation,
               QT_TRANSLATE_NOOP("cohort::app::Reason", "sent an unreadable evaluation: %1")},
    ReasonLine{ReasonCode::MissedEvaluationDeadline,
               QT_TRANSLATE_NOOP("cohort::app::Reason", "did not evaluate in time")},
    ReasonLine{ReasonCode::WrongInvitationSecret,
               QT_TRANSLATE_NOOP("cohort::app::Reason", "the invitation's secret is not right"),
               QT_TRANSLATE_NOOP("cohort::app::Reason",
                                 "Paste the whole invitation again, or ask the host for a new "
                                 "one.")},
    ReasonLine{ReasonCode::InvitationExpired,
               QT_TRANSLATE_NOOP("cohort::app::Reason", "the invitation has expired"),
               QT_TRANSLATE_NOOP("cohort::app::Reason", "Ask the host for a new invitation.")},
    ReasonLine{ReasonCode::InvitationUsedUp,
               QT_TRANSLATE_NOOP("cohort::app::Reason", "the invitation has been used already"),
               QT_TRANSLATE_NOOP("cohort::app::Reason", "Ask the host for a new invitation.")},
    ReasonLine{ReasonCode::TlsHandshakeFailed,
               QT_TRANSLATE_NOOP("cohort::app::Reason",
                                 "the secure connection could not be set up: %1")},
    ReasonLine{ReasonCode::AuthorityMismatch,
               QT_TRANSLATE_NOOP("cohort::app::Reason",
                                 "the hub's certificate does not match the invitation's "
                                 "fingerprint: the address may be wrong or the connection "
                                 "intercepted"),
               QT_TRANSLATE_NOOP("cohort::app::Reason",
                                 "Check the address and the invitation with the host before you "
                                 "connect again.")},
};

const ReasonLine *lineOf(ReasonCode code)
{
    const auto found = std::find_if(kLines.begin(), kLines.end(),
                                    [code](const ReasonLine &line) { return line.code == code; });
    return found == kLines.end() ? nullptr : &*found;
}

QString translated(const char *source)
{
    return QCoreApplication::translate(kReasonContext, source);
}

// A number argument in the locale's format ("9000" reads "9.000" in German); text as it came.
QString argumentText(const engine::Reason &reason, std::size_t index, const QLocale &locale)
{
    const QString text = QString::fromStdString(reason.args[index]);
    if (!engine::reasonArgumentIsNumber(reason.code, static_cast<int>(index) + 1))
        return text;
    bool whole = false;
    const qlonglong count = text.toLongLong(&whole);
    if (whole)
        return locale.toString(count);
    bool real = false;
    const double value = text.toDouble(&real);
    return real ? ui::readableNumber(value, locale) : text;
}

// The first letter upper case and a full stop: a reason made a sentence of its own.
QString asSentence(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    if (!text.isEmpty() && !QStringLiteral(".!?").contains(text.back()))
        text += QLatin1Char('.');
    return text;
}

QString failureKind(engine::ErrorCode code, const QString &detail)
{
    switch (code)
    {
    case engine::ErrorCode::InvalidInput:
        return QCoreApplication::translate("cohort::app::Reason", "This cannot be used: %1").arg(detail);
    case engine::ErrorCode::NotFound:
        return QCoreApplication::translate("cohort::app::Reason", "Not found: %1").arg(detail);
    case engine::ErrorCode::Io:
        return QCoreApplication::translate("cohort::app::Reason", "Reading or writing failed: %1")
            .arg(detail);
    case engine::ErrorCode::Cancelled:
        return QCoreApplication::translate("cohort::app::Reason", "Stopped: %1").arg(detail);
    case engine::ErrorCode::Internal:
        break;
    }
    return QCoreApplication::translate("cohort::app::Reason", "An unexpected failure: %1").arg(detail);
}

} // namespace

QString reasonSource(ReasonCode code)
{
    const ReasonLine *line = lineOf(code);
    return line ? QString::fromUtf8(line->source) : QString();
}

QString reasonText(const engine::Reason &reason, const QLocale &locale)
{
    const ReasonLine *line = lineOf(reason.code);
    if (!line || static_cast<int>(reason.args.size()) != engine::reasonArgumentCount(reason.code)
        || reason.args.size() > 4)
        return QString::fromStdString(engine::reasonEnglish(reason));
    if (reason.code == ReasonCode::Unworded)
        return QString::fromStdString(reason.args.front());
    QStringList args;
    for (std::size_t i = 0; i < reason.args.size(); ++i)
        args << argumentText(reason, i, locale);
    return withArguments(translated(line->source), args);
}

QString errorText(const engine::Error &error)
{
    const ReasonLine *line = lineOf(error.reason.code);
    const bool worded = error.reason.code != ReasonCode::Unworded && line;
    QString text;
    if (worded)
    {
        text = asSentence(reasonText(error.reason));
        if (line->advice)
            text += QLatin1Char(' ') + translated(line->advice);
    }
    else
    {
        // Text no code describes (a library's own words) stays as it came, said to be a detail.
        QString detail = QString::fromStdString(error.message);
        if (!error.hint.empty())
            detail += QStringLiteral(" (%1)").arg(QString::fromStdString(error.hint));
        text = failureKind(error.code, detail);
    }
    QStringList where;
    if (!error.file.empty())
        where << QFileInfo(QString::fromStdString(error.file)).fileName();
    if (error.row >= 0)
        //: Where an error is in a file: its line (the header is line 1).
        where << QCoreApplication::translate("cohort::app::Reason", "line %1").arg(error.row);
    if (!error.column.empty())
        //: Where an error is in a file: its column's name.
        where << QCoreApplication::translate("cohort::app::Reason", "column %1")
                     .arg(QString::fromStdString(error.column));
    if (where.isEmpty())
        return text;
    //: An error and where it is: "data.csv, line 1, column age: The model needs ...".
    return QCoreApplication::translate("cohort::app::Reason", "%1: %2").arg(where.join(QStringLiteral(", ")), text);
}

} // namespace cohort::app
