// The hub against hostile and broken clients over in-process links, one case per defect of
// the probe (issue 10): a huge finite update, Hello twice, poisoned statistics, impossible
// sample counts, forged and duplicate evaluations, too many connections. Every round has a
// ten-minute deadline, so a hub that waited one out would fail the test by its bounded waits.
#include <QTest>

#include <cmath>
#include <limits>

#include "hostile_hub_support.h"
#include "network/log_text.h"
#include "store/model_registry.h"

using namespace hostile;
using namespace std::chrono_literals;

class HostileHubTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::vector<float> storedWeights(std::int64_t version)
    {
        engine::Result<engine::ModelRegistry> registry =
            engine::ModelRegistry::open(m_dir.filePath(QStringLiteral("hub.db")).toStdString());
        return registry->loadVersion(version).value().weights;
    }

private Q_SLOTS:
    void init() { QVERIFY(QFile::remove(m_dir.filePath(QStringLiteral("hub.db"))) || true); }

    // Defect 1: parameters of 1e30 (and 3.4e38) with an ordinary sample count.
    void hugeUpdateIsRefusedAndTheFederationGoesOn()
    {
        const auto statistics = honestStatistics(m_dir);
        TestHub test(m_dir, 3, 2);
        QVERIFY(test.hub->start().ok());
        test.runtime.start(1);
        auto a = test.connect("a"), b = test.connect("b"), c = test.connect("c");
        for (auto [client, name] : {std::pair{a.get(), "a"}, {b.get(), "b"}, {c.get(), "c"}})
            QVERIFY(join(*client, name, statistics));
        QCOMPARE(answerFit(*a, [](std::vector<float> &m) { std::fill(m.begin(), m.end(), 1e30f); }), 1);
        QCOMPARE(answerFit(*b, [](std::vector<float> &m) { nudge(m, 0.01f); }), 1);
        QCOMPARE(answerFit(*c, [](std::vector<float> &m) { nudge(m, 0.03f); }), 1);
        // a is told why, at once.
        const std::optional<cohort::wire::Envelope> refusal = a->next(Body::kRoundFailure);
        QVERIFY(refusal);
        QVERIFY(refusal->round_failure().reason().find("away from the model") != std::string::npos);
        for (ScriptedEnd *client : {a.get(), b.get(), c.get()})
            QVERIFY(answerEvaluation(*client));
        QVERIFY(test.waitForRounds(1));
        const net::RoundReport first = test.reports[0];
        QCOMPARE(first.answered, (std::vector<std::string>{"b", "c"}));
        QCOMPARE(first.dropped.at(0).siteId, std::string("a"));
        const std::vector<float> stored = storedWeights(first.versionId);
        QVERIFY(std::all_of(stored.begin(), stored.end(), [](float v) { return std::abs(v) < 100.0f; }));
        // Round 2 runs (no retry loop), a tries 3.4e38 this time.
        QCOMPARE(answerFit(*a, [](std::vector<float> &m) { std::fill(m.begin(), m.end(), 3.4e38f); }), 2);
        QCOMPARE(answerFit(*b, [](std::vector<float> &m) { nudge(m, 0.01f); }), 2);
        QCOMPARE(answerFit(*c, [](std::vector<float> &m) { nudge(m, 0.03f); }), 2);
        for (ScriptedEnd *client : {a.get(), b.get(), c.get()})
            QVERIFY(answerEvaluation(*client));
        QVERIFY(test.waitForRounds(2));
        QCOMPARE(test.reports[1].answered, (std::vector<std::string>{"b", "c"}));
        QVERIFY(test.finished.get_future().wait_for(kWait) == std::future_status::ready);
    }

    // Defect 3: Hello twice on one connection made a ghost site that every round waited for.
    void helloTwiceIsRefusedAndLeavesNoGhost()
    {
        const auto statistics = honestStatistics(m_dir);
        TestHub test(m_dir, 2);
        QVERIFY(test.hub->start().ok());
        test.runtime.start(1);
        auto ghost = test.connect("ghost");
        ghost->send(hello("ghost"));
        ghost->send(hello("ghost-again"));
        const std::optional<cohort::wire::Envelope> error = ghost->next(Body::kError);
        QVERIFY(error);
        QCOMPARE(error->error().code(), cohort::wire::ErrorReply::OUT_OF_ORDER);
        QVERIFY(ghost->waitClosed());
        auto b = test.connect("b"), c = test.connect("c");
        QVERIFY(join(*b, "b", statistics));
        QVERIFY(join(*c, "c", statistics));
        QCOMPARE(answerFit(*b, [](std::vector<float> &m) { nudge(m, 0.01f); }), 1);
        QCOMPARE(answerFit(*c, [](std::vector<float> &m) { nudge(m, 0.02f); }), 1);
        QVERIFY(answerEvaluation(*b));
        QVERIFY(answerEvaluation(*c));
        QVERIFY(test.waitForRounds(1));
        QVERIFY(test.reports[0].dropped.empty());
        QCOMPARE(test.reports[0].answered, (std::vector<std::string>{"b", "c"}));
    }

    // Defect 4: NaN or inconsistent statistics before the real sites came.
    void poisonedStatisticsAreRefusedAndTheRealSitesAgree()
    {
        const auto statistics = honestStatistics(m_dir);
        TestHub test(m_dir, 2);
        QVERIFY(test.hub->start().ok());
        test.runtime.start(1);
        cohort::wire::StatisticsResult nan = statistics;
        nan.mutable_numeric_columns(0)->set_sum(std::numeric_limits<double>::quiet_NaN());
        cohort::wire::StatisticsResult inconsistent = statistics;
        inconsistent.mutable_numeric_columns(1)->set_count(1000); // more values than rows
        auto p1 = test.connect("p1"), p2 = test.connect("p2");
        QVERIFY(join(*p1, "p1", nan));
        QVERIFY(join(*p2, "p2", inconsistent));
        for (ScriptedEnd *poisoner : {p1.get(), p2.get()})
        {
            QVERIFY(poisoner->waitClosed());
        }
        QVERIFY(test.logged("not a finite number"));
        QVERIFY(test.logged("counts 1000 values in 40 rows"));
        // Statistics of columns the federation does not have (a way to make the hub hold
        // megabytes per throwaway site) are refused too.
        cohort::wire::StatisticsResult junk = statistics;
        cohort::wire::CategoricalColumnStatistics *column = junk.add_categorical_columns();
        column->set_name("junk");
        for (int i = 0; i < 1000; ++i)
        {
            cohort::wire::CategoryCount *count = column->add_categories();
            count->set_category("value " + std::to_string(i));
            count->set_count(1);
        }
        auto p3 = test.connect("p3");
        QVERIFY(join(*p3, "p3", junk));
        QVERIFY(p3->waitClosed());
        QVERIFY(test.logged("a column 'junk' that is not a federation column"));
        // The hub did not end: real sites agree on their own statistics.
        auto b = test.connect("b"), c = test.connect("c");
        QVERIFY(join(*b, "b", statistics));
        QVERIFY(join(*c, "c", statistics));
        const std::optional<cohort::wire::Envelope> plan = b->next(Body::kPreprocessingPlan);
        QVERIFY(plan);
        QVERIFY(plan->preprocessing_plan().preprocessor_json().find("null")
                == std::string::npos);
    }

    // Defect 5: negative, enormous and zero sample counts.
    void impossibleSampleCountsAreRefused()
    {
        const auto statistics = honestStatistics(m_dir);
        TestHub test(m_dir, 3, 3);
        QVERIFY(test.hub->start().ok());
        test.runtime.start(1);
        auto a = test.connect("a"), b = test.connect("b"), c = test.connect("c");
        for (auto [client, name] : {std::pair{a.get(), "a"}, {b.get(), "b"}, {c.get(), "c"}})
            QVERIFY(join(*client, name, statistics));
        const std::int64_t counts[] = {-5, std::int64_t{1} << 62, 0};
        for (int round = 1; round <= 3; ++round)
        {
            std::vector<float> bModel, cModel;
            QCOMPARE(answerFit(*a, [](std::vector<float> &m) { std::fill(m.begin(), m.end(), 0.0f); },
                               counts[round - 1]),
                     round);
            QCOMPARE(answerFit(*b, [&](std::vector<float> &m) { nudge(m, 0.01f); bModel = m; }), round);
            QCOMPARE(answerFit(*c, [&](std::vector<float> &m) { nudge(m, 0.05f); cModel = m; }), round);
            const std::optional<cohort::wire::Envelope> refusal = a->next(Body::kRoundFailure);
            QVERIFY(refusal);
            QVERIFY(refusal->round_failure().reason().find("it declared 40") != std::string::npos);
            for (ScriptedEnd *client : {a.get(), b.get(), c.get()})
                QVERIFY(answerEvaluation(*client));
            QVERIFY(test.waitForRounds(static_cast<std::size_t>(round)));
            const net::RoundReport &report = test.reports[static_cast<std::size_t>(round - 1)];
            QCOMPARE(report.answered, (std::vector<std::string>{"b", "c"}));
            // The global model is the mean of b and c, never one site's own update.
            const std::vector<float> stored = storedWeights(report.versionId);
            QVERIFY(stored != bModel && stored != cModel);
            QVERIFY(std::abs(stored[0] - (bModel[0] + cModel[0]) / 2.0f) < 1e-5f);
        }
    }

    // Defect 6: forged and duplicate evaluations, a NaN training loss.
    void forgedEvaluationsAndNonFiniteLossesAreRefused()
    {
        const auto statistics = honestStatistics(m_dir);
        TestHub test(m_dir, 3);
        QVERIFY(test.hub->start().ok());
        test.runtime.start(1);
        auto a = test.connect("a"), b = test.connect("b"), c = test.connect("c");
        for (auto [client, name] : {std::pair{a.get(), "a"}, {b.get(), "b"}, {c.get(), "c"}})
            QVERIFY(join(*client, name, statistics));
        QCOMPARE(answerFit(*a, [](std::vector<float> &m) { nudge(m, 0.02f); }, 40,
                           std::numeric_limits<double>::quiet_NaN()),
                 1);
        QCOMPARE(answerFit(*b, [](std::vector<float> &m) { nudge(m, 0.01f); }), 1);
        QCOMPARE(answerFit(*c, [](std::vector<float> &m) { nudge(m, 0.03f); }), 1);
        QVERIFY(a->next(Body::kRoundFailure));
        // a forges "a million correct rows"; b answers twice; c answers once.
        const std::optional<cohort::wire::Envelope> request = a->next(Body::kEvaluateRequest);
        QVERIFY(request);
        const std::uint64_t round = request->evaluate_request().round();
        cohort::wire::Envelope forged = evaluation(round, 1000000);
        for (int cell = 0; cell < 4; ++cell)
            forged.mutable_evaluate_result()->set_confusion(cell, cell == 0 ? 1000000 : 0);
        a->send(forged);
        QVERIFY(b->next(Body::kEvaluateRequest));
        b->send(evaluation(round, 8));
        b->send(evaluation(round, 8));
        QVERIFY(answerEvaluation(*c));
        QVERIFY(test.waitForRounds(1));
        const net::RoundReport report = test.reports[0];
        QVERIFY(report.evaluation);
        // Only b's and c's 8 rows each, half right: accuracy 0.5, not 0.99999.
        QCOMPARE(report.evaluation->samples, std::int64_t{16});
        QVERIFY(std::abs(report.evaluation->accuracy - 0.5) < 1e-9);
        QVERIFY(test.logged("reported an evaluation of 1000000 rows, it declared 10"));
    }

    // Defect 13: names and texts from the network written raw into the log; rounds above
    // 2^31 logged as negative.
    void namesTextsAndRoundsAreLoggedSafely()
    {
        const auto statistics = honestStatistics(m_dir);
        TestHub test(m_dir, 2);
        QVERIFY(test.hub->start().ok());
        test.runtime.start(1);
        auto evil = test.connect("evil");
        QVERIFY(join(*evil, "evil\nhub: the federation finished", statistics));
        cohort::wire::Envelope report;
        report.mutable_error()->set_code(cohort::wire::ErrorReply::INTERNAL);
        report.mutable_error()->set_message("line one\r\nhub: forged");
        evil->send(report);
        cohort::wire::Envelope farRound;
        farRound.mutable_fit_result()->set_round(std::uint64_t{1} << 40);
        farRound.mutable_fit_result()->set_sample_count(40);
        auto b = test.connect("b");
        QVERIFY(join(*b, "b", statistics));
        QVERIFY(evil->next(Body::kFitRequest)); // the coordinator runs: results are read
        evil->send(farRound);
        QVERIFY(QTest::qWaitFor([&] { return test.logged("no such round"); }, 10000));
        std::lock_guard lock(test.mutex);
        for (const std::string &line : test.log)
            QVERIFY2(line.find('\n') == std::string::npos && line.find('\r') == std::string::npos,
                     line.c_str());
        const auto has = [&](const std::string &text)
        {
            return std::any_of(test.log.begin(), test.log.end(), [&](const std::string &line)
                               { return line.find(text) != std::string::npos; });
        };
        QVERIFY(has("evil\\nhub: the federation finished joined from"));
        QVERIFY(has("line one\\r\\nhub: forged"));
        QVERIFY(has("round 1099511627776 (no such round)"));
    }

    // Defect 13: untrusted input made protobuf print "libprotobuf ERROR" lines to stderr.
    void protobufLogLinesGoToOurLog()
    {
        std::vector<std::string> lines;
        net::routeProtobufLog([&lines](const std::string &line) { lines.push_back(line); });
        cohort::wire::Envelope envelope = hello("x");
        std::string payload = envelope.SerializeAsString();
        const std::size_t at = payload.find('x');
        QVERIFY(at != std::string::npos);
        payload[at] = static_cast<char>(0xff); // not UTF-8 in a string field
        QVERIFY(!net::parseEnvelope(payload).ok());
        net::routeProtobufLog({});
        QVERIFY(!lines.empty());
        QVERIFY2(lines[0].rfind("protobuf error: ", 0) == 0, lines[0].c_str());
        QVERIFY(lines[0].find('\n') == std::string::npos);
    }

    // Defect 10 (the hub's half): a hub must not ask sites for what they refuse.
    void hubRefusesSettingsItsSitesWouldRefuse()
    {
        net::HubOptions huge;
        huge.hiddenLayers = {40000, 40000};
        TestHub layers(m_dir, 1, 1, huge);
        const engine::Result<unsigned short> refused = layers.hub->start();
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.find("4096") != std::string::npos,
                 refused.error().message.c_str());
        net::HubOptions batch;
        batch.batchSize = 2147483647;
        TestHub batches(m_dir, 1, 1, batch);
        QVERIFY(!batches.hub->start());
    }

    // Defect 9 (the cap half): connections from one address beyond the limit are refused.
    void connectionsAreCappedPerAddress()
    {
        net::HubOptions options;
        options.connections.perAddress = 2;
        TestHub test(m_dir, 2, 1, options);
        QVERIFY(test.hub->start().ok());
        test.runtime.start(1);
        auto first = test.connect("10.0.0.9:1"), second = test.connect("10.0.0.9:2");
        auto third = test.connect("10.0.0.9:3");
        const std::optional<cohort::wire::Envelope> busy = third->next(Body::kError);
        QVERIFY(busy);
        QCOMPARE(busy->error().code(), cohort::wire::ErrorReply::BUSY);
        QVERIFY(third->waitClosed());
        // Another address is still welcome, and a freed place can be taken again.
        auto other = test.connect("10.0.0.7:1");
        other->send(hello("other"));
        QVERIFY(other->next(Body::kWelcome));
        first.reset();
        QTest::qWait(200);
        auto again = test.connect("10.0.0.9:4");
        again->send(hello("again"));
        QVERIFY(again->next(Body::kWelcome));
    }
};

QTEST_GUILESS_MAIN(HostileHubTest)
#include "hostile_hub_test.moc"
