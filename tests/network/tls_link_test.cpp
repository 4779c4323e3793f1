// FramedConnections over TLS 1.3 on loopback: two enrolled parties exchange envelopes and the
// accepting side knows who the other is from its certificate; a certificate from another
// federation, and a client that speaks plain TCP, are refused at the handshake; an enrolling
// site checks the hub against the invitation's fingerprint and both ends export the same
// keying material; and a relay that records the bytes between them finds none of the
// plaintext it finds when the same exchange runs without TLS.
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cstring>
#include <future>
#include <mutex>

#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>

#include "network/federation_authority.h"
#include "network/frame_listener.h"
#include "network/io_runtime.h"
#include "network/tls_setup.h"
#include "network/wire_messages.h"

using namespace cohort;
using namespace cohort::net;
namespace asio = boost::asio;
using asio::ip::tcp;
using namespace std::chrono_literals;

namespace
{

constexpr auto kWait = 10s; // every wait in this test is bounded
constexpr float kParameter = 1234.5678f;

template <typename T> bool ready(std::future<T> &future)
{
    return future.wait_for(kWait) == std::future_status::ready;
}

// A listener that runs each accepted socket through `accept` (a TLS handshake, or none) and
// answers a Hello with a Welcome naming the certificate it saw and the Hello's site.
struct Server
{
    std::shared_ptr<FrameListener> listener;
    unsigned short port = 0;
    std::mutex mutex;
    std::vector<FramedConnection::Pointer> connections;
    std::promise<std::string> refused; // the first failed handshake
    bool refusedSet = false;
    std::promise<std::string> binding; // the first connection's exported keying material

    void serve(ByteStream stream)
    {
        FramedConnection::Handlers handlers;
        handlers.onEnvelope = [](const FramedConnection::Pointer &connection,
                                 cohort::wire::Envelope envelope)
        {
            if (!envelope.has_hello())
                return;
            cohort::wire::Envelope welcome;
            welcome.mutable_welcome()->set_site_id(connection->peerCertificateName() + "|"
                                                   + envelope.hello().site_name());
            connection->send(welcome);
        };
        auto connection = FramedConnection::create(std::move(stream), handlers);
        std::lock_guard lock(mutex);
        connections.push_back(connection);
        connection->start();
    }

    void refuse(const std::string &why)
    {
        std::lock_guard lock(mutex);
        if (!refusedSet)
            refused.set_value(why);
        refusedSet = true;
    }
};

// Connects to 127.0.0.1:port and, with a context, runs the client's handshake.
engine::Result<ByteStream> dial(IoRuntime &runtime, unsigned short port, TlsContext context)
{
    std::promise<engine::Result<ByteStream>> done;
    connectWithTimeout(runtime.context(), "127.0.0.1", port, 5s,
                       [&](engine::Result<tcp::socket> socket)
                       {
                           if (!socket)
                               return done.set_value(socket.error());
                           if (!context)
                               return done.set_value(ByteStream(std::move(socket).value()));
                           tlsConnect(std::move(socket).value(), context, 5s,
                                      [&](engine::Result<ByteStream> stream)
                                      { done.set_value(std::move(stream)); });
                       });
    auto future = done.get_future();
    if (!ready(future))
        return engine::makeError(engine::ErrorCode::Io, "no connection in time");
    return future.get();
}

// Sends a Hello as `name` with a fit result carrying kParameter; the Welcome's site id, or
// "(no welcome)" when the other side closes first.
std::string helloAndWelcome(ByteStream stream, const std::string &name)
{
    struct Reply
    {
        std::promise<std::string> welcome;
        std::atomic<bool> answered = false;
        void give(const std::string &text)
        {
            if (!answered.exchange(true))
                welcome.set_value(text);
        }
    };
    auto reply = std::make_shared<Reply>();
    FramedConnection::Handlers handlers;
    handlers.onEnvelope = [reply](const FramedConnection::Pointer &, cohort::wire::Envelope e)
    {
        if (e.has_welcome())
            reply->give(e.welcome().site_id());
    };
    handlers.onClosed = [reply](const FramedConnection::Pointer &, const std::string &)
    { reply->give("(no welcome)"); };
    auto client = FramedConnection::create(std::move(stream), handlers);
    client->start();
    cohort::wire::Envelope hello;
    hello.mutable_hello()->set_site_name(name);
    hello.mutable_hello()->set_protocol_version(kProtocolVersion);
    client->send(hello);
    cohort::wire::Envelope fit;
    fit.mutable_fit_result()->set_round(1);
    *fit.mutable_fit_result()->mutable_parameters() = toTensor({kParameter, kParameter});
    client->send(fit);
    auto future = reply->welcome.get_future();
    const std::string got = ready(future) ? future.get() : std::string("(no answer)");
    client->close("done");
    return got;
}

// A TCP relay between a client and the server that keeps every byte it passes on.
struct Relay
{
    std::unique_ptr<tcp::acceptor> acceptor;
    unsigned short port = 0;
    std::mutex mutex;
    std::string captured;

