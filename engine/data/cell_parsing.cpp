#include "data/cell_parsing.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace cohort::engine
{

namespace
{

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size()
           && std::equal(a.begin(), a.end(), b.begin(),
                         [](char x, char y)
                         {
                             const auto lower = [](char c) {
                                 return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a')
                                                               : c;
                             };
                             return lower(x) == lower(y);
                         });
}

} // namespace

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

bool isMissingToken(std::string_view cell)
{
    cell = trimmed(cell);
    if (cell.empty())
        return true;
    // Numbers and longer words are never missing tokens: the common case returns at once.
    if (cell.size() > 4 || (cell[0] >= '0' && cell[0] <= '9') || cell[0] == '-')
        return false;
    static constexpr std::array<std::string_view, 5> kTokens{"na", "nan", "null", "n/a", "?"};
    return std::any_of(kTokens.begin(), kTokens.end(),
                       [&](std::string_view token) { return equalsIgnoringCase(cell, token); });
}

std::optional<double> parseNumber(std::string_view cell, bool decimalComma)
{
    cell = trimmed(cell);
    if (!cell.empty() && cell.front() == '+')
        cell.remove_prefix(1);
    if (cell.empty())
        return std::nullopt;
    char buffer[64];
    if (decimalComma && cell.size() < sizeof(buffer) && cell.find(',') != std::string_view::npos)
    {
        std::copy(cell.begin(), cell.end(), buffer);
        std::replace(buffer, buffer + cell.size(), ',', '.');
        cell = std::string_view(buffer, cell.size());
    }
    double value = 0.0;
    const auto [end, error] = std::from_chars(cell.data(), cell.data() + cell.size(), value);
    if (error != std::errc() || end != cell.data() + cell.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<bool> parseBoolean(std::string_view cell)
{
    cell = trimmed(cell);
    for (const std::string_view yes : {"true", "yes", "y", "t"})
    {
        if (equalsIgnoringCase(cell, yes))
            return true;
    }
    for (const std::string_view no : {"false", "no", "n", "f"})
    {
        if (equalsIgnoringCase(cell, no))
            return false;
    }
    return std::nullopt;
}

std::string canonicalLabel(std::string_view cell, bool decimalComma)
{
    cell = trimmed(cell);
    const std::optional<double> number = parseNumber(cell, decimalComma);
    if (number && std::floor(*number) == *number && std::abs(*number) < 1e15)
    {
        char buffer[32];
        std::snprintf(buffer, sizeof(buffer), "%.0f", *number);
        return buffer;
    }
    return std::string(cell);
}

} // namespace cohort::engine
