#include "core/text_template.h"

#include <algorithm>

namespace cohort::engine
{

namespace
{

bool isPlaceholder(std::string_view text, std::size_t i)
{
    return text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9';
}

} // namespace

std::string fillTemplate(std::string_view text, const std::vector<std::string> &args)
{
    std::string out;
    out.reserve(text.size() + 16 * args.size());
    for (std::size_t i = 0; i < text.size(); ++i)
    {
        if (isPlaceholder(text, i))
        {
            const auto index = static_cast<std::size_t>(text[i + 1] - '1');
            if (index < args.size())
                out += args[index];
            ++i;
            continue;
        }
        out += text[i];
    }
    return out;
}

int templateArgumentCount(std::string_view text)
{
    int most = 0;
    for (std::size_t i = 0; i < text.size(); ++i)
    {
        if (isPlaceholder(text, i))
            most = std::max(most, text[i + 1] - '0');
    }
    return most;
}

} // namespace cohort::engine
