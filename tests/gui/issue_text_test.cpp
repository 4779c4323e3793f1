// Validation issues in the user's language: every sentence the engine can report has the app's
// own translatable words (not the engine's English), its values land in their places, numbers
// follow the user's locale without exponents, and no command-line advice reaches a window.
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

#include <algorithm>
#include <string>

#include "bridge/issue_text.h"

using namespace cohort;
using engine::IssueSentence;

Q_DECLARE_METATYPE(cohort::engine::ValidationIssue)

namespace
{

// A translation that wraps every Issue text in «», so a test can tell the app's translated
// words from the engine's English fallback.
class MarkingTranslator final : public QTranslator
{
public:
    [[nodiscard]] bool isEmpty() const override { return false; }
    [[nodiscard]] QString translate(const char *context, const char *source,
                                    const char * /*disambiguation*/, int /*n*/) const override
    {
        if (qstrcmp(context, "cohort::app::IssueText") != 0)
            return {};
        return QStringLiteral("«") + QString::fromUtf8(source) + QStringLiteral("»");
    }
};

// How many values the engine's sentence is made of: its highest %N.
int placeholders(const engine::IssueSentenceText &sentence)
{
    int highest = 0;
    for (const std::string_view text : {sentence.message, sentence.hint})
    {
        for (std::size_t i = 0; i + 1 < text.size(); ++i)
        {
            if (text[i] == '%' && text[i + 1] >= '1' && text[i + 1] <= '9')
                highest = std::max(highest, text[i + 1] - '0');
        }
    }
    return highest;
}

// The one issue of a report that holds `sentence` with `args` (and `samples`).
engine::ValidationIssue issueOf(IssueSentence sentence, std::vector<std::string> args,
                                std::vector<engine::IssueSample> samples = {},
                                const std::string &column = "x")
{
    engine::ValidationReport report;
    report.setFile("data.csv");
    report.addError(sentence, 4, column, std::move(args), std::move(samples));
    return report.issues().front();
}

const QRegularExpression kLeftOver(QStringLiteral("%L?[0-9n]"));

} // namespace

class IssueTextTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    // Every sentence of the engine's catalogue has its own entry: under a translation its
    // words come back translated, every value in place. The engine's English never shows.
    void everyEngineSentenceIsTranslated()
    {
        MarkingTranslator marking;
        QVERIFY(QCoreApplication::installTranslator(&marking));
        for (const engine::IssueSentenceText &sentence : engine::issueSentences())
        {
            const QString name =
                QString::fromUtf8(sentence.code.data(), sentence.code.size()) + QLatin1Char('/')
                + QString::fromUtf8(sentence.variant.data(), sentence.variant.size());
            QVERIFY2(app::hasIssueText(std::string(sentence.code), std::string(sentence.variant)),
                     qPrintable(name));
            const engine::ValidationIssue issue =
                issueOf(sentence.sentence, std::vector<std::string>(placeholders(sentence), "7"));
            const app::IssueText text = app::issueTextOf(issue);
            QVERIFY2(text.message.startsWith(QStringLiteral("«")),
                     qPrintable(name + QStringLiteral(": ") + text.message));
            QVERIFY2(!text.message.contains(kLeftOver), qPrintable(text.message));
            QVERIFY2(!text.hint.contains(kLeftOver), qPrintable(text.hint));
            // A hint the engine gives is given in the app's words too.
            QCOMPARE(text.hint.isEmpty(), sentence.hint.empty());
            if (!text.hint.isEmpty())
                QVERIFY2(text.hint.startsWith(QStringLiteral("«")), qPrintable(text.hint));
        }
        QCoreApplication::removeTranslator(&marking);
        // Every code the engine can report has its first sentence.
        for (const std::string &code : engine::knownIssueCodes())
            QVERIFY2(app::hasIssueText(code, ""), code.c_str());
    }

    void valuesLandInPlace_data()
    {
        QTest::addColumn<engine::ValidationIssue>("issue");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("hint");
        QTest::newRow("ragged row")
            << issueOf(IssueSentence::RaggedRow, {"2", "3"}, {}, "")
            << "This row has 2 field(s), the header has 3"
            << "Check for a missing or extra delimiter or an unclosed quote";
        QTest::newRow("class with too few rows")
            << issueOf(IssueSentence::TooFewRowsPerClass, {"cured", "2", "5"})
            << "Class “cured” has 2 row(s); at least 5 are needed"
            << "Add rows of this class, or remove or merge it";
        QTest::newRow("cells quoted with their lines")
            << issueOf(IssueSentence::TextInNumericColumn, {"3", "line 5 'high', line 9 'x'"},
                       {{5, "high"}, {9, "x"}})
            << "The column holds numbers, but 3 cell(s) are text (line 5 “high”, line 9 “x”)"
            << "Correct these cells, or leave them empty or NA if the value is unknown";
        QTest::newRow("federation's numeric column")
            << issueOf(IssueSentence::FederationTextInNumericColumn, {"6", "60", "line 5 'old'"},
                       {{5, "old"}})
            << "The federation's column is numeric, but 6 of its 60 cells are text (line 5 “old”)"
            << "Correct these cells, or leave them empty or NA if the value is unknown";
        QTest::newRow("a value with a percent sign stays as it is")
            << issueOf(IssueSentence::DuplicateColumn, {"a%1"}) << "Two columns are named “a%1”"
            << "Rename one of them in the header row";
        QTest::newRow("categories listed in the hint")
            << issueOf(IssueSentence::UnseenCategory, {"3", "line 3 'X'", "F, M"}, {{3, "X"}})
            << "3 cell(s) hold categories the federation has not seen (line 3 “X”); they are "
               "encoded as all zeros"
            << "Check the spelling against the federation's categories: F, M";
        QTest::newRow("percentage of missing values")
            << issueOf(IssueSentence::MissingValuesMostFrequent, {"1", "8"})
            << "1 missing value(s) (8%) will be filled with the most frequent value of the "
               "training rows"
            << "";
        // The command line's advice becomes advice for a window.
        QTest::newRow("no header row")
            << issueOf(IssueSentence::HeaderLooksLikeData, {"1, 2, a"}, {}, "")
            << "The first row (1, 2, a, …) looks like data, not like column names"
            << "Add a row with the column names at the top of the file";
        QTest::newRow("evaluation without the target")
            << issueOf(IssueSentence::EvaluationTargetMissing, {"label"}, {}, "label")
            << "The file has no column “label”, the target this model predicts"
            << "Choose a file whose rows hold the true “label” of each case";
    }
    void valuesLandInPlace()
    {
        QFETCH(engine::ValidationIssue, issue);
        QFETCH(QString, message);
        QFETCH(QString, hint);
        const app::IssueText text = app::issueTextOf(issue, QLocale::c());
        QCOMPARE(text.message, message);
        QCOMPARE(text.hint, hint);
    }

    // Numbers follow the user's locale, large ones grouped, none with an exponent; file lines
    // are not grouped (an editor shows "line 12345").
    void numbersInTheUsersLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const app::IssueText extreme = app::issueTextOf(
            issueOf(IssueSentence::ExtremeValues, {"12345", "24110", "2.908", "2.411e+04"}));
        QCOMPARE(extreme.message, QStringLiteral("12.345 extreme value(s), e.g. 24.110, far "
                                                 "outside the typical range from 2,908 to 24.110; "
                                                 "they will be clipped to the training data's "
                                                 "quantiles"));
        const app::IssueText huge = app::issueTextOf(
            issueOf(IssueSentence::HugeValues,
                    {"10", "1e+100", "line 5 -2.5e+154, line 12345 3e+101, line 25 1.7e+308, ..."},
                    {{5, "-2.5e+154"}, {12345, "3e+101"}, {25, "1.7e+308"}}));
        QCOMPARE(huge.message,
                 QStringLiteral("10 value(s) beyond ±1 × 10¹⁰⁰ (line 5: -2,5 × 10¹⁵⁴, line 12345: "
                                "3 × 10¹⁰¹, line 25: 1,7 × 10³⁰⁸, …) are too large to compute "
                                "with; they will be clipped to ±1 × 10¹⁰⁰"));
        const app::IssueText offset =
            app::issueTextOf(issueOf(IssueSentence::UndecodableBytes, {"0x81", "1234567"}));
        QCOMPARE(offset.message,
                 QStringLiteral("Byte 0x81 at offset 1.234.567 is neither UTF-8 nor Latin-1 text"));
        // The plural count is the user's number too.
        QCOMPARE(app::issueTextOf(issueOf(IssueSentence::RowsSkipped, {"1500"})).message,
                 QStringLiteral("1.500 row(s) have no target value or a class the model does not "
                                "know; they are not evaluated"));
    }

    // What the app has no sentence for, or whose values do not fit one, reads as the engine
    // wrote it.
    void unknownIssuesFallBackToTheEngine()
    {
        engine::ValidationReport report;
        report.addWarning("something_new", 3, "x", "something new happened", "do a thing");
        report.addError(IssueSentence::RaggedRow, 4, {}, {"2"}); // one value short
        const app::IssueText unknown = app::issueTextOf(report.issues().at(0));
        QCOMPARE(unknown.message, QStringLiteral("something new happened"));
        QCOMPARE(unknown.hint, QStringLiteral("do a thing"));
        QVERIFY(!app::hasIssueText("something_new", ""));
        QCOMPARE(app::issueTextOf(report.issues().at(1)).message,
                 QString::fromStdString(report.issues().at(1).message));
    }

    // A report for a message box: errors first, each with its line and column, then the
    // counts; nothing about training or the command line.
    void reportText()
    {
        engine::ValidationReport report;
        report.setFile("rows.csv");
        report.addWarning(IssueSentence::RowsSkipped, 8, "label", {"1"});
        report.addError(IssueSentence::EvaluationTargetMissing, 1, "label", {"label"});
        report.addError(IssueSentence::EvaluationNoRows, -1, {});
        QCOMPARE(app::issueReportText(report, QLocale::c()),
                 QStringLiteral(
                     "Line 1, column “label”: The file has no column “label”, the target this "
                     "model predicts. Choose a file whose rows hold the true “label” of each "
                     "case\n"
                     "No row has a class the model knows. Check that the target column holds the "
                     "model's classes\n"
                     "Line 8, column “label”: 1 row(s) have no target value or a class the model "
                     "does not know; they are not evaluated\n"
                     "2 error(s), 1 warning(s)"));
    }
};

QTEST_GUILESS_MAIN(IssueTextTest)
#include "issue_text_test.moc"
