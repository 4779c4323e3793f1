// cohort-cli's `peer` command: federate without a hub, trading models with neighbours (gossip).
#include "cli/peer_command.h"

#include <iomanip>
#include <iostream>
#include <memory>
#include <mutex>

#include <nlohmann/json.hpp>

#include "cli/cli_output.h"
#include "cli/setting_checks.h"
#include "network/io_runtime.h"
#include "network/log_event.h"
#include "network/peer_service.h"

namespace cohort::app
{

namespace
{

std::mutex g_outputMutex; // the peer's events arrive on its network thread

struct PeerCommandOptions
{
    net::PeerOptions peer;
    std::vector<std::string> peers;
    bool json = false;
};

engine::Result<net::PeerAddress> parseAddress(const std::string &text)
{
    const auto colon = text.rfind(':');
    try
    {
        if (colon != std::string::npos)
            return net::PeerAddress{text.substr(0, colon),
                                    static_cast<unsigned short>(std::stoi(text.substr(colon + 1)))};
    }
    catch (const std::exception &)
    {
    }
    return engine::makeError(engine::ErrorCode::InvalidInput, "'" + text + "' is not HOST:PORT",
                             "e.g. 127.0.0.1:7401");
}

int runPeer(PeerCommandOptions &options)
{
    for (const std::string &text : options.peers)
    {
        engine::Result<net::PeerAddress> address = parseAddress(text);
        if (!address)
            return reportFailure(address.error(), nullptr, options.json);
        options.peer.peers.push_back(address.value());
    }
    if (options.peer.name.empty())
        options.peer.name = "peer-" + std::to_string(options.peer.listenPort);
    net::IoRuntime runtime;
    const std::string name = options.peer.name;
    const bool json = options.json;
    bool announced = false;
    net::PeerEvents events;
    events.onRound = [json, &announced](const net::PeerRound &round)
    {
        std::lock_guard lock(g_outputMutex);
        if (json)
        {
            // Progress for people and scripts watching; the result comes on stdout.
            std::cerr << "round " << round.round << " done: mixed " << round.neighboursHeard
                      << " of " << round.neighbours << " neighbours' models" << std::endl;
            return;
        }
        if (!announced && round.round > 1)
            std::cout << "joined a running federation at round " << round.round << std::endl;
        announced = true;
        std::cout << "round " << std::setw(3) << round.round << "  neighbours heard "
                  << round.neighboursHeard << "  local accuracy "
                  << formatNumber(round.localAccuracy) << "  " << formatNumber(round.seconds, 2)
                  << " s" << std::endl;
    };
    net::PeerService peer(runtime, options.peer,
                          net::englishLines(
                              [name](const std::string &line)
                              {
                                  std::lock_guard lock(g_outputMutex);
                                  std::cerr << name << ": " << line << std::endl;
                              }),
                          events);
    engine::ValidationReport report;
    if (auto loaded = peer.loadData(report); !loaded)
        return reportFailure(loaded.error(), &report, options.json);
    runtime.start(1);
    engine::Result<unsigned short> started = peer.start();
    engine::Result<net::PeerOutcome> outcome =
        started ? peer.wait() : engine::Result<net::PeerOutcome>(started.error());
    runtime.stop();
    if (!outcome)
        return reportFailure(outcome.error(), nullptr, options.json);
    if (json)
    {
        nlohmann::json heard = nlohmann::json::array();
        nlohmann::json accuracies = nlohmann::json::array();
        nlohmann::json seconds = nlohmann::json::array();
        for (const net::PeerRound &round : outcome->rounds)
        {
            heard.push_back(round.neighboursHeard);
            accuracies.push_back(round.localAccuracy);
            seconds.push_back(round.seconds);
        }
        printJson({{"ok", true},
                   {"name", name},
                   {"rounds", outcome->rounds.size()},
                   {"first_round", outcome->firstRound},
                   {"caught_up_from", outcome->caughtUpFrom},
                   {"neighbours_heard", heard},
                   {"round_accuracy", accuracies},
                   {"round_seconds", seconds},
                   {"version_id", outcome->versionId},
                   {"local_accuracy", outcome->localAccuracy},
                   {"parameters", outcome->parameters}});
    }
    return kExitOk;
}

} // namespace

void addPeerCommand(CLI::App &app, int &exitCode)
{
    auto options = std::make_shared<PeerCommandOptions>();
    net::PeerOptions &peer = options->peer;
    CLI::App *command = app.add_subcommand(
        "peer", "Federate without a hub: train, exchange models with neighbours, average (gossip)");
    command->add_option("--listen", peer.listenPort, "TCP port to listen on")->required();
    command->add_option("--address", peer.listenAddress, "Address to listen on")
        ->capture_default_str();
    command->add_option("--peers", options->peers, "Neighbours as HOST:PORT,...")->delimiter(',');
    command->add_option("--csv", peer.csvPath, "This peer's CSV file")->required();
    command->add_option("--target", peer.target, "Column to predict")->required();
    command->add_option("--rounds", peer.rounds, "Rounds")->capture_default_str();
    command->add_option("--name", peer.name, "This peer's name (unique among the peers)");
    command->add_option("--epochs", peer.localEpochs, "Local epochs per round")
        ->capture_default_str();
    command->add_option("--lr", peer.learningRate, "Local SGD learning rate")
        ->capture_default_str();
    command->add_option("--db", peer.dbPath, "Keep the final model here as a version");
    command->add_flag("--discover", peer.discover,
                      "Also find peers on the local network by UDP multicast (off by default)");
    command
        ->add_option("--federation", peer.discovery.federation,
                     "Name announced and listened for when discovering")
        ->capture_default_str();
    command->add_option("--discovery-port", peer.discovery.udpPort, "UDP port of the announcements")
        ->capture_default_str();
    command->add_option("--min-peers", peer.minPeers,
                        "Neighbours to wait for before round 1 (default: every --peers entry)");
    command->add_option_function<double>(
        "--join-timeout",
        [&peer](double seconds)
        { peer.joinTimeout = std::chrono::milliseconds(static_cast<long>(seconds * 1000)); },
        "Seconds to wait for the neighbours before round 1 (default 60)");
    command->add_option_function<double>(
        "--round-timeout",
        [&peer](double seconds)
        { peer.roundTimeout = std::chrono::milliseconds(static_cast<long>(seconds * 1000)); },
        "Seconds a round waits for the neighbours' models (default 30)");
    command->add_option_function<double>(
        "--min-round-seconds",
        [&peer](double seconds)
        { peer.minRoundTime = std::chrono::milliseconds(static_cast<long>(seconds * 1000)); },
        "Make every round last at least this long, so that people can watch (default 0)");
    command->add_option("--seed", peer.seed, "Seed of the shared initial model")
        ->capture_default_str();
    command->add_flag("--json", options->json, "Machine-readable output (with the final model)");
    checkTrainingFlags(*command);
    command->callback([options, &exitCode] { exitCode = runPeer(*options); });
}

} // namespace cohort::app
