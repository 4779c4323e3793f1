// PeerService: one peer of a federation without a hub. Peers agree on the columns and the
// preprocessing from each other's statistics, then in every round train locally, exchange
// models with their neighbours and mix them with Metropolis–Hastings weights (gossip). The
// rounds are an engine::GossipRounds; links live on one strand, training on the work queue.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>

#include "core/result.h"
#include "data/validation_report.h"
#include "fl/gossip_rounds.h"
#include "network/frame_listener.h"
#include "network/connection_admission.h"
#include "network/io_runtime.h"
#include "network/link.h"
#include "network/log_event.h"
#include "network/peer_discovery.h"
#include "network/work_queue.h"

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

/// What the lane's agreement step hands back to the strand.
struct PeerAgreementDone
{
    int completedRounds = 0;
    std::string adoptedFrom;
    cohort::wire::PeerHello agreement; // for late joiners' hellos
};

/// What a peer reports while it runs; called on its strand.
struct PeerEvents
{
    std::function<void(const PeerRound &)> onRound;
    std::function<void(const engine::Result<PeerOutcome> &)> onFinished; // once
};

class PeerService final
{
public:
    using LogCallback = LogSink;

    /// With no `work` queue the peer trains on a thread of its own. The owner stops the
    /// runtime (and a shared queue) before destroying the peer.
    PeerService(IoRuntime &runtime, PeerOptions options, LogCallback log, PeerEvents events = {},
                WorkQueue *work = nullptr);
    ~PeerService();
    PeerService(const PeerService &) = delete;
    PeerService &operator=(const PeerService &) = delete;

    /// Reads the CSV file and summarises its training rows; problems land in `report`.
    [[nodiscard]] engine::Result<void> loadData(engine::ValidationReport &report);
    /// Listens (returning the bound port), then connects, agrees and runs every round without
    /// blocking; the end comes through PeerEvents::onFinished and wait().
    [[nodiscard]] engine::Result<unsigned short> start();
    /// Takes a link to a neighbour made elsewhere (in process: the services' tests); any thread.
    void acceptLink(Link::Pointer link) { attach(std::move(link)); }
    /// Blocks until the peer has finished (or failed, or was stopped).
    [[nodiscard]] engine::Result<PeerOutcome> wait();
    /// Ends the run at once, or as soon as a local fit in progress returns; any thread.
    void stop();

    struct Local; // the peer's rows and agreement (peer_local.h), the work lane's only

private:

    // Links, on the strand (peer_service.cpp).
    void connectTo(const PeerAddress &address, int attempt);
    void attach(Link::Pointer link);
    void handleEnvelope(const Link::Pointer &link, const cohort::wire::Envelope &envelope);
    void handleHello(const Link::Pointer &link, const cohort::wire::PeerHello &hello);
    void handleClosed(const Link::Pointer &link);
    void handleDiscovered(const DiscoveredPeer &peer);
    [[nodiscard]] cohort::wire::Envelope helloEnvelope() const;
    [[nodiscard]] std::set<std::string> linkedNames() const;
    // Agreement and rounds, on the strand; CPU work on the lane (peer_rounds.cpp).
    void agreeIfReady(bool timedOut);
    void agreed(engine::Result<PeerAgreementDone> done);
    void startFit();
    void fitted(int round, engine::Result<std::vector<float>> model);
    void publish(int round, const std::vector<float> &model, int degree);
    void mixIfReady(bool timedOut);
    void roundDone(PeerRound report, cohort::wire::PeerHello agreement);
    void keepAndFinish();
    void finish(engine::Result<PeerOutcome> result);
    void announceEnd();

    IoRuntime &m_runtime;
    PeerOptions m_options;
    LogCallback m_log;
    PeerEvents m_events;
    boost::asio::strand<boost::asio::io_context::executor_type> m_strand;
    std::unique_ptr<WorkQueue> m_ownWork; // when no queue is shared
    WorkQueue::Lane m_lane;
    std::unique_ptr<Local> m_local; // the lane's: rows, participant, agreement

    // The strand's.
    std::shared_ptr<FrameListener> m_listener;
    PeerDiscovery::Pointer m_discovery;
    std::set<Link::Pointer> m_links;                          // every open link
    std::map<Link::Pointer, std::string> m_linkNames;        // the name each link said Hello as
    ConnectionAdmission m_admission;
    std::map<std::string, Link::Pointer> m_neighbours;       // by peer name, once they said hello
    std::map<std::string, cohort::wire::PeerHello> m_hellos; // by peer name
    std::map<int, cohort::wire::Envelope> m_sent; // this peer's last two rounds, for late joiners
    std::optional<cohort::wire::PeerHello> m_agreedHello; // agreement + model, once agreed
    std::set<std::string> m_dialled;
    engine::GossipRounds m_rounds;
    boost::asio::steady_timer m_joinTimer;
    boost::asio::steady_timer m_roundTimer; // the collecting deadline, then the pacing
    std::chrono::steady_clock::time_point m_roundStart{};
    PeerOutcome m_outcome;
    bool m_busy = false; // a job (agreement, fit, evaluation, keeping) is on the lane
    bool m_stopping = false;
    bool m_finished = false;  // no more rounds; the links are closing
    bool m_announced = false; // onFinished was called
    std::optional<engine::Result<PeerOutcome>> m_result;
    std::promise<engine::Result<PeerOutcome>> m_outcomePromise;
    std::shared_future<engine::Result<PeerOutcome>> m_outcomeFuture;
};

} // namespace cohort::net
