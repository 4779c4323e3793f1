// Every validation issue the engine reports carries the values its sentence is made of and
// which of its code's sentences it is, so the app can say it in the user's language; the
// English message and hint the command line prints stay word for word what they were.
#include <QTest>

#include <algorithm>
#include <string>

#include "data/validation_report.h"

#include "validation_issue_cases.h"

using namespace cohort::engine;
using namespace cohort::engine::test;

namespace
{

// Every file, of every stage.
std::vector<Case> cases()
{
    std::vector<Case> all = fileCases();
    for (Case &c : siteAndEvaluationCases())
        all.push_back(std::move(c));
    return all;
}

const ValidationIssue *find(const ValidationReport &report, const std::string &code,
                            const std::string &variant)
{
    for (const ValidationIssue &issue : report.issues())
    {
        if (issue.code == code && issue.variant == variant)
            return &issue;
    }
    return nullptr;
}

} // namespace

class ValidationIssueTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachSentenceCarriesItsArgs_data()
    {
        QTest::addColumn<int>("index");
        const std::vector<Case> all = cases();
        for (std::size_t i = 0; i < all.size(); ++i)
            QTest::newRow(all[i].name) << static_cast<int>(i);
    }
    void eachSentenceCarriesItsArgs()
    {
        QFETCH(int, index);
        const Case c = cases().at(static_cast<std::size_t>(index));
        const ValidationReport report = reportOf(c.kind, c.text, c.target);
        const ValidationIssue *issue = find(report, c.code, c.variant);
        QVERIFY2(issue, report.toText().c_str());
        QCOMPARE(issue->severity == Severity::Error, c.error);
        QCOMPARE(issue->row, c.row);
        QCOMPARE(issue->column, c.column);
        // The English stays as the command line has always printed it.
        QCOMPARE(issue->message, c.message);
        QCOMPARE(issue->hint, c.hint);
        QCOMPARE(issue->args, c.args);
        std::vector<std::string> samples;
        for (const IssueSample &sample : issue->samples)
            samples.push_back(std::to_string(sample.line) + " " + sample.value);
        QCOMPARE(samples, c.samples);
    }

    // Every sentence of the catalogue but two is reported by one of the files above, so a new
    // sentence cannot go untested; its code is among knownIssueCodes().
    void everySentenceIsReportedByAFile()
    {
        const std::vector<std::string> codes = knownIssueCodes();
        QCOMPARE(codes.size(), std::size_t(31));
        const std::vector<Case> all = cases();
        for (const IssueSentenceText &sentence : issueSentences())
        {
            const std::string name =
                std::string(sentence.code) + "/" + std::string(sentence.variant);
            QVERIFY2(std::find(codes.begin(), codes.end(), sentence.code) != codes.end(),
                     name.c_str());
            if (sentence.sentence == IssueSentence::FileTooLarge
                || sentence.sentence == IssueSentence::ParseError)
                continue;
            const bool tested =
                std::any_of(all.begin(), all.end(),
                            [&](const Case &c)
                            { return c.code == sentence.code && c.variant == sentence.variant; });
            QVERIFY2(tested, name.c_str());
        }
    }

    // An issue in words of its own keeps them, with no variant and no args; one of the
    // catalogue reads as it always has in the report's text.
    void issueWithOwnWords()
    {
        ValidationReport report;
        report.setFile("f.csv");
        report.addWarning("custom", 3, "x", "something odd", "look at it");
        report.addError(IssueSentence::FileTooLarge, -1, {});
        QCOMPARE(report.issues().at(0).message, std::string("something odd"));
        QVERIFY(report.issues().at(0).variant.empty());
        QVERIFY(report.issues().at(0).args.empty());
        QCOMPARE(report.issues().at(1).code, std::string("file_too_large"));
        QCOMPARE(report.toText(), std::string("f.csv: error: the file is larger than 4 GB. Split "
                                              "it into several files\n"
                                              "f.csv:3:x: warning: something odd. Look at it\n"
                                              "1 error(s), 1 warning(s): fix the errors above "
                                              "before training\n"));
    }
};

QTEST_APPLESS_MAIN(ValidationIssueTest)
#include "validation_issue_test.moc"
