// ByteStream: the bytes under a FramedConnection — a plain TCP socket (a demo on one machine)
// or a TLS 1.3 stream over one, already past its handshake. One type, so that framing,
// deadlines and heartbeats are written once for both.
#pragma once

#include <memory>
#include <string>
#include <utility>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/asio/write.hpp>

namespace cohort::net
{

class ByteStream
{
public:
    using Tcp = boost::asio::ip::tcp::socket;
    using Tls = boost::asio::ssl::stream<Tcp>;

    explicit ByteStream(Tcp socket)
        : m_tcp(std::make_unique<Tcp>(std::move(socket)))
    {
    }
    /// A TLS stream after its handshake; `context` is the one it was made with (it must live as
    /// long as the stream); `peerName` the verified common name of the peer's certificate, empty
    /// when the peer showed none.
    ByteStream(std::unique_ptr<Tls> tls, std::shared_ptr<boost::asio::ssl::context> context,
               std::string peerName)
        : m_context(std::move(context))
        , m_tls(std::move(tls))
        , m_peerName(std::move(peerName))
    {
    }

    [[nodiscard]] Tcp &socket() { return m_tls ? m_tls->next_layer() : *m_tcp; }
    [[nodiscard]] const Tcp &socket() const { return m_tls ? m_tls->next_layer() : *m_tcp; }
    [[nodiscard]] Tcp::executor_type get_executor() { return socket().get_executor(); }
    [[nodiscard]] bool encrypted() const { return m_tls != nullptr; }
    [[nodiscard]] const std::string &peerName() const { return m_peerName; }
    /// The TLS stream, for what only TLS has (exported keying material); null for plain TCP.
    [[nodiscard]] Tls *tls() { return m_tls.get(); }

    template <typename Buffers, typename Handler>
    void asyncReadSome(const Buffers &buffers, Handler &&handler)
    {
        if (m_tls)
            m_tls->async_read_some(buffers, std::forward<Handler>(handler));
        else
            m_tcp->async_read_some(buffers, std::forward<Handler>(handler));
    }

    template <typename Buffers, typename Handler>
    void asyncWrite(const Buffers &buffers, Handler &&handler)
    {
        if (m_tls)
            boost::asio::async_write(*m_tls, buffers, std::forward<Handler>(handler));
        else
            boost::asio::async_write(*m_tcp, buffers, std::forward<Handler>(handler));
    }

    /// Closes the TCP socket at once (no TLS close_notify to wait for: every close here is
    /// either a deadline or the end of a conversation both sides already know is over).
    void close()
    {
        boost::system::error_code ignored;
        socket().shutdown(Tcp::shutdown_both, ignored);
        socket().close(ignored);
    }

private:
    std::shared_ptr<boost::asio::ssl::context> m_context; // outlives m_tls
    std::unique_ptr<Tls> m_tls;
    std::unique_ptr<Tcp> m_tcp;
    std::string m_peerName;
};

} // namespace cohort::net
