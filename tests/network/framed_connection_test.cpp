// FramedConnection over real loopback sockets: a handshake between two connections, and a test
// client sending malformed, oversized and unknown frames, each answered with a typed error and
// a close while the server goes on serving others; silent peers time out, while quiet links
// live on heartbeats that services never see.
#include <QTest>

#include <atomic>
#include <future>

#include <boost/asio/read.hpp>
#include <boost/asio/use_future.hpp>
#include <boost/asio/write.hpp>

#include "network/frame_listener.h"
#include "network/io_runtime.h"
#include "network/wire_messages.h"

using namespace cohort::net;
namespace engine = cohort::engine;
namespace asio = boost::asio;
using asio::ip::tcp;
using namespace std::chrono_literals;

namespace
{

constexpr auto kWait = 10s; // every wait in this test is bounded

std::vector<std::uint8_t> helloFrame(const std::string &name)
{
    cohort::wire::Envelope envelope;
    envelope.mutable_hello()->set_site_name(name);
    envelope.mutable_hello()->set_protocol_version(kProtocolVersion);
    return encodeEnvelopeFrame(envelope).value();
}

// What a raw client reads back: the decoded envelopes and whether the server closed.
struct RawReply
{
    std::vector<cohort::wire::Envelope> envelopes;
    bool closed = false;
};

// What one side of a heartbeat test saw, shared with handlers that may outlive the test body.
struct LinkProbe
{
    std::promise<std::string> closed;
    std::promise<std::string> welcomed;
    std::atomic<bool> heartbeatDelivered = false;
};

FramedConnection::Handlers probeHandlers(const std::shared_ptr<LinkProbe> &probe)
{
    FramedConnection::Handlers handlers;
    handlers.onEnvelope =
        [probe](const FramedConnection::Pointer &connection, cohort::wire::Envelope envelope)
    {
        if (envelope.has_heartbeat())
            probe->heartbeatDelivered = true;
        if (envelope.has_hello())
        {
            cohort::wire::Envelope welcome;
            welcome.mutable_welcome()->set_site_id(envelope.hello().site_name());
            connection->send(welcome);
        }
        if (envelope.has_welcome())
            probe->welcomed.set_value(envelope.welcome().site_id());
    };
    handlers.onClosed = [probe](const FramedConnection::Pointer &, const std::string &reason)
    { probe->closed.set_value(reason); };
    return handlers;
}

} // namespace

class FramedConnectionTest : public QObject
{
    Q_OBJECT

private:
    IoRuntime m_runtime;
    std::shared_ptr<FrameListener> m_listener;
    unsigned short m_port = 0;
    std::mutex m_mutex;
    std::vector<FramedConnection::Pointer> m_connections;
    ConnectionLimits m_limits;