    void pump(std::shared_ptr<tcp::socket> from, std::shared_ptr<tcp::socket> to)
    {
        auto buffer = std::make_shared<std::array<char, 4096>>();
        from->async_read_some(
            asio::buffer(*buffer),
            [this, from, to, buffer](const boost::system::error_code &error, std::size_t bytes)
            {
                if (error)
                {
                    boost::system::error_code ignored;
                    to->close(ignored);
                    return;
                }
                {
                    std::lock_guard lock(mutex);
                    captured.append(buffer->data(), bytes);
                }
                asio::async_write(*to, asio::buffer(buffer->data(), bytes),
                                  [this, from, to](const boost::system::error_code &e, std::size_t)
                                  {
                                      if (!e)
                                          pump(from, to);
                                  });
            });
    }

    void start(asio::io_context &context, unsigned short serverPort)
    {
        acceptor = std::make_unique<tcp::acceptor>(
            context, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0));
        port = acceptor->local_endpoint().port();
        acceptor->async_accept(
            [this, &context, serverPort](const boost::system::error_code &error, tcp::socket client)
            {
                if (error)
                    return;
                auto inbound = std::make_shared<tcp::socket>(std::move(client));
                auto outbound = std::make_shared<tcp::socket>(context);
                outbound->async_connect(
                    tcp::endpoint(asio::ip::make_address("127.0.0.1"), serverPort),
                    [this, inbound, outbound](const boost::system::error_code &e)
                    {
                        if (e)
                            return;
                        pump(inbound, outbound);
                        pump(outbound, inbound);
                    });
            });
    }

    std::string bytes()
    {
        std::lock_guard lock(mutex);
        return captured;
    }
};

bool contains(const std::string &haystack, const std::string &needle)
{
    return haystack.find(needle) != std::string::npos;
}

} // namespace

class TlsLinkTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    IoRuntime m_runtime;
    std::optional<FederationAuthority> m_authority;
    TlsContext m_hubContext;
    Server m_tlsServer;
    Server m_plainServer;
    Relay m_plainRelay; // the relays live until the runtime stops: their handlers use them
    Relay m_tlsRelay;

    static void listen(Server &server, IoRuntime &runtime, TlsContext context)
    {
        server.listener = FrameListener::create(
            runtime.context(),
            [&server, context](tcp::socket socket)
            {
                if (!context)
                    return server.serve(ByteStream(std::move(socket)));
                tlsAccept(std::move(socket), context, 3s,
                          [&server](engine::Result<ByteStream> stream)
                          {
                              if (!stream)
                                  return server.refuse(stream.error().message);
                              if (engine::Result<std::string> binding = channelBinding(stream.value()))
                              {
                                  std::lock_guard lock(server.mutex);
                                  if (server.connections.empty())
                                      server.binding.set_value(binding.value());
                              }
                              server.serve(std::move(stream).value());
                          });
            });
        server.port = server.listener->listen("127.0.0.1", 0).value();
    }

    engine::Result<TlsContext> siteContext(const FederationAuthority &authority,
                                           const std::string &name)
    {
        engine::Result<Credentials> site = authority.issueCredentials(name, CertificateRole::Site);
        if (!site)
            return site.error();
        return connectingContext(site.value(), authority.certificatePem(), CertificateRole::Hub);
    }

