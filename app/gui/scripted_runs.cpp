#include "gui/scripted_runs.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCoreApplication>
#include <QEventLoop>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <cstdio>
#include <unistd.h>

#include "bridge/data_controller.h"
#include "bridge/explain_controller.h"
#include "bridge/federation_controller.h"
#include "bridge/registry_controller.h"
#include "bridge/training_controller.h"
#include "data/synthetic_domains.h"
#include "gui/main_window.h"
#include "gui/stall_probe.h"
#include "widgets/data_page.h"
#include "widgets/evaluate_page.h"
#include "widgets/federation_page.h"
#include "widgets/models_page.h"
#include "widgets/train_page.h"

namespace cohort::app
{

namespace
{

constexpr int kStepTimeoutMs = 180000;

bool generate(const QString &folder, int sites, QString &siteFile, QString &testFile)
{
    engine::SyntheticOptions options;
    options.domain = "fitness";
    options.sites = sites;
    engine::Result<engine::GeneratedDomain> domain =
        engine::generateSyntheticDomain(options, folder.toStdString());
    if (!domain)
        return false;
    siteFile = QString::fromStdString(domain->siteFiles.front());
    testFile = QString::fromStdString(domain->testFile);
    return true;
}

bool save(MainWindow &window, const QString &folder, const QString &name)
{
    waitUntil([] { return false; }, 400); // let charts and tables finish their layout
    const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
    const bool ok = window.grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "could not write", qPrintable(path));
    return ok;
}

template <typename Widget> Widget *find(MainWindow &window, const char *name)
{
    return window.findChild<Widget *>(QString::fromLatin1(name));
}

// Explains one row, then the whole file, with the first (locally trained) version.
bool explain(MainWindow &window, const QString &folder)
{
    window.showPage(MainWindow::Page::Explain);
    auto *version = find<QComboBox>(window, "explainVersionCombo");
    version->setCurrentIndex(version->findData(QVariant::fromValue<qint64>(1)));
    bool rowDone = false;
    bool datasetDone = false;
    QObject::connect(&window.explain(), &ExplainController::rowExplained,
                     [&rowDone] { rowDone = true; });
    QObject::connect(&window.explain(), &ExplainController::datasetExplained,
                     [&datasetDone] { datasetDone = true; });
    find<QPushButton>(window, "explainRowButton")->click();
    if (!waitUntil([&] { return rowDone; }, kStepTimeoutMs)
        || !save(window, folder, QStringLiteral("explain")))
        return false;
    find<QPushButton>(window, "explainDatasetButton")->click();
    return waitUntil([&] { return datasetDone; }, kStepTimeoutMs)
           && save(window, folder, QStringLiteral("explain-dataset"));
}

int failed(const char *step)
{
    std::fprintf(stderr, "cohort: could not render %s; see the messages above\n", step);
    return 1;
}

// Opens a CSV file on the Data page and waits until it is read and checked.
bool openAndCheck(MainWindow &window, const QString &path)
{
    window.openCsv(path);
    waitUntil([&] { return window.data().isLoading(); }, 2000);
    waitUntil([&] { return !window.data().isLoading(); }, kStepTimeoutMs);
    return window.data().canTrain();
}

bool trainQuick(MainWindow &window)
{
    window.showPage(MainWindow::Page::Train);
    find<QComboBox>(window, "presetCombo")->setCurrentIndex(0);
    bool finished = false;
    const QMetaObject::Connection connection = QObject::connect(
        &window.training(), &TrainingController::finished, [&finished] { finished = true; });
    find<QPushButton>(window, "trainButton")->click();
    const bool ok = waitUntil([&] { return finished; }, kStepTimeoutMs);
    QObject::disconnect(connection);
    return ok;
}

bool runDemo(MainWindow &window, int sites, int rounds)
{
    ui::DemoSettings demo;
    demo.domain = QStringLiteral("fitness");
    demo.sites = sites;
    demo.rounds = rounds;
    demo.strategy = QStringLiteral("fedavg");
    window.showPage(MainWindow::Page::Federation);
    window.federation().startDemo(demo);
    waitUntil([&] { return window.federation().isBusy(); }, 10000);
    return waitUntil([&] { return !window.federation().isBusy(); }, kStepTimeoutMs);
}

} // namespace

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
    {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return done();
}

