#include "network/frame_codec.h"

#include <algorithm>
#include <cassert>
#include <cstdio>
#include <limits>
#include <utility>

namespace cohort::net
{

namespace
{

void putBigEndian16(std::uint8_t *out, std::uint16_t value)
{
    out[0] = static_cast<std::uint8_t>(value >> 8);
    out[1] = static_cast<std::uint8_t>(value);
}

void putBigEndian32(std::uint8_t *out, std::uint32_t value)
{
    for (int i = 0; i < 4; ++i)
        out[i] = static_cast<std::uint8_t>(value >> (24 - 8 * i));
}

std::uint16_t readBigEndian16(const std::uint8_t *in)
{
    return static_cast<std::uint16_t>((in[0] << 8) | in[1]);
}

std::uint32_t readBigEndian32(const std::uint8_t *in)
{
    return (std::uint32_t{in[0]} << 24) | (std::uint32_t{in[1]} << 16) | (std::uint32_t{in[2]} << 8)
           | std::uint32_t{in[3]};
}

// "0x47 0x45 0x54 0x20": what a peer sent instead of the magic (this one is HTTP's "GET ").
std::string hexBytes(const std::uint8_t *bytes, std::size_t count)
{
    std::string text;
    for (std::size_t i = 0; i < count; ++i)
    {
        char part[6];
        std::snprintf(part, sizeof part, "0x%02x", bytes[i]);
        text += (i == 0 ? "" : " ");
        text += part;
    }
    return text;
}

} // namespace

std::vector<std::uint8_t> encodeFrame(std::uint16_t type, std::string_view payload)
{
    assert(payload.size() <= std::numeric_limits<std::uint32_t>::max());
    std::vector<std::uint8_t> frame(kFrameHeaderBytes + payload.size());
    std::copy(kFrameMagic.begin(), kFrameMagic.end(), frame.begin());
    putBigEndian16(frame.data() + 4, kProtocolVersion);
    putBigEndian16(frame.data() + 6, type);
    putBigEndian32(frame.data() + 8, static_cast<std::uint32_t>(payload.size()));
    std::copy(payload.begin(), payload.end(), frame.begin() + kFrameHeaderBytes);
    return frame;
}

FrameDecoder::FrameDecoder(std::uint32_t maxFrameBytes)
    : m_maxFrameBytes(maxFrameBytes)
{
}

void FrameDecoder::feed(const std::uint8_t *data, std::size_t size)
{
    while (size > 0 && !m_error)
    {
        const std::size_t taken =
            m_inPayload ? takePayloadBytes(data, size) : takeHeaderBytes(data, size);
        data += taken;
        size -= taken;
    }
}

engine::Result<std::optional<Frame>> FrameDecoder::next()
{
    // Frames completed before a bad header are still good: hand them out first.
    if (!m_ready.empty())
    {
        Frame frame = std::move(m_ready.front());
        m_ready.pop_front();
        return std::optional<Frame>(std::move(frame));
    }
    if (m_error)
        return *m_error;
    return std::optional<Frame>();
}

std::size_t FrameDecoder::bufferedBytes() const
{
    return m_inPayload ? kFrameHeaderBytes + m_current.payload.size() : m_headerFill;
}

std::size_t FrameDecoder::takeHeaderBytes(const std::uint8_t *data, std::size_t size)
{
    const std::size_t taken = std::min(size, kFrameHeaderBytes - m_headerFill);
    std::copy(data, data + taken, m_header.begin() + static_cast<std::ptrdiff_t>(m_headerFill));
    m_headerFill += taken;
    if (m_headerFill == kFrameHeaderBytes)
        checkHeader();
    return taken;
}

std::size_t FrameDecoder::takePayloadBytes(const std::uint8_t *data, std::size_t size)
{
    // Grows with the bytes that actually arrived, never with what the header promised, so a
    // peer that announces a large frame and stalls holds only what it sent.
    const std::size_t taken =
        std::min<std::size_t>(size, m_payloadLength - m_current.payload.size());
    m_current.payload.append(reinterpret_cast<const char *>(data), taken);
    if (m_current.payload.size() == m_payloadLength)
        finishFrame();
    return taken;
}

void FrameDecoder::checkHeader()
{
    const std::uint8_t *header = m_header.data();
    if (!std::equal(kFrameMagic.begin(), kFrameMagic.end(), header))
        return fail(FrameFault::BadMagic,
                    "frame does not start with \"CHRT\" (got " + hexBytes(header, 4) + ")",
                    "the peer is not a Cohort node, or the stream lost its place");
    const std::uint16_t version = readBigEndian16(header + 4);
    if (version != kProtocolVersion)
        return fail(FrameFault::UnsupportedVersion,
                    "frame uses protocol version " + std::to_string(version)
                        + "; this node speaks version " + std::to_string(kProtocolVersion),
                    "run the same Cohort release on every site and the hub");
    const std::uint16_t type = readBigEndian16(header + 6);
    if (type != kEnvelopeFrameType)
        return fail(FrameFault::UnknownType,
                    "frame type " + std::to_string(type) + " is unknown (this node knows type "
                        + std::to_string(kEnvelopeFrameType) + ", Envelope)",
                    {});
    const std::uint32_t length = readBigEndian32(header + 8);
    if (length > m_maxFrameBytes)
        return fail(FrameFault::Oversized,
                    "frame of " + std::to_string(length) + " bytes exceeds the "
                        + std::to_string(m_maxFrameBytes) + "-byte limit",
                    {});
    m_current.version = version;
    m_current.type = type;
    m_current.payload.clear();
    m_payloadLength = length;
    m_inPayload = true;
    if (length == 0)
        finishFrame();
}

void FrameDecoder::fail(FrameFault fault, std::string message, std::string hint)
{
    m_fault = fault;
    m_error =
        engine::makeError(engine::ErrorCode::InvalidInput, std::move(message), std::move(hint));
    m_headerFill = 0;
}

void FrameDecoder::finishFrame()
{
    m_ready.push_back(std::move(m_current));
    ++m_framesCompleted;
    m_current = Frame{};
    m_inPayload = false;
    m_headerFill = 0;
    m_payloadLength = 0;
}

} // namespace cohort::net
