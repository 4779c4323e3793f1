// Loading the app's translations (embedded under :/i18n) and Qt's own for a language, and the
// languages Cohort ships.
#pragma once

#include <QString>
#include <QStringList>

namespace cohort::app
{

/// The language codes with a translation: de, fr, es (English is the source).
[[nodiscard]] QStringList shippedLanguages();

/// Installs the translators for `code` ("" = the system's language, "en" = none), replacing
/// the previous ones; widgets retranslate on the LanguageChange event this sends. Returns
/// false, after logging a fallback to English, when Cohort has no translation for it.
bool applyLanguage(const QString &code);

} // namespace cohort::app
