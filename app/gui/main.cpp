// cohort: the desktop application. Options for unattended runs: --screenshots DIR renders
// every page to PNG files, --bench prints start-up time and the longest UI stall under load,
// --demo starts a demo federation at once.
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QIcon>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

#include "core/allocator_tuning.h"
#include "gui/language.h"
#include "gui/main_window.h"
#include "gui/scripted_runs.h"
#include "store/model_registry.h"

namespace
{

// --help and --version print text: they need no window, and so no display.
bool asksForTextOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
    {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v"
            || arg == "--version" || arg == "-?")
            return true;
    }
    return false;
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY")
           || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
           || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    cohort::engine::keepLargeAllocationsInHeap();
    if (asksForTextOnly(argc, argv) && !hasDisplay())
        qputenv("QT_QPA_PLATFORM", "offscreen");
    else if (!hasDisplay())
    {
        std::fputs("cohort: there is no display to open the window on (DISPLAY is not set).\n"
                   "Run it on a desktop or under xvfb-run, or use cohort-cli, which needs no "
                   "window.\n",
                   stderr);
        return 1;
    }
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Cohort"));
    QApplication::setApplicationName(QStringLiteral("Cohort"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/cohort.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Cohort: federated learning on health and fitness data."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Model registry file."),
                                QStringLiteral("path"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("Language: en, de, fr or es."),
                                      QStringLiteral("code"));
    const QCommandLineOption screenshots(QStringLiteral("screenshots"),
                                         QStringLiteral("Render every page to PNG files in DIR "
                                                        "(with demo data) and exit."),
                                         QStringLiteral("DIR"));
    const QCommandLineOption bench(
        QStringLiteral("bench"),
        QStringLiteral("Print start-up time and the longest UI stall during a demo federation."));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Start a demo federation at once."));
    const QCommandLineOption screenshotSize(
        QStringLiteral("screenshot-size"),
        QStringLiteral("The window's size in the screenshots, WIDTHxHEIGHT (default 1280x760)."),
        QStringLiteral("WxH"), QStringLiteral("1280x760"));
    parser.addOptions({db, language, screenshots, screenshotSize, bench, demo});
    parser.process(application);

    const bool scripted = parser.isSet(screenshots) || parser.isSet(bench);
    // Unattended runs keep their models apart from the user's registry.
    QTemporaryDir scratch;
    const QString databasePath =
        parser.isSet(db) ? parser.value(db)
        : scripted       ? scratch.filePath(QStringLiteral("cohort.db"))
                         : QString::fromStdString(cohort::engine::ModelRegistry::defaultPath());
    cohort::app::applyLanguage(parser.isSet(language)
                                   ? parser.value(language)
                                   : QSettings().value(QStringLiteral("language")).toString());

    cohort::app::MainWindowOptions options;
    options.databasePath = databasePath;
    options.cliPath =
        QDir(QApplication::applicationDirPath()).filePath(QStringLiteral("cohort-cli"));
    cohort::app::MainWindow window(options);
    window.show();
    const double startupMs = cohort::app::millisecondsSinceProcessStart();
    const double mainToShownMs = static_cast<double>(sinceMain.elapsed());

    if (parser.isSet(screenshots))
    {
        const QStringList parts = parser.value(screenshotSize).split(QLatin1Char('x'));
        const QSize size = parts.size() == 2 ? QSize(parts[0].toInt(), parts[1].toInt()) : QSize();
        if (!size.isValid() || size.width() < 200 || size.height() < 200)
        {
            std::fputs("cohort: --screenshot-size takes WIDTHxHEIGHT, e.g. 1024x640\n", stderr);
            return 2;
        }
        return cohort::app::takeScreenshots(window, parser.value(screenshots), size);
    }
    if (parser.isSet(bench))
        return cohort::app::runBenchmark(window, startupMs, mainToShownMs);
    if (parser.isSet(demo))
        QTimer::singleShot(0, &window, &cohort::app::MainWindow::startDemoFederation);
    return QApplication::exec();
}
