// The federation's schema: taken from the hub's inferred schema, sent as JSON, and checked
// against each site's file, with every mismatch named with its column (and row where one is).
#include <QTest>

#include <functional>
#include <string>

#include <nlohmann/json.hpp>

#include "data/csv_reader.h"
#include "data/schema_inference.h"
#include "fl/federation_schema.h"

using namespace cohort::engine;

namespace
{

RawTable tableOf(const std::string &text, const std::string &name = "site.csv")
{
    ValidationReport report;
    Result<RawTable> table = readCsvText(text, name, {}, report);
    if (!table)
        qFatal("%s", report.toText().c_str());
    return std::move(table).value();
}

// 60 rows: enough for the 2% text tolerance to allow one text cell in a numeric column.
// `cell(row, column)` may replace any cell; the columns are age, smoker, sex, label.
std::string siteRows(const std::function<std::string(int, int)> &cell = {})
{
    std::string text = "age,smoker,sex,label\n";
    for (int i = 0; i < 60; ++i)
    {
        const std::string defaults[] = {std::to_string(20 + i % 50), i % 3 ? "yes" : "no",
                                        i % 2 ? "F" : "M", i % 4 ? "sick" : "well"};
        for (int c = 0; c < 4; ++c)
        {
            const std::string replaced = cell ? cell(i, c) : std::string();
            text += (replaced.empty() ? defaults[c] : replaced) + (c < 3 ? "," : "\n");
        }
    }
    return text;
}

// The hub's file: a patient id (not a feature), age, smoker, sex and the label.
std::string hubCsv()
{
    std::string text = "patient_id,age,smoker,sex,label\n";
    for (int i = 0; i < 40; ++i)
        text += std::to_string(1000 + i) + "," + std::to_string(30 + i) + ","
                + (i % 3 ? "yes" : "no") + "," + (i % 2 ? "F" : "M") + ","
                + (i % 4 ? "sick" : "well") + "\n";
    return text;
}

FederationSchema hubSchema()
{
    const RawTable table = tableOf(hubCsv(), "hub.csv");
    ValidationReport report;
    InferenceOptions options;
    options.target = "label";
    return federationSchemaFrom(inferSchema(table, options, report));
}

const ValidationIssue *issueWithCode(const ValidationReport &report, const std::string &code)
{
    for (const ValidationIssue &issue : report.issues())
    {
        if (issue.code == code)
            return &issue;
    }
    return nullptr;
}

} // namespace

class FederationSchemaTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void takesTheHubsFeaturesAndTarget()
    {
        const FederationSchema schema = hubSchema();
        QCOMPARE(schema.features.size(), std::size_t(3));
        QCOMPARE(schema.features[0].name, std::string("age"));
        QVERIFY(schema.features[0].kind == ColumnKind::Numeric);
        QVERIFY(schema.features[0].categories.empty());
        QCOMPARE(schema.features[1].name, std::string("smoker"));
        QVERIFY(schema.features[1].kind == ColumnKind::Boolean);
        QCOMPARE(schema.features[1].categories, (std::vector<std::string>{"0", "1"}));
        QCOMPARE(schema.features[2].name, std::string("sex"));
        QVERIFY(schema.features[2].kind == ColumnKind::Categorical);
        QCOMPARE(schema.features[2].categories, (std::vector<std::string>{"F", "M"}));
        QCOMPARE(schema.target, std::string("label"));
        QCOMPARE(schema.classNames, (std::vector<std::string>{"sick", "well"}));
    }

    void leftOutColumnsAreNoFeatures()
    {
        // The host leaves out a column (Host form, hub --exclude): it is no federation feature.
        const RawTable table = tableOf(hubCsv(), "hub.csv");
        InferenceOptions options;
        options.target = "label";
        options.excluded = {"sex"};
        ValidationReport report;
        const FederationSchema schema = federationSchemaFrom(inferSchema(table, options, report));
        QCOMPARE(schema.features.size(), std::size_t(2));
        QCOMPARE(schema.features[0].name, std::string("age"));
        QCOMPARE(schema.features[1].name, std::string("smoker"));
        QVERIFY(!report.hasErrors());
        // A name the file does not have is a typo, said so with the file's columns.
        options.excluded = {"sexe"};
        ValidationReport typo;
        (void)inferSchema(table, options, typo);
        QVERIFY(typo.hasErrors());
        const ValidationIssue *issue = issueWithCode(typo, "excluded_column_missing");
        QVERIFY(issue);
        QCOMPARE(issue->column, std::string("sexe"));
        QVERIFY2(issue->hint.find("patient_id, age, smoker, sex, label") != std::string::npos,
                 issue->hint.c_str());
    }

    void jsonRoundTrip()
    {
        const FederationSchema schema = hubSchema();
        const std::string sent = toJson(schema).dump();
        Result<FederationSchema> received = federationSchemaFromJson(nlohmann::json::parse(sent));
        QVERIFY(received.ok());
        QCOMPARE(toJson(received.value()).dump(), sent);
    }

    void damagedJsonIsRejected_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("column");
        const auto feature = [](const char *name, const char *kind, const char *categories) {
            return QString(R"({"name":"%1","kind":"%2","categories":%3})")
                .arg(name, kind, categories);
        };
        const auto schema = [](const QString &features, const char *target = "label",
                               const char *classes = R"(["a","b"])")
        {
            return QString(R"({"features":[%1],"target":"%2","class_names":%3})")
                .arg(features, target, classes);
        };
        const QString age = feature("age", "numeric", "[]");
        QTest::newRow("not an object") << "[1,2]"
                                       << "";
        QTest::newRow("no target") << R"({"features":[],"class_names":[]})"
                                   << "";
        QTest::newRow("no features") << schema("") << "";
        QTest::newRow("unknown kind") << schema(feature("id", "identifier", "[]")) << "id";
        QTest::newRow("repeated column") << schema(age + "," + age) << "age";
        QTest::newRow("target is a feature")
            << schema(age + "," + feature("label", "numeric", "[]")) << "label";
        QTest::newRow("one class") << schema(age, "label", R"(["a"])") << "label";
        QTest::newRow("no categories") << schema(feature("sex", "categorical", "[]")) << "sex";
        QTest::newRow("categories not text") << schema(feature("sex", "categorical", "[1]")) << "";
    }

    void damagedJsonIsRejected()
    {
        QFETCH(QString, json);
        QFETCH(QString, column);
        Result<FederationSchema> schema =
            federationSchemaFromJson(nlohmann::json::parse(json.toStdString()));
        QVERIFY(!schema.ok());
        QVERIFY(schema.error().code == ErrorCode::InvalidInput);
        QCOMPARE(schema.error().column, column.toStdString());
    }

    void cleanSitePasses()
    {
        // Columns in another order, an extra column, missing cells and other yes/no spellings
        // are all fine.
        std::string text = "label,extra,sex,smoker,age\n";
        for (int i = 0; i < 30; ++i)
            text += std::string(i % 4 ? "sick" : "well") + ",x" + std::to_string(i) + ","
                    + (i % 5 ? (i % 2 ? "F" : "M") : "") + "," + (i % 2 ? "1" : "false") + ","
                    + (i == 7 ? "NA" : std::to_string(40 + i)) + "\n";
        ValidationReport report;
        const Result<void> checked = checkSiteTable(tableOf(text), hubSchema(), report);
        QVERIFY2(checked.ok(), report.toText().c_str());
        QCOMPARE(report.errorCount(), 0L);
        QCOMPARE(report.warningCount(), 0L);
    }

    void eachMismatchIsNamedWithItsColumn_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("error");
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("detail"); // a part of the message
        const auto rows = [](const std::function<std::string(int, int)> &cell)
        { return QByteArray::fromStdString(siteRows(cell)); };
        // Data row i is record i + 2 (the header is record 1).
        QTest::newRow("missing feature")
            << QByteArray("age,smoker,label\n1,yes,sick\n2,no,well\n") << "missing_column" << true
            << 1 << "sex"
            << "the federation needs the column 'sex', which the file does not have";
        QTest::newRow("missing target") << QByteArray("age,smoker,sex\n1,yes,F\n2,no,M\n")
                                        << "missing_column" << true << 1 << "label"
                                        << "the column 'label'";
        QTest::newRow("text in numeric")
            << rows([](int i, int c) { return c == 0 && i % 10 == 3 ? "old" : ""; })
            << "text_in_numeric_column" << true << 5 << "age"
            << "6 of its 60 cell(s) are text";
        QTest::newRow("one text cell in numeric")
            << rows([](int i, int c) { return c == 0 && i == 8 ? "unknown" : ""; })
            << "text_in_numeric_column" << false << 10 << "age"
            << "line 10 'unknown'";
        QTest::newRow("not boolean")
            << rows([](int i, int c) { return c == 1 && i == 4 ? "maybe" : ""; }) << "not_boolean"
            << true << 6 << "smoker"
            << "line 6 'maybe'";
        QTest::newRow("number not 0 or 1")
            << rows([](int i, int c) { return c == 1 && i >= 50 ? "2" : ""; }) << "not_boolean"
            << true << 52 << "smoker"
            << "10 cell(s)";
        QTest::newRow("unseen category")
            << rows([](int i, int c) { return c == 2 && i % 20 == 1 ? "X" : ""; })
            << "unseen_category" << false << 3 << "sex"
            << "3 cell(s)";
        QTest::newRow("unknown class")
            << rows([](int i, int c) { return c == 3 && i >= 55 ? "cured" : ""; })
            << "unknown_class" << false << 57 << "label"
            << "5 row(s)";
        QTest::newRow("missing class")
            << rows([](int i, int c) { return c == 3 && i == 0 ? "NA" : ""; }) << "missing_target"
            << false << 2 << "label"
            << "1 row(s)";
        QTest::newRow("no known class") << rows([](int, int c) { return c == 3 ? "cured" : ""; })
                                        << "no_known_class" << true << -1 << "label"
                                        << "sick, well";
    }

    void eachMismatchIsNamedWithItsColumn()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        QFETCH(bool, error);
        QFETCH(int, row);
        QFETCH(QString, column);
        QFETCH(QString, detail);
        ValidationReport report;
        const Result<void> checked =
            checkSiteTable(tableOf(bytes.toStdString()), hubSchema(), report);
        const ValidationIssue *issue = issueWithCode(report, code.toStdString());
        QVERIFY2(issue, report.toText().c_str());
        QVERIFY(issue->severity == (error ? Severity::Error : Severity::Warning));
        QCOMPARE(issue->row, long(row));
        QCOMPARE(issue->column, column.toStdString());
        QCOMPARE(issue->file, std::string("site.csv"));
        QVERIFY2(issue->message.find(detail.toStdString()) != std::string::npos,
                 issue->message.c_str());
        QCOMPARE(checked.ok(), !error);
        if (!error)
            QCOMPARE(report.errorCount(), 0L);
        else
            QVERIFY(checked.error().code == ErrorCode::InvalidInput);
    }

    void everyProblemIsReportedOnce()
    {
        // Four problems in four columns: each gets its own issue.
        const std::string text = siteRows(
            [](int i, int c)
            {
                if (c == 0 && i < 10)
                    return std::string("n.a.");
                if (c == 1 && i == 0)
                    return std::string("perhaps");
                if (c == 2 && i == 1)
                    return std::string("U");
                return std::string(c == 3 && i == 2 ? "cured" : "");
            });
        ValidationReport report;
        const Result<void> checked = checkSiteTable(tableOf(text), hubSchema(), report);
        QVERIFY(!checked.ok());
        QCOMPARE(report.errorCount(), 2L);
        QCOMPARE(report.warningCount(), 2L);
        QVERIFY(checked.error().message.find("2 error(s)") != std::string::npos);
        std::vector<std::string> columns;
        for (const ValidationIssue &issue : report.issues())
            columns.push_back(issue.column);
        QCOMPARE(columns, (std::vector<std::string>{"age", "smoker", "sex", "label"}));
    }

    void decimalCommaAndCanonicalLabels()
    {
        // A semicolon file with decimal commas, and a numeric target written "1.0": the
        // federation's classes are "0" and "1".
        FederationSchema schema;
        schema.features = {{"dose", ColumnKind::Numeric, {}}};
        schema.target = "outcome";
        schema.classNames = {"0", "1"};
        ValidationReport report;
        const RawTable table = tableOf("dose;outcome\n1,5;1.0\n2,25;0\n0,5;1\n");
        QCOMPARE(table.delimiter, ';');
        QVERIFY2(checkSiteTable(table, schema, report).ok(), report.toText().c_str());
        QCOMPARE(report.issues().size(), std::size_t(0));
    }
};

QTEST_APPLESS_MAIN(FederationSchemaTest)
#include "federation_schema_test.moc"
