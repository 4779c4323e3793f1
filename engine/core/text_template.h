// English sentences with %1..%9 for their values, as the engine's reasons and the network's log
// lines keep them (the app has its own translated copies with the same placeholders).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cohort::engine
{

/// `text` with %1..%9 replaced by args[0]..args[8] in one pass (an argument's own "%2" stays
/// as it is); a placeholder without an argument is left out.
[[nodiscard]] std::string fillTemplate(std::string_view text, const std::vector<std::string> &args);

/// The highest %n in `text`: how many arguments it takes.
[[nodiscard]] int templateArgumentCount(std::string_view text);

} // namespace cohort::engine
