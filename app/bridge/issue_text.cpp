#include "bridge/issue_text.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <climits>
#include <cmath>
#include <string_view>

#include "widgets/number_text.h"

namespace cohort::app
{

namespace
{

// One engine sentence in the app's words. `kinds` has one letter per engine argument: n a
// number, t text as the engine gives it (names, lists of names), c the quoted cells of the
// issue's samples, v the numbers of its samples. `count` is the argument that picks the plural
// form (written %Ln), or -1.
struct Sentence
{
    std::string_view code;
    std::string_view variant;
    int count;
    std::string_view kinds;
    const char *message;
    const char *hint;
};

const Sentence kSentences[] = {
    {"ragged_row", "", 0, "nn",
     QT_TRANSLATE_N_NOOP("cohort::app::IssueText", "This row has %Ln field(s), the header has %2"),
     QT_TRANSLATE_NOOP("cohort::app::IssueText",
                       "Check for a missing or extra delimiter or an unclosed quote")},
    {"ragged_row", "more_rows", 0, "n",
     QT_TRANSLATE_N_NOOP("cohort::app::IssueText",
                         "%Ln more row(s) have the wrong number of fields"),
     QT_TRANSLATE_NOOP("cohort::app::IssueText",
                       "Fix the rows listed above first; the others are likely alike")},
    //: %1 is the first few cells of the first row, separated by commas.
    {"header_looks_like_data", "", -1, "t",
     QT_TRANSLATE_NOOP("cohort::app::IssueText",
                       "The first row (%1, …) looks like data, not like column names"),
     QT_TRANSLATE_NOOP("cohort::app::IssueText",
                       "Add a row with the column names at the top of the file")},
    {"empty_column_name", "", -1, "nt",
     QT_TRANSLATE_NOOP("cohort::app::IssueText", "Column %1 has no name; it is called “%2”"),
     QT_TRANSLATE_NOOP("cohort::app::IssueText", "Give every column a name in the header row")},
    {"duplicate_column", "", -1, "t",
     QT_TRANSLATE_NOOP("cohort::app::IssueText", "Two columns are named “%1”"),
     QT_TRANSLATE_NOOP("cohort::app::IssueText", "Rename one of them in the header row")},
    {"too_few_columns", "", 0, "n",
     QT_TRANSLATE_N_NOOP("cohort::app::IssueText", "The file has %Ln column(s); at least 2 are "
                                                   "needed (features and a target)"),
     QT_TRANSLATE_NOOP("cohort::app::IssueText",
                       "Check the delimiter (comma, semicolon or tab) of the file")},
    {"file_too_large", "", -1, "",
     QT_TRANSLATE_NOOP("cohort::app::IssueText", "The file is larger than 4 GB"),
     QT_TRANSLATE_NOOP("cohort::app::IssueText", "Split it into several files")},
    //: %1 is a byte in hexadecimal (0x81), %2 its position in the file.
    {"undecodable_bytes", "", -1, "tn",
     QT_TRANSLATE_NOOP("cohort::app::IssueText",
                       "Byte %1 at offset %2 is neither UTF-8 nor Latin-1 text"),
     QT_TRANSLATE_NOOP("cohort::app::IssueText", "Save the file as CSV in UTF-8 encoding")},
    {"latin1_encoding", "", -1, "",
     QT_TRANSLATE_NOOP("cohort::app::IssueText",
                       "The file is not UTF-8; it was read as Latin-1 (ISO-8859-1)"),
     QT_TRANSLATE_NOOP("cohort::app::IssueText",
                       "Check accented names; save the file as UTF-8 to silence this warning")},
    {"empty_file", "", -1, "", QT_TRANSLATE_NOOP("cohort::app::IssueText", "The file is empty"),
     QT_TRANSLATE_NOOP("cohort::app::IssueText",
                       "Export the data again with a header row and data rows")},
    //: %1 is the CSV parser's own reason, in English.
    {"parse_error", "", -1, "t",
     QT_TRANSLATE_NOOP("cohort::app::IssueText", "The file cannot be read past this line (%1)"),
     QT_TRANSLATE_NOOP("cohort::app::IssueText", "Check the quoting of this row")},
    {"no_rows", "", -1, "",
     QT_TRANSLATE_NOOP("cohort::app::IssueText", "The file has a header but no data rows"),
     QT_TRANSLATE_NOOP("cohort::app::IssueText", "Export the data again with its rows")},
    //: %2 is the largest usable value, %3 a few of the values with their lines.
    {"huge_values", "", 0, "nnv",
     QT_TRANSLATE_N_NOOP("cohort::app::IssueText",
                         "%Ln value(s) beyond ±%2 (%3) are too large to compute with; they will "
                         "be clipped to ±%2"),
     QT_TRANSLATE_NOOP("cohort::app::IssueText",
                       "Check these values for typing or unit errors, or rescale the column")},
    {"extreme_values", "", 0, "nnnn",
     QT_TRANSLATE_N_NOOP("cohort::app::IssueText",
                         "%Ln extreme value(s), e.g. %2, far outside the typical range from %3 to "
                         "%4; they will be clipped to the training data's quantiles"),
     QT_TRANSLATE_NOOP("cohort::app::IssueText", "Check these values for typing or unit errors")},
    {"empty_column", "", -1, "",
     QT_TRANSLATE_NOOP("cohort::app::IssueText", "The column has no values; it is ignored"), ""},
    //: %2 lists a few of the cells with their lines.
    {"text_in_numeric_column", "", 0, "nc",
     QT_TRANSLATE_N_NOOP("cohort::app::IssueText",
                         "The column holds numbers, but %Ln cell(s) are text (%2)"),
     QT_TRANSLATE_NOOP("cohort::app::IssueText",
                       "Correct these cells, or leave them empty or NA if the value is unknown")},
    {"text_in_numeric_column", "treated_as_missing", 0, "nc",
     QT_TRANSLATE_N_NOOP("cohort::app::IssueText",
                         "%Ln text cell(s) in a numeric column (%2) are treated as missing"),
     ""},
    {"text_in_numeric_column", "federation", 0, "nnc",
     QT_TRANSLATE_N_NOOP("cohort::app::IssueText",
                         "The federation's column is numeric, but %Ln of its %2 cells are text "
                         "(%3)"),
     QT_TRANSLATE_NOOP("cohort::app::IssueText",
                       "Correct these cells, or leave them empty or NA if the value is unknown")},
    {"date_time_column", "", -1, "",
     QT_TRANSLATE_NOOP("cohort::app::IssueText",
                       "The column holds dates or times; it is not used as a feature"),
     QT_TRANSLATE_NOOP("cohort::app::IssueText",
                       "To use it, add a number computed from it (an age in days, an hour of the "
                       "day) as a column of its own")},
    {"identifier_column", "", 0, "n",
     QT_TRANSLATE_N_NOOP("cohort::app::IssueText",
                         "The column looks like an identifier or free text (%Ln distinct "
                         "value(s)); it is not used as a feature"),
     ""},
    //: %2 is a percentage of the rows, without the % sign.
    {"missing_values", "", 0, "nn",
     QT_TRANSLATE_N_NOOP("cohort::app::IssueText",
                         "%Ln missing value(s) (%2%) will be filled with the median of the "
                         "training rows"),
     ""},
    {"missing_values", "most_frequent", 0, "nn",
     QT_TRANSLATE_N_NOOP("cohort::app::IssueText",
                         "%Ln missing value(s) (%2%) will be filled with the most frequent value "
                         "of the training rows"),
     ""},
    {"missing_target", "", 0, "n",
     QT_TRANSLATE_N_NOOP("cohort::app::IssueText",
                         "%Ln row(s) have no target value; they are left out of training"),
     ""},
    {"missing_target", "federation", 0, "n",
     QT_TRANSLATE_N_NOOP("cohort::app::IssueText",
                         "%Ln row(s) have no target value; they are left out"),
     ""},
    {"constant_target", "", -1, "t",
     QT_TRANSLATE_NOOP("cohort::app::IssueText",
                       "The target has only one value (“%1”); there is nothing to learn"),
     QT_TRANSLATE_NOOP("cohort::app::IssueText", "Choose a column with at least two classes")},
    {"constant_target", "no_values", -1, "",
     QT_TRANSLATE_NOOP("cohort::app::IssueText", "The target column has no values"),
     QT_TRANSLATE_NOOP("cohort::app::IssueText", "Choose a column with at least two classes")},
    {"target_not_categorical", "", 0, "n",
     QT_TRANSLATE_N_NOOP("cohort::app::IssueText",
                         "The target has %Ln distinct value(s); Cohort trains classifiers"),
     QT_TRANSLATE_NOOP("cohort::app::IssueText",
                       "Choose a column with a few classes, or group the values into classes")},
    {"too_few_rows_per_class", "", 1, "tnn",
     QT_TRANSLATE_N_NOOP("cohort::app::IssueText",
                         "Class “%1” has %Ln row(s); at least %3 are needed"),
     QT_TRANSLATE_NOOP("cohort::app::IssueText", "Add rows of this class, or remove or merge it")},
    //: %2 lists the file's column names.
    {"target_missing", "", -1, "tt",
     QT_TRANSLATE_NOOP("cohort::app::IssueText", "There is no column named “%1”"),
     QT_TRANSLATE_NOOP("cohort::app::IssueText", "Choose the target among: %2")},
    {"target_missing", "evaluation", -1, "t",
     QT_TRANSLATE_NOOP("cohort::app::IssueText",
                       "The file has no column “%1”, the target this model predicts"),
     QT_TRANSLATE_NOOP("cohort::app::IssueText",
                       "Choose a file whose rows hold the true “%1” of each case")},
    //: %2 lists the file's column names.
    {"excluded_column_missing", "", -1, "tt",
     QT_TRANSLATE_NOOP("cohort::app::IssueText", "There is no column named “%1” to leave out"),
     QT_TRANSLATE_NOOP("cohort::app::IssueText", "The file's columns are: %2")},
    {"no_features", "", -1, "",
     QT_TRANSLATE_NOOP("cohort::app::IssueText", "No column is usable as a feature"),
     QT_TRANSLATE_NOOP("cohort::app::IssueText",
                       "Add numeric, yes/no or categorical columns besides the target")},
    {"not_boolean", "", 0, "nc",
     QT_TRANSLATE_N_NOOP("cohort::app::IssueText",
                         "The federation's column is yes/no, but %Ln cell(s) are not (%2)"),
     QT_TRANSLATE_NOOP("cohort::app::IssueText", "Use 0/1, yes/no or true/false, or leave the "
                                                 "cell empty if the value is unknown")},
    //: %3 lists the federation's categories.
    {"unseen_category", "", 0, "nct",
     QT_TRANSLATE_N_NOOP("cohort::app::IssueText",
                         "%Ln cell(s) hold categories the federation has not seen (%2); they are "
                         "encoded as all zeros"),
     QT_TRANSLATE_NOOP("cohort::app::IssueText",
                       "Check the spelling against the federation's categories: %3")},
    {"unknown_class", "", 0, "nct",
     QT_TRANSLATE_N_NOOP("cohort::app::IssueText",
                         "%Ln row(s) have a class the federation does not know (%2); they are "
                         "left out"),
     QT_TRANSLATE_NOOP("cohort::app::IssueText", "The federation's classes are: %3")},
    {"no_known_class", "", -1, "t",
     QT_TRANSLATE_NOOP("cohort::app::IssueText", "No row has one of the federation's classes (%1)"),
     QT_TRANSLATE_NOOP("cohort::app::IssueText",
                       "Check that the target column holds the same class labels as the hub's")},
    {"missing_column", "", -1, "t",
     QT_TRANSLATE_NOOP("cohort::app::IssueText",
                       "The federation needs the column “%1”, which the file does not have"),
     QT_TRANSLATE_NOOP("cohort::app::IssueText",
                       "Rename or add the column: every site needs the federation's columns")},
    {"rows_skipped", "", 0, "n",
     QT_TRANSLATE_N_NOOP("cohort::app::IssueText",
                         "%Ln row(s) have no target value or a class the model does not know; "
                         "they are not evaluated"),
     ""},
    {"no_rows", "evaluation", -1, "",
     QT_TRANSLATE_NOOP("cohort::app::IssueText", "No row has a class the model knows"),
     QT_TRANSLATE_NOOP("cohort::app::IssueText",
                       "Check that the target column holds the model's classes")},
};

const Sentence *sentenceOf(const std::string &code, const std::string &variant)
{
    const auto found =
        std::find_if(std::begin(kSentences), std::end(kSentences),
                     [&](const Sentence &s) { return s.code == code && s.variant == variant; });
    return found == std::end(kSentences) ? nullptr : found;
}

QString translated(const char *source, int count = -1)
{
    return *source ? QCoreApplication::translate("cohort::app::IssueText", source, nullptr, count)
                   : QString();
}

// "1,7 × 10³⁰⁸": a value too large for digits keeps its power of ten, without an "e".
QString powerOfTen(double value, const QLocale &locale)
{
    const int exponent = static_cast<int>(std::floor(std::log10(std::abs(value))));
    const double mantissa = value / std::pow(10.0, exponent);
    static const QString superscripts = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");
    QString power;
    for (const QChar digit : QString::number(std::abs(exponent)))
        power += superscripts.at(digit.digitValue());
    if (exponent < 0)
        power.prepend(QChar(0x207B)); // superscript minus
    return QStringLiteral("%1 × 10%2").arg(ui::readableNumber(mantissa, locale, 3), power);
}

// An engine number ("12", "2.5e+154", "0.75") in the user's locale, without an exponent; text
// that is not a number stays as it is.
QString localNumber(const std::string &text, const QLocale &locale)
{
    bool ok = false;
    const double value = QString::fromStdString(text).toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return QString::fromStdString(text);
    if (std::abs(value) >= 1e15)
        return powerOfTen(value, locale);
    if (value == std::floor(value))
        return locale.toString(static_cast<qlonglong>(value));
    return ui::readableNumber(value, locale, 4);
}

// The samples of a list argument in the user's words, "…" when the engine listed more.
QString sampleList(const engine::ValidationIssue &issue, const std::string &listed, bool numbers,
                   const QLocale &locale)
{
    if (issue.samples.empty())
        return QString::fromStdString(listed);
    QStringList parts;
    for (const engine::IssueSample &sample : issue.samples)
    {
        const QString value = QString::fromStdString(sample.value);
        parts << (numbers ? QCoreApplication::translate("cohort::app::IssueText", "line %1: %2",
                                                        "a value")
                                .arg(sample.line)
                                .arg(localNumber(sample.value, locale))
                          : QCoreApplication::translate("cohort::app::IssueText", "line %1 “%2”",
                                                        "a cell")
                                .arg(sample.line)
                                .arg(value));
    }
    if (std::string_view(listed).ends_with(", ..."))
        parts << QStringLiteral("…");
    return parts.join(QStringLiteral(", "));
}

// `text` with %1..%9 replaced by `values` in one pass, so a value's own "%2" stays as it is.
QString withValues(const QString &text, const QStringList &values)
{
    QString result;
    result.reserve(text.size() + 16 * values.size());
    for (qsizetype i = 0; i < text.size(); ++i)
    {
        const int index = text.at(i) == QLatin1Char('%') && i + 1 < text.size()
                              ? text.at(i + 1).digitValue() - 1
                              : -1;
        if (index >= 0 && index < values.size())
        {
            result += values.at(index);
            ++i;
        }
        else
        {
            result += text.at(i);
        }
    }
    return result;
}

} // namespace

bool hasIssueText(const std::string &code, const std::string &variant)
{
    return sentenceOf(code, variant) != nullptr;
}

IssueText issueTextOf(const engine::ValidationIssue &issue, const QLocale &locale)
{
    const Sentence *sentence = sentenceOf(issue.code, issue.variant);
    if (!sentence || issue.args.size() != sentence->kinds.size())
        return {QString::fromStdString(issue.message), QString::fromStdString(issue.hint)};
    QStringList values;
    for (std::size_t k = 0; k < issue.args.size(); ++k)
    {
        const std::string &arg = issue.args[k];
        switch (sentence->kinds[k])
        {
        case 'n':
            values << localNumber(arg, locale);
            break;
        case 'c':
        case 'v':
            values << sampleList(issue, arg, sentence->kinds[k] == 'v', locale);
            break;
        default:
            values << QString::fromStdString(arg);
        }
    }
    int count = -1;
    if (sentence->count >= 0)
    {
        const double n = QString::fromStdString(issue.args[sentence->count]).toDouble();
        count = static_cast<int>(std::clamp(n, 0.0, static_cast<double>(INT_MAX)));
    }
    return {withValues(translated(sentence->message, count), values),
            withValues(translated(sentence->hint), values)};
}

QString issueReportText(const engine::ValidationReport &report, const QLocale &locale)
{
    QStringList lines;
    for (const engine::Severity pass : {engine::Severity::Error, engine::Severity::Warning})
    {
        for (const engine::ValidationIssue &issue : report.issues())
        {
            if (issue.severity != pass)
                continue;
            const IssueText text = issueTextOf(issue, locale);
            const QString column = QString::fromStdString(issue.column);
            QString where;
            if (issue.row > 0 && !column.isEmpty())
                where =
                    QCoreApplication::translate("cohort::app::IssueText", "Line %1, column “%2”")
                        .arg(issue.row)
                        .arg(column);
            else if (issue.row > 0)
                where =
                    QCoreApplication::translate("cohort::app::IssueText", "Line %1").arg(issue.row);
            else if (!column.isEmpty())
                where = QCoreApplication::translate("cohort::app::IssueText", "Column “%1”")
                            .arg(column);
            const QString sentence =
                text.hint.isEmpty()
                    ? text.message
                    : QCoreApplication::translate("cohort::app::IssueText", "%1. %2",
                                                  "a problem and what to do")
                          .arg(text.message, text.hint);
            lines << (where.isEmpty() ? sentence
                                      : QCoreApplication::translate("cohort::app::IssueText",
                                                                    "%1: %2", "where: what")
                                            .arg(where, sentence));
        }
    }
    lines << QCoreApplication::translate("cohort::app::IssueText", "%1, %2", "errors, warnings")
                 .arg(QCoreApplication::translate("cohort::app::IssueText", "%Ln error(s)", nullptr,
                                                  static_cast<int>(report.errorCount())),
                      QCoreApplication::translate("cohort::app::IssueText", "%Ln warning(s)",
                                                  nullptr,
                                                  static_cast<int>(report.warningCount())));
    return lines.join(QLatin1Char('\n'));
}

} // namespace cohort::app
