// Validation-issue test files: a site's file checked against the hub's schema, and a model
// evaluated on a file; and the report each kind of file gives.
#include "validation_issue_cases.h"

#include <QTemporaryDir>

#include <fstream>

#include "data/csv_reader.h"
#include "data/preprocessor.h"
#include "data/schema_inference.h"
#include "eval/file_evaluation.h"
#include "fl/federation_schema.h"
#include "model/trained_model.h"

namespace cohort::engine::test
{

namespace
{

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

} // namespace

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
    // "exclude-outcome": the user leaves out a column named "outcome".
    if (kind == QLatin1String("exclude-outcome"))
        inference.excluded = {"outcome"};
    const DatasetSchema schema = inferSchema(table.value(), inference, report);
    Q_UNUSED(schema);
    return report;
}

std::vector<Case> siteAndEvaluationCases()
{
    std::vector<Case> all;
    const auto add = [&](Case c) { all.push_back(std::move(c)); };
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
         kHintCells,
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

} // namespace cohort::engine::test
