// Every validation issue the engine reports carries the values its sentence is made of and
// which of its code's sentences it is, so the app can say it in the user's language; the
// English message and hint the command line prints stay word for word what they were.
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <fstream>
#include <functional>
#include <string>

#include "data/csv_reader.h"
#include "data/preprocessor.h"
#include "data/schema_inference.h"
#include "data/validation_report.h"
#include "eval/file_evaluation.h"
#include "fl/federation_schema.h"
#include "model/trained_model.h"

using namespace cohort::engine;

namespace
{

// `count` rows of "x,y,label" with numbers and two classes, after `first`.
std::string rows(int count, const std::string &first = "x,y,label\n")
{
    std::string text = first;
    for (int i = 0; i < count; ++i)
        text +=
            std::to_string(i) + "," + std::to_string(i * 3 % 7) + "," + (i % 2 ? "a" : "b") + "\n";
    return text;
}

// `count` rows of "<header>,label" whose first column is `cell(i)`, two classes.
std::string column(const std::string &header, int count,
                   const std::function<std::string(int)> &cell)
{
    std::string text = header + ",label\n";
    for (int i = 0; i < count; ++i)
        text += cell(i) + "," + (i % 2 ? "a" : "b") + "\n";
    return text;
}

// 60 site rows of age, smoker, sex, label; `cell(row, column)` may replace any cell.
std::string siteRows(const std::function<std::string(int, int)> &cell)
{
    std::string text = "age,smoker,sex,label\n";
    for (int i = 0; i < 60; ++i)
    {
        const std::string defaults[] = {std::to_string(20 + i % 50), i % 3 ? "yes" : "no",
                                        i % 2 ? "F" : "M", i % 4 ? "sick" : "well"};
        for (int c = 0; c < 4; ++c)
        {
            const std::string replaced = cell(i, c);
            text += (replaced.empty() ? defaults[c] : replaced) + (c < 3 ? "," : "\n");
        }
    }
    return text;
}

FederationSchema hubSchema()
{
    FederationSchema schema;
    schema.features = {{"age", ColumnKind::Numeric, {}},
                       {"smoker", ColumnKind::Boolean, {"0", "1"}},
                       {"sex", ColumnKind::Categorical, {"F", "M"}}};
    schema.target = "label";
    schema.classNames = {"sick", "well"};
    return schema;
}

// An untrained two-class model of "x,y,label" rows: evaluation needs a model, not a good one.
TrainedModel modelOfRows()
{
    ValidationReport report;
    const RawTable table = readCsvText(rows(12), "train.csv", {}, report).value();
    InferenceOptions inference;
    inference.target = "label";
    const DatasetSchema schema = inferSchema(table, inference, report);
    std::vector<std::size_t> all(table.rowCount());
    for (std::size_t i = 0; i < all.size(); ++i)
        all[i] = i;
    Preprocessor preprocessor = Preprocessor::fit(table, schema, all);
    MlpSpec spec;
    spec.inputWidth = static_cast<int>(preprocessor.outputWidth());
    spec.hiddenLayers = {4};
    return TrainedModel(MlpClassifier::create(spec, 7).value(), std::move(preprocessor), "label",
                        schema.classNames, 0);
}

// The report of importing `text` ("csv"), checking it against the hub's schema ("site") or
// evaluating the model of modelOfRows() on it ("evaluate").
ValidationReport reportOf(const QString &kind, const std::string &text, const std::string &target)
{
    ValidationReport report;
    if (kind == QLatin1String("evaluate"))
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("data.csv")).toStdString();
        std::ofstream(path, std::ios::binary) << text;
        const Result<FileEvaluation> evaluation = evaluateOnFile(modelOfRows(), path, {}, report);
        Q_UNUSED(evaluation);
        return report;
    }
    Result<RawTable> table =
        readCsvText(text, kind == QLatin1String("site") ? "site.csv" : "data.csv", {}, report);
    if (!table)
        return report;
    if (kind == QLatin1String("site"))
    {
        const Result<void> checked = checkSiteTable(table.value(), hubSchema(), report);
        Q_UNUSED(checked);
        return report;
    }
    InferenceOptions inference;
    inference.target = target;
    const DatasetSchema schema = inferSchema(table.value(), inference, report);
    Q_UNUSED(schema);
    return report;
}

