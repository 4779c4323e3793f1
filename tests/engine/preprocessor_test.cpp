// Preprocessing: fitted on the training rows only, applied identically after a JSON round
// trip, with imputation, winsorising, standardisation and one-hot checked by hand.
#include <QTest>

#include <cmath>

#include <nlohmann/json.hpp>

#include "data/cell_parsing.h"
#include "data/csv_reader.h"
#include "data/data_split.h"
#include "data/preprocessor.h"
#include "data/schema_inference.h"

using namespace cohort::engine;

namespace
{

RawTable tableOf(const std::string &text)
{
    ValidationReport report;
    Result<RawTable> table = readCsvText(text, "t.csv", {}, report);
    if (!table)
        qFatal("%s", report.toText().c_str());
    return std::move(table).value();
}

DatasetSchema schemaOf(const RawTable &table)
{
    ValidationReport report;
    InferenceOptions options;
    options.target = "label";
    options.minRowsPerClass = 1;
    return inferSchema(table, options, report);
}

} // namespace

class PreprocessorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numericColumnByHand()
    {
        // Training rows 0..3 hold 1, 2, 3, NA; row 4 (not training) holds 1000.
        const RawTable table = tableOf("x,label\n1,a\n2,b\n3,a\nNA,b\n1000,a\n");
        PreprocessingOptions options;
        options.lowerQuantile = 0.0;
        options.upperQuantile = 1.0;
        const Preprocessor p = Preprocessor::fit(table, schemaOf(table), {0, 1, 2, 3}, options);
        const ColumnTransform &x = p.columns().at(0);
        // Median of {1,2,3} = 2; the training values seen by the model are 1,2,3,2 (imputed):
        // mean 2, variance (1+0+1+0)/4 = 0.5.
        QCOMPARE(x.fill, 2.0);
        QCOMPARE(x.low, 1.0);
        QCOMPARE(x.high, 3.0);
        QCOMPARE(x.mean, 2.0);
        QVERIFY(std::abs(x.scale - std::sqrt(0.5)) < 1e-12);
        Result<FeatureMatrix> m = p.transform(table);
        QVERIFY(m.ok());
        const double s = std::sqrt(0.5);
        QVERIFY(std::abs(m->at(0, 0) - (1 - 2) / s) < 1e-6);
        QVERIFY(std::abs(m->at(3, 0) - 0.0) < 1e-6); // NA -> median 2 -> 0
        // 1000 is clipped to the training maximum 3 before standardising.
        QVERIFY(std::abs(m->at(4, 0) - (3 - 2) / s) < 1e-6);
    }

    void winsorisingUsesTrainingQuantiles()
    {
        std::string text = "x,label\n";
        for (int i = 0; i <= 100; ++i)
            text += std::to_string(i) + "," + (i % 2 ? "a" : "b") + "\n";
        const RawTable table = tableOf(text);
        std::vector<std::size_t> rows(101);
        for (std::size_t i = 0; i < rows.size(); ++i)
            rows[i] = i;
        PreprocessingOptions options;
        options.lowerQuantile = 0.05;
        options.upperQuantile = 0.95;
        const Preprocessor p = Preprocessor::fit(table, schemaOf(table), rows, options);
        // Values 0..100: the 5% and 95% quantiles are 5 and 95 exactly.
        QCOMPARE(p.columns().at(0).low, 5.0);
        QCOMPARE(p.columns().at(0).high, 95.0);
    }

    void valuesTooLargeToSquareAreClipped()
    {
        // Training rows 1, 2, 3, 4e200: the last is clipped to M = 1e100 before anything is
        // squared (its square used to overflow, making the scale inf and the column all 0).
        // With M dominating: mean M/4, variance M^2/4 - M^2/16 = 3M^2/16, scale sqrt(3)M/4, so
        // M maps to (M - M/4) / (sqrt(3)M/4) = sqrt(3) and the small values to -1/sqrt(3).
        const RawTable table = tableOf("x,label\n1,a\n2,b\n3,a\n4e200,b\n1.7e308,a\n-1e300,b\n");
        PreprocessingOptions options;
        options.lowerQuantile = 0.0;
        options.upperQuantile = 1.0;
        const Preprocessor p = Preprocessor::fit(table, schemaOf(table), {0, 1, 2, 3}, options);
        const ColumnTransform &x = p.columns().at(0);
        QCOMPARE(x.high, kLargestFeatureMagnitude);
        QVERIFY(std::isfinite(x.mean) && std::isfinite(x.scale));
        QCOMPARE(x.mean, kLargestFeatureMagnitude / 4);
        Result<FeatureMatrix> m = p.transform(table);
        QVERIFY(m.ok());
        const double root3 = std::sqrt(3.0);
        QVERIFY2(std::abs(m->at(0, 0) + 1 / root3) < 1e-6, QByteArray::number(m->at(0, 0)));
        QVERIFY2(std::abs(m->at(3, 0) - root3) < 1e-6, QByteArray::number(m->at(3, 0)));
        // Rows outside the training rows are clipped the same way: 1.7e308 to M, -1e300 to 1.
        QVERIFY(std::abs(m->at(4, 0) - root3) < 1e-6);
        QVERIFY(std::abs(m->at(5, 0) + 1 / root3) < 1e-6);
    }

    void categoricalAndBoolean()
    {
        const RawTable table =
            tableOf("sex,smoker,label\nF,yes,a\nM,no,b\nF,no,a\n,yes,b\nX,NA,a\nF,yes,b\n");
        const Preprocessor p = Preprocessor::fit(table, schemaOf(table), {0, 1, 2, 3});
        QCOMPARE(p.outputNames(), (std::vector<std::string>{"sex=F", "sex=M", "smoker"}));
        Result<FeatureMatrix> m = p.transform(table);
        QVERIFY(m.ok());
        // Training rows 0-3: sex F, M, F, missing -> categories {F, M}, mode F; smoker
        // yes, no, no, yes -> a tie, which resolves to 0.
        const std::vector<float> expected = {
            1, 0, 1, // F, yes
            0, 1, 0, // M, no
            1, 0, 0, // F, no
            1, 0, 1, // missing sex -> the mode F
            0, 0, 0, // X never seen in training -> no category; NA smoker -> 0
            1, 0, 1, // F, yes
        };
        QCOMPARE(m->values, expected);
    }

    void jsonRoundTripAppliesIdentically()
    {
        std::string text = "age,sex,smoker,label\n";
        for (int i = 0; i < 40; ++i)
            text += (i % 7 == 0 ? std::string("NA") : std::to_string(20 + (i * 13) % 50)) + ","
                    + (i % 3 ? "F" : "M") + "," + (i % 2 ? "yes" : "no") + "," + (i % 2 ? "a" : "b")
                    + "\n";
        const RawTable table = tableOf(text);
        const DatasetSchema schema = schemaOf(table);
        const DataSplit split = stratifiedSplit(std::vector<int>(40, 0), 0.15, 0.15, 3);
        const Preprocessor original = Preprocessor::fit(table, schema, split.train);
        const std::string stored = original.toJson().dump();
        Result<Preprocessor> restored = Preprocessor::fromJson(nlohmann::json::parse(stored));
        QVERIFY(restored.ok());
        QCOMPARE(restored->toJson().dump(), stored);
        QCOMPARE(restored->transform(table)->values, original.transform(table)->values);
    }

    void missingColumnIsAClearError()
    {
        const RawTable train = tableOf("x,y,label\n1,2,a\n2,3,b\n");
        const Preprocessor p = Preprocessor::fit(train, schemaOf(train), {0, 1});
        const RawTable other = tableOf("x,z\n1,2\n");
        Result<FeatureMatrix> m = p.transform(other);
        QVERIFY(!m.ok());
        QVERIFY(m.error().code == ErrorCode::InvalidInput);
        QCOMPARE(m.error().column, std::string("y"));
    }

    void damagedJsonIsRejected()
    {
        Result<Preprocessor> p = Preprocessor::fromJson(nlohmann::json{{"columns", 3}});
        QVERIFY(!p.ok());
        QVERIFY(p.error().code == ErrorCode::InvalidInput);
    }

    void stratifiedSplitKeepsClassShares()
    {
        std::vector<int> labels;
        for (int i = 0; i < 100; ++i)
            labels.push_back(i < 80 ? 0 : 1);
        labels.push_back(-1); // rows without a label stay out
        const DataSplit split = stratifiedSplit(labels, 0.15, 0.15, 7);
        QCOMPARE(split.train.size() + split.validation.size() + split.test.size(),
                 std::size_t(100));
        const auto positives = [&](const std::vector<std::size_t> &rows) {
            return std::count_if(rows.begin(), rows.end(),
                                 [&](std::size_t r) { return labels[r] == 1; });
        };
        // 80/20 classes: 12 + 3 test rows, 12 + 3 validation rows, 56 + 14 training rows.
        QCOMPARE(split.test.size(), std::size_t(15));
        QCOMPARE(positives(split.test), 3L);
        QCOMPARE(positives(split.validation), 3L);
        QCOMPARE(positives(split.train), 14L);
        const DataSplit again = stratifiedSplit(labels, 0.15, 0.15, 7);
        QCOMPARE(again.test, split.test);
        const DataSplit other = stratifiedSplit(labels, 0.15, 0.15, 8);
        QVERIFY(other.test != split.test);
    }
};

QTEST_APPLESS_MAIN(PreprocessorTest)
#include "preprocessor_test.moc"
