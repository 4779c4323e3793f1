// Text that came from the network (site names, their error messages) made safe for a log
// line: control characters are escaped, so a peer cannot forge lines, and length is capped.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "core/reason.h"

namespace cohort::net
{

/// `text` with newlines, tabs and other control characters written as \n, \t or \xNN, cut to
/// `maxLength` characters (with "…" at the cut).
[[nodiscard]] std::string loggable(std::string_view text, std::size_t maxLength = 300);

/// The reason with each argument made loggable (a reason may come from a peer).
[[nodiscard]] engine::Reason loggable(const engine::Reason &reason);

/// Sends the protobuf library's own log lines (warnings about untrusted input it could not
/// parse) to `sink` instead of stderr; an empty sink drops them. Process-wide.
void routeProtobufLog(std::function<void(const std::string &)> sink);

} // namespace cohort::net
