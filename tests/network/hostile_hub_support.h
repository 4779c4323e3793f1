// What the hostile-input tests of the hub share: a small federation (two numeric columns, two
// classes), its statistics, a hub over in-process links with a ten-minute deadline (a test
// that waited one out would time out instead), and scripted clients that answer as an honest
// site would, or as a test tells them to.
#pragma once

#include <QTemporaryDir>

#include <fstream>
#include <functional>
#include <future>
#include <mutex>
#include <string>
#include <vector>

#include "data/csv_reader.h"
#include "fl/federated_preprocessing.h"
#include "network/federation_messages.h"
#include "network/hub_service.h"
#include "network/in_process_link.h"
#include "network/io_runtime.h"
#include "network/wire_messages.h"
#include "scripted_end.h"

namespace hostile
{

namespace engine = cohort::engine;
namespace net = cohort::net;
using Body = cohort::wire::Envelope::BodyCase;

inline engine::FederationSchema tableSchema()
{
    engine::FederationSchema schema;
    schema.features = {{"x1", engine::ColumnKind::Numeric, {}},
                       {"x2", engine::ColumnKind::Numeric, {}}};
    schema.target = "label";
    schema.classNames = {"no", "yes"};
    return schema;
}

/// An honest site's statistics: 40 training rows, 10 kept for evaluation.
inline cohort::wire::StatisticsResult honestStatistics(const QTemporaryDir &dir)
{
    const std::string path = dir.filePath(QStringLiteral("rows.csv")).toStdString();
    {
        std::ofstream out(path);
        out << "x1,x2,label\n";
        for (int row = 0; row < 40; ++row)
            out << row % 7 << "," << (row * 3) % 11 << "," << (row % 2 ? "yes" : "no") << "\n";
    }
    engine::ValidationReport report;
    const engine::RawTable table = engine::readCsv(path, {}, report).value();
    std::vector<std::size_t> rows(table.rowCount());
    for (std::size_t i = 0; i < rows.size(); ++i)
        rows[i] = i;
    cohort::wire::StatisticsResult statistics =
        net::toStatistics(engine::summarizeSite(table, tableSchema(), rows));
    statistics.set_evaluation_row_count(10);
    return statistics;
}

/// A hub over in-process links, and what it reported.
struct TestHub
{
    explicit TestHub(const QTemporaryDir &dir, int minSites, int rounds = 1,
                     net::HubOptions options = {})
    {
        options.listen = false;
        options.schema = tableSchema();
        options.rounds.rounds = rounds;
        options.rounds.minSites = minSites;
        options.rounds.deadline = std::chrono::minutes(10);
        if (options.hiddenLayers == net::HubOptions{}.hiddenLayers)
            options.hiddenLayers = {4}; // small and quick, unless a test asks otherwise
        options.dbPath = dir.filePath(QStringLiteral("hub.db")).toStdString();
        net::HubEvents events;
        events.onRound = [this](const net::RoundReport &report)
        {
            std::lock_guard lock(mutex);
            reports.push_back(report);
            changed.notify_all();
        };
        events.onLog = net::englishLines(
            [this](const std::string &line)
            {
                std::lock_guard lock(mutex);
                log.push_back(line);
            });
        events.onFinished = [this](const engine::Result<void> &result)
        { finished.set_value(result.ok()); };
        hub = std::make_unique<net::HubService>(runtime, options, events);
    }
    ~TestHub() { runtime.stop(); }

    /// A new client linked to the hub; `name` is what the hub sees as its address.
    std::unique_ptr<ScriptedEnd> connect(const std::string &name = "client")
    {
        auto [hubEnd, clientEnd] = net::InProcessLink::createPair(runtime.context(), "hub", name);
        hub->acceptLink(hubEnd);
        return std::make_unique<ScriptedEnd>(clientEnd);
    }
    /// Waits until `count` rounds were reported.
    bool waitForRounds(std::size_t count)
    {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, kWait, [&] { return reports.size() >= count; });
    }
    bool logged(const std::string &text)
    {
        std::lock_guard lock(mutex);
        for (const std::string &line : log)
            if (line.find(text) != std::string::npos)
                return true;
        return false;
    }

    net::IoRuntime runtime;
    std::unique_ptr<net::HubService> hub;
    std::mutex mutex;
    std::condition_variable changed;
    std::vector<net::RoundReport> reports;
    std::vector<std::string> log;
    std::promise<bool> finished;
};

inline cohort::wire::Envelope hello(const std::string &name)
{
    cohort::wire::Envelope envelope;
    envelope.mutable_hello()->set_protocol_version(net::kProtocolVersion);
    envelope.mutable_hello()->set_site_name(name);
    return envelope;
}

/// Says Hello and sends `statistics` when asked; true once they are sent.
inline bool join(ScriptedEnd &client, const std::string &name,
                 const cohort::wire::StatisticsResult &statistics)
{
    client.send(hello(name));
    if (!client.next(Body::kStatisticsRequest))
        return false;
    cohort::wire::Envelope envelope;
    *envelope.mutable_statistics_result() = statistics;
    client.send(envelope);
    return true;
}

/// Answers the next fit request with `change` applied to the global model; returns the round
/// (0 when none came).
inline int answerFit(ScriptedEnd &client, const std::function<void(std::vector<float> &)> &change,
                     std::int64_t samples = 40, double loss = 0.5)
{
    const std::optional<cohort::wire::Envelope> request = client.next(Body::kFitRequest);
    if (!request)
        return 0;
    std::vector<float> model = net::fromTensor(request->fit_request().global_model()).value();
    change(model);
    cohort::wire::Envelope envelope;
    envelope.mutable_fit_result()->set_round(request->fit_request().round());
    *envelope.mutable_fit_result()->mutable_parameters() = net::toTensor(model);
    envelope.mutable_fit_result()->set_sample_count(samples);
    envelope.mutable_fit_result()->set_train_loss(loss);
    client.send(envelope);
    return static_cast<int>(request->fit_request().round());
}

inline void nudge(std::vector<float> &model, float by)
{
    for (float &v : model)
        v += by;
}

/// An evaluation of `rows` rows (a multiple of 4), half of each class right.
inline cohort::wire::Envelope evaluation(std::uint64_t round, std::int64_t rows)
{
    cohort::wire::Envelope envelope;
    cohort::wire::EvaluateResult *result = envelope.mutable_evaluate_result();
    result->set_round(round);
    result->set_sample_count(rows);
    result->set_loss(0.5);
    result->set_class_count(2);
    for (int cell = 0; cell < 4; ++cell)
        result->add_confusion(rows / 4);
    return envelope;
}

/// Answers the next evaluation request honestly (8 of its 10 rows).
inline bool answerEvaluation(ScriptedEnd &client)
{
    const std::optional<cohort::wire::Envelope> request = client.next(Body::kEvaluateRequest);
    if (!request)
        return false;
    client.send(evaluation(request->evaluate_request().round(), 8));
    return true;
}

} // namespace hostile
