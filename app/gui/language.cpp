#include "gui/language.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QWidget>
#include <QTranslator>

#include <memory>

namespace cohort::app
{

namespace
{

std::unique_ptr<QTranslator> g_qtTranslator;
std::unique_ptr<QTranslator> g_appTranslator;

} // namespace

QStringList shippedLanguages()
{
    return {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
}

namespace
{

// Numbers follow the language: German shows 9.000 and 72,5. The system's own locale is kept
// when it speaks that language (de_CH keeps its own separators), else the language's default.
void applyNumberLocale(const QString &language)
{
    const QLocale system = QLocale::system();
    const QLocale chosen = language.isEmpty() || system.name().section('_', 0, 0) == language
                               ? system
                               : QLocale(language);
    QLocale::setDefault(chosen);
    // Widgets made before keep the locale they were made with; give them the new one.
    if (qobject_cast<QApplication *>(QCoreApplication::instance()) == nullptr)
        return;
    for (QWidget *window : QApplication::topLevelWidgets())
        window->setLocale(chosen);
}

} // namespace

bool applyLanguage(const QString &code)
{
    for (auto *translator : {&g_qtTranslator, &g_appTranslator})
    {
        if (*translator)
            QCoreApplication::removeTranslator(translator->get());
        translator->reset();
    }
    const QString language = code.isEmpty() ? QLocale::system().name().section('_', 0, 0) : code;
    applyNumberLocale(language == QLatin1String("C") ? QStringLiteral("en") : language);
    if (language == QLatin1String("en") || language == QLatin1String("C"))
    {
        // English is the source language; the plural forms still come from a translation.
        g_appTranslator = std::make_unique<QTranslator>();
        if (g_appTranslator->load(QStringLiteral(":/i18n/cohort_en.qm")))
            QCoreApplication::installTranslator(g_appTranslator.get());
        return true;
    }
    g_qtTranslator = std::make_unique<QTranslator>();
    if (g_qtTranslator->load(QStringLiteral("qtbase_") + language,
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qtTranslator.get());
    g_appTranslator = std::make_unique<QTranslator>();
    if (!g_appTranslator->load(QStringLiteral(":/i18n/cohort_") + language))
    {
        qInfo("Cohort has no translation for '%s'; showing English.", qPrintable(language));
        if (g_appTranslator->load(QStringLiteral(":/i18n/cohort_en.qm")))
            QCoreApplication::installTranslator(g_appTranslator.get());
        return false;
    }
    QCoreApplication::installTranslator(g_appTranslator.get());
    return true;
}

} // namespace cohort::app
