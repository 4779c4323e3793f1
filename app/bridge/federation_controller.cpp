#include "bridge/federation_controller.h"

#include <QDateTime>
#include <QHostInfo>
#include <QNetworkInterface>
#include <QProcess>
#include <QRandomGenerator>
#include <QThreadPool>

#include "bridge/federation_log_text.h"
#include "bridge/federation_run.h"
#include "bridge/federation_views.h"
#include "bridge/gui_thread.h"
#include "bridge/issue_text.h"
#include "bridge/reason_text.h"
#include "data/synthetic_domains.h"
#include "fl/aggregation_strategy.h"
#include "fl/federation_schema.h"

namespace cohort::app
{

using ui::FederationState;

namespace
{

// A federation's columns read from a file, or why not in the user's words (with the file's
// problems listed under the error when it has any).
struct SchemaOrFailure
{
    std::optional<engine::FederationSchema> schema;
    QString failure;
};

SchemaOrFailure schemaOf(const QString &csv, const QString &target,
                         const QStringList &excluded = {})
{
    std::vector<std::string> leftOut;
    for (const QString &column : excluded)
        leftOut.push_back(column.toStdString());
    engine::ValidationReport report;
    engine::Result<engine::FederationSchema> schema = engine::federationSchemaOfFile(
        csv.toStdString(), target.toStdString(), report, leftOut);
    if (schema)
        return {std::move(schema).value(), {}};
    QString failure = errorText(schema.error());
    if (report.hasErrors())
        failure += QLatin1Char('\n') + issueReportText(report);
    return {std::nullopt, failure};
}

QString joinCode()
{
    return QString::number(QRandomGenerator::global()->bounded(100000, 1000000));
}

} // namespace

net::LogSink FederationController::logSink(const QPointer<FederationController> &guard)
{
    // The event crosses to the GUI thread as it is and is put into words there.
    return [guard](const net::LogEvent &event)
    {
        postToGui(guard, [event](FederationController *self)
                  { Q_EMIT self->logLine(federationLogText(event)); });
    };
}

QString FederationController::errorText(const engine::Error &error)
{
    return app::errorText(error);
}

FederationController::FederationController(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
{
    m_background.setMaxThreadCount(1);
}

// The one wait on this thread: at the end, for the last run's tear-down (bounded: services
// stop at once and a round's store is one transaction).
FederationController::~FederationController()
{
    shutDown();
    m_background.waitForDone();
}

void FederationController::runInBackground(std::function<void()> job)
{
    m_background.start(std::move(job));
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
    runInBackground(
        [guard = QPointer<FederationController>(this), settings, start = ++m_startNumber]
        {
            SchemaOrFailure schema =
                schemaOf(settings.featuresCsv, settings.target, settings.excluded);
            postToGui(guard,
                      [schema = std::move(schema), settings, start](FederationController *self)
                      {
                          if (start != self->m_startNumber)
                              return; // stopped while the file was read
                          if (!schema.schema)
                              return self->finish(false, schema.failure);
                          self->startHub(*schema.schema, settings, joinCode(), 0, {});
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
    runInBackground(
        [guard = QPointer<FederationController>(this), settings, folder,
         start = ++m_startNumber]
        {
            engine::SyntheticOptions options;
            options.domain = settings.domain.toStdString();
            options.sites = settings.sites;
            engine::Result<engine::GeneratedDomain> domain =
                engine::generateSyntheticDomain(options, folder.toStdString());
            SchemaOrFailure schema =
                domain ? schemaOf(QString::fromStdString(domain->testFile),
                                  QString::fromStdString(domain->target))
                       : SchemaOrFailure{std::nullopt, errorText(domain.error())};
            postToGui(guard,
                      [schema = std::move(schema), settings, folder, start,
                       target = domain ? domain->target : std::string()](FederationController *self)
                      {
                          if (start != self->m_startNumber)
                              return; // stopped while the data was generated
                          if (!schema.schema)
                              return self->finish(false, schema.failure);
                          ui::HostSettings host;
                          host.port = 0;
                          host.rounds = settings.rounds;
                          host.minSites = settings.sites;
                          host.strategy = settings.strategy;
                          host.secondsPerRound = settings.secondsPerRound;
                          host.startPaused = settings.stepByStep;
                          host.target = QString::fromStdString(target);
                          self->startHub(*schema.schema, host, joinCode(), settings.sites, folder);
                      });
        });
}

void FederationController::pause()
{
    if (m_run && m_run->hub && m_state == FederationState::Running)
    {
        m_run->hub->setPaused(true);
        setState(FederationState::Paused,
                 tr("Paused: the running round finishes, no new one starts."));
    }
}

void FederationController::resume()
{
    if (m_run && m_run->hub && m_state == FederationState::Paused)
    {
        m_run->hub->setPaused(false);
        setState(FederationState::Running, tr("Running."));
    }
}

void FederationController::stepRound()
{
    if (m_run && m_run->hub && m_state == FederationState::Paused)
    {
        m_run->hub->stepOneRound();
        setState(FederationState::Paused, tr("Running one round, then pausing."));
    }
}

void FederationController::stop()
{
    if (!isBusy())
        return;
    // Before a service runs (files being read, the hub starting) there is nothing to tell.
    if (!m_run || m_state == FederationState::Starting)
        return finish(true, tr("Stopped."));
    // A running service ends at once and reports its end, which finishes the run here.
    stopServices();
}

void FederationController::stopServices()
{
    if (!m_run)
        return;
    if (m_run->hub)
        m_run->hub->stop();
    if (m_run->site)
        m_run->site->stop();
    if (m_run->peer)
        m_run->peer->stop();
}

void FederationController::finish(bool ok, const QString &text)
{
    ++m_startNumber; // a start still under way belongs to a finished run
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
    // Stopping the network threads and freeing the services happens on the background thread,
    // after any job of this run still queued there; the window does not wait for it.
    if (m_run)
        runInBackground([run = std::move(m_run)]() mutable { run.reset(); });
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
