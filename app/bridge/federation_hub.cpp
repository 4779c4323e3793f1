// FederationController's hub on this computer (Host and the demo): starting the HubService
// with the page's settings, and its start, rounds and end as signals to the GUI.
#include "bridge/federation_controller.h"

#include <QHostAddress>
#include <QNetworkInterface>

#include "bridge/federation_log_text.h"
#include "bridge/federation_run.h"
#include "bridge/federation_views.h"
#include "bridge/gui_thread.h"
#include "fl/aggregation_strategy.h"
#include "fl/federation_schema.h"

namespace cohort::app
{

using ui::FederationState;

namespace
{

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

} // namespace

void FederationController::startHub(const engine::FederationSchema &schema,
                                    const ui::HostSettings &settings, const QString &code,
                                    int demoSites, const QString &demoFolder)
{
    net::HubOptions options;
    options.address = demoSites > 0 ? "127.0.0.1" : m_listenAddress.toStdString();
    options.port = settings.port;
    options.joinCode = code.toStdString();
    options.schema = schema;
    options.rounds.rounds = settings.rounds;
    m_roundsPlanned = settings.rounds;
    options.rounds.minSites = settings.minSites;
    options.rounds.fraction = settings.fraction;
    options.rounds.deadline =
        std::chrono::milliseconds(static_cast<long>(settings.deadlineSeconds * 1000.0));
    options.rounds.minRoundTime =
        std::chrono::milliseconds(static_cast<long>(settings.secondsPerRound * 1000.0));
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
    auto run = std::make_shared<FederationRun>();
    const FederationRun *id = run.get();
    net::HubEvents events;
    events.onLog = logSink(guard);
    events.onSite = [guard, id](const net::SiteUpdate &update)
    {
        postToGui(guard,
                  [id, row = siteViewOf(update)](FederationController *self)
                  {
                      if (self->isCurrent(id))
                          Q_EMIT self->siteChanged(row);
                  });
    };
    QStringList classNames;
    for (const std::string &name : schema.classNames)
        classNames << QString::fromStdString(name);
    events.onRound = [guard, id, classNames](const net::RoundReport &report)
    {
        postToGui(guard,
                  [id, round = roundViewOf(report, classNames),
                   rows = siteViewsOf(report)](FederationController *self)
                  {
                      if (!self->isCurrent(id))
                          return;
                      for (const ui::SiteView &row : rows)
                          Q_EMIT self->siteChanged(row);
                      Q_EMIT self->roundFinished(round);
                      Q_EMIT self->versionsChanged();
                      // The status line follows the run (not "waiting for sites" in round 77).
                      if (self->m_state == FederationState::Running)
                          self->setState(FederationState::Running,
                                         tr("Round %1 of %2 done.")
                                             .arg(round.round)
                                             .arg(self->m_roundsPlanned));
                      else if (self->m_state == FederationState::Paused
                               && round.round < self->m_roundsPlanned)
                          self->setState(FederationState::Paused,
                                         tr("Round %1 of %2 done; paused. Next round runs the "
                                            "next one.")
                                             .arg(round.round)
                                             .arg(self->m_roundsPlanned));
                  });
    };
    // The hub says when it is over: nothing polls it.
    events.onFinished = [guard, id](const engine::Result<void> &result)
    {
        postToGui(guard,
                  [id, result](FederationController *self)
                  {
                      if (self->isCurrent(id))
                          self->handleHubFinished(result);
                  });
    };
    run->hub = std::make_unique<net::HubService>(*run->runtime, options, events);
    if (settings.startPaused)
        run->hub->setPaused(true); // step by step: the first round waits for Next round
    m_run = run;
    // Starting opens the registry (and reads it to resume a run): not on the GUI thread.
    runInBackground(
        [guard, run, code, demoSites, demoFolder, minSites = settings.minSites,
         paused = settings.startPaused]
        {
            engine::Result<unsigned short> port = run->hub->start();
            if (port)
                run->runtime->start(1);
            postToGui(guard,
                      [id = run.get(), port, code, demoSites, demoFolder, minSites,
                       paused](FederationController *self)
                      {
                          if (!self->isCurrent(id))
                              return; // stopped meanwhile
                          if (!port)
                              return self->finish(false, errorText(port.error()));
                          self->handleHubStarted(port.value(), code, minSites, demoSites,
                                                 demoFolder, paused);
                      });
        });
}

void FederationController::handleHubStarted(unsigned short port, const QString &code, int minSites,
                                            int demoSites, const QString &demoFolder, bool paused)
{
    QString host = demoSites > 0 ? QStringLiteral("127.0.0.1") : m_listenAddress;
    if (host == QStringLiteral("0.0.0.0"))
        host = reachableAddress(); // what other machines reach this one at
    const QString address = QStringLiteral("%1:%2").arg(host).arg(port);
    Q_EMIT hostStarted(address, code, demoSites > 0);
    if (paused)
        setState(
            FederationState::Paused,
            tr("Hub on %1, step by step: click Next round to run the first round.").arg(address));
    else
        setState(FederationState::Running,
                 tr("Hub on %1; waiting for %n site(s).", nullptr, minSites).arg(address));
    if (demoSites > 0)
        launchDemoSites(port, code, demoSites, demoFolder);
}

void FederationController::handleHubFinished(const engine::Result<void> &result)
{
    if (result)
        finish(true, tr("The federation has run all its rounds."));
    else if (result.error().code == engine::ErrorCode::Cancelled)
        finish(true, tr("Stopped; every finished round is kept as a model version."));
    else
        finish(false, errorText(result.error()));
}

} // namespace cohort::app
