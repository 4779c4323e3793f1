// PeerService: one peer of a federation without a hub. Peers agree on the columns and the
// preprocessing from each other's statistics, then in every round train locally, exchange
// models with their neighbours and mix them with Metropolis–Hastings weights (gossip).
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/result.h"
#include "data/csv_reader.h"
#include "fl/federated_preprocessing.h"
#include "fl/federation_schema.h"
#include "fl/gossip_averaging.h"
#include "fl/local_participant.h"
#include "network/frame_listener.h"
#include "network/framed_connection.h"
#include "network/io_runtime.h"
#include "network/peer_discovery.h"

namespace cohort::net
{

struct PeerAddress
{
    std::string host;
    unsigned short port = 0;
};

struct PeerOptions
{
    std::string name;
    std::string listenAddress = "127.0.0.1";
    unsigned short listenPort = 0;
    std::vector<PeerAddress> peers; // this peer's neighbours; links should be listed both ways
    bool discover = false;          // also find neighbours by UDP multicast announcements
    DiscoveryOptions discovery;     // group, port and federation name when discovering
    int minPeers = 0;               // neighbours to wait for before round 1; 0: every listed peer
    std::string csvPath;
    std::string target;
    int rounds = 10;
    int localEpochs = 5;
    int batchSize = 32;
    double learningRate = 0.05;
    std::vector<int> hiddenLayers{128, 64, 32}; // the same on every peer
    std::chrono::milliseconds roundTimeout{30000}; // how long a round waits for neighbours
    std::chrono::milliseconds joinTimeout{60000};  // how long to wait for every neighbour first
    std::chrono::milliseconds minRoundTime{0};     // pace rounds so that people can watch them
    std::uint64_t seed = 42; // the same on every peer: all start from one initial model
    double testShare = 0.2;
    std::string dbPath; // where to keep the final model; empty: nowhere
};

/// One finished round at this peer.
struct PeerRound
{
    int round = 0;
    int neighbours = 0;      // neighbours connected when the round's model was sent
    int neighboursHeard = 0; // models mixed in this round
    double localAccuracy = 0.0;
    double seconds = 0.0;
};

struct PeerOutcome
{
    std::vector<PeerRound> rounds;
    int firstRound = 1;            // later than 1 when this peer joined a running federation
    std::string caughtUpFrom;      // the neighbour whose model it started from, if so
    std::vector<float> parameters; // the final model
    double localAccuracy = 0.0;
    std::int64_t versionId = 0; // the final model in the peer's registry, if kept
};

class PeerService final
{
public:
    using LogCallback = std::function<void(const std::string &)>;

    PeerService(IoRuntime &runtime, PeerOptions options, LogCallback log);
    ~PeerService();
    PeerService(const PeerService &) = delete;
    PeerService &operator=(const PeerService &) = delete;

    /// Reads the CSV file and summarises its training rows; problems land in `report`.
    [[nodiscard]] engine::Result<void> loadData(engine::ValidationReport &report);
    /// Listens and connects, agrees with the neighbours, runs every round; blocks meanwhile.
    [[nodiscard]] engine::Result<PeerOutcome>
    run(const std::function<void(const PeerRound &)> &onRound);
    /// Ends run() at the next wait (for neighbours or a round's models); any thread.
    void stop();

private:
    struct Local;

    [[nodiscard]] engine::Result<unsigned short> listen();
    void connectTo(const PeerAddress &address, int attempt);
    void attach(boost::asio::ip::tcp::socket socket, bool outgoing);
    void handle(const FramedConnection::Pointer &connection, cohort::wire::Envelope envelope);
    [[nodiscard]] cohort::wire::Envelope helloEnvelope() const;
    void handleHello(const FramedConnection::Pointer &connection,
                     const cohort::wire::PeerHello &hello);
    void handleDiscovered(const DiscoveredPeer &peer);
    [[nodiscard]] std::size_t neighboursToWaitFor() const;
    [[nodiscard]] engine::Result<int> agree();
    void publishModel(int round, const std::vector<float> &model, int degree);
    void noteCompletedRound(int round, const std::vector<float> &model);
    [[nodiscard]] std::vector<engine::NeighbourModel> collect(int round);
    [[nodiscard]] engine::Result<PeerRound> runRound(int round);
    [[nodiscard]] std::int64_t storeFinalModel(const PeerOutcome &outcome);

    IoRuntime &m_runtime;
    PeerOptions m_options;
    LogCallback m_log;
    std::unique_ptr<Local> m_local;
    std::shared_ptr<FrameListener> m_listener;
    PeerDiscovery::Pointer m_discovery;

    mutable std::mutex m_mutex; // guards everything below; the network thread fills it
    std::condition_variable m_changed;
    std::map<std::string, FramedConnection::Pointer> m_neighbours;        // by peer name
    std::map<std::string, cohort::wire::PeerHello> m_hellos;              // by peer name
    std::map<int, std::map<std::string, engine::NeighbourModel>> m_inbox; // round -> models
    std::map<int, cohort::wire::Envelope> m_sent; // this peer's last two rounds, for late joiners
    std::optional<cohort::wire::PeerHello> m_agreedHello; // agreement + model, once agreed
    std::set<std::string> m_dialled;
    bool m_stopping = false;
    std::string m_adoptedFrom; // run()'s thread only
    int m_baselineClass = 0;   // run()'s thread only
};

} // namespace cohort::net
