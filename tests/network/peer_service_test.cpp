// Peers over the in-process transport: three peers on a full mesh run their rounds without a
// hub and end on the same model (Metropolis–Hastings weights average exactly on a full mesh
// when every neighbour is heard); a peer stopped while it waits for neighbours reports it at
// once; a peer whose neighbour leaves mid-run mixes without it instead of waiting out the
// round.
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <future>
#include <memory>

#include "data/synthetic_domains.h"
#include "network/in_process_link.h"
#include "network/io_runtime.h"
#include "network/peer_service.h"

using namespace cohort::net;
namespace engine = cohort::engine;
using namespace std::chrono_literals;

namespace
{

constexpr auto kWait = 60s; // every wait in this test is bounded

// One peer and the promise its end fulfils.
struct TestPeer
{
    std::promise<engine::Result<PeerOutcome>> ended;
    std::future<engine::Result<PeerOutcome>> outcome = ended.get_future();
    std::unique_ptr<PeerService> service;
};

PeerOptions optionsFor(const engine::GeneratedDomain &domain, int index, int neighbours)
{
    PeerOptions options;
    options.name = "p" + std::to_string(index + 1);
    options.csvPath = domain.siteFiles.at(static_cast<std::size_t>(index));
    options.target = domain.target;
    options.minPeers = neighbours;
    options.rounds = 3;
    options.localEpochs = 1;
    options.hiddenLayers = {16};
    options.joinTimeout = 30s;
    options.roundTimeout = 30s;
    return options;
}

void makePeer(TestPeer &peer, IoRuntime &runtime, PeerOptions options)
{
    PeerEvents events;
    events.onFinished = [&peer](const engine::Result<PeerOutcome> &outcome)
    { peer.ended.set_value(outcome); };
    peer.service = std::make_unique<PeerService>(
        runtime, std::move(options), [](const std::string &) {}, events);
}

} // namespace

class PeerServiceTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    engine::GeneratedDomain m_domain;

private Q_SLOTS:
    void initTestCase()
    {
        engine::SyntheticOptions synthetic;
        synthetic.domain = "fitness";
        synthetic.sites = 3;
        synthetic.minRowsPerSite = 60;
        synthetic.maxRowsPerSite = 80;
        m_domain = engine::generateSyntheticDomain(synthetic, m_dir.filePath("fitness").toStdString())
                       .value();
    }

    void fullMeshReachesOneModel()
    {
        IoRuntime runtime;
        TestPeer peers[3];
        for (int i = 0; i < 3; ++i)
            makePeer(peers[i], runtime, optionsFor(m_domain, i, 2));
        for (TestPeer &peer : peers)
        {
            engine::ValidationReport report;
            QVERIFY(peer.service->loadData(report).ok());
        }
        for (int a = 0; a < 3; ++a)
        {
            for (int b = a + 1; b < 3; ++b)
            {
                auto [first, second] = InProcessLink::createPair(
                    runtime.context(), "p" + std::to_string(b + 1), "p" + std::to_string(a + 1));
                peers[a].service->acceptLink(first);
                peers[b].service->acceptLink(second);
            }
        }
        runtime.start(2);
        for (TestPeer &peer : peers)
            QVERIFY(peer.service->start().ok());
        std::vector<PeerOutcome> outcomes;
        for (TestPeer &peer : peers)
        {
            QVERIFY(peer.outcome.wait_for(kWait) == std::future_status::ready);
            engine::Result<PeerOutcome> outcome = peer.outcome.get();
            QVERIFY2(outcome.ok(), outcome ? "" : outcome.error().message.c_str());
            outcomes.push_back(std::move(outcome).value());
        }
        runtime.stop();
        for (const PeerOutcome &outcome : outcomes)
        {
            QCOMPARE(outcome.rounds.size(), std::size_t{3});
            for (const PeerRound &round : outcome.rounds)
                QCOMPARE(round.neighboursHeard, 2);
            QCOMPARE(outcome.parameters.size(), outcomes[0].parameters.size());
        }
        // Every peer mixed the same three models with weights 1/3 in the last round.
        double largest = 0.0;
        for (std::size_t i = 0; i < outcomes[0].parameters.size(); ++i)
        {
            largest = std::max<double>(
                largest, std::abs(outcomes[0].parameters[i] - outcomes[1].parameters[i]));
            largest = std::max<double>(
                largest, std::abs(outcomes[0].parameters[i] - outcomes[2].parameters[i]));
        }
        QVERIFY2(largest < 1e-5, std::to_string(largest).c_str());
    }

    void stoppedWhileWaitingForNeighbours()
    {
        IoRuntime runtime;
        TestPeer peer;
        makePeer(peer, runtime, optionsFor(m_domain, 0, 2));
        engine::ValidationReport report;
        QVERIFY(peer.service->loadData(report).ok());
        runtime.start(1);
        QVERIFY(peer.service->start().ok());
        peer.service->stop();
        QVERIFY(peer.outcome.wait_for(5s) == std::future_status::ready);
        const engine::Result<PeerOutcome> outcome = peer.outcome.get();
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code, engine::ErrorCode::Cancelled);
        runtime.stop();
    }

    void neighbourLeavingIsNotWaitedFor()
    {
        IoRuntime runtime;
        TestPeer peer;
        PeerOptions options = optionsFor(m_domain, 0, 1);
        options.roundTimeout = 120s; // far longer than kWait: waiting it out would fail the test
        makePeer(peer, runtime, options);
        engine::ValidationReport report;
        QVERIFY(peer.service->loadData(report).ok());
        // The neighbour is the test: it says hello, takes the peer's round-1 model and leaves
        // without sending its own, while the peer collects.
        auto [mine, theirs] = InProcessLink::createPair(runtime.context(), "ghost", "p1");
        std::promise<void> left;
        LinkHandlers handlers;
        handlers.onEnvelope = [&left, link = theirs](const Link::Pointer &,
                                                     cohort::wire::Envelope envelope)
        {
            if (envelope.has_peer_hello())
            {
                envelope.set_sender("ghost");
                envelope.mutable_peer_hello()->set_name("ghost");
                link->send(envelope);
            }
            else if (envelope.has_peer_model())
            {
                link->close("the neighbour left");
                left.set_value();
            }
        };
        theirs->startLink(handlers);
        peer.service->acceptLink(mine);
        runtime.start(1);
        QVERIFY(peer.service->start().ok());
        QVERIFY(left.get_future().wait_for(kWait) == std::future_status::ready);
        QVERIFY(peer.outcome.wait_for(kWait) == std::future_status::ready);
        const engine::Result<PeerOutcome> outcome = peer.outcome.get();
        QVERIFY2(outcome.ok(), outcome ? "" : outcome.error().message.c_str());
        QCOMPARE(outcome->rounds.size(), std::size_t{3});
        QCOMPARE(outcome->rounds[0].neighbours, 1);
        QCOMPARE(outcome->rounds[0].neighboursHeard, 0);
        runtime.stop();
    }
};

QTEST_APPLESS_MAIN(PeerServiceTest)
#include "peer_service_test.moc"
