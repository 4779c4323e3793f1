// Soak: a hub runs 1,000 short rounds with three honest clients and one that misbehaves in
// every round (huge and NaN updates, impossible sample counts, duplicate and far-future
// results, forged and duplicate evaluations, statistics again). Every round must complete
// without waiting for its ten-minute deadline, and memory must stay flat: the resident size
// (from /proc) after round 1,000 may exceed that after round 100 by a few MiB at most.
#include <QTest>

#include <cmath>
#include <fstream>
#include <thread>

#include "hostile_hub_support.h"

using namespace hostile;
using namespace std::chrono_literals;

namespace
{

constexpr int kRounds = 1000;

double residentMib()
{
    std::ifstream statm("/proc/self/statm");
    long pages = 0, resident = 0;
    statm >> pages >> resident;
    return static_cast<double>(resident) * static_cast<double>(::sysconf(_SC_PAGESIZE))
           / (1024.0 * 1024.0);
}

cohort::wire::Envelope fitResult(std::uint64_t round, const std::vector<float> &model,
                                 std::int64_t samples, double loss = 0.5)
{
    cohort::wire::Envelope envelope;
    envelope.mutable_fit_result()->set_round(round);
    *envelope.mutable_fit_result()->mutable_parameters() = net::toTensor(model);
    envelope.mutable_fit_result()->set_sample_count(samples);
    envelope.mutable_fit_result()->set_train_loss(loss);
    return envelope;
}

// Answers until Goodbye (or the link closes); `misbehave` picks this client's mischief.
void serve(ScriptedEnd &client, float nudgeBy, bool misbehave,
           const cohort::wire::StatisticsResult &statistics)
{
    int turn = 0;
    while (const std::optional<cohort::wire::Envelope> e = client.nextAny())
    {
        if (e->has_goodbye())
            return;
        if (e->has_fit_request())
        {
            const std::uint64_t round = e->fit_request().round();
            std::vector<float> model = net::fromTensor(e->fit_request().global_model()).value();
            if (!misbehave)
            {
                nudge(model, nudgeBy);
                client.send(fitResult(round, model, 40));
                continue;
            }
            switch (turn++ % 6)
            {
            case 0:
                std::fill(model.begin(), model.end(), 1e30f);
                client.send(fitResult(round, model, 40));
                break;
            case 1:
                std::fill(model.begin(), model.end(), NAN);
                client.send(fitResult(round, model, 40));
                break;
            case 2:
                client.send(fitResult(round, model, -5));
                break;
            case 3:
                client.send(fitResult(round, model, std::int64_t{1} << 62));
                break;
            case 4:
                client.send(fitResult(std::uint64_t{1} << 40, model, 40));
                client.send(fitResult(round, model, 40, NAN));
                break;
            default:
                nudge(model, 0.02f);
                client.send(fitResult(round, model, 40));
                client.send(fitResult(round, model, 40)); // a duplicate
                cohort::wire::Envelope again;
                *again.mutable_statistics_result() = statistics;
                client.send(again);
                break;
            }
        }
        else if (e->has_evaluate_request())
        {
            const std::uint64_t round = e->evaluate_request().round();
            client.send(evaluation(round, 8));
            if (misbehave)
            {
                client.send(evaluation(round, 8));       // a duplicate
                client.send(evaluation(round, 4000000)); // forged
            }
        }
    }
}

} // namespace

class SoakTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void thousandRoundsWithAMisbehavingClient()
    {
        const auto statistics = honestStatistics(m_dir);
        TestHub test(m_dir, 4, kRounds);
        QVERIFY(test.hub->start().ok());
        test.runtime.start(2);
        std::vector<std::unique_ptr<ScriptedEnd>> clients;
        const char *names[] = {"a", "b", "c", "mischief"};
        for (const char *name : names)
        {
            clients.push_back(test.connect(name));
            QVERIFY(join(*clients.back(), name, statistics));
        }
        const auto start = std::chrono::steady_clock::now();
        std::vector<std::thread> threads;
        for (std::size_t i = 0; i < clients.size(); ++i)
            threads.emplace_back(serve, std::ref(*clients[i]), 0.001f * static_cast<float>(i + 1),
                                 i == 3, statistics);
        double at100 = 0.0;
        QVERIFY(test.waitForRounds(100));
        at100 = residentMib();
        std::future<bool> finished = test.finished.get_future();
        const bool ended = finished.wait_for(std::chrono::minutes(10)) == std::future_status::ready;
        const double at1000 = residentMib();
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        // Close the links first: every serving loop ends; only then may the clients go.
        for (auto &client : clients)
            client->close();
        for (std::thread &thread : threads)
            thread.join();
        clients.clear();
        QVERIFY(ended);
        QVERIFY(finished.get());
        std::lock_guard lock(test.mutex);
        QCOMPARE(test.reports.size(), std::size_t{kRounds});
        double slowest = 0.0;
        for (const net::RoundReport &report : test.reports)
        {
            slowest = std::max(slowest, report.seconds);
            // The honest three are in every round; the mischief only when it behaved.
            for (const char *honest : {"a", "b", "c"})
                QVERIFY(std::find(report.answered.begin(), report.answered.end(), honest)
                        != report.answered.end());
        }
        // The mischief was seen and refused each time, by its kind.
        for (const char *refusal : {"away from the model", "not finite numbers",
                                    "reported training on -5 rows", "no such round",
                                    "reported a training loss that is not",
                                    "reported an evaluation of 4000000 rows"})
        {
            const bool seen = std::any_of(test.log.begin(), test.log.end(), [&](const std::string &line)
                                          { return line.find(refusal) != std::string::npos; });
            QVERIFY2(seen, refusal);
        }
        qInfo("soak: %d rounds in %.1f s, slowest round %.3f s, resident %.1f MiB after round 100, "
              "%.1f MiB after round %d",
              kRounds, seconds, slowest, at100, at1000, kRounds);
        QVERIFY2(slowest < 60.0, "a round stalled");
        QVERIFY2(at1000 - at100 < 16.0, "memory grew over the rounds");
    }
};

QTEST_GUILESS_MAIN(SoakTest)
#include "soak_test.moc"
