// FederationController's demo sites: cohort-cli site processes on this machine, started one by
// one, each on its own generated file, their output shown in the page's log.
#include <QDir>
#include <QProcess>
#include <QTimer>

#include <optional>

#include <unistd.h>

#include "bridge/federation_controller.h"
#include "bridge/federation_log_text.h"
#include "bridge/federation_run.h"

namespace cohort::app
{

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
    if (!m_run)
        return; // stopped before this site's turn
    const QString name = QStringLiteral("site_%1").arg(i);
    auto *process = new QProcess(this);
    process->setProcessChannelMode(QProcess::MergedChannels);
    connect(process, &QProcess::readyRead, this,
            [this, process]
            {
                // A site's log events come as JSON lines with its name as their source, and are
                // shown in the user's language; anything else (a validation report) as it is.
                while (process->canReadLine())
                {
                    const QByteArray line = process->readLine().trimmed();
                    const std::optional<net::LogEvent> event =
                        net::logEventFromJsonLine(line.toStdString());
                    Q_EMIT logLine(event ? federationLogText(*event) : QString::fromUtf8(line));
                }
            });
    // The simulated sites stand for other machines; a lower priority keeps this window
    // responsive while they train.
    process->setChildProcessModifier([] { (void)::nice(5); });
    process->start(m_cliPath, {"site", "--hub", QStringLiteral("127.0.0.1:%1").arg(port), "--csv",
                               QDir(folder).filePath(name + ".csv"), "--name", name, "--join-code",
                               code, "--seed", QString::number(42 + i), "--log-json"});
    m_demoSites.push_back(process);
}

} // namespace cohort::app
