// Framing for Cohort's TCP streams: a fixed 12-byte header (magic "CHRT", protocol version,
// message type, payload length; big-endian) followed by the payload, usually an Envelope.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace cohort::net
{

inline constexpr std::array<std::uint8_t, 4> kFrameMagic = {'C', 'H', 'R', 'T'};
/// The protocol version this build speaks; it must match the comment in proto/cohort.proto.
inline constexpr std::uint16_t kProtocolVersion = 1;
inline constexpr std::size_t kFrameHeaderBytes = 12;
/// Frame type 1 carries a serialized cohort.wire.Envelope; other values are kept for later.
inline constexpr std::uint16_t kEnvelopeFrameType = 1;
/// Default limit on a frame's payload length (the header's length field).
inline constexpr std::uint32_t kMaxFrameBytes = 256u * 1024u * 1024u;

/// One complete frame taken from the stream.
struct Frame
{
    std::uint16_t version = kProtocolVersion;
    std::uint16_t type = kEnvelopeFrameType;
    std::string payload;
};

/// Why a decoder failed; lets the session answer with the matching ErrorReply code.
enum class FrameFault
{
    None,
    BadMagic,
    UnsupportedVersion,
    UnknownType,
    Oversized,
};

/// Header plus payload, ready to write. The payload must fit the 32-bit length field;
/// encodeEnvelopeFrame() (wire_messages.h) checks an Envelope against the frame limit first.
[[nodiscard]] std::vector<std::uint8_t> encodeFrame(std::uint16_t type, std::string_view payload);

/// Splits a byte stream into frames, however the bytes arrive. Each header is checked as soon
/// as its 12 bytes are in, before any of its payload is buffered; after a bad header the
/// decoder stays failed and drops everything it is fed, because the stream cannot be resynced.
class FrameDecoder final
{
public:
    explicit FrameDecoder(std::uint32_t maxFrameBytes = kMaxFrameBytes);

    /// Takes bytes as they arrive from the socket; complete frames wait for next().
    void feed(const std::uint8_t *data, std::size_t size);

    /// The next complete frame; nullopt while a frame is still incomplete; an InvalidInput
    /// error (every call) once a bad header was seen and the frames before it were taken.
    [[nodiscard]] engine::Result<std::optional<Frame>> next();

    [[nodiscard]] bool hasFailed() const { return m_error.has_value(); }
    [[nodiscard]] FrameFault fault() const { return m_fault; }
    [[nodiscard]] std::uint32_t maxFrameBytes() const { return m_maxFrameBytes; }
    /// Applies to frames whose header has not been read yet.
    void setMaxFrameBytes(std::uint32_t bytes) { m_maxFrameBytes = bytes; }
    /// The payload length of the frame being read, once its header is in; 0 otherwise.
    [[nodiscard]] std::uint32_t pendingPayloadBytes() const
    {
        return m_inPayload ? m_payloadLength : 0;
    }
    /// Frames completed so far, taken by next() or not.
    [[nodiscard]] std::uint64_t framesCompleted() const { return m_framesCompleted; }
    /// Bytes held for the incomplete frame (header and payload so far).
    [[nodiscard]] std::size_t bufferedBytes() const;

private:
    std::size_t takeHeaderBytes(const std::uint8_t *data, std::size_t size);
    std::size_t takePayloadBytes(const std::uint8_t *data, std::size_t size);
    void checkHeader();
    void fail(FrameFault fault, std::string message, std::string hint);
    void finishFrame();

    std::uint32_t m_maxFrameBytes;
    std::array<std::uint8_t, kFrameHeaderBytes> m_header{};
    std::size_t m_headerFill = 0;
    bool m_inPayload = false;
    std::uint32_t m_payloadLength = 0;
    Frame m_current;
    std::deque<Frame> m_ready;
    std::uint64_t m_framesCompleted = 0;
    std::optional<engine::Error> m_error;
    FrameFault m_fault = FrameFault::None;
};

} // namespace cohort::net
