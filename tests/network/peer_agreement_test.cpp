// How peers settle on a schema, a preprocessing and a starting model: from everyone's
// statistics at the start, or by adopting a running neighbour's agreement when joining late;
// and the UDP multicast announcements that let peers find each other.
#include <QTest>

#include <future>

#include "data/csv_reader.h"
#include "data/schema_inference.h"
#include "fl/federation_schema.h"
#include "network/federation_messages.h"
#include "network/io_runtime.h"
#include "network/peer_agreement.h"
#include "network/peer_discovery.h"
#include "network/wire_messages.h"

#include <nlohmann/json.hpp>

using namespace cohort::net;
namespace engine = cohort::engine;
using namespace std::chrono_literals;

namespace
{

// A peer's own input from CSV text: its schema and the summary of every row.
OwnAgreementInput peerFrom(const std::string &name, const std::string &text)
{
    engine::ValidationReport report;
    engine::Result<engine::RawTable> table = engine::readCsvText(text, name + ".csv", {}, report);
    if (!table)
        qFatal("%s", report.toText().c_str());
    engine::InferenceOptions inference;
    inference.target = "label";
    inference.minRowsPerClass = 1;
    const engine::DatasetSchema schema = engine::inferSchema(table.value(), inference, report);
    OwnAgreementInput input{name, engine::federationSchemaFrom(schema), {}};
    std::vector<std::size_t> rows(table->rowCount());
    for (std::size_t i = 0; i < rows.size(); ++i)
        rows[i] = i;
    input.summary = engine::summarizeSite(table.value(), input.schema, rows);
    return input;
}

cohort::wire::PeerHello helloOf(const OwnAgreementInput &peer)
{
    cohort::wire::PeerHello hello;
    hello.set_name(peer.name);
    hello.set_schema_json(engine::toJson(peer.schema).dump());
    *hello.mutable_statistics() = toStatistics(peer.summary);
    return hello;
}

const std::string kNorth = "steps,region,label\n1000,city,a\n3000,city,b\n5000,village,a\n"
                           "7000,city,b\n";
const std::string kSouth = "steps,region,label\n2000,coast,c\n4000,coast,c\n6000,city,c\n"
                           "8000,coast,a\n9000,coast,c\n";

} // namespace

class PeerAgreementTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void peersCombineEveryonesStatisticsAtTheStart()
    {
        const OwnAgreementInput north = peerFrom("north", kNorth);
        const OwnAgreementInput south = peerFrom("south", kSouth);
        engine::Result<PeerAgreement> atNorth =
            agreeWithNeighbours(north, {{"south", helloOf(south)}});
        engine::Result<PeerAgreement> atSouth =
            agreeWithNeighbours(south, {{"north", helloOf(north)}});
        QVERIFY(atNorth);
        QVERIFY(atSouth);
        QVERIFY(!atNorth->model);
        QCOMPARE(atNorth->completedRounds, 0);
        // Every class and category of either peer, and the same preprocessing on both sides.
        QVERIFY((atNorth->schema.classNames == std::vector<std::string>{"a", "b", "c"}));
        QVERIFY((atNorth->schema.features[1].categories
                 == std::vector<std::string>{"city", "coast", "village"}));
        QCOMPARE(QString::fromStdString(atNorth->preprocessor.toJson().dump()),
                 QString::fromStdString(atSouth->preprocessor.toJson().dump()));
        // The pooled mean of steps, 45000 / 9 = 5000, is what standardisation subtracts.
        engine::Result<engine::FeatureMatrix> row = atNorth->preprocessor.transform(
            engine::readCsvText("steps,region,label\n5000,city,a\n", "probe.csv", {}, m_report)
                .value());
        QVERIFY(row);
        QVERIFY(std::abs(row->at(0, 0)) < 1e-6);
        // Pooled classes a 3, b 2, c 4 (counted from statistics that crossed the wire): the
        // majority baseline is c on both sides.
        QCOMPARE(atNorth->baselineClass, 2);
        QCOMPARE(atSouth->baselineClass, 2);
    }

    void aLatePeerAdoptsTheNeighbourWithFewestRounds()
    {
        const OwnAgreementInput north = peerFrom("north", kNorth);
        const OwnAgreementInput south = peerFrom("south", kSouth);
        engine::Result<PeerAgreement> running =
            agreeWithNeighbours(north, {{"south", helloOf(south)}});
        QVERIFY(running);
        cohort::wire::PeerHello ahead = helloOf(north);
        describeAgreement(ahead, running->schema, running->preprocessor, 7, {1.0f, 2.0f});
        cohort::wire::PeerHello behind = helloOf(south);
        describeAgreement(behind, running->schema, running->preprocessor, 6, {3.0f, 4.0f});
        QVERIFY(helloCarriesAgreement(ahead));
        QVERIFY(!helloCarriesAgreement(helloOf(north)));

        const OwnAgreementInput late = peerFrom("late", "steps,region,label\n9000,city,a\n");
        engine::Result<PeerAgreement> joined =
            agreeWithNeighbours(late, {{"north", ahead}, {"south", behind}});
        QVERIFY(joined);
        QCOMPARE(QString::fromStdString(joined->adoptedFrom), QStringLiteral("south"));
        QCOMPARE(joined->completedRounds, 6);
        QVERIFY((joined->model == std::vector<float>{3.0f, 4.0f}));
        QVERIFY((joined->schema.classNames == std::vector<std::string>{"a", "b", "c"}));
        QCOMPARE(QString::fromStdString(joined->preprocessor.toJson().dump()),
                 QString::fromStdString(running->preprocessor.toJson().dump()));
    }

    void aLatePeerWithAnUnknownClassIsToldWhich()
    {
        const OwnAgreementInput north = peerFrom("north", kNorth);
        engine::Result<PeerAgreement> running = agreeWithNeighbours(north, {});
        QVERIFY(running);
        cohort::wire::PeerHello hello = helloOf(north);
        describeAgreement(hello, running->schema, running->preprocessor, 2, {0.0f});
        const OwnAgreementInput late =
            peerFrom("late", "steps,region,label\n9000,city,z\n8000,city,a\n");
        engine::Result<PeerAgreement> joined = agreeWithNeighbours(late, {{"north", hello}});
        QVERIFY(!joined);
        QVERIFY(joined.error().message.find("'z'") != std::string::npos);
    }

    void aLatePeerWithOtherColumnsIsToldWhich()
    {
        const OwnAgreementInput north = peerFrom("north", kNorth);
        engine::Result<PeerAgreement> running = agreeWithNeighbours(north, {});
        QVERIFY(running);
        cohort::wire::PeerHello hello = helloOf(north);
        describeAgreement(hello, running->schema, running->preprocessor, 2, {0.0f});
        const OwnAgreementInput late = peerFrom("late", "pulse,region,label\n60,city,a\n");
        engine::Result<PeerAgreement> joined = agreeWithNeighbours(late, {{"north", hello}});
        QVERIFY(!joined);
        QVERIFY(joined.error().message.find("'pulse'") != std::string::npos);
    }

    void announcementsRoundTripAndRejectStrangers()
    {
        DiscoveryOptions options;
        options.federation = "ward-7";
        options.peerName = "clinic-a";
        options.tcpPort = 7401;
        const std::string text = PeerDiscovery::announcement(options);
        std::string name;
        unsigned short port = 0;
        QVERIFY(PeerDiscovery::parseAnnouncement(text, "ward-7", name, port));
        QCOMPARE(QString::fromStdString(name), QStringLiteral("clinic-a"));
        QCOMPARE(port, static_cast<unsigned short>(7401));
        QVERIFY(!PeerDiscovery::parseAnnouncement(text, "ward-8", name, port));
        QVERIFY(
            !PeerDiscovery::parseAnnouncement("COHORT-PEER/1 ward-7 x 0", "ward-7", name, port));
        QVERIFY(!PeerDiscovery::parseAnnouncement("COHORT-PEER/1 ward-7 x 70000", "ward-7", name,
                                                  port));
        QVERIFY(!PeerDiscovery::parseAnnouncement(text + " extra", "ward-7", name, port));
        QVERIFY(!PeerDiscovery::parseAnnouncement("GET / HTTP/1.1", "ward-7", name, port));
    }

    void twoPeersFindEachOtherOnLoopback()
    {
        IoRuntime runtime;
        const unsigned short udpPort = static_cast<unsigned short>(40000 + (std::rand() % 20000));
        const std::string federation = "test-" + std::to_string(std::rand());
        std::promise<DiscoveredPeer> foundByA;
        std::promise<DiscoveredPeer> foundByB;
        bool aDone = false;
        bool bDone = false;
        const auto discovery = [&](const std::string &name, unsigned short tcpPort,
                                   std::promise<DiscoveredPeer> &found, bool &done)
        {
            DiscoveryOptions options;
            options.federation = federation;
            options.peerName = name;
            options.tcpPort = tcpPort;
            options.udpPort = udpPort;
            options.interval = 100ms;
            return PeerDiscovery::create(runtime.context(), options,
                                         [&found, &done](const DiscoveredPeer &peer)
                                         {
                                             if (!done)
                                                 found.set_value(peer);
                                             done = true;
                                         });
        };
        auto a = discovery("a", 7001, foundByA, aDone);
        auto b = discovery("b", 7002, foundByB, bDone);
        QVERIFY(a->start());
        QVERIFY(b->start());
        runtime.start(1);
        std::future<DiscoveredPeer> heardB = foundByA.get_future();
        std::future<DiscoveredPeer> heardA = foundByB.get_future();
        QVERIFY(heardB.wait_for(10s) == std::future_status::ready);
        QVERIFY(heardA.wait_for(10s) == std::future_status::ready);
        const DiscoveredPeer b2 = heardB.get();
        QCOMPARE(QString::fromStdString(b2.name), QStringLiteral("b"));
        QCOMPARE(b2.port, static_cast<unsigned short>(7002));
        QCOMPARE(QString::fromStdString(b2.host), QStringLiteral("127.0.0.1"));
        QCOMPARE(QString::fromStdString(heardA.get().name), QStringLiteral("a"));
        a->stop();
        b->stop();
        runtime.stop();
    }

private:
    engine::ValidationReport m_report;
};

QTEST_APPLESS_MAIN(PeerAgreementTest)
#include "peer_agreement_test.moc"
