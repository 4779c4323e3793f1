// FederationController's site and peer roles: taking part in someone else's federation, or
// running without a hub. The hub and demo roles are in federation_controller.cpp.
#include <QPointer>

#include "bridge/federation_controller.h"
#include "bridge/federation_views.h"
#include "bridge/gui_thread.h"
#include "network/io_runtime.h"
#include "network/peer_service.h"
#include "network/site_service.h"

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
    m_runtime = std::make_unique<net::IoRuntime>();
    m_site = std::make_unique<net::SiteService>(*m_runtime, options, logSink(guard));
    m_runtime->start(1);
    m_waiter = std::thread(
        [guard, site = m_site.get()]
        {
            engine::Result<void> loaded = site->loadData();
            if (loaded)
                site->start();
            const net::SiteOutcome outcome = site->wait();
            const bool ok = loaded && outcome.exitCode == 0;
            QString text =
                !loaded ? errorText(loaded.error()) : QString::fromStdString(outcome.message);
            if (!outcome.report.issues().empty())
                text += QLatin1Char('\n') + QString::fromStdString(outcome.report.toText());
            postToGui(guard,
                      [ok, text, rounds = outcome.roundsTrained](FederationController *self) {
                          self->finish(ok, ok ? tr("Done: trained in %n round(s).", nullptr, rounds)
                                              : text);
                      });
        });
}

void FederationController::runPeer(const ui::PeerSettings &settings)
{
    if (isBusy())
        return;
    net::PeerOptions options;
    options.name = QStringLiteral("peer-%1").arg(settings.listenPort).toStdString();
    options.listenAddress = "0.0.0.0";
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
    m_runtime = std::make_unique<net::IoRuntime>();
    m_peer = std::make_unique<net::PeerService>(*m_runtime, options, logSink(guard));
    m_waiter = std::thread(
        [guard, peer = m_peer.get(), runtime = m_runtime.get(), name = options.name]
        {
            engine::ValidationReport report;
            engine::Result<void> loaded = peer->loadData(report);
            runtime->start(1);
            engine::Result<net::PeerOutcome> outcome =
                loaded ? peer->run(
                    [guard, name](const net::PeerRound &round)
                    {
                        ui::RoundView view;
                        view.round = round.round;
                        view.answered << QString::fromStdString(name);
                        view.accuracy = round.localAccuracy;
                        view.seconds = round.seconds;
                        view.siteAccuracy.insert(QString::fromStdString(name), round.localAccuracy);
                        postToGui(guard, [view](FederationController *self)
                                  { Q_EMIT self->roundFinished(view); });
                    })
                       : engine::Result<net::PeerOutcome>(loaded.error());
            QString text = outcome ? QString() : errorText(outcome.error());
            if (!report.issues().empty())
                text += QLatin1Char('\n') + QString::fromStdString(report.toText());
            postToGui(guard, [ok = outcome.ok(), text](FederationController *self)
                      { self->finish(ok, ok ? tr("The peer has run all its rounds.") : text); });
        });
}

} // namespace cohort::app
