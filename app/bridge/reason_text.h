// Reasons and engine errors in the user's language: each engine ReasonCode has one
// translatable line (context cohort::app::Reason) with %1, %2 for its arguments.
#pragma once

#include <QLocale>
#include <QString>

#include "core/reason.h"
#include "core/result.h"

namespace cohort::app
{

/// The translation context of the reasons' lines.
inline constexpr char kReasonContext[] = "cohort::app::Reason";

/// The reason as the user reads it, in the middle of a sentence (lower case, no full stop):
/// its line translated, numbers in `locale`'s format, other arguments as they came. An
/// unworded reason is its English text.
[[nodiscard]] QString reasonText(const engine::Reason &reason, const QLocale &locale = QLocale());

/// An engine error for a window: a sentence in the user's language, with where it happened
/// (file, line, column) and, for a worded reason, advice a user of the app can act on. A
/// failure no code describes says what kind of failure it was, then its English detail.
[[nodiscard]] QString errorText(const engine::Error &error);

/// The untranslated line for `code` (the engine's English template): what a test checks every
/// code against.
[[nodiscard]] QString reasonSource(engine::ReasonCode code);

} // namespace cohort::app
