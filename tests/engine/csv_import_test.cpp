// CSV import: dialects, encodings, type inference, and every hard error and warning of the
// validation report with the row and column it points at, values too large to square included.
#include <QTest>

#include <cmath>
#include <string>

#include "data/cell_parsing.h"
#include "data/csv_reader.h"
#include "data/dataset_import.h"
#include "data/schema_inference.h"

using namespace cohort::engine;

namespace
{

// A file with 12 rows: enough rows per class for the checks, small enough to read.
std::string labelledRows(const std::string &delimiter = ",", const std::string &newline = "\n")
{
    std::string text =
        "age" + delimiter + "sex" + delimiter + "smoker" + delimiter + "label" + newline;
    for (int i = 0; i < 12; ++i)
    {
        text += std::to_string(30 + i) + delimiter + (i % 2 ? "F" : "M") + delimiter
                + (i % 3 ? "yes" : "no") + delimiter + (i % 2 ? "sick" : "well") + newline;
    }
    return text;
}

struct Imported
{
    bool ok = false;
    RawTable table;
    DatasetSchema schema;
    ValidationReport report;
};

Imported importText(const std::string &text, const std::string &target = "label",
                    const CsvOptions &options = {})
{
    Imported imported;
    Result<RawTable> table = readCsvText(text, "data.csv", options, imported.report);
    if (!table)
        return imported;
    imported.table = std::move(table).value();
    InferenceOptions inference;
    inference.target = target;
    imported.schema = inferSchema(imported.table, inference, imported.report);
    imported.ok = !imported.report.hasErrors();
    return imported;
}

const ValidationIssue *findIssue(const ValidationReport &report, const std::string &code)
{
    for (const ValidationIssue &issue : report.issues())
    {
        if (issue.code == code)
            return &issue;
    }
    return nullptr;
}

} // namespace

class CsvImportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dialects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<char>("delimiter");
        QTest::addColumn<QString>("encoding");
        const std::string plain = labelledRows();
        QTest::newRow("comma") << QByteArray::fromStdString(plain) << ',' << "UTF-8";
        QTest::newRow("semicolon")
            << QByteArray::fromStdString(labelledRows(";")) << ';' << "UTF-8";
        QTest::newRow("tab") << QByteArray::fromStdString(labelledRows("\t")) << '\t' << "UTF-8";
        QTest::newRow("crlf") << QByteArray::fromStdString(labelledRows(",", "\r\n")) << ','
                              << "UTF-8";
        QTest::newRow("utf-8 bom")
            << QByteArray::fromStdString("\xEF\xBB\xBF" + plain) << ',' << "UTF-8 with BOM";
        QTest::newRow("no final newline")
            << QByteArray::fromStdString(plain.substr(0, plain.size() - 1)) << ',' << "UTF-8";
        // Old Mac files end lines with a lone CR; they used to give "the header has 0 fields".
        QTest::newRow("cr only") << QByteArray::fromStdString(labelledRows(",", "\r")) << ','
                                 << "UTF-8";
        QTest::newRow("cr only, semicolon")
            << QByteArray::fromStdString(labelledRows(";", "\r")) << ';' << "UTF-8";
    }
    void dialects()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(char, delimiter);
        QFETCH(QString, encoding);
        const Imported imported = importText(bytes.toStdString());
        QVERIFY2(imported.ok, imported.report.toText().c_str());
        QCOMPARE(imported.table.delimiter, delimiter);
        QCOMPARE(QString::fromStdString(imported.table.encoding), encoding);
        QCOMPARE(imported.table.names, (std::vector<std::string>{"age", "sex", "smoker", "label"}));
        QCOMPARE(imported.table.rowCount(), std::size_t(12));
        QCOMPARE(std::string(imported.table.columns[0].at(11)), std::string("41"));
        QCOMPARE(std::string(imported.table.columns[3].at(11)), std::string("sick"));
        QCOMPARE(imported.schema.classNames, (std::vector<std::string>{"sick", "well"}));
    }

    // Rows of a CR-only file are numbered as in any other file.
    void crOnlyFileReportsTheRightRow()
    {
        std::string text = labelledRows(",", "\r");
        text.replace(text.find("32,M"), 4, "32"); // the third data row, record 4, lacks a field
        const Imported imported = importText(text);
        QVERIFY(!imported.ok);
        const ValidationIssue *issue = findIssue(imported.report, "ragged_row");
        QVERIFY2(issue, imported.report.toText().c_str());
        QCOMPARE(issue->row, 4L);
        QCOMPARE(issue->message, std::string("row has 3 fields, the header has 4"));
        QCOMPARE(imported.report.errorCount(), 1L);
    }

    // Dates and times of day are recognised in the usual spellings; numbers, categories and
    // look-alikes (a version number, a score "3:1") are not.
    void dateAndTimeCells_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<bool>("isDateOrTime");
        for (const char *yes : {"2024-03-01", "2024/3/1", "01.03.2024", "3/1/24", "12/31/2023",
                                "08:30", "8:30:15", "23:59:59.250", "8:30 PM", "2024-03-01T08:30:00Z",
                                "2024-03-01 08:30+01:00", "2024-03-01T08:30:00-0500"})
            QTest::newRow(yes) << QString::fromLatin1(yes) << true;
        for (const char *no : {"F", "sick", "12.5", "2024", "3:1", "24:00", "2024-13-01",
                               "1.2.3.4", "08:30 tomorrow", "2024-03-01X", "32.01.2024", ""})
            QTest::newRow(no[0] ? no : "empty") << QString::fromLatin1(no) << false;
    }
    void dateAndTimeCells()
    {
        QFETCH(QString, cell);
        QFETCH(bool, isDateOrTime);
        QCOMPARE(looksLikeDateOrTime(cell.toStdString()), isDateOrTime);
    }

    // Date and time columns are not one-hot encoded as categories: they are their own kind,
    // left out of the features with a warning, even with few distinct values.
    void dateColumnsAreNotFeatures()
    {
        std::string text = "visit,shift,age,label\n";
        for (int i = 0; i < 30; ++i)
            text += "2024-0" + std::to_string(1 + i % 3) + "-0" + std::to_string(1 + i % 5) + ","
                    + (i % 2 ? "08:00" : "14:00") + "," + std::to_string(30 + i) + ","
                    + (i % 2 ? "sick" : "well") + "\n";
        const Imported imported = importText(text);
        QVERIFY2(imported.ok, imported.report.toText().c_str());
        for (const char *name : {"visit", "shift"})
        {
            const ColumnSummary *column = imported.schema.column(name);
            QVERIFY(column != nullptr);
            QCOMPARE(toString(column->kind), std::string("datetime"));
            QVERIFY(!column->isFeature);
        }
        QCOMPARE(imported.schema.featureNames(), std::vector<std::string>{"age"});
        QVERIFY(findIssue(imported.report, "date_time_column") != nullptr);
        QVERIFY(columnKindFromString("datetime") == ColumnKind::DateTime);
    }

    // A preview keeps the rows that parsed: the ragged row is padded, the error stays in the
    // report; without the option the same file is refused.
    void previewKeepsRowsOfARaggedFile()
    {
        const std::string text = "age,weight,label\n30,70,a\n40,80,b\n50,90\n60,100,a\n";
        CsvOptions keep;
        keep.keepTableWithErrors = true;
        ValidationReport kept;
        const Result<RawTable> table = readCsvText(text, "ragged.csv", keep, kept);
        QVERIFY(table.ok());
        QCOMPARE(table->rowCount(), std::size_t(4));
        QCOMPARE(std::string(table->columns[2].at(2)), std::string());
        QCOMPARE(std::string(table->columns[0].at(3)), std::string("60"));
        QVERIFY(kept.contains("ragged_row"));
        ValidationReport refused;
        QVERIFY(!readCsvText(text, "ragged.csv", {}, refused).ok());
        QVERIFY(refused.contains("ragged_row"));
        // A file that is not a table at all is refused even for a preview.
        ValidationReport empty;
        QVERIFY(!readCsvText("a,b\n", "empty.csv", keep, empty).ok());
        QVERIFY(empty.contains("no_rows"));
    }

    // Fewer than two columns cannot hold features and a target: the file is refused from its
    // header, so problems further down (a ragged row 3 here) are never even read.
    void oneColumnFileIsRefusedFromTheHeader_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("columns");
        std::string rows = "value\n1\n2,3\n";
        for (int i = 0; i < 1000; ++i)
            rows += std::to_string(i) + "\n";
        QTest::newRow("header") << QByteArray::fromStdString(rows) << QStringList();
        QTest::newRow("--columns")
            << QByteArray::fromStdString(rows.substr(6)) << QStringList{"value"};
    }
    void oneColumnFileIsRefusedFromTheHeader()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, columns);
        CsvOptions options;
        for (const QString &name : columns)
            options.columns.push_back(name.toStdString());
        ValidationReport report;
        const Result<RawTable> table =
            readCsvText(bytes.toStdString(), "data.csv", options, report);
        QVERIFY(!table.ok());
        const ValidationIssue *issue = findIssue(report, "too_few_columns");
        QVERIFY2(issue, report.toText().c_str());
        QCOMPARE(issue->row, 1L);
        QCOMPARE(report.errorCount(), 1L);
        QVERIFY2(!report.contains("ragged_row"), report.toText().c_str());
    }

    void quotedFields()
    {
        std::string text = "name,note,value,label\n";
        text += "\"Smith, Ann\",\"said \"\"hi\"\"\nthen left\",1.5,a\n";
        for (int i = 0; i < 11; ++i)
            text += "p" + std::to_string(i) + ",plain," + std::to_string(i) + ","
                    + (i % 2 ? "a" : "b") + "\n";
        const Imported imported = importText(text);
        QVERIFY2(imported.ok, imported.report.toText().c_str());
        QCOMPARE(std::string(imported.table.columns[0].at(0)), std::string("Smith, Ann"));
        QCOMPARE(std::string(imported.table.columns[1].at(0)),
                 std::string("said \"hi\"\nthen left"));
        QCOMPARE(imported.table.rowCount(), std::size_t(12));
    }

    void latin1IsReadWithAWarning()
    {
        std::string text = "city,temp,label\n";
        for (int i = 0; i < 12; ++i)
            text += std::string(i % 2 ? "Z\xFCrich" : "Gen\xE8ve") + "," + std::to_string(i) + ","
                    + (i % 2 ? "1" : "0") + "\n";
        const Imported imported = importText(text);
        QVERIFY2(imported.ok, imported.report.toText().c_str());
        QCOMPARE(imported.table.encoding, std::string("Latin-1"));
        QVERIFY(imported.report.contains("latin1_encoding"));
        QCOMPARE(std::string(imported.table.columns[0].at(1)), std::string("Z\xC3\xBCrich"));
    }

    void decimalCommaInSemicolonFiles()
    {
        std::string text = "weight;label\n";
        for (int i = 0; i < 12; ++i)
            text += std::to_string(60 + i) + ",5;" + (i % 2 ? "a" : "b") + "\n";
        const Imported imported = importText(text);
        QVERIFY2(imported.ok, imported.report.toText().c_str());
        const ColumnSummary *weight = imported.schema.column("weight");
        QVERIFY(weight);
        QVERIFY(weight->kind == ColumnKind::Numeric);
        QCOMPARE(weight->minimum, 60.5);
        QCOMPARE(weight->maximum, 71.5);
    }

    void headerlessFileWithColumnsOption()
    {
        std::string text;
        for (int i = 0; i < 12; ++i)
            text +=
                std::to_string(i) + "," + std::to_string(i * 2) + "," + (i % 2 ? "a" : "b") + "\n";
        CsvOptions options;
        options.columns = {"x", "y", "label"};
        const Imported imported = importText(text, "label", options);
        QVERIFY2(imported.ok, imported.report.toText().c_str());
        QCOMPARE(imported.table.rowCount(), std::size_t(12));
        QCOMPARE(imported.table.recordNumber(0), 1L);
    }

    void columnKinds()
    {
        std::string text = "patient_id,age,smoker,flag,sex,comment,label\n";
        for (int i = 0; i < 30; ++i)
        {
            text += "P" + std::to_string(1000 + i) + "," + std::to_string(20 + i) + ","
                    + (i % 2 ? "yes" : "no") + "," + (i % 3 ? "1" : "0") + "," + (i % 2 ? "F" : "M")
                    + ",note " + std::to_string(i) + "," + (i % 2 ? "a" : "b") + "\n";
        }
        const Imported imported = importText(text);
        QVERIFY2(imported.ok, imported.report.toText().c_str());
        QVERIFY(imported.schema.column("patient_id")->kind == ColumnKind::Identifier);
        QVERIFY(!imported.schema.column("patient_id")->isFeature);
        QVERIFY(imported.schema.column("age")->kind == ColumnKind::Numeric);
        QVERIFY(imported.schema.column("smoker")->kind == ColumnKind::Boolean);
        QVERIFY(imported.schema.column("flag")->kind == ColumnKind::Boolean);
        QVERIFY(imported.schema.column("sex")->kind == ColumnKind::Categorical);
        QCOMPARE(imported.schema.column("sex")->categories, (std::vector<std::string>{"F", "M"}));
        QVERIFY(imported.schema.column("comment")->kind == ColumnKind::Identifier);
        QVERIFY(imported.report.contains("identifier_column"));
        QCOMPARE(imported.schema.featureNames(),
                 (std::vector<std::string>{"age", "smoker", "flag", "sex"}));
    }

    void targetClasses()
    {
        std::string text = "x,label\n";
        for (int i = 0; i < 15; ++i)
            text += std::to_string(i) + "," + std::to_string(i % 3 == 0 ? 10 : (i % 3 == 1 ? 2 : 1))
                    + (i == 4 ? ".0" : "") + "\n";
        const Imported imported = importText(text);
        QVERIFY2(imported.ok, imported.report.toText().c_str());
        // Numeric classes sort as numbers, and "2.0" is the class "2".
        QCOMPARE(imported.schema.classNames, (std::vector<std::string>{"1", "2", "10"}));
        QCOMPARE(imported.schema.classCounts, (std::vector<long>{5, 5, 5}));
        QVERIFY(imported.schema.isMultiClass());
    }

    void hardErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("column");

        const auto rows = [](int count, const std::string &first = {})
        {
            std::string text;
            for (int i = 0; i < count; ++i)
                text += std::to_string(i) + "," + std::to_string(i * 3 % 7) + ","
                        + (i % 2 ? "a" : "b") + "\n";
            return first + text;
        };
        const std::string header = "x,y,label\n";
        QTest::newRow("first row is data")
            << QByteArray::fromStdString(rows(12, "1,2,a\n")) << "label"
            << "header_looks_like_data" << 1 << "";
        QTest::newRow("one column") << QByteArray("only\n1\n2\n3\n") << ""
                                    << "too_few_columns" << 1 << "";
        QTest::newRow("target missing") << QByteArray::fromStdString(rows(12, header)) << "outcome"
                                        << "target_missing" << 1 << "outcome";
        std::string constant = "x,label\n";
        for (int i = 0; i < 12; ++i)
            constant += std::to_string(i) + ",same\n";
        QTest::newRow("constant target") << QByteArray::fromStdString(constant) << "label"
                                         << "constant_target" << -1 << "label";
        std::string rare = rows(12, header) + "99,1,c\n98,2,c\n";
        QTest::newRow("too few rows per class") << QByteArray::fromStdString(rare) << "label"
                                                << "too_few_rows_per_class" << -1 << "label";
        std::string ragged = header + "1,2,a\n2,3,b\n3,4\n" + rows(10);
        QTest::newRow("ragged row") << QByteArray::fromStdString(ragged) << "label"
                                    << "ragged_row" << 4 << "";
        std::string text = header;
        for (int i = 0; i < 12; ++i)
            text += (i % 4 == 3 ? std::string("high") : std::to_string(i)) + ",1,"
                    + (i % 2 ? "a" : "b") + "\n";
        QTest::newRow("text in numeric column") << QByteArray::fromStdString(text) << "label"
                                                << "text_in_numeric_column" << 5 << "x";
        QTest::newRow("undecodable bytes")
            << QByteArray::fromStdString(header + "1,2,a\n3,\x81\x90,b\n" + rows(10)) << "label"
            << "undecodable_bytes" << 3 << "";
        QTest::newRow("empty file") << QByteArray("\n\n") << "label"
                                    << "empty_file" << -1 << "";
        QTest::newRow("duplicate column")
            << QByteArray::fromStdString(rows(12, "x,x,label\n")) << "label"
            << "duplicate_column" << 1 << "x";
        QTest::newRow("no rows") << QByteArray::fromStdString(header) << "label"
                                 << "no_rows" << -1 << "";
        std::string regression = "x,label\n";
        for (int i = 0; i < 12; ++i)
            regression += std::to_string(i) + "," + std::to_string(i) + ".5\n";
        QTest::newRow("continuous target") << QByteArray::fromStdString(regression) << "label"
                                           << "target_not_categorical" << -1 << "label";
    }
    void hardErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, target);
        QFETCH(QString, code);
        QFETCH(int, row);
        QFETCH(QString, column);
        const Imported imported = importText(bytes.toStdString(), target.toStdString());
        QVERIFY(!imported.ok);
        const ValidationIssue *issue = findIssue(imported.report, code.toStdString());
        QVERIFY2(issue, imported.report.toText().c_str());
        QVERIFY(issue->severity == Severity::Error);
        QCOMPARE(issue->row, long(row));
        QCOMPARE(QString::fromStdString(issue->column), column);
        QCOMPARE(issue->file, std::string("data.csv"));
        QVERIFY(!issue->message.empty());
        QVERIFY2(!issue->hint.empty(), "every error says what to do");
    }

    void warnings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("column");
        const auto build = [](const std::function<std::string(int)> &x)
        {
            std::string text = "x,label\n";
            for (int i = 0; i < 60; ++i)
                text += x(i) + "," + (i % 2 ? "a" : "b") + "\n";
            return QByteArray::fromStdString(text);
        };
        QTest::newRow("missing values imputed")
            << build([](int i) { return i == 6 ? std::string("NA") : std::to_string(i % 10); })
            << "missing_values" << 8 << "x";
        QTest::newRow("extreme values clipped")
            << build([](int i) { return i == 40 ? std::string("5000") : std::to_string(i % 10); })
            << "extreme_values" << 42 << "x";
        QTest::newRow("stray text within tolerance")
            << build([](int i) { return i == 9 ? std::string("oops") : std::to_string(i); })
            << "text_in_numeric_column" << 11 << "x";
        std::string noTarget = "x,label\n";
        for (int i = 0; i < 20; ++i)
            noTarget += std::to_string(i) + "," + (i == 3 ? "" : (i % 2 ? "a" : "b")) + "\n";
        QTest::newRow("rows without target dropped")
            << QByteArray::fromStdString(noTarget) << "missing_target" << 5 << "label";
    }
    void warnings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        QFETCH(int, row);
        QFETCH(QString, column);
        const Imported imported = importText(bytes.toStdString());
        QVERIFY2(imported.ok, imported.report.toText().c_str());
        const ValidationIssue *issue = findIssue(imported.report, code.toStdString());
        QVERIFY2(issue, imported.report.toText().c_str());
        QVERIFY(issue->severity == Severity::Warning);
        QCOMPARE(issue->row, long(row));
        QCOMPARE(QString::fromStdString(issue->column), column);
    }

    void extremeValueFenceUsesTheQuartiles()
    {
        // Values 0..99 with 40 replaced by 1000: sorted, index 24 holds 24 and index 74 holds 75
        // (nearest rank of 100 values), so the fence is [24 - 3*51, 75 + 3*51] = [-129, 228].
        std::string text = "x,label\n";
        for (int i = 0; i < 100; ++i)
            text += std::to_string(i == 40 ? 1000 : i) + "," + (i % 2 ? "a" : "b") + "\n";
        const Imported imported = importText(text);
        QVERIFY2(imported.ok, imported.report.toText().c_str());
        const ValidationIssue *issue = findIssue(imported.report, "extreme_values");
        QVERIFY2(issue, imported.report.toText().c_str());
        QCOMPARE(issue->row, 42L);
        QVERIFY2(issue->message.find("1 extreme value(s), e.g. 1000") != std::string::npos,
                 issue->message.c_str());
        QVERIFY2(issue->message.find("[24, 75]") != std::string::npos, issue->message.c_str());

        // A skewed column without outliers raises nothing: squares 0..9801 have quartiles 576
        // and 5476, so the upper fence 5476 + 3*4900 lies above the largest value.
        std::string skewed = "x,label\n";
        for (int i = 0; i < 100; ++i)
            skewed += std::to_string(i * i) + "," + (i % 2 ? "a" : "b") + "\n";
        QVERIFY(!importText(skewed).report.contains("extreme_values"));
    }

    // Values whose square overflows (above about 1.3e154) are reported with their column and
    // rows, and the column's summary stays finite (the sum of such values used to be inf).
    void hugeValuesAreReportedWithTheirRows()
    {
        std::string text = "x,label\n";
        for (int i = 0; i < 100; ++i)
        {
            const std::string x = i % 20 == 3   ? (i == 3 ? "-2.5e154" : "1.7e308")
                                  : i % 20 == 9 ? "3e101"
                                                : std::to_string(i % 10);
            text += x + "," + (i % 2 ? "a" : "b") + "\n";
        }
        const Imported imported = importText(text);
        QVERIFY2(imported.ok, imported.report.toText().c_str());
        const ValidationIssue *issue = findIssue(imported.report, "huge_values");
        QVERIFY2(issue, imported.report.toText().c_str());
        QVERIFY(issue->severity == Severity::Warning);
        QCOMPARE(issue->column, std::string("x"));
        QCOMPARE(issue->row, 5L); // data row 3 is record 5 (the header is record 1)
        QVERIFY2(issue->message.find("10 value(s) beyond +-1e+100 (line 5 -2.5e+154, line 11 3e+101, "
                                     "line 25 1.7e+308, ...)")
                     != std::string::npos,
                 issue->message.c_str());
        QVERIFY2(issue->message.find("clipped to +-1e+100") != std::string::npos,
                 issue->message.c_str());
        const ColumnSummary &x = imported.schema.columns.at(0);
        QVERIFY(std::isfinite(x.mean));
        QCOMPARE(x.maximum, 1.7e308);
        QCOMPARE(x.minimum, -2.5e154);
        // Ordinary columns say nothing.
        QVERIFY(!importText(labelledRows()).report.contains("huge_values"));
    }

    void missingFileIsNotFound()
    {
        ValidationReport report;
        Result<RawTable> table = readCsv("/nonexistent/cohort.csv", {}, report);
        QVERIFY(!table);
        QVERIFY(table.error().code == ErrorCode::NotFound);
        QCOMPARE(table.error().file, std::string("/nonexistent/cohort.csv"));
    }

    void reportTextNamesFileRowAndColumn()
    {
        std::string text = "x,y,label\n";
        for (int i = 0; i < 12; ++i)
            text += (i == 2 ? std::string("abc") : std::to_string(i)) + ",1," + (i % 2 ? "a" : "b")
                    + "\n";
        // One text cell in twelve is beyond the 2% tolerance: a hard error at row 4, column x.
        const Imported imported = importText(text);
        QVERIFY(!imported.ok);
        const std::string report = imported.report.toText();
        QVERIFY2(report.find("data.csv:4:x: error:") != std::string::npos, report.c_str());
        QVERIFY2(report.find("'abc'") != std::string::npos, report.c_str());
    }
};

QTEST_APPLESS_MAIN(CsvImportTest)
#include "csv_import_test.moc"
