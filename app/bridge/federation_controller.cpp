#include "bridge/federation_controller.h"

#include <QDateTime>
#include <QDir>
#include <QHostInfo>
#include <QNetworkInterface>
#include <QProcess>
#include <QRandomGenerator>
#include <QThreadPool>

#include <unistd.h>

#include "bridge/federation_views.h"
#include "bridge/gui_thread.h"
#include "data/dataset_import.h"
#include "data/synthetic_domains.h"
#include "fl/aggregation_strategy.h"
#include "fl/federation_schema.h"
#include "network/hub_service.h"
#include "network/io_runtime.h"
#include "network/peer_service.h"
#include "network/site_service.h"

namespace cohort::app
{

using ui::FederationState;

namespace
{

engine::Result<engine::FederationSchema> schemaOf(const QString &csv, const QString &target)
{
    engine::InferenceOptions inference;
    inference.target = target.toStdString();
    engine::ValidationReport report;
    engine::Result<engine::ImportedDataset> dataset =
        engine::importDataset(csv.toStdString(), {}, inference, report);
    if (!dataset)
    {
        engine::Error error = dataset.error();
        if (report.hasErrors())
            error.message += "\n" + report.toText();
        return error;
    }
    return engine::federationSchemaFrom(dataset->schema);
}

// The address other machines reach this one at: its first non-loopback IPv4 address.
QString reachableAddress()
{
    for (const QHostAddress &address : QNetworkInterface::allAddresses())
    {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback())
            return address.toString();
    }
    return QStringLiteral("127.0.0.1");
}

QString joinCode()
{
    return QString::number(QRandomGenerator::global()->bounded(100000, 1000000));
}

} // namespace

std::function<void(const std::string &)>
FederationController::logSink(const QPointer<FederationController> &guard)
{
    return [guard](const std::string &line)
    {
        postToGui(guard, [text = QString::fromStdString(line)](FederationController *self)
                  { Q_EMIT self->logLine(text); });
    };
}

QString FederationController::errorText(const engine::Error &error)
{
    return QString::fromStdString(error.toString());
}

