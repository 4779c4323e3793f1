// FramedConnection: one TCP peer exchanging Envelopes in frames. Owned by shared_ptr, all its
// state lives on one strand, one write is in flight at a time behind a bounded queue, and every
// read and write has a deadline. A quiet link carries Heartbeats, so only a silent peer times
// out. Protocol faults are answered with a typed ErrorReply, then the connection closes; the
// process and its other connections go on.
#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>

#include "network/byte_stream.h"

#include "network/frame_codec.h"
#include "network/link.h"
#include "proto/cohort.pb.h"

namespace cohort::net
{

struct ConnectionLimits
{
    std::chrono::milliseconds idleTimeout{60000};  // no complete frame for this long closes
                                                   // the peer (bytes alone do not count)
    std::uint32_t minBytesPerSecond = 16 * 1024;   // a large frame gets this much longer
    std::chrono::milliseconds writeTimeout{30000}; // one write may take this long
    std::uint32_t maxFrameBytes = kMaxFrameBytes;
    std::size_t maxQueuedFrames = 64; // a peer this far behind is dropped as too slow
    // Nothing written for this long sends a Heartbeat; zero means half of idleTimeout.
    std::chrono::milliseconds heartbeatInterval{0};
};

class FramedConnection final : public Link,
                               public std::enable_shared_from_this<FramedConnection>
{
public:
    using Pointer = std::shared_ptr<FramedConnection>;
    struct Handlers
    {
        /// A well-formed Envelope other than a Heartbeat arrived. Called on the connection's
        /// strand.
        std::function<void(const Pointer &, cohort::wire::Envelope)> onEnvelope;
        /// The connection is closed, with why; called once.
        std::function<void(const Pointer &, const std::string &)> onClosed;
    };

    /// `socket` must have been made on a strand (make_strand), which becomes the connection's.
    [[nodiscard]] static Pointer create(boost::asio::ip::tcp::socket socket, Handlers handlers,
                                        ConnectionLimits limits = {});
    /// The same over a stream that may be TLS (its socket made on a strand, as above).
    [[nodiscard]] static Pointer create(ByteStream stream, Handlers handlers,
                                        ConnectionLimits limits = {});

    /// Starts reading. Call once, after create().
    void start();
    /// As Link: replaces the handlers given to create(), then starts reading.
    void startLink(LinkHandlers handlers) override;
    /// Queues an Envelope for sending; safe from any thread.
    void send(cohort::wire::Envelope envelope) override;
    /// Encodes the shared envelope into this connection's frame; no copy of the envelope.
    void sendShared(std::shared_ptr<const cohort::wire::Envelope> envelope) override;
    /// Sends a typed error, then closes once it is written (or its deadline passes).
    void sendErrorAndClose(cohort::wire::ErrorReply::Code code,
                           const engine::Reason &reason) override;
    /// Closes now; safe from any thread; `reason` reaches onClosed.
    void close(const std::string &reason) override;
    /// Closes once everything queued so far is written (a goodbye, say); safe from any thread.
    void closeAfterWrites(const std::string &reason) override;
    /// Frames larger than `bytes` arriving from now on close the connection as oversized.
    void setFrameLimit(std::uint32_t bytes) override;

    [[nodiscard]] const std::string &peer() const override { return m_peer; }
    /// Whether the bytes travel under TLS, and the verified name on the peer's certificate
    /// (empty without TLS or without a certificate).
    [[nodiscard]] bool encrypted() const { return m_stream.encrypted(); }
    [[nodiscard]] const std::string &peerCertificateName() const { return m_stream.peerName(); }

private:
    FramedConnection(ByteStream stream, Handlers handlers, ConnectionLimits limits);

    void startRead();
    void onRead(const boost::system::error_code &error, std::size_t bytes);
    void deliverFrames();
    void queueFrame(std::vector<std::uint8_t> frame);
    void queueEncoded(engine::Result<std::vector<std::uint8_t>> frame);
    void startWrite();
    void onWrite(const boost::system::error_code &error);
    void armIdleTimer(std::chrono::milliseconds timeout);
    void armHeartbeatTimer(std::chrono::steady_clock::time_point due);
    void onHeartbeatTimer(const boost::system::error_code &error);
    void fail(cohort::wire::ErrorReply::Code code, const engine::Reason &reason);
    void closeOnStrand(const std::string &reason);

    ByteStream m_stream; // its socket's executor is the connection's strand
    boost::asio::steady_timer m_idleTimer;
    boost::asio::steady_timer m_writeTimer;
    boost::asio::steady_timer m_heartbeatTimer;
    Handlers m_handlers;
    ConnectionLimits m_limits;
    FrameDecoder m_decoder;
    std::array<std::uint8_t, 64 * 1024> m_readBuffer{};
    std::deque<std::vector<std::uint8_t>> m_writeQueue;
    // When the newest write began; heartbeats fill the gaps between writes.
    std::chrono::steady_clock::time_point m_lastWriteStart = std::chrono::steady_clock::now();
    std::uint64_t m_allowanceFor = 0; // the frame (by count) that was given time to arrive
    bool m_writing = false;
    bool m_closeAfterWrites = false;
    bool m_closed = false;
    std::string m_closeReason;
    std::string m_peer;
};

} // namespace cohort::net