private Q_SLOTS:
    void initTestCase()
    {
        engine::Result<FederationAuthority> authority = FederationAuthority::openOrCreate(
            m_dir.path().toStdString() + "/federation", "north");
        QVERIFY(authority);
        m_authority = std::move(authority).value();
        engine::Result<Credentials> hub =
            m_authority->issueCredentials("hub", CertificateRole::Hub);
        QVERIFY(hub);
        engine::Result<TlsContext> context =
            acceptingContext(hub.value(), m_authority->certificatePem());
        QVERIFY(context);
        m_hubContext = context.value();
        listen(m_tlsServer, m_runtime, m_hubContext);
        listen(m_plainServer, m_runtime, nullptr);
        m_runtime.start(2);
    }

    void cleanupTestCase()
    {
        for (Server *server : {&m_tlsServer, &m_plainServer})
        {
            server->listener->stop();
            std::lock_guard lock(server->mutex);
            for (const auto &connection : server->connections)
                connection->close("test over");
        }
        m_runtime.stop();
    }

    void enrolledPartiesTalkAndTheHubKnowsWho()
    {
        engine::Result<TlsContext> site = siteContext(*m_authority, "clinic-a");
        QVERIFY(site);
        engine::Result<ByteStream> stream = dial(m_runtime, m_tlsServer.port, site.value());
        QVERIFY2(stream, stream ? "" : stream.error().message.c_str());
        QVERIFY(stream->encrypted());
        QCOMPARE(stream->peerName(), std::string("hub"));
        // The hub names the site by its certificate, whatever the Hello says.
        QCOMPARE(helloAndWelcome(std::move(stream).value(), "someone-else"),
                 std::string("clinic-a|someone-else"));
    }

    void aCertificateFromAnotherFederationIsRefused()
    {
        QTemporaryDir other;
        engine::Result<FederationAuthority> foreign =
            FederationAuthority::openOrCreate(other.path().toStdString() + "/f", "south");
        QVERIFY(foreign);
        engine::Result<Credentials> impostor =
            foreign->issueCredentials("clinic-a", CertificateRole::Site);
        QVERIFY(impostor);
        // It trusts this federation's hub, but shows the other federation's certificate.
        engine::Result<TlsContext> context = connectingContext(
            impostor.value(), m_authority->certificatePem(), CertificateRole::Hub);
        QVERIFY(context);
        engine::Result<ByteStream> stream = dial(m_runtime, m_tlsServer.port, context.value());
        if (stream) // TLS 1.3: the client may finish before the server refuses its certificate
            QCOMPARE(helloAndWelcome(std::move(stream).value(), "x"), std::string("(no welcome)"));
        auto refused = m_tlsServer.refused.get_future();
        QVERIFY(ready(refused));
        const std::string why = refused.get();
        QVERIFY2(contains(why, "secure connection could not be set up"), why.c_str());
    }

    void aSiteChecksTheHubAgainstTheInvitation()
    {
        engine::Result<TlsContext> enrolling = enrollingContext();
        QVERIFY(enrolling);
        engine::Result<ByteStream> stream =
            dial(m_runtime, m_tlsServer.port, enrolling.value());
        QVERIFY2(stream, stream ? "" : stream.error().message.c_str());
        engine::Result<std::string> pinned =
            checkPinnedAuthority(stream.value(), m_authority->fingerprint());
        QVERIFY2(pinned, pinned ? "" : pinned.error().message.c_str());
        QCOMPARE(pinned.value(), m_authority->certificatePem());
        std::string wrong = m_authority->fingerprint();
        wrong[0] = wrong[0] == 'a' ? 'b' : 'a';
        engine::Result<std::string> intercepted = checkPinnedAuthority(stream.value(), wrong);
        QVERIFY(!intercepted);
        QCOMPARE(intercepted.error().reason.code, engine::ReasonCode::AuthorityMismatch);
        QVERIFY(contains(intercepted.error().message, "intercepted"));
        // Both ends export the same keying material; a proof made with it is good here only.
        engine::Result<std::string> mine = channelBinding(stream.value());
        QVERIFY(mine);
        QCOMPARE(mine->size(), std::size_t(32));
        (void)helloAndWelcome(std::move(stream).value(), "enrolling");
        auto theirs = m_tlsServer.binding.get_future();
        QVERIFY(ready(theirs));
        const std::string serverBinding = theirs.get();
        // The server's first connection was another test's: that binding differs from this one.
        QVERIFY(serverBinding.size() == 32 && serverBinding != mine.value());
    }

    void aPlainTcpClientIsRefused()
    {
        engine::Result<ByteStream> plain = dial(m_runtime, m_tlsServer.port, nullptr);
        QVERIFY(plain);
        QCOMPARE(helloAndWelcome(std::move(plain).value(), "plain"), std::string("(no welcome)"));
    }

    void noPlaintextCrossesTheWire()
    {
        char floatBytes[4];
        std::memcpy(floatBytes, &kParameter, 4);
        const std::string parameter(floatBytes, 4);
        const std::string name = "clinic-with-a-telling-name";
        // Without TLS the relay sees the name and the parameter: the check can fail.
        m_plainRelay.start(m_runtime.context(), m_plainServer.port);
        engine::Result<ByteStream> plain = dial(m_runtime, m_plainRelay.port, nullptr);
        QVERIFY(plain);
        QCOMPARE(helloAndWelcome(std::move(plain).value(), name), "|" + name);
        QVERIFY(contains(m_plainRelay.bytes(), name));
        QVERIFY(contains(m_plainRelay.bytes(), parameter));
        // With TLS it sees neither, nor the certificate's name in a readable form after Hello.
        m_tlsRelay.start(m_runtime.context(), m_tlsServer.port);
        engine::Result<TlsContext> site = siteContext(*m_authority, "clinic-b");
        QVERIFY(site);
        engine::Result<ByteStream> stream = dial(m_runtime, m_tlsRelay.port, site.value());
        QVERIFY2(stream, stream ? "" : stream.error().message.c_str());
        QCOMPARE(helloAndWelcome(std::move(stream).value(), name), "clinic-b|" + name);
        const std::string captured = m_tlsRelay.bytes();
        QVERIFY(captured.size() > 200);
        QVERIFY(!contains(captured, name));
        QVERIFY(!contains(captured, parameter));
        // TLS 1.3 encrypts the certificates too.
        QVERIFY(!contains(captured, "clinic-b"));
    }
};

QTEST_GUILESS_MAIN(TlsLinkTest)
#include "tls_link_test.moc"
