// Reasons (why something failed or was refused) as the app shows them: every engine code has a
// line of its own (the engine's English, so an untranslated line reads as the CLI prints it),
// numbers in the user's locale, German lines that read in German with every argument kept, and
// reasons that keep their code across the wire and the JSON log lines of a site process.
#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

#include <string>

#include "bridge/federation_log_text.h"
#include "bridge/reason_text.h"
#include "network/log_event.h"
#include "network/wire_messages.h"

using namespace cohort;
using engine::Reason;
using engine::ReasonCode;

namespace
{

// A reason for `code` with text arguments "<1>", "<2>", ... in each place.
Reason sampleReason(ReasonCode code)
{
    Reason reason{code, {}};
    for (int i = 1; i <= engine::reasonArgumentCount(code); ++i)
        reason.args.push_back("<" + std::to_string(i) + ">");
    return reason;
}

QString nameOf(ReasonCode code)
{
    return QString::fromStdString(std::string(engine::reasonCodeName(code)));
}

} // namespace

class ReasonTextTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCodeHasItsOwnLine()
    {
        QVERIFY(engine::allReasonCodes().size() > 40);
        for (const ReasonCode code : engine::allReasonCodes())
        {
            QCOMPARE(app::reasonSource(code),
                     QString::fromStdString(std::string(engine::reasonTemplate(code))));
            const Reason reason = sampleReason(code);
            QCOMPARE(app::reasonText(reason, QLocale::c()),
                     QString::fromStdString(engine::reasonEnglish(reason)));
            // Names are unique: a name read back gives the same code.
            QCOMPARE(engine::reasonCodeFromName(engine::reasonCodeName(code)), code);
        }
    }

    void numbersFollowTheLocaleAndTextStaysAsItCame()
    {
        const Reason size{ReasonCode::UpdateWrongSize, {"9000", "12"}};
        QCOMPARE(app::reasonText(size, QLocale::c()),
                 QStringLiteral("sent 9000 parameters, the model has 12"));
        QVERIFY2(app::reasonText(size, QLocale(QLocale::German)).contains(QStringLiteral("9.000")),
                 qPrintable(app::reasonText(size, QLocale(QLocale::German))));
        // A column named "2019" is a name, not a number.
        const Reason column{ReasonCode::ModelNeedsColumn, {"2019"}};
        QVERIFY(app::reasonText(column, QLocale(QLocale::German)).contains(QStringLiteral("'2019'")));
        // An unworded reason is its text, whatever the language.
        QCOMPARE(app::reasonText(engine::unworded("LibTorch said no"), QLocale(QLocale::German)),
                 QStringLiteral("LibTorch said no"));
    }

    void errorsSayWhereWhatAndWhatToDo()
    {
        engine::Error error = engine::makeError(engine::ErrorCode::InvalidInput,
                                                Reason{ReasonCode::ModelNeedsColumn, {"age"}},
                                                "a hint for the CLI (--exclude)");
        error.file = "/tmp/somewhere/visits.csv";
        error.row = 1;
        error.column = "age";
        QCOMPARE(app::errorText(error),
                 QStringLiteral("visits.csv, line 1, column age: The model needs the column "
                                "'age', which the file does not have. Use a file with the same "
                                "columns as the training data."));
        // No CLI advice in a window: the engine's hint is for the command line.
        QVERIFY(!app::errorText(error).contains(QStringLiteral("--")));
        // A failure no code describes says what kind it was, then the library's own words.
        const engine::Error library =
            engine::makeError(engine::ErrorCode::Internal, "LibTorch could not train: bad alloc");
        QCOMPARE(app::errorText(library),
                 QStringLiteral("An unexpected failure: LibTorch could not train: bad alloc"));
    }

    void germanReasonsReadInGerman()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/cohort_de.qm")));
        QCoreApplication::installTranslator(&german);
        const QLocale locale(QLocale::German, QLocale::Germany);
        for (const ReasonCode code : engine::allReasonCodes())
        {
            if (code == ReasonCode::Unworded)
                continue;
            const Reason reason = sampleReason(code);
            const QString shown = app::reasonText(reason, locale);
            for (int i = 1; i <= engine::reasonArgumentCount(code); ++i)
                QVERIFY2(shown.contains(QStringLiteral("<%1>").arg(i)),
                         qPrintable(nameOf(code) + ": " + shown));
            QVERIFY2(shown != QString::fromStdString(engine::reasonEnglish(reason)),
                     qPrintable(nameOf(code) + " reads in English: " + shown));
            // The sentence a window shows, advice included, is German too.
            const QString sentence =
                app::errorText(engine::makeError(engine::ErrorCode::InvalidInput, reason));
            QVERIFY2(!sentence.contains(QStringLiteral(" the ")),
                     qPrintable(nameOf(code) + ": " + sentence));
        }
        // The refusal of an update, as the hub's log shows it in German.
        const net::LogEvent refused = net::logEvent(
            net::LogCode::HubRoundUpdateRefused, "clinic",
            Reason{ReasonCode::UpdateTooFar, {"1200", "0.25", "10"}});
        const QString line = app::federationLogText(refused, locale);
        QVERIFY2(line.contains(QStringLiteral("clinic")) && line.contains(QStringLiteral("1.200"))
                     && line.contains(QStringLiteral("0,25"))
                     && !line.contains(QStringLiteral("away from")),
                 qPrintable(line));
        const engine::Error unworded =
            engine::makeError(engine::ErrorCode::Io, "disk I/O error");
        QVERIFY2(app::errorText(unworded).endsWith(QStringLiteral(": disk I/O error"))
                     && !app::errorText(unworded).startsWith(QStringLiteral("Reading")),
                 qPrintable(app::errorText(unworded)));
        QCoreApplication::removeTranslator(&german);
    }

    void reasonsKeepTheirCodeInLogLines()
    {
        const net::LogEvent event =
            net::logEvent(net::LogCode::SiteRoundRefused, 3,
                          Reason{ReasonCode::FitRowsOutOfBounds, {"500", "40"}});
        const std::optional<net::LogEvent> back =
            net::logEventFromJsonLine(net::toJsonLine(event));
        QVERIFY(back);
        QCOMPARE(back->args.size(), std::size_t(2));
        const auto *reason = std::get_if<Reason>(&back->args[1]);
        QVERIFY(reason);
        QCOMPARE(*reason, (Reason{ReasonCode::FitRowsOutOfBounds, {"500", "40"}}));
        QCOMPARE(net::englishText(*back),
                 std::string("round 3: the hub refused it: this site reported training on 500 "
                             "rows, it declared 40"));
        // A reason with the wrong number of arguments is not a line this app can read.
        std::string line = net::toJsonLine(event);
        line.replace(line.find("\"40\""), 4, "\"40\",\"41\"");
        QVERIFY(!net::logEventFromJsonLine(line));
    }

    void reasonsKeepTheirCodeOnTheWire()
    {
        cohort::wire::RoundFailure failure;
        net::setReason(failure, Reason{ReasonCode::UpdateNotFinite, {}});
        QCOMPARE(failure.reason(), std::string("sent parameters that are not finite numbers"));
        QCOMPARE(net::reasonOf(failure), (Reason{ReasonCode::UpdateNotFinite, {}}));
        // From an older sender: no code, the English as a detail; nothing at all: no reason.
        cohort::wire::RoundFailure older;
        older.set_reason("the disk is full");
        QCOMPARE(net::reasonOf(older), engine::unworded("the disk is full"));
        QCOMPARE(net::reasonOf(cohort::wire::RoundFailure()).code, ReasonCode::GaveNoReason);
        // A code this app does not know, or arguments that do not fit it, fall back to the text;
        // a peer's text is escaped so that it cannot forge a log line.
        cohort::wire::ErrorReply reply;
        reply.set_message("refused\nhub: all fine");
        reply.set_reason_code("no.such.code");
        QCOMPARE(net::reasonOf(reply), engine::unworded("refused\\nhub: all fine"));
        reply.set_reason_code("admission.hub_full");
        QCOMPARE(net::reasonOf(reply).code, ReasonCode::Unworded);
        reply.add_reason_args("64\n");
        QCOMPARE(net::reasonOf(reply), (Reason{ReasonCode::HubFull, {"64\\n"}}));
    }
};

QTEST_GUILESS_MAIN(ReasonTextTest)
#include "reason_text_test.moc"
