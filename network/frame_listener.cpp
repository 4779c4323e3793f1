#include "network/frame_listener.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>

namespace cohort::net
{

namespace asio = boost::asio;
using asio::ip::tcp;

std::shared_ptr<FrameListener> FrameListener::create(asio::io_context &context,
                                                     AcceptHandler onAccepted)
{
    return std::shared_ptr<FrameListener>(new FrameListener(context, std::move(onAccepted)));
}

FrameListener::FrameListener(asio::io_context &context, AcceptHandler onAccepted)
    : m_context(context)
    , m_acceptor(asio::make_strand(context))
    , m_pause(m_acceptor.get_executor())
    , m_onAccepted(std::move(onAccepted))
{
}

engine::Result<unsigned short> FrameListener::listen(const std::string &address,
                                                     unsigned short port)
{
    boost::system::error_code error;
    const auto ip = asio::ip::make_address(address, error);
    if (error)
        return engine::makeError(engine::ErrorCode::InvalidInput,
                                 engine::Reason{engine::ReasonCode::NotAnIpAddress, {address}});
    const tcp::endpoint endpoint(ip, port);
    m_acceptor.open(endpoint.protocol(), error);
    if (!error)
        m_acceptor.set_option(asio::socket_base::reuse_address(true), error);
    if (!error)
        m_acceptor.bind(endpoint, error);
    if (!error)
        m_acceptor.listen(asio::socket_base::max_listen_connections, error);
    if (error)
    {
        return engine::makeError(engine::ErrorCode::Io,
                                 engine::Reason{engine::ReasonCode::CannotListen,
                                                {address + ":" + std::to_string(port),
                                                 error.message()}},
                                 "choose another port, or stop the program that uses it");
    }
    const unsigned short bound = m_acceptor.local_endpoint(error).port();
    startAccept();
    return bound;
}

void FrameListener::stop()
{
    asio::post(m_acceptor.get_executor(),
               [self = shared_from_this()]
               {
                   boost::system::error_code ignored;
                   self->m_acceptor.close(ignored);
                   self->m_pause.cancel();
               });
}

void FrameListener::startAccept()
{
    // Each accepted socket gets a strand of its own: the connection's strand.
    m_acceptor.async_accept(
        asio::make_strand(m_context),
        [self = shared_from_this()](const boost::system::error_code &error, tcp::socket socket)
        {
            if (error == asio::error::operation_aborted || !self->m_acceptor.is_open())
                return;
            if (error)
                return self->pauseAccepting(error);
            self->m_failuresInARow = 0;
            if (self->m_onAccepted)
                self->m_onAccepted(std::move(socket));
            self->startAccept();
        });
}

void FrameListener::pauseAccepting(const boost::system::error_code &error)
{
    // Out of file descriptors (or a similar failure) repeats at once: wait before the next
    // try, longer each time up to a second, rather than spin.
    ++m_acceptErrors;
    ++m_failuresInARow;
    const auto delay = std::chrono::milliseconds(
        std::min(1000, 10 * (1 << std::min(m_failuresInARow - 1, 7))));
    if (m_onError && m_failuresInARow == 1)
        m_onError(logEvent(LogCode::ListenerPaused, error.message(), delay.count()));
    m_pause.expires_after(delay);
    m_pause.async_wait(
        [self = shared_from_this()](const boost::system::error_code &waitError)
        {
            if (!waitError && self->m_acceptor.is_open())
                self->startAccept();
        });
}

namespace
{

// One connection attempt: resolver, socket and deadline kept alive by the handlers.
struct ConnectAttempt : std::enable_shared_from_this<ConnectAttempt>
{
    ConnectAttempt(asio::io_context &context, ConnectHandler handler)
        : strand(asio::make_strand(context))
        , resolver(strand)
        , socket(strand)
        , timer(strand)
        , onDone(std::move(handler))
    {
    }

    void finish(engine::Result<tcp::socket> result)
    {
        if (done)
            return;
        done = true;
        timer.cancel();
        resolver.cancel();
        onDone(std::move(result));
    }

    asio::strand<asio::io_context::executor_type> strand;
    tcp::resolver resolver;
    tcp::socket socket;
    asio::steady_timer timer;
    ConnectHandler onDone;
    bool done = false;
};

} // namespace

void connectWithTimeout(asio::io_context &context, const std::string &host, unsigned short port,
                        std::chrono::milliseconds timeout, ConnectHandler onDone)
{
    auto attempt = std::make_shared<ConnectAttempt>(context, std::move(onDone));
    const std::string where = host + ":" + std::to_string(port);
    asio::post(
        attempt->strand,
        [attempt, host, port, timeout, where]
        {
            attempt->timer.expires_after(timeout);
            attempt->timer.async_wait(
                [attempt, where](const boost::system::error_code &error)
                {
                    if (error)
                        return;
                    boost::system::error_code ignored;
                    attempt->socket.close(ignored);
                    attempt->finish(engine::makeError(
                        engine::ErrorCode::Io,
                        engine::Reason{engine::ReasonCode::ReachTimedOut, {where}},
                        "check the address and that the hub is running"));
                });
            attempt->resolver.async_resolve(
                host, std::to_string(port),
                [attempt, where](const boost::system::error_code &error,
                                 const tcp::resolver::results_type &endpoints)
                {
                    if (error)
                    {
                        attempt->finish(
                            engine::makeError(engine::ErrorCode::Io,
                                              engine::Reason{engine::ReasonCode::CannotResolve,
                                                             {where, error.message()}}));
                        return;
                    }
                    asio::async_connect(
                        attempt->socket, endpoints,
                        [attempt, where](const boost::system::error_code &connectError,
                                         const tcp::endpoint &)
                        {
                            if (connectError)
                            {
                                attempt->finish(engine::makeError(
                                    engine::ErrorCode::Io,
                                    engine::Reason{engine::ReasonCode::CannotConnect,
                                                   {where, connectError.message()}},
                                    "check the address and that the hub is running"));
                                return;
                            }
                            attempt->finish(std::move(attempt->socket));
                        });
                });
        });
}


LinkConnector tcpConnector(boost::asio::io_context &context, std::string host,
                           unsigned short port, std::chrono::milliseconds timeout)
{
    return [&context, host = std::move(host), port, timeout](LinkReady ready)
    {
        connectWithTimeout(context, host, port, timeout,
                           [ready = std::move(ready)](engine::Result<tcp::socket> socket)
                           {
                               if (!socket)
                                   return ready(socket.error());
                               ready(Link::Pointer(
                                   FramedConnection::create(std::move(socket).value(), {})));
                           });
    };
}

} // namespace cohort::net