FederationController::FederationController(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
{
}

FederationController::~FederationController()
{
    shutDown();
    m_reaper.join();
}

QStringList FederationController::strategyNames()
{
    QStringList names;
    for (const std::string &name : engine::aggregationStrategyNames())
        names << QString::fromStdString(name);
    return names;
}

bool FederationController::isBusy() const
{
    return m_state == FederationState::Starting || m_state == FederationState::Running
           || m_state == FederationState::Paused;
}

void FederationController::setState(FederationState state, const QString &text)
{
    m_state = state;
    Q_EMIT stateChanged(state, text);
}

void FederationController::host(const ui::HostSettings &settings)
{
    if (isBusy())
        return;
    setState(FederationState::Starting, tr("Reading the federation's columns…"));
    Q_EMIT cleared();
    QThreadPool::globalInstance()->start(
        [guard = QPointer<FederationController>(this), settings]
        {
            engine::Result<engine::FederationSchema> schema =
                schemaOf(settings.featuresCsv, settings.target);
            postToGui(guard,
                      [schema = std::move(schema), settings](FederationController *self)
                      {
                          if (!schema)
                              return self->finish(false, errorText(schema.error()));
                          self->startHub(schema.value(), settings, joinCode(), 0, {});
                      });
        });
}

void FederationController::startDemo(const ui::DemoSettings &settings)
{
    if (isBusy())
        return;
    setState(FederationState::Starting,
             tr("Generating %1 demo sites (%2)…").arg(settings.sites).arg(settings.domain));
    Q_EMIT cleared();
    m_demoFolder = std::make_unique<QTemporaryDir>();
    m_demoDomain = settings.domain;
    const QString folder = m_demoFolder->path();
    QThreadPool::globalInstance()->start(
        [guard = QPointer<FederationController>(this), settings, folder]
        {
            engine::SyntheticOptions options;
            options.domain = settings.domain.toStdString();
            options.sites = settings.sites;
            engine::Result<engine::GeneratedDomain> domain =
                engine::generateSyntheticDomain(options, folder.toStdString());
            engine::Result<engine::FederationSchema> schema =
                domain ? schemaOf(QString::fromStdString(domain->testFile),
                                  QString::fromStdString(domain->target))
                       : engine::Result<engine::FederationSchema>(domain.error());
            postToGui(guard,
                      [schema = std::move(schema), settings, folder,
                       target = domain ? domain->target : std::string()](FederationController *self)
                      {
                          if (!schema)
                              return self->finish(false, errorText(schema.error()));
                          ui::HostSettings host;
                          host.port = 0;
                          host.rounds = settings.rounds;
                          host.minSites = settings.sites;
                          host.strategy = settings.strategy;
                          host.target = QString::fromStdString(target);
                          self->startHub(schema.value(), host, joinCode(), settings.sites, folder);
                      });
        });
}

void FederationController::startHub(const engine::FederationSchema &schema,
                                    const ui::HostSettings &settings, const QString &code,
                                    int demoSites, const QString &demoFolder)
{
    net::HubOptions options;
    options.address = demoSites > 0 ? "127.0.0.1" : "0.0.0.0";
    options.port = settings.port;
    options.joinCode = code.toStdString();
    options.schema = schema;
    options.rounds.rounds = settings.rounds;
    options.rounds.minSites = settings.minSites;
    options.rounds.fraction = settings.fraction;
    options.rounds.deadline =
        std::chrono::milliseconds(static_cast<long>(settings.deadlineSeconds * 1000.0));
    options.strategy.name =
        settings.strategy.isEmpty() ? "fedavg" : settings.strategy.toStdString();
    // A run name is what a restarted hub resumes; each start here is a run of its own.
    const QString started =
        QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    options.runName = (demoSites > 0 ? tr("demo %1, %2").arg(m_demoDomain, started)
                                     : tr("federation %1").arg(started))
                          .toStdString();
    options.dbPath = m_databasePath.toStdString();

    const QPointer<FederationController> guard(this);
    net::HubEvents events;
    events.onLog = logSink(guard);
    events.onSite = [guard](const net::SiteUpdate &update)
    {
        postToGui(guard, [row = siteViewOf(update)](FederationController *self)
                  { Q_EMIT self->siteChanged(row); });
    };
    events.onRound = [guard](const net::RoundReport &report)
    {
        postToGui(
            guard,
            [round = roundViewOf(report), rows = siteViewsOf(report)](FederationController *self)
            {
                for (const ui::SiteView &row : rows)
                    Q_EMIT self->siteChanged(row);
                Q_EMIT self->roundFinished(round);
                Q_EMIT self->versionsChanged();
            });
    };
    // The hub says when it is over: nothing polls it.
    events.onFinished = [guard](const engine::Result<void> &result)
    {
        postToGui(guard, [result](FederationController *self) { self->handleHubFinished(result); });
    };
    m_runtime = std::make_unique<net::IoRuntime>();
    m_hub = std::make_unique<net::HubService>(*m_runtime, options, events);
    // Starting opens the registry (and reads it to resume a run): not on the GUI thread.
    m_hubStarting = std::async(
        std::launch::async,
        [guard, hub = m_hub.get(), code, demoSites, demoFolder, minSites = settings.minSites]
        {
            engine::Result<unsigned short> port = hub->start();
            postToGui(guard,
                      [port, code, demoSites, demoFolder, minSites](FederationController *self)
                      {
                          if (!self->m_hub)
                              return; // stopped meanwhile
                          if (!port)
                              return self->finish(false, errorText(port.error()));
                          self->handleHubStarted(port.value(), code, minSites, demoSites,
                                                 demoFolder);
                      });
        });
}

void FederationController::handleHubStarted(unsigned short port, const QString &code, int minSites,
                                            int demoSites, const QString &demoFolder)
{
    m_runtime->start(1);
    const QString host = demoSites > 0 ? QStringLiteral("127.0.0.1") : reachableAddress();
    const QString address = QStringLiteral("%1:%2").arg(host).arg(port);
    Q_EMIT hostStarted(address, code);
    setState(FederationState::Running,
             tr("Hub on %1; waiting for %n site(s).", nullptr, minSites).arg(address));
    if (demoSites > 0)
        launchDemoSites(port, code, demoSites, demoFolder);
}

void FederationController::launchDemoSites(unsigned short port, const QString &code, int sites,
                                           const QString &folder)
{
    // One site per event-loop turn: starting a process copies this one's page tables, and five
    // at once would hold up the window.
    for (int i = 1; i <= sites; ++i)
        QTimer::singleShot(
            20 * i, this, [this, port, code, folder, i] { launchDemoSite(port, code, folder, i); });
    Q_EMIT logLine(tr("Starting %n demo site process(es) on this machine.", nullptr, sites));
}

void FederationController::launchDemoSite(unsigned short port, const QString &code,
                                          const QString &folder, int i)
{
    if (!m_hub)
        return; // stopped before this site's turn
    const QString name = QStringLiteral("site_%1").arg(i);
    auto *process = new QProcess(this);
    process->setProcessChannelMode(QProcess::MergedChannels);
    connect(process, &QProcess::readyRead, this,
            [this, process]
            {
                // Each line already starts with the site's name.
                while (process->canReadLine())
                    Q_EMIT logLine(QString::fromUtf8(process->readLine()).trimmed());
            });
    // The simulated sites stand for other machines; a lower priority keeps this window
    // responsive while they train.
    process->setChildProcessModifier([] { (void)::nice(5); });
    process->start(m_cliPath, {"site", "--hub", QStringLiteral("127.0.0.1:%1").arg(port), "--csv",
                               QDir(folder).filePath(name + ".csv"), "--name", name, "--join-code",
                               code, "--seed", QString::number(42 + i)});
    m_demoSites.push_back(process);
}

void FederationController::pause()
{
    if (m_hub && m_state == FederationState::Running)
    {
        m_hub->setPaused(true);
        setState(FederationState::Paused,
                 tr("Paused: the running round finishes, no new one starts."));
    }
}

void FederationController::resume()
{
    if (m_hub && m_state == FederationState::Paused)
    {
        m_hub->setPaused(false);
        setState(FederationState::Running, tr("Running."));
    }
}

void FederationController::stop()
{
    stopServices();
    if (!m_hub && !m_site && !m_peer && isBusy())
        finish(true, tr("Stopped."));
}

void FederationController::stopServices()
{
    if (m_hub)
        m_hub->stop();
    if (m_site)
        m_site->stop();
    if (m_peer)
        m_peer->stop();
}

void FederationController::handleHubFinished(const engine::Result<void> &result)
{
    if (!m_hub)
        return; // this run was already stopped and torn down
    if (result)
        finish(true, tr("The federation has run all its rounds."));
    else if (result.error().code == engine::ErrorCode::Cancelled)
        finish(true, tr("Stopped; every finished round is kept as a model version."));
    else
        finish(false, errorText(result.error()));
}

void FederationController::finish(bool ok, const QString &text)
{
    shutDown();
    if (!ok && m_state != FederationState::Idle)
        Q_EMIT failed(text);
    Q_EMIT logLine(text);
    setState(ok ? FederationState::Finished : FederationState::Failed, text);
    Q_EMIT versionsChanged();
}

void FederationController::shutDown()
{
    stopServices();
    // Joining the threads can take a moment (a round may be being stored): a background thread
    // does it, in order. The network threads stop before the services they call into go.
    if (m_reaper.joinable())
        m_reaper.join();
    m_reaper = std::thread(
        [runtime = std::move(m_runtime), hub = std::move(m_hub), site = std::move(m_site),
         peer = std::move(m_peer), waiter = std::move(m_waiter),
         starting = std::move(m_hubStarting)]() mutable
        {
            if (starting.valid())
                starting.wait();
            if (waiter.joinable())
                waiter.join();
            if (runtime)
                runtime->stop();
            hub.reset();
            site.reset();
            peer.reset();
            runtime.reset();
        });
    // No waiting here: sites told goodbye exit by themselves; any left are ended without
    // holding up the window, and each process object goes once its process has ended.
    for (QProcess *process : m_demoSites)
    {
        process->disconnect(this);
        if (process->state() == QProcess::NotRunning)
        {
            process->deleteLater();
            continue;
        }
        connect(process, &QProcess::finished, process, &QObject::deleteLater);
        QTimer::singleShot(3000, process, [process] { process->kill(); });
        process->setParent(nullptr); // outlives this controller if need be
    }
    m_demoSites.clear();
}

} // namespace cohort::app