struct Case
{
    const char *name;
    QString kind;
    std::string text;
    std::string target;
    // The issue looked for, and what it must say.
    std::string code;
    std::string variant;
    bool error;
    long row;
    std::string column;
    std::string message;
    std::string hint;
    std::vector<std::string> args;
    std::vector<std::string> samples; // "line value"
};

// One file per sentence the engine can report (all but a file over 4 GB and libcsv's own
// failure), with the English it reports today, word for word.
std::vector<Case> cases()
{
    std::vector<Case> all;
    const auto add = [&](Case c) { all.push_back(std::move(c)); };
    const std::string hintRagged = "check for a missing or extra delimiter or an unclosed quote";
    const std::string hintCells =
        "correct these cells, or leave them empty or NA if the value is unknown";
    const std::string hintTwoClasses = "choose a column with at least two classes";

    add({"ragged row",
         "csv",
         rows(10, "x,y,label\n1,2,a\n2,3,b\n3,4\n"),
         "label",
         "ragged_row",
         "",
         true,
         4,
         "",
         "row has 2 fields, the header has 3",
         hintRagged,
         {"2", "3"},
         {}});
    std::string ragged = "x,y,label\n";
    for (int i = 0; i < 25; ++i)
        ragged += "1,2\n";
    add({"many ragged rows",
         "csv",
         rows(12, ragged),
         "label",
         "ragged_row",
         "more_rows",
         true,
         -1,
         "",
         "5 more rows have the wrong number of fields",
         "fix the rows listed above first; the others are likely alike",
         {"5"},
         {}});
    add({"header looks like data",
         "csv",
         rows(12, "1,2,a\n"),
         "label",
         "header_looks_like_data",
         "",
         true,
         1,
         "",
         "the first row (1, 2, a, ...) looks like data, not column names",
         "add a header row, or name the columns with --columns a,b,c",
         {"1, 2, a"},
         {}});
    add({"empty column name",
         "csv",
         rows(12, "x,,label\n"),
         "label",
         "empty_column_name",
         "",
         false,
         1,
         "column_2",
         "column 2 has no name; called column_2",
         "give every column a name in the header row",
         {"2", "column_2"},
         {}});
    add({"duplicate column",
         "csv",
         rows(12, "x,x,label\n"),
         "label",
         "duplicate_column",
         "",
         true,
         1,
         "x",
         "two columns are named 'x'",
         "rename one of them in the header row",
         {"x"},
         {}});
    // A '%' in a name is the name's, not a placeholder.
    add({"duplicate column with a percent sign",
         "csv",
         rows(12, "a%1,a%1,label\n"),
         "label",
         "duplicate_column",
         "",
         true,
         1,
         "a%1",
         "two columns are named 'a%1'",
         "rename one of them in the header row",
         {"a%1"},
         {}});
    add({"too few columns",
         "csv",
         "only\n1\n2\n3\n",
         "label",
         "too_few_columns",
         "",
         true,
         1,
         "",
         "the file has 1 column(s); at least 2 are needed (features and a target)",
         "check the delimiter (comma, semicolon or tab) of the file",
         {"1"},
         {}});
    add({"undecodable bytes",
         "csv",
         rows(10, "x,y,label\n1,2,a\n3,\x81\x90,b\n"),
         "label",
         "undecodable_bytes",
         "",
         true,
         3,
         "",
         "byte 0x81 at offset 18 is not valid UTF-8 or Latin-1 text",
         "save the file as CSV in UTF-8 encoding",
         {"0x81", "18"},
         {}});
    add({"latin-1",
         "csv",
         rows(10, "x,y,label\n1,2,a\n3,caf\xe9,b\n"),
         "label",
         "latin1_encoding",
         "",
         false,
         3,
         "",
         "the file is not UTF-8; it was read as Latin-1 (ISO-8859-1)",
         "check accented names; save as UTF-8 to silence this warning",
         {},
         {}});
    add({"empty file",
         "csv",
         "\n\n",
         "label",
         "empty_file",
         "",
         true,
         -1,
         "",
         "the file is empty",
         "export the data again with a header row and data rows",
         {},
         {}});
    add({"no rows",
         "csv",
         "x,y,label\n",
         "label",
         "no_rows",
         "",
         true,
         -1,
         "",
         "the file has a header but no data rows",
         "export the data again with its rows",
         {},
         {}});
    add({"huge values",
         "csv",
         column("x", 100,
                [](int i)
                {
                    return i % 20 == 3   ? std::string(i == 3 ? "-2.5e154" : "1.7e308")
                           : i % 20 == 9 ? std::string("3e101")
                                         : std::to_string(i % 10);
                }),
         "label",
         "huge_values",
         "",
         false,
         5,
         "x",
         "10 value(s) beyond +-1e+100 (line 5 -2.5e+154, line 11 3e+101, line 25 1.7e+308, ...) "
         "are too large to compute with; they will be clipped to +-1e+100",
         "check these values for typing or unit errors, or rescale the column",
         {"10", "1e+100", "line 5 -2.5e+154, line 11 3e+101, line 25 1.7e+308, ..."},
         {"5 -2.5e+154", "11 3e+101", "25 1.7e+308"}});
    add({"extreme values",
         "csv",
         column("x", 60,
                [](int i) { return i == 40 ? std::string("5000") : std::to_string(i % 10); }),
         "label",
         "extreme_values",
         "",
         false,
         42,
         "x",
         "1 extreme value(s), e.g. 5000, far outside the typical range [2, 7]; they will be "
         "clipped to the training data's quantiles",
         "check these values for typing or unit errors",
         {"1", "5000", "2", "7"},
         {}});
    add({"empty column",
         "csv",
         column("e", 12, [](int) { return std::string(); }),
         "label",
         "empty_column",
         "",
         false,
         -1,
         "e",
         "the column has no values; it is ignored",
         "",
         {},
         {}});
    add({"text in numeric column",
         "csv",
         column("x", 12,
                [](int i) { return i % 4 == 3 ? std::string("high") : std::to_string(i); }),
         "label",
         "text_in_numeric_column",
         "",
         true,
         5,
         "x",
         "the column holds numbers but 3 cell(s) are text (line 5 'high', line 9 'high', line 13 "
         "'high')",
         hintCells,
         {"3", "line 5 'high', line 9 'high', line 13 'high'"},
         {"5 high", "9 high", "13 high"}});
    // A long cell is quoted by its first 40 characters.
    const std::string longCell(45, 'w');
    const std::string cut = longCell.substr(0, 40) + "...";
    add({"text treated as missing",
         "csv",
         column("x", 60, [&](int i) { return i == 9 ? longCell : std::to_string(i); }),
         "label",
         "text_in_numeric_column",
         "treated_as_missing",
         false,
         11,
         "x",
         "1 text cell(s) in a numeric column (line 11 '" + cut + "') are treated as missing",
         "",
         {"1", "line 11 '" + cut + "'"},
         {"11 " + cut}});
    add({"date column",
         "csv",
         column("when", 12, [](int i) { return "2024-01-" + std::to_string(10 + i); }),
         "label",
         "date_time_column",
         "",
         false,
         -1,
         "when",
         "the column holds dates or times; it is not used as a feature",
         "to use it, add a number computed from it (an age in days, an hour of the day) as a "
         "column of its own",
         {},
         {}});
    add({"identifier column",
         "csv",
         column("name", 12, [](int i) { return "n" + std::to_string(i); }),
         "label",
         "identifier_column",
         "",
         false,
         -1,
         "name",
         "the column looks like an identifier or free text (12 distinct values); it is not used "
         "as a feature",
         "",
         {"12"},
         {}});
    add({"missing numbers",
         "csv",
         column("x", 60, [](int i) { return i == 6 ? std::string("NA") : std::to_string(i % 10); }),
         "label",
         "missing_values",
         "",
         false,
         8,
         "x",
         "1 missing value(s) (1%) will be filled with the median of the training rows",
         "",
         {"1", "1"},
         {}});
    add({"missing categories",
         "csv",
         column("c", 12,
                [](int i) { return i == 2 ? std::string("NA") : std::string(i % 3 ? "p" : "q"); }),
         "label",
         "missing_values",
         "most_frequent",
         false,
         4,
         "c",
         "1 missing value(s) (8%) will be filled with the most frequent value of the training rows",
         "",
         {"1", "8"},
         {}});
    std::string noTarget = "x,label\n";
    std::string constant = "x,label\n";
    std::string empty = "x,label\n";
    std::string regression = "x,label\n";
    for (int i = 0; i < 20; ++i)
        noTarget += std::to_string(i) + "," + (i == 3 ? "" : (i % 2 ? "a" : "b")) + "\n";
    for (int i = 0; i < 12; ++i)
    {
        constant += std::to_string(i) + ",same\n";
        empty += std::to_string(i) + ",\n";
        regression += std::to_string(i) + "," + std::to_string(i) + ".5\n";
    }
    add({"missing target",
         "csv",
         noTarget,
         "label",
         "missing_target",
         "",
         false,
         5,
         "label",
         "1 row(s) without a target value are dropped",
         "",
         {"1"},
         {}});
    add({"constant target",
         "csv",
         constant,
         "label",
         "constant_target",
         "",
         true,
         -1,
         "label",
         "the target has only one value ('same'); there is nothing to learn",
         hintTwoClasses,
         {"same"},
         {}});
    add({"target without values",
         "csv",
         empty,
         "label",
         "constant_target",
         "no_values",
         true,
         -1,
         "label",
         "the target column has no values",
         hintTwoClasses,
         {},
         {}});
    add({"continuous target",
         "csv",
         regression,
         "label",
         "target_not_categorical",
         "",
         true,
         -1,
         "label",
         "the target has 12 distinct values; Cohort trains classifiers",
         "choose a column with a few classes, or group the values into classes",
         {"12"},
         {}});
    add({"too few rows per class",
         "csv",
         rows(12) + "99,1,c\n98,2,c\n",
         "label",
         "too_few_rows_per_class",
         "",
         true,
         -1,
         "label",
         "class 'c' has 2 row(s); at least 5 are needed",
         "add rows of this class, or remove or merge it",
         {"c", "2", "5"},
         {}});
    add({"target missing",
         "csv",
         rows(12),
         "outcome",
         "target_missing",
         "",
         true,
         1,
         "outcome",
         "there is no column named 'outcome'",
         "choose the target among: x, y, label",
         {"outcome", "x, y, label"},
         {}});
    add({"no features",
         "csv",
         column("name", 12, [](int i) { return "n" + std::to_string(i); }),
         "label",
         "no_features",
         "",
         true,
         -1,
         "",
         "no column is usable as a feature",
         "add numeric, yes/no or categorical columns besides the target",
         {},
         {}});

    add({"site text in numeric",
         "site",
         siteRows([](int i, int c) { return c == 0 && i % 10 == 3 ? "old" : ""; }),
         "",
         "text_in_numeric_column",
         "federation",
         true,
         5,
         "age",
         "the federation's column is numeric but 6 of its 60 cell(s) are text (line 5 'old')",
         hintCells,
         {"6", "60", "line 5 'old'"},
         {"5 old"}});
    add({"site text as missing",
         "site",
         siteRows([](int i, int c) { return c == 0 && i == 8 ? "unknown" : ""; }),
         "",
         "text_in_numeric_column",
         "treated_as_missing",
         false,
         10,
         "age",
         "1 text cell(s) in a numeric column (line 10 'unknown') are treated as missing",
         "",
         {"1", "line 10 'unknown'"},
         {"10 unknown"}});
    add({"site not boolean",
         "site",
         siteRows([](int i, int c) { return c == 1 && i == 4 ? "maybe" : ""; }),
         "",
         "not_boolean",
         "",
         true,
         6,
         "smoker",
         "the federation's column is yes/no but 1 cell(s) are not (line 6 'maybe')",
         "use 0/1, yes/no or true/false, or leave the cell empty if the value is unknown",
         {"1", "line 6 'maybe'"},
         {"6 maybe"}});
    add({"site unseen category",
         "site",
         siteRows([](int i, int c) { return c == 2 && i % 20 == 1 ? "X" : ""; }),
         "",
         "unseen_category",
         "",
         false,
         3,
         "sex",
         "3 cell(s) hold categories the federation has not seen (line 3 'X'); they are encoded "
         "as all zeros",
         "check the spelling against the federation's categories: F, M",
         {"3", "line 3 'X'", "F, M"},
         {"3 X"}});
    add({"site unknown class",
         "site",
         siteRows([](int i, int c) { return c == 3 && i >= 55 ? "cured" : ""; }),
         "",
         "unknown_class",
         "",
         false,
         57,
         "label",
         "5 row(s) have a class the federation does not know (line 57 'cured'); they are left out",
         "the federation's classes are: sick, well",
         {"5", "line 57 'cured'", "sick, well"},
         {"57 cured"}});
    add({"site missing class",
         "site",
         siteRows([](int i, int c) { return c == 3 && i == 0 ? "NA" : ""; }),
         "",
         "missing_target",
         "federation",
         false,
         2,
         "label",
         "1 row(s) without a target value are left out",
         "",
         {"1"},
         {}});
    add({"site no known class",
         "site",
         siteRows([](int, int c) { return c == 3 ? "cured" : ""; }),
         "",
         "no_known_class",
         "",
         true,
         -1,
         "label",
         "no row has one of the federation's classes (sick, well)",
         "check that the target column holds the same class labels as the hub's",
         {"sick, well"},
         {}});
    add({"site missing column",
         "site",
         "age,smoker,label\n1,yes,sick\n2,no,well\n",
         "",
         "missing_column",
         "",
         true,
         1,
         "sex",
         "the federation needs the column 'sex', which the file does not have",
         "rename or add the column: every site needs the federation's columns",
         {"sex"},
         {}});

    add({"evaluate without target",
         "evaluate",
         "x,y\n1,2\n3,4\n",
         "",
         "target_missing",
         "evaluation",
         true,
         1,
         "label",
         "the file has no column 'label', the target the model predicts",
         "evaluate on a file with the true classes; use predict for unlabelled rows",
         {"label"},
         {}});
    add({"evaluate skips rows",
         "evaluate",
         rows(6) + "1,2,cured\n",
         "",
         "rows_skipped",
         "",
         false,
         8,
         "label",
         "1 row(s) have no target value or a class the model does not know; they are not "
         "evaluated",
         "",
         {"1"},
         {}});
    add({"evaluate no known class",
         "evaluate",
         "x,y,label\n1,2,c\n3,4,d\n",
         "",
         "no_rows",
         "evaluation",
         true,
         -1,
         "label",
         "no row has a class the model knows",
         "check that the target column holds the model's classes",
         {},
         {}});
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
        QCOMPARE(codes.size(), std::size_t(30));
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
