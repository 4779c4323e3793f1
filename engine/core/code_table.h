// A table of stable codes: one entry per value of an enum, in the enum's order, each with a
// name that crosses the wire or a log line. Checks and lookups shared by the engine's reasons
// and the network's log codes.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace cohort::engine
{

/// Whether entry i is for the enum's value i, for every entry.
template <typename Entry, std::size_t N>
constexpr bool entriesFollowTheirEnum(const std::array<Entry, N> &entries)
{
    for (std::size_t i = 0; i < N; ++i)
    {
        if (static_cast<std::size_t>(entries[i].code) != i)
            return false;
    }
    return true;
}

/// The entries' codes, in order.
template <typename Entry, std::size_t N>
constexpr auto codesOf(const std::array<Entry, N> &entries)
{
    std::array<decltype(Entry::code), N> codes{};
    for (std::size_t i = 0; i < N; ++i)
        codes[i] = entries[i].code;
    return codes;
}

/// The code whose entry has `name`, if any.
template <typename Entry, std::size_t N>
auto codeNamed(const std::array<Entry, N> &entries, std::string_view name)
    -> std::optional<decltype(Entry::code)>
{
    for (const Entry &entry : entries)
    {
        if (entry.name == name)
            return entry.code;
    }
    return std::nullopt;
}

} // namespace cohort::engine
