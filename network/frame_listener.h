// FrameListener and connectFramed: how FramedConnections come to be, on the accepting side
// (a TCP acceptor on a chosen address and port) and on the connecting side (with a deadline).
#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <string>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>

#include "core/result.h"
#include "network/framed_connection.h"
#include "network/log_event.h"

namespace cohort::net
{

class FrameListener final : public std::enable_shared_from_this<FrameListener>
{
public:
    using AcceptHandler = std::function<void(boost::asio::ip::tcp::socket)>;

    [[nodiscard]] static std::shared_ptr<FrameListener> create(boost::asio::io_context &context,
                                                               AcceptHandler onAccepted);

    /// Binds and listens; port 0 picks a free port. Returns the bound port.
    [[nodiscard]] engine::Result<unsigned short> listen(const std::string &address,
                                                        unsigned short port);
    /// Stops accepting; connections already made go on.
    void stop();
    /// Told (on the listener's strand) when accepting fails, e.g. out of file descriptors.
    void setErrorHandler(LogSink onError) { m_onError = std::move(onError); }
    /// Accept calls that failed so far (each is followed by a pause, never a spin).
    [[nodiscard]] std::size_t acceptErrors() const { return m_acceptErrors; }

private:
    FrameListener(boost::asio::io_context &context, AcceptHandler onAccepted);
    void startAccept();
    void pauseAccepting(const boost::system::error_code &error);

    boost::asio::io_context &m_context;
    boost::asio::ip::tcp::acceptor m_acceptor;
    boost::asio::steady_timer m_pause;
    AcceptHandler m_onAccepted;
    LogSink m_onError;
    std::atomic<std::size_t> m_acceptErrors{0};
    int m_failuresInARow = 0;
};

using ConnectHandler = std::function<void(engine::Result<boost::asio::ip::tcp::socket>)>;

/// Resolves and connects to host:port on a new strand, giving up after `timeout`.
void connectWithTimeout(boost::asio::io_context &context, const std::string &host,
                        unsigned short port, std::chrono::milliseconds timeout,
                        ConnectHandler onDone);

} // namespace cohort::net
