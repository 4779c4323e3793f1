#include "data/text_encoding.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace cohort::engine
{

namespace
{

// Length of the UTF-8 sequence starting at bytes[i], or 0 when it is invalid.
std::size_t utf8SequenceLength(const unsigned char *bytes, std::size_t i, std::size_t size)
{
    const unsigned char lead = bytes[i];
    std::size_t length = 0;
    std::uint32_t minimum = 0;
    std::uint32_t codePoint = 0;
    if (lead >= 0xC2 && lead <= 0xDF)
    {
        length = 2;
        minimum = 0x80;
        codePoint = lead & 0x1F;
    }
    else if ((lead & 0xF0) == 0xE0)
    {
        length = 3;
        minimum = 0x800;
        codePoint = lead & 0x0F;
    }
    else if (lead >= 0xF0 && lead <= 0xF4)
    {
        length = 4;
        minimum = 0x10000;
        codePoint = lead & 0x07;
    }
    else
    {
        return 0;
    }
    if (i + length > size)
        return 0;
    for (std::size_t k = 1; k < length; ++k)
    {
        if ((bytes[i + k] & 0xC0) != 0x80)
            return 0;
        codePoint = (codePoint << 6) | (bytes[i + k] & 0x3F);
    }
    const bool surrogate = codePoint >= 0xD800 && codePoint <= 0xDFFF;
    if (codePoint < minimum || codePoint > 0x10FFFF || surrogate)
        return 0;
    return length;
}

} // namespace

std::size_t findInvalidUtf8(std::string_view text)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.data());
    const std::size_t size = text.size();
    std::size_t i = 0;
    while (i < size)
    {
        // Fast path: eight ASCII bytes at a time.
        if (i + 8 <= size)
        {
            std::uint64_t word;
            std::memcpy(&word, bytes + i, 8);
            if ((word & 0x8080808080808080ULL) == 0)
            {
                i += 8;
                continue;
            }
        }
        if (bytes[i] < 0x80)
        {
            ++i;
            continue;
        }
        const std::size_t length = utf8SequenceLength(bytes, i, size);
        if (length == 0)
            return i;
        i += length;
    }
    return std::string::npos;
}

DecodedText decodeText(std::string_view bytes)
{
    DecodedText decoded;
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF")
    {
        bytes.remove_prefix(3);
        decoded.outcome = DecodedText::Outcome::Utf8WithBom;
    }
    decoded.original = bytes;
    const std::size_t bad = findInvalidUtf8(bytes);
    const std::size_t nul = bytes.find('\0');
    if (bad == std::string_view::npos && nul == std::string_view::npos)
        return decoded;
    decoded.badOffset = std::min(bad, nul);
    decoded.badByte = static_cast<unsigned char>(bytes[decoded.badOffset]);
    decoded.badLine =
        1
        + static_cast<long>(std::count(
            bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(decoded.badOffset), '\n'));
    // Latin-1 text never contains NUL or the C1 control range 0x80-0x9F; a file that does is
    // binary or in an encoding we cannot guess. A BOM promised UTF-8.
    const bool c1Controls = std::any_of(bytes.begin(), bytes.end(),
                                        [](char c)
                                        {
                                            const auto byte = static_cast<unsigned char>(c);
                                            return byte >= 0x80 && byte <= 0x9F;
                                        });
    if (nul != std::string_view::npos || c1Controls
        || decoded.outcome == DecodedText::Outcome::Utf8WithBom)
    {
        decoded.outcome = DecodedText::Outcome::Undecodable;
        return decoded;
    }
    decoded.outcome = DecodedText::Outcome::Latin1;
    decoded.converted.reserve(bytes.size() + bytes.size() / 8);
    for (const char c : bytes)
    {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x80)
        {
            decoded.converted.push_back(c);
        }
        else
        {
            decoded.converted.push_back(static_cast<char>(0xC0 | (byte >> 6)));
            decoded.converted.push_back(static_cast<char>(0x80 | (byte & 0x3F)));
        }
    }
    return decoded;
}

std::string contentHash(std::string_view bytes)
{
    // FNV-1a over 64-bit words (then the tail bytes): fast enough for 200 MB files.
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    std::size_t i = 0;
    for (; i + 8 <= bytes.size(); i += 8)
    {
        std::uint64_t word;
        std::memcpy(&word, bytes.data() + i, 8);
        hash = (hash ^ word) * 0x100000001b3ULL;
    }
    for (; i < bytes.size(); ++i)
        hash = (hash ^ static_cast<unsigned char>(bytes[i])) * 0x100000001b3ULL;
    static const char *kDigits = "0123456789abcdef";
    std::string hex(16, '0');
    for (int k = 15; k >= 0; --k)
    {
        hex[static_cast<std::size_t>(k)] = kDigits[hash & 0xF];
        hash >>= 4;
    }
    return hex;
}

} // namespace cohort::engine