    // Sends raw bytes on a plain socket and reads until the server closes, time runs out or,
    // with `firstEnvelopeOnly`, the first envelope arrives.
    RawReply rawExchange(const std::vector<std::uint8_t> &bytes, bool firstEnvelopeOnly = false)
    {
        tcp::socket socket(m_runtime.context());
        socket.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), m_port));
        asio::write(socket, asio::buffer(bytes));
        RawReply reply;
        FrameDecoder decoder;
        std::array<std::uint8_t, 4096> buffer{};
        const auto deadline = std::chrono::steady_clock::now() + kWait;
        while (std::chrono::steady_clock::now() < deadline
               && !(firstEnvelopeOnly && !reply.envelopes.empty()))
        {
            std::future<std::size_t> read =
                socket.async_read_some(asio::buffer(buffer), asio::use_future);
            if (read.wait_until(deadline) != std::future_status::ready)
                break;
            try
            {
                decoder.feed(buffer.data(), read.get());
            }
            catch (const boost::system::system_error &)
            {
                reply.closed = true;
                break;
            }
            while (auto frame = decoder.next())
            {
                if (!frame.value())
                    break;
                reply.envelopes.push_back(parseEnvelope(frame.value()->payload).value());
            }
        }
        return reply;
    }

    static cohort::wire::ErrorReply::Code firstErrorCode(const RawReply &reply)
    {
        for (const auto &envelope : reply.envelopes)
        {
            if (envelope.has_error())
                return envelope.error().code();
        }
        return cohort::wire::ErrorReply::CODE_UNSPECIFIED;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_limits.idleTimeout = 1500ms;
        m_limits.maxFrameBytes = 1024 * 1024;
        m_listener = FrameListener::create(
            m_runtime.context(),
            [this](tcp::socket socket)
            {
                FramedConnection::Handlers handlers;
                // The server answers every Hello with a Welcome that names the site.
                handlers.onEnvelope =
                    [](const FramedConnection::Pointer &connection, cohort::wire::Envelope envelope)
                {
                    if (!envelope.has_hello())
                        return;
                    cohort::wire::Envelope welcome;
                    welcome.mutable_welcome()->set_site_id(envelope.hello().site_name());
                    connection->send(welcome);
                };
                auto connection = FramedConnection::create(std::move(socket), handlers, m_limits);
                {
                    std::lock_guard lock(m_mutex);
                    m_connections.push_back(connection);
                }
                connection->start();
            });
        const auto port = m_listener->listen("127.0.0.1", 0);
        QVERIFY(port.ok());
        m_port = port.value();
        m_runtime.start(1);
    }

    void cleanupTestCase()
    {
        m_listener->stop();
        {
            std::lock_guard lock(m_mutex);
            for (const auto &connection : m_connections)
                connection->close("test over");
        }
        m_runtime.stop();
    }

    void helloIsAnsweredBetweenTwoConnections()
    {
        std::promise<cohort::wire::Envelope> welcome;
        std::promise<engine::Result<tcp::socket>> connected;
        connectWithTimeout(m_runtime.context(), "127.0.0.1", m_port, 5s,
                           [&](engine::Result<tcp::socket> socket)
                           { connected.set_value(std::move(socket)); });
        auto connectedFuture = connected.get_future();
        QVERIFY(connectedFuture.wait_for(kWait) == std::future_status::ready);
        engine::Result<tcp::socket> socket = connectedFuture.get();
        QVERIFY(socket.ok());
        FramedConnection::Handlers handlers;
        bool answered = false;
        handlers.onEnvelope = [&](const FramedConnection::Pointer &, cohort::wire::Envelope e)
        {
            if (!answered)
            {
                answered = true;
                welcome.set_value(std::move(e));
            }
        };
        auto client = FramedConnection::create(std::move(socket).value(), handlers);
        client->start();
        cohort::wire::Envelope hello;
        hello.mutable_hello()->set_site_name("clinic-a");
        client->send(hello);
        auto future = welcome.get_future();
        QVERIFY(future.wait_for(kWait) == std::future_status::ready);
        QCOMPARE(future.get().welcome().site_id(), std::string("clinic-a"));
        client->close("done");
    }

    void badFramesGetATypedErrorAndAClose_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        const auto header =
            [](const char *magic, std::uint16_t version, std::uint16_t type, std::uint32_t length)
        {
            QByteArray bytes(magic, 4);
            for (const std::uint32_t value : {std::uint32_t(version), std::uint32_t(type)})
            {
                bytes.append(char(value >> 8));
                bytes.append(char(value & 0xFF));
            }
            for (int shift = 24; shift >= 0; shift -= 8)
                bytes.append(char((length >> shift) & 0xFF));
            return bytes;
        };
        QTest::newRow("bad magic")
            << header("XXXX", 1, 1, 4) + "abcd" << int(cohort::wire::ErrorReply::MALFORMED);
        QTest::newRow("oversized, before any payload")
            << header("CHRT", 1, 1, 300'000'000) << int(cohort::wire::ErrorReply::OVERSIZED);
        QTest::newRow("unknown frame type")
            << header("CHRT", 1, 9, 0) << int(cohort::wire::ErrorReply::UNKNOWN_TYPE);
        QTest::newRow("newer protocol")
            << header("CHRT", 7, 1, 0) << int(cohort::wire::ErrorReply::PROTOCOL_VERSION);
        QTest::newRow("payload that is not protobuf")
            << header("CHRT", 1, 1, 5) + QByteArray("\xff\xff\xff\xff\xff", 5)
            << int(cohort::wire::ErrorReply::MALFORMED);
        QTest::newRow("envelope without a body")
            << header("CHRT", 1, 1, 0) << int(cohort::wire::ErrorReply::UNKNOWN_TYPE);
    }
    void badFramesGetATypedErrorAndAClose()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        const RawReply reply = rawExchange(std::vector<std::uint8_t>(bytes.begin(), bytes.end()));
        QCOMPARE(int(firstErrorCode(reply)), code);
        QVERIFY(reply.closed);
        // The server goes on serving well-behaved peers.
        const RawReply good = rawExchange(helloFrame("after"), true);
        QVERIFY(!good.envelopes.empty());
        QCOMPARE(good.envelopes.front().welcome().site_id(), std::string("after"));
    }

    void aSilentPeerTimesOut()
    {
        const auto start = std::chrono::steady_clock::now();
        const RawReply reply = rawExchange({});
        QVERIFY(reply.closed);
        QVERIFY(std::chrono::steady_clock::now() - start < kWait);
    }

    void quietConnectionsStayOpenOnHeartbeats()
    {
        ConnectionLimits limits;
        limits.idleTimeout = 600ms;
        auto serverProbe = std::make_shared<LinkProbe>();
        auto clientProbe = std::make_shared<LinkProbe>();
        const auto onAccepted = [serverProbe, limits](tcp::socket socket)
        {
            const FramedConnection::Handlers handlers = probeHandlers(serverProbe);
            FramedConnection::create(std::move(socket), handlers, limits)->start();
        };
        auto listener = FrameListener::create(m_runtime.context(), onAccepted);
        const auto port = listener->listen("127.0.0.1", 0);
        QVERIFY(port.ok());
        std::promise<engine::Result<tcp::socket>> connected;
        connectWithTimeout(m_runtime.context(), "127.0.0.1", port.value(), 5s,
                           [&](engine::Result<tcp::socket> socket)
                           { connected.set_value(std::move(socket)); });
        auto connectedFuture = connected.get_future();
        QVERIFY(connectedFuture.wait_for(kWait) == std::future_status::ready);
        engine::Result<tcp::socket> socket = connectedFuture.get();
        QVERIFY(socket.ok());
        auto client =
            FramedConnection::create(std::move(socket).value(), probeHandlers(clientProbe), limits);
        client->start();

        // Five idle timeouts without an application message: heartbeats keep both sides open.
        auto clientClosed = clientProbe->closed.get_future();
        auto serverClosed = serverProbe->closed.get_future();
        QVERIFY(clientClosed.wait_for(3s) == std::future_status::timeout);
        QVERIFY(serverClosed.wait_for(0s) == std::future_status::timeout);

        // Both ends still carry messages, and neither handed a heartbeat to its service.
        auto welcomed = clientProbe->welcomed.get_future();
        cohort::wire::Envelope hello;
        hello.mutable_hello()->set_site_name("quiet-site");
        client->send(hello);
        QVERIFY(welcomed.wait_for(kWait) == std::future_status::ready);
        QCOMPARE(welcomed.get(), std::string("quiet-site"));
        QVERIFY(!clientProbe->heartbeatDelivered);
        QVERIFY(!serverProbe->heartbeatDelivered);

        client->close("done");
        QVERIFY(clientClosed.wait_for(kWait) == std::future_status::ready);
        QVERIFY(serverClosed.wait_for(kWait) == std::future_status::ready);
        listener->stop();
    }

    void aSilentPeerIsDroppedThoughTheServerSendsHeartbeats()
    {
        const RawReply reply = rawExchange({});
        QVERIFY(reply.closed);
        QVERIFY(!reply.envelopes.empty());
        for (const auto &envelope : reply.envelopes)
            QVERIFY(envelope.has_heartbeat());
    }

    void aRawReaderHearsAHeartbeat()
    {
        // The server's interval is half its 1.5 s idle timeout; kWait bounds the read.
        const RawReply reply = rawExchange({}, true);
        QVERIFY(!reply.envelopes.empty());
        QVERIFY(reply.envelopes.front().has_heartbeat());
    }

    void connectingToNothingFailsClearly()
    {
        std::promise<engine::Result<tcp::socket>> connected;
        // Port 1 on loopback: nothing listens there in a test environment.
        connectWithTimeout(m_runtime.context(), "127.0.0.1", 1, 3s,
                           [&](engine::Result<tcp::socket> socket)
                           { connected.set_value(std::move(socket)); });
        auto future = connected.get_future();
        QVERIFY(future.wait_for(kWait) == std::future_status::ready);
        const auto result = future.get();
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.find("127.0.0.1:1") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(FramedConnectionTest)
#include "framed_connection_test.moc"
