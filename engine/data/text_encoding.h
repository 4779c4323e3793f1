// Decoding of a CSV file's bytes to UTF-8: BOM removal, UTF-8 validation, and the Latin-1
// fallback that spreadsheet exports from older systems still need.
#pragma once

#include <cstddef>
#include <string>

namespace cohort::engine {

struct DecodedText
{
    enum class Outcome
    {
        Utf8,
        Utf8WithBom,
        Latin1,      // converted to UTF-8; the caller warns
        Undecodable, // neither valid UTF-8 nor plausible Latin-1 text
    };
    Outcome outcome = Outcome::Utf8;
    std::string text;            // UTF-8, without BOM
    std::size_t badOffset = 0;   // first byte that is not valid UTF-8 (Latin-1, Undecodable)
    long badLine = 0;            // 1-based line of that byte
    unsigned char badByte = 0;   // its value
};

/// Takes ownership of the raw bytes and returns them as UTF-8 text.
[[nodiscard]] DecodedText decodeText(std::string bytes);

/// Offset of the first byte that is not part of valid UTF-8, or npos.
[[nodiscard]] std::size_t findInvalidUtf8(const std::string &bytes);

/// A 64-bit FNV-1a-style hash as 16 hex digits; identifies identical file content.
[[nodiscard]] std::string contentHash(const std::string &bytes);

} // namespace cohort::engine
