// FederationController's site and peer roles: taking part in someone else's federation, or
// running without a hub. The hub and demo roles are in federation_controller.cpp.
#include <QPointer>

#include "bridge/federation_controller.h"
#include "bridge/federation_log_text.h"
#include "bridge/federation_run.h"
#include "bridge/federation_views.h"
#include "bridge/gui_thread.h"

namespace cohort::app
{

using ui::FederationState;

void FederationController::join(const ui::JoinSettings &settings)
{
    if (isBusy())
        return;
    const qsizetype colon = settings.address.lastIndexOf(QLatin1Char(':'));
    net::SiteOptions options;
    options.host = settings.address.left(colon).toStdString();
    options.port = static_cast<unsigned short>(settings.address.mid(colon + 1).toUInt());
    options.name = settings.siteName.toStdString();
    options.joinCode = settings.joinCode.toStdString();
    options.csvPath = settings.csvPath.toStdString();
    options.dbPath = m_databasePath.toStdString();
    Q_EMIT cleared();
    setState(FederationState::Running,
             tr("Joining %1 as %2…").arg(settings.address, settings.siteName));
    const QPointer<FederationController> guard(this);
    auto run = std::make_shared<FederationRun>();
    const FederationRun *id = run.get();
    // Once in, the site shows its own row, and each round as the hub summarised it.
    options.onJoined =
        [guard, id, address = settings.address](const std::string &site, std::int64_t rows)
    {
        postToGui(
            guard,
            [id, address, row = joinedSiteView(site, rows)](FederationController *self)
            {
                if (!self->isCurrent(id))
                    return;
                Q_EMIT self->siteChanged(row);
                self->setState(
                    FederationState::Running,
                    tr("Joined %1 as %2; waiting for the hub's rounds.").arg(address, row.name));
            });
    };
    options.onRound = [guard, id](const net::SiteRound &round)
    {
        postToGui(guard,
                  [id, round, view = roundViewOf(round),
                   row = siteViewOf(round)](FederationController *self)
                  {
                      if (!self->isCurrent(id))
                          return;
                      Q_EMIT self->siteChanged(row);
                      Q_EMIT self->roundFinished(view);
                      self->setState(FederationState::Running,
                                     tr("Round %1 of %2 done.").arg(round.round).arg(round.rounds));
                  });
    };
    // The site says when its part is over: nothing waits for it.
    run->site = std::make_unique<net::SiteService>(
        *run->runtime, options, logSink(guard),
        [guard, id](const net::SiteOutcome &outcome)
        {
            const bool ok = outcome.exitCode == 0;
            QString text = federationLogText(outcome.ending);
            if (!outcome.report.issues().empty())
                text += QLatin1Char('\n') + QString::fromStdString(outcome.report.toText());
            postToGui(guard,
                      [id, ok, text, rounds = outcome.roundsTrained](FederationController *self)
                      {
                          if (self->isCurrent(id))
                              self->finish(ok, ok ? tr("Done: trained in %n round(s).", nullptr,
                                                       rounds)
                                                  : text);
                      });
        });
    run->runtime->start(1);
    m_run = run;
    runInBackground(
        [guard, run]
        {
            engine::Result<void> loaded = run->site->loadData();
            if (loaded)
                return run->site->start();
            postToGui(guard, [id = run.get(), text = errorText(loaded.error())](
                                 FederationController *self)
                      {
                          if (self->isCurrent(id))
                              self->finish(false, text);
                      });
        });
}

void FederationController::runPeer(const ui::PeerSettings &settings)
{
    if (isBusy())
        return;
    net::PeerOptions options;
    options.name = QStringLiteral("peer-%1").arg(settings.listenPort).toStdString();
    options.listenAddress = m_listenAddress.toStdString();
    options.listenPort = settings.listenPort;
    for (const QString &peer : settings.peers)
    {
        const qsizetype colon = peer.lastIndexOf(QLatin1Char(':'));
        options.peers.push_back({peer.left(colon).toStdString(),
                                 static_cast<unsigned short>(peer.mid(colon + 1).toUInt())});
    }
    options.csvPath = settings.csvPath.toStdString();
    options.target = settings.target.toStdString();
    options.rounds = settings.rounds;
    options.dbPath = m_databasePath.toStdString();
    Q_EMIT cleared();
    setState(FederationState::Running, tr("Peer on port %1 with %n neighbour(s).", nullptr,
                                          static_cast<int>(settings.peers.size()))
                                           .arg(settings.listenPort));
    const QPointer<FederationController> guard(this);
    auto run = std::make_shared<FederationRun>();
    const FederationRun *id = run.get();
    net::PeerEvents events;
    events.onRound = [guard, id, name = options.name](const net::PeerRound &round)
    {
        ui::RoundView view;
        view.round = round.round;
        view.answered << QString::fromStdString(name);
        view.accuracy = round.localAccuracy;
        view.seconds = round.seconds;
        view.siteAccuracy.insert(QString::fromStdString(name), round.localAccuracy);
        postToGui(guard,
                  [id, view](FederationController *self)
                  {
                      if (self->isCurrent(id))
                          Q_EMIT self->roundFinished(view);
                  });
    };
    // The peer says when it is over: nothing waits for it.
    events.onFinished = [guard, id](const engine::Result<net::PeerOutcome> &outcome)
    {
        const bool stopped = !outcome && outcome.error().code == engine::ErrorCode::Cancelled;
        const QString text = outcome   ? tr("The peer has run all its rounds.")
                             : stopped ? tr("Stopped.")
                                       : errorText(outcome.error());
        postToGui(guard,
                  [id, ok = outcome.ok() || stopped, text](FederationController *self)
                  {
                      if (self->isCurrent(id))
                          self->finish(ok, text);
                  });
    };
    run->peer = std::make_unique<net::PeerService>(*run->runtime, options, logSink(guard), events);
    run->runtime->start(1);
    m_run = run;
    runInBackground(
        [guard, run]
        {
            engine::ValidationReport report;
            engine::Result<void> loaded = run->peer->loadData(report);
            engine::Result<unsigned short> port =
                loaded ? run->peer->start() : engine::Result<unsigned short>(loaded.error());
            if (port)
                return;
            QString text = errorText(port.error());
            if (!report.issues().empty())
                text += QLatin1Char('\n') + QString::fromStdString(report.toText());
            postToGui(guard,
                      [id = run.get(), text](FederationController *self)
                      {
                          if (self->isCurrent(id))
                              self->finish(false, text);
                      });
        });
}

} // namespace cohort::app
