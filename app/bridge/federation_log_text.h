// The federation log in the user's language: each network LogEvent code has one translatable
// line (context cohort::app::FederationLog) with %1, %2 for its arguments.
#pragma once

#include <QLocale>
#include <QString>

#include "network/log_event.h"

namespace cohort::app
{

/// The translation context of the federation log's lines.
inline constexpr char kFederationLogContext[] = "cohort::app::FederationLog";

/// The event as the user reads it: its line translated, numbers in `locale`'s format, text
/// arguments as they came, "source: " in front when it has a source. A code without a line
/// here reads as the network's English.
[[nodiscard]] QString federationLogText(const net::LogEvent &event,
                                        const QLocale &locale = QLocale());

/// The untranslated line for `code` (the network's English template), or an empty string when
/// there is none: what a test checks every code against.
[[nodiscard]] QString federationLogSource(net::LogCode code);

} // namespace cohort::app
