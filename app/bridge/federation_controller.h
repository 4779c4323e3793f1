// The Federation page's engine side: hosts a hub, joins one as a site, runs a peer, or starts a
// demo federation (a hub here and simulated sites as separate cohort-cli processes on
// non-IID demo data). Network events come back to the GUI thread as the page's plain values.
#pragma once

#include <QObject>
#include <QPointer>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>
#include <QVector>

#include <functional>
#include <memory>
#include <vector>

#include "widgets/federation_views.h"

class QProcess;

#include "core/result.h"
#include "network/log_event.h"

namespace cohort::engine
{
struct FederationSchema;
} // namespace cohort::engine

namespace cohort::app
{

struct FederationRun;

class FederationController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FederationController)

public:
    explicit FederationController(QString databasePath, QObject *parent = nullptr);
    /// Stops whatever runs, ends demo sites, and waits for the last run's tear-down.
    ~FederationController() override;

    [[nodiscard]] bool isBusy() const;
    /// The aggregation strategies the engine offers, by their keys.
    [[nodiscard]] static QStringList strategyNames();
    /// Where the demo's site processes come from (cohort-cli beside this executable).
    void setCliPath(const QString &path) { m_cliPath = path; }
    /// Where a hosted hub or a peer listens: every interface unless set ("127.0.0.1" in tests).
    void setListenAddress(const QString &address) { m_listenAddress = address; }

public Q_SLOTS:
    void host(const cohort::ui::HostSettings &settings);
    void join(const cohort::ui::JoinSettings &settings);
    void runPeer(const cohort::ui::PeerSettings &settings);
    void startDemo(const cohort::ui::DemoSettings &settings);
    void pause();
    void resume();
    /// Step by step: while this app's hub (or demo) is paused, runs one round, then pauses.
    void stepRound();
    void stop();

Q_SIGNALS:
    void stateChanged(cohort::ui::FederationState state, const QString &statusText);
    /// `demo`: the hub of a demo on this computer (its address is no one else's business).
    void hostStarted(const QString &address, const QString &joinCode, bool demo);
    void siteChanged(const cohort::ui::SiteView &site);
    void roundFinished(const cohort::ui::RoundView &round);
    void logLine(const QString &line);
    void failed(const QString &message);
    /// The sites table and charts should start empty.
    void cleared();
    /// New versions are in the registry (one per hub round).
    void versionsChanged();

private:
    void startHub(const engine::FederationSchema &schema, const cohort::ui::HostSettings &settings,
                  const QString &joinCode, int demoSites, const QString &demoFolder);
    void launchDemoSites(unsigned short port, const QString &joinCode, int sites,
                         const QString &folder);
    void launchDemoSite(unsigned short port, const QString &joinCode, const QString &folder,
                        int index);
    void handleHubStarted(unsigned short port, const QString &joinCode, int minSites, int demoSites,
                          const QString &demoFolder, bool paused);
    void handleHubFinished(const engine::Result<void> &result);
    void finish(bool ok, const QString &text);
    void shutDown();
    void stopServices();
    /// Runs `job` on the background thread, after every job queued before it.
    void runInBackground(std::function<void()> job);
    /// True when `run` is still this controller's current run (events of older runs are late).
    [[nodiscard]] bool isCurrent(const FederationRun *run) const { return run && m_run.get() == run; }
    void setState(cohort::ui::FederationState state, const QString &text);
    /// A network log sink (any thread) that shows its events in the page's log, translated.
    [[nodiscard]] static net::LogSink logSink(const QPointer<FederationController> &guard);
    [[nodiscard]] static QString errorText(const engine::Error &error);

    QString m_databasePath;
    QString m_cliPath;
    QString m_listenAddress = QStringLiteral("0.0.0.0");
    std::shared_ptr<FederationRun> m_run; // the running hub, site or peer, if any
    quint64 m_startNumber = 0;            // which host or demo start a file read belongs to
    int m_roundsPlanned = 0;              // of the hub's run, for the status line
    // One thread for what must not block the window (reading files, opening the registry,
    // tearing a run down), in the order it was asked for.
    QThreadPool m_background;
    std::vector<QProcess *> m_demoSites;
    std::unique_ptr<QTemporaryDir> m_demoFolder;
    QString m_demoDomain;
    cohort::ui::FederationState m_state = cohort::ui::FederationState::Idle;
};

} // namespace cohort::app