int takeScreenshots(MainWindow &window, const QString &folder, QSize size)
{
    QTemporaryDir data;
    QString siteFile;
    QString testFile;
    if (!QDir().mkpath(folder) || !generate(data.path(), 4, siteFile, testFile))
        return failed("the demo data");
    window.resize(size);
    // The held-out file has every class often enough to train on; a site's file may not.
    if (!openAndCheck(window, testFile) || !save(window, folder, QStringLiteral("data")))
        return failed("the Data page");
    if (!trainQuick(window) || !save(window, folder, QStringLiteral("train")))
        return failed("the Train page");
    if (!runDemo(window, 4, 8) || !save(window, folder, QStringLiteral("federation")))
        return failed("the Federation page");

    window.showPage(MainWindow::Page::Models);
    auto *table = find<QAbstractItemView>(window, "versionsTable");
    waitUntil([&] { return table->model()->rowCount() >= 2; }, kStepTimeoutMs);
    table->selectionModel()->select(table->model()->index(0, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(table->model()->index(table->model()->rowCount() - 1, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    if (auto *compare = find<QPushButton>(window, "compareButton"); compare && compare->isEnabled())
        compare->click();
    if (!save(window, folder, QStringLiteral("models")))
        return failed("the Models page");

    window.showPage(MainWindow::Page::Evaluate);
    find<QLineEdit>(window, "evalCsvEdit")->setText(testFile);
    find<QComboBox>(window, "evalVersionCombo")->setCurrentIndex(0);
    bool evaluated = false;
    QObject::connect(&window.registry(), &RegistryController::evaluationFinished,
                     [&evaluated] { evaluated = true; });
    find<QPushButton>(window, "evaluateButton")->click();
    if (!waitUntil([&] { return evaluated; }, kStepTimeoutMs)
        || !save(window, folder, QStringLiteral("evaluate")))
        return failed("the Evaluate page");
    if (!explain(window, folder))
        return failed("the Explain page");
    return 0;
}

int runBenchmark(MainWindow &window, double startupMs, double mainToShownMs)
{
    std::printf("start-up to the first shown window: %.0f ms since the process started "
                "(%.0f ms of it after main())\n",
                startupMs, mainToShownMs);
    QTemporaryDir data;
    QString siteFile;
    QString testFile;
    if (!generate(data.path(), 5, siteFile, testFile))
        return 1;
    if (!openAndCheck(window, testFile))
        return failed("opening the demo data");
    StallProbe probe;
    probe.start();
    QElapsedTimer clock;
    clock.start();
    window.showPage(MainWindow::Page::Train);
    find<QComboBox>(window, "presetCombo")->setCurrentIndex(2); // Thorough: runs longest
    find<QPushButton>(window, "trainButton")->click();
    const bool ran = runDemo(window, 5, 10);
    waitUntil([&] { return !window.training().isRunning(); }, kStepTimeoutMs);
    probe.stop();
    std::printf("5-site demo federation (10 rounds) with local training: %.1f s, %zu probe ticks\n",
                static_cast<double>(clock.elapsed()) / 1000.0, probe.ticks());
    std::printf("longest UI stall: %.1f ms (99th percentile %.1f ms; goal: none over 50 ms)\n",
                probe.longestStallMs(), probe.stallQuantileMs(0.99));
    return ran ? 0 : 1;
}

double millisecondsSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1.0;
    // Field 22 (after the command name in parentheses) is the start time in clock ticks.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble();
    const double now = uptime.readAll().split(' ').value(0).toDouble();
    return (now - startTicks / static_cast<double>(sysconf(_SC_CLK_TCK))) * 1000.0;
}

} // namespace cohort::app
