// LocalParticipant with what a hub may send it: a model spec or training settings out of bounds
// are refused with a message before anything is allocated, and a batch larger than the site's
// rows trains as one batch of those rows.
#include <QTest>

#include <climits>
#include <cmath>
#include <numeric>
#include <random>
#include <string>

#include "data/csv_reader.h"
#include "data/preprocessor.h"
#include "data/schema_inference.h"
#include "fl/federation_schema.h"
#include "fl/local_participant.h"

using namespace cohort::engine;

Q_DECLARE_METATYPE(std::vector<int>)

namespace
{

// 120 rows: two numeric features and a category that decide a binary label.
std::string siteCsv()
{
    std::mt19937 random(11);
    std::normal_distribution<double> noise(0.0, 1.0);
    std::string text = "age,score,group,label\n";
    for (int i = 0; i < 120; ++i)
    {
        const bool positive = i % 2 == 0;
        text += std::to_string(40 + (positive ? 10 : -10) + static_cast<int>(5 * noise(random)))
                + "," + std::to_string((positive ? 2.0 : -2.0) + noise(random)) + ","
                + (i % 3 == 0 ? "a" : "b") + "," + (positive ? "yes" : "no") + "\n";
    }
    return text;
}

} // namespace

class LocalParticipantTest : public QObject
{
    Q_OBJECT

private:
    RawTable m_table;
    DatasetSchema m_datasetSchema;
    FederationSchema m_schema;
    std::optional<Preprocessor> m_preprocessor;

    LocalParticipant participant() const { return LocalParticipant(m_table, m_schema, 0.2, 7); }

    MlpSpec spec(std::vector<int> hidden) const
    {
        MlpSpec s;
        s.inputWidth = static_cast<int>(m_preprocessor->outputWidth());
        s.hiddenLayers = std::move(hidden);
        s.classCount = static_cast<int>(m_schema.classNames.size());
        return s;
    }

    // A site prepared with a small model, ready to fit.
    LocalParticipant prepared() const
    {
        LocalParticipant site = participant();
        if (auto ready = site.prepare(m_schema, *m_preprocessor, spec({8}), 0); !ready)
            qFatal("%s", ready.error().toString().c_str());
        return site;
    }

private Q_SLOTS:
    void initTestCase()
    {
        ValidationReport report;
        Result<RawTable> table = readCsvText(siteCsv(), "site.csv", {}, report);
        QVERIFY2(table.ok(), report.toText().c_str());
        m_table = std::move(table).value();
        InferenceOptions options;
        options.target = "label";
        m_datasetSchema = inferSchema(m_table, options, report);
        QVERIFY2(!report.hasErrors(), report.toText().c_str());
        m_schema = federationSchemaFrom(m_datasetSchema);
        std::vector<std::size_t> rows(m_table.rowCount());
        std::iota(rows.begin(), rows.end(), std::size_t{0});
        m_preprocessor = Preprocessor::fit(m_table, m_datasetSchema, rows, {});
    }

    void absurdSpecIsRefusedBeforeAllocation_data()
    {
        QTest::addColumn<std::vector<int>>("hidden");
        QTest::addColumn<QString>("expected");
        QTest::newRow("40000,40000")
            << std::vector<int>{40000, 40000} << "hidden layer width 40000 is out of bounds";
        QTest::newRow("nine layers") << std::vector<int>(9, 4) << "9 hidden layers";
        QTest::newRow("negative") << std::vector<int>{-5} << "hidden layer width -5";
    }
    void absurdSpecIsRefusedBeforeAllocation()
    {
        QFETCH(std::vector<int>, hidden);
        QFETCH(QString, expected);
        LocalParticipant site = participant();
        const Result<void> ready = site.prepare(m_schema, *m_preprocessor, spec(hidden), 0);
        QVERIFY(!ready.ok());
        QCOMPARE(ready.error().code, ErrorCode::InvalidInput);
        QVERIFY2(ready.error().message.find(expected.toStdString()) != std::string::npos,
                 ready.error().message.c_str());
        QVERIFY2(ready.error().message.find("at most 8 hidden layers of 1 to 4096 units")
                     != std::string::npos,
                 ready.error().message.c_str());
        QVERIFY(!site.isPrepared());
    }

    void settingsOutOfBoundsAreRefused_data()
    {
        QTest::addColumn<int>("epochs");
        QTest::addColumn<int>("batch");
        QTest::addColumn<double>("rate");
        QTest::addColumn<double>("mu");
        QTest::addColumn<QString>("expected");
        QTest::newRow("batch 2^31-1")
            << 1 << INT_MAX << 0.05 << 0.0 << "the batch size 2147483647 is out of bounds";
        QTest::newRow("batch 0") << 1 << 0 << 0.05 << 0.0 << "the batch size 0";
        QTest::newRow("epochs -1 (2^32-1 as int)")
            << -1 << 32 << 0.05 << 0.0 << "the number of epochs -1";
        QTest::newRow("epochs 1e6") << 1000000 << 32 << 0.05 << 0.0 << "between 1 and 10000";
        QTest::newRow("rate NaN") << 1 << 32 << std::nan("") << 0.0 << "the learning rate nan";
        QTest::newRow("rate 1e30") << 1 << 32 << 1e30 << 0.0 << "above 0 and at most 10";
        QTest::newRow("mu inf") << 1 << 32 << 0.05 << HUGE_VAL << "the proximal coefficient inf";
    }
    void settingsOutOfBoundsAreRefused()
    {
        QFETCH(int, epochs);
        QFETCH(int, batch);
        QFETCH(double, rate);
        QFETCH(double, mu);
        QFETCH(QString, expected);
        LocalParticipant site = prepared();
        const std::vector<float> global = site.model();
        LocalTrainingConfig config;
        config.epochs = epochs;
        config.batchSize = batch;
        config.learningRate = rate;
        config.proximalMu = mu;
        const Result<LocalFit> fit = site.fit(global, config, 1);
        QVERIFY(!fit.ok());
        QCOMPARE(fit.error().code, ErrorCode::InvalidInput);
        QVERIFY2(fit.error().message.find(expected.toStdString()) != std::string::npos,
                 fit.error().message.c_str());
        QCOMPARE(site.model(), global); // the refused request changed nothing
    }

    // A batch of 50 000 on the site's training rows is one batch of those rows: the same fit
    // as a batch of exactly that many rows.
    void largeBatchTrainsOnTheRows()
    {
        LocalParticipant large = prepared();
        LocalParticipant exact = prepared();
        const auto rows = static_cast<int>(large.trainRowCount());
        QVERIFY(rows > 50 && rows < 120);
        const std::vector<float> global = large.model();
        LocalTrainingConfig config;
        config.epochs = 3;
        config.batchSize = 50000;
        const Result<LocalFit> cut = large.fit(global, config, 2);
        QVERIFY2(cut.ok(), cut.ok() ? "" : cut.error().message.c_str());
        QCOMPARE(cut->samples, std::int64_t(rows));
        config.batchSize = rows;
        const Result<LocalFit> full = exact.fit(global, config, 2);
        QVERIFY(full.ok());
        QCOMPARE(cut->parameters, full->parameters);
        QVERIFY(cut->parameters != global);
    }
};

QTEST_APPLESS_MAIN(LocalParticipantTest)
#include "local_participant_test.moc"
