#include "data/cell_parsing.h"

#include <algorithm>
#include <array>
#include <cctype>
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

namespace
{

// Reads 1 to `most` digits at `at` and advances past them; nullopt when there is none.
std::optional<int> readDigits(std::string_view text, std::size_t &at, std::size_t most)
{
    std::size_t end = at;
    int value = 0;
    while (end < text.size() && end - at < most && text[end] >= '0' && text[end] <= '9')
        value = value * 10 + (text[end++] - '0');
    if (end == at)
        return std::nullopt;
    at = end;
    return value;
}

bool isDateSeparator(char c)
{
    return c == '-' || c == '/' || c == '.';
}

// A date with year first (2024-03-01) or last (01.03.2024, 3/1/24) at `at`.
bool readDate(std::string_view text, std::size_t &at)
{
    const std::size_t start = at;
    const std::optional<int> first = readDigits(text, at, 4);
    if (!first || at >= text.size() || !isDateSeparator(text[at]))
        return false;
    const bool yearFirst = at - start == 4;
    const char separator = text[at++];
    const std::optional<int> second = readDigits(text, at, 2);
    if (!second || at >= text.size() || text[at] != separator)
        return false;
    ++at;
    const std::size_t thirdStart = at;
    const std::optional<int> third = readDigits(text, at, 4);
    if (!third)
        return false;
    const std::size_t thirdWidth = at - thirdStart;
    if (yearFirst)
        return thirdWidth <= 2 && *second >= 1 && *second <= 12 && *third >= 1 && *third <= 31;
    // Day and month in either order (01.03.2024 or 3/1/2024); the year has 2 or 4 digits.
    const bool dayMonth = *first >= 1 && *first <= 31 && *second >= 1 && *second <= 12;
    const bool monthDay = *first >= 1 && *first <= 12 && *second >= 1 && *second <= 31;
    return (thirdWidth == 2 || thirdWidth == 4) && at - start >= 6 && (dayMonth || monthDay);
}

// A time of day at `at`: H:MM, HH:MM:SS, fractions of seconds, AM/PM, Z or an offset.
bool readTime(std::string_view text, std::size_t &at)
{
    const std::optional<int> hours = readDigits(text, at, 2);
    if (!hours || *hours > 23 || at >= text.size() || text[at] != ':')
        return false;
    ++at;
    const std::size_t minuteStart = at;
    const std::optional<int> minutes = readDigits(text, at, 2);
    if (!minutes || at - minuteStart != 2 || *minutes > 59)
        return false;
    if (at < text.size() && text[at] == ':')
    {
        ++at;
        const std::optional<int> seconds = readDigits(text, at, 2);
        if (!seconds || *seconds > 60)
            return false;
        if (at < text.size() && (text[at] == '.' || text[at] == ','))
        {
            ++at;
            if (!readDigits(text, at, 9))
                return false;
        }
    }
    std::string_view rest = trimmed(text.substr(at));
    const auto is = [&](std::string_view word)
    {
        return rest.size() == word.size()
               && std::equal(rest.begin(), rest.end(), word.begin(),
                             [](char a, char b)
                             { return std::tolower(static_cast<unsigned char>(a)) == b; });
    };
    if (rest.empty() || is("z") || is("am") || is("pm"))
    {
        at = text.size();
        return true;
    }
    // A UTC offset: +01:00, -0500, +01.
    if (rest.front() != '+' && rest.front() != '-')
        return false;
    std::size_t offset = 1;
    if (!readDigits(rest, offset, 4))
        return false;
    if (offset < rest.size() && rest[offset] == ':')
    {
        ++offset;
        if (!readDigits(rest, offset, 2))
            return false;
    }
    if (offset != rest.size())
        return false;
    at = text.size();
    return true;
}

} // namespace

bool looksLikeDateOrTime(std::string_view cell)
{
    cell = trimmed(cell);
    if (cell.size() < 4 || cell.size() > 40)
        return false;
    std::size_t at = 0;
    if (readDate(cell, at))
    {
        if (at == cell.size())
            return true;
        if (cell[at] != 'T' && cell[at] != ' ')
            return false;
        ++at;
        return readTime(cell, at) && at == cell.size();
    }
    at = 0;
    return readTime(cell, at) && at == cell.size();
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
