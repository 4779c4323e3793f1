#include "network/framed_connection.h"

#include <boost/asio/post.hpp>
#include <boost/asio/write.hpp>

#include "network/wire_messages.h"

namespace cohort::net
{

namespace asio = boost::asio;
using cohort::wire::ErrorReply;

FramedConnection::Pointer FramedConnection::create(asio::ip::tcp::socket socket, Handlers handlers,
                                                   ConnectionLimits limits)
{
    return create(ByteStream(std::move(socket)), std::move(handlers), limits);
}

FramedConnection::Pointer FramedConnection::create(ByteStream stream, Handlers handlers,
                                                   ConnectionLimits limits)
{
    return Pointer(new FramedConnection(std::move(stream), std::move(handlers), limits));
}

FramedConnection::FramedConnection(ByteStream stream, Handlers handlers, ConnectionLimits limits)
    : m_stream(std::move(stream))
    , m_idleTimer(m_stream.get_executor())
    , m_writeTimer(m_stream.get_executor())
    , m_heartbeatTimer(m_stream.get_executor())
    , m_handlers(std::move(handlers))
    , m_limits(limits)
    , m_decoder(limits.maxFrameBytes)
{
    if (m_limits.heartbeatInterval <= std::chrono::milliseconds::zero())
        m_limits.heartbeatInterval = m_limits.idleTimeout / 2;
    boost::system::error_code error;
    const auto endpoint = m_stream.socket().remote_endpoint(error);
    m_peer = error ? std::string("unknown peer")
                   : endpoint.address().to_string() + ":" + std::to_string(endpoint.port());
}

void FramedConnection::start()
{
    asio::post(m_stream.get_executor(),
               [self = shared_from_this()]
               {
                   self->armIdleTimer(self->m_limits.idleTimeout);
                   self->armHeartbeatTimer(self->m_lastWriteStart
                                           + self->m_limits.heartbeatInterval);
                   self->startRead();
               });
}

void FramedConnection::startLink(LinkHandlers handlers)
{
    m_handlers.onEnvelope = [onEnvelope = std::move(handlers.onEnvelope)](
                                const Pointer &connection, cohort::wire::Envelope envelope)
    {
        if (onEnvelope)
            onEnvelope(connection, std::move(envelope));
    };
    m_handlers.onClosed = [onClosed = std::move(handlers.onClosed)](const Pointer &connection,
                                                                    const std::string &reason)
    {
        if (onClosed)
            onClosed(connection, reason);
    };
    start();
}

void FramedConnection::send(cohort::wire::Envelope envelope)
{
    queueEncoded(encodeEnvelopeFrame(envelope, m_limits.maxFrameBytes));
}

void FramedConnection::sendShared(std::shared_ptr<const cohort::wire::Envelope> envelope)
{
    queueEncoded(encodeEnvelopeFrame(*envelope, m_limits.maxFrameBytes));
}

void FramedConnection::queueEncoded(engine::Result<std::vector<std::uint8_t>> frame)
{
    asio::post(m_stream.get_executor(),
               [self = shared_from_this(), frame = std::move(frame)]
               {
                   if (!frame)
                   {
                       self->closeOnStrand("an outgoing message was too large: "
                                           + frame.error().message);
                       return;
                   }
                   self->queueFrame(std::move(frame).value());
               });
}

void FramedConnection::sendErrorAndClose(ErrorReply::Code code, const engine::Reason &reason)
{
    asio::post(m_stream.get_executor(),
               [self = shared_from_this(), code, reason] { self->fail(code, reason); });
}

void FramedConnection::close(const std::string &reason)
{
    asio::post(m_stream.get_executor(),
               [self = shared_from_this(), reason] { self->closeOnStrand(reason); });
}

void FramedConnection::closeAfterWrites(const std::string &reason)
{
    asio::post(m_stream.get_executor(),
               [self = shared_from_this(), reason]
               {
                   if (self->m_closed || self->m_closeAfterWrites)
                       return;
                   self->m_closeAfterWrites = true;
                   self->m_closeReason = reason;
                   if (!self->m_writing)
                       self->closeOnStrand(reason);
               });
}

void FramedConnection::setFrameLimit(std::uint32_t bytes)
{
    asio::post(m_stream.get_executor(),
               [self = shared_from_this(), bytes] { self->m_decoder.setMaxFrameBytes(bytes); });
}

void FramedConnection::startRead()
{
    m_stream.asyncReadSome(
        asio::buffer(m_readBuffer),
        [self = shared_from_this()](const boost::system::error_code &error, std::size_t bytes)
        { self->onRead(error, bytes); });
}

void FramedConnection::onRead(const boost::system::error_code &error, std::size_t bytes)
{
    if (m_closed)
        return;
    if (error)
    {
        closeOnStrand(error == asio::error::eof ? "the peer closed the connection"
                                                : "read failed: " + error.message());
        return;
    }
    // Only complete frames keep a link alive: a peer trickling bytes cannot hold it open. A
    // frame under way gets, once, time in proportion to its size.
    const std::uint64_t completedBefore = m_decoder.framesCompleted();
    m_decoder.feed(m_readBuffer.data(), bytes);
    const std::uint64_t completed = m_decoder.framesCompleted();
    const std::uint32_t pending = m_decoder.pendingPayloadBytes();
    if (pending > 0 && m_allowanceFor != completed + 1)
    {
        m_allowanceFor = completed + 1;
        const auto perSecond = std::max<std::uint32_t>(1, m_limits.minBytesPerSecond);
        armIdleTimer(m_limits.idleTimeout + std::chrono::milliseconds(
                                                std::uint64_t{pending} * 1000 / perSecond));
    }
    else if (completed != completedBefore)
    {
        armIdleTimer(m_limits.idleTimeout);
    }
    deliverFrames();
    if (!m_closed && !m_closeAfterWrites)
        startRead();
}

void FramedConnection::deliverFrames()
{
    while (!m_closed && !m_closeAfterWrites)
    {
        engine::Result<std::optional<Frame>> frame = m_decoder.next();
        if (!frame)
        {
            const bool oversized = m_decoder.fault() == FrameFault::Oversized;
            const bool unknownType = m_decoder.fault() == FrameFault::UnknownType;
            const bool version = m_decoder.fault() == FrameFault::UnsupportedVersion;
            fail(oversized     ? ErrorReply::OVERSIZED
                 : unknownType ? ErrorReply::UNKNOWN_TYPE
                 : version     ? ErrorReply::PROTOCOL_VERSION
                               : ErrorReply::MALFORMED,
                 engine::unworded(frame.error().message));
            return;
        }
        if (!frame.value())
            return;
        engine::Result<cohort::wire::Envelope> envelope = parseEnvelope(frame.value()->payload);
        if (!envelope)
        {
            fail(ErrorReply::MALFORMED, engine::unworded(envelope.error().message));
            return;
        }
        if (envelope->body_case() == cohort::wire::Envelope::BODY_NOT_SET)
        {
            fail(ErrorReply::UNKNOWN_TYPE,
                 engine::unworded("the message has no body this peer knows"));
            return;
        }
        // A Heartbeat only keeps the link alive, which reading it has done (onRead re-armed the
        // idle timer); services never see one.
        if (envelope->has_heartbeat())
            continue;
        if (m_handlers.onEnvelope)
            m_handlers.onEnvelope(shared_from_this(), std::move(envelope).value());
    }
}

void FramedConnection::queueFrame(std::vector<std::uint8_t> frame)
{
    if (m_closed || m_closeAfterWrites)
        return;
    if (m_writeQueue.size() >= m_limits.maxQueuedFrames)
    {
        closeOnStrand("the peer reads too slowly (" + std::to_string(m_writeQueue.size())
                      + " messages waiting)");
        return;
    }
    m_writeQueue.push_back(std::move(frame));
    if (!m_writing)
        startWrite();
}

void FramedConnection::startWrite()
{
    m_writing = true;
    m_lastWriteStart = std::chrono::steady_clock::now();
    m_writeTimer.expires_after(m_limits.writeTimeout);
    m_writeTimer.async_wait(
        [self = shared_from_this()](const boost::system::error_code &error)
        {
            if (!error)
                self->closeOnStrand("a write did not finish in time");
        });
    m_stream.asyncWrite(asio::buffer(m_writeQueue.front()),
                        [self = shared_from_this()](const boost::system::error_code &error,
                                                    std::size_t) { self->onWrite(error); });
}

void FramedConnection::onWrite(const boost::system::error_code &error)
{
    m_writeTimer.cancel();
    m_writing = false;
    if (m_closed)
        return;
    if (error)
    {
        closeOnStrand("write failed: " + error.message());
        return;
    }
    m_writeQueue.pop_front();
    if (!m_writeQueue.empty())
        startWrite();
    else if (m_closeAfterWrites)
        closeOnStrand(m_closeReason);
}

void FramedConnection::armIdleTimer(std::chrono::milliseconds timeout)
{
    m_idleTimer.expires_after(timeout);
    m_idleTimer.async_wait(
        [self = shared_from_this()](const boost::system::error_code &error)
        {
            if (!error)
                self->closeOnStrand("the peer was silent for too long");
        });
}

void FramedConnection::armHeartbeatTimer(std::chrono::steady_clock::time_point due)
{
    // A zero interval (an idle timeout under 2 ms) would spin; such a link gets no heartbeats.
    if (m_closed || m_limits.heartbeatInterval <= std::chrono::milliseconds::zero())
        return;
    m_heartbeatTimer.expires_at(due);
    m_heartbeatTimer.async_wait([self = shared_from_this()](const boost::system::error_code &error)
                                { self->onHeartbeatTimer(error); });
}

void FramedConnection::onHeartbeatTimer(const boost::system::error_code &error)
{
    if (error || m_closed || m_closeAfterWrites)
        return;
    const auto now = std::chrono::steady_clock::now();
    const auto due = m_lastWriteStart + m_limits.heartbeatInterval;
    if (now < due)
    {
        armHeartbeatTimer(due);
        return;
    }
    // A non-empty queue is being written anyway, and its bytes keep the peer's idle timer
    // from firing; a heartbeat behind it would only take a slot.
    if (m_writeQueue.empty())
    {
        cohort::wire::Envelope envelope;
        envelope.mutable_heartbeat();
        engine::Result<std::vector<std::uint8_t>> frame =
            encodeEnvelopeFrame(envelope, m_limits.maxFrameBytes);
        if (frame)
            queueFrame(std::move(frame).value());
    }
    armHeartbeatTimer(now + m_limits.heartbeatInterval);
}

void FramedConnection::fail(ErrorReply::Code code, const engine::Reason &reason)
{
    if (m_closed || m_closeAfterWrites)
        return;
    cohort::wire::Envelope envelope;
    ErrorReply *reply = envelope.mutable_error();
    reply->set_code(code);
    setReason(*reply, reason);
    const std::string &message = reply->message();
    engine::Result<std::vector<std::uint8_t>> frame =
        encodeEnvelopeFrame(envelope, m_limits.maxFrameBytes);
    m_closeReason = "protocol error: " + message;
    if (frame)
    {
        // The error goes out ahead of anything still queued (but after a write in flight,
        // whose buffer must live until it completes); then the connection closes.
        while (m_writeQueue.size() > (m_writing ? 1u : 0u))
            m_writeQueue.pop_back();
        m_writeQueue.push_back(std::move(frame).value());
        m_closeAfterWrites = true;
        if (!m_writing)
            startWrite();
        return;
    }
    closeOnStrand(m_closeReason);
}

void FramedConnection::closeOnStrand(const std::string &reason)
{
    if (m_closed)
        return;
    m_closed = true;
    m_idleTimer.cancel();
    m_writeTimer.cancel();
    m_heartbeatTimer.cancel();
    m_stream.close();
    if (m_handlers.onClosed)
        m_handlers.onClosed(shared_from_this(), reason);
    m_handlers = {};
}

} // namespace cohort::net
