// FederationController's demo sites: cohort-cli site processes on this machine, started one by
// one, each on its own generated file, their output shown in the page's log.
#include <QDir>
#include <QProcess>
#include <QTimer>

#include <unistd.h>

#include "bridge/federation_controller.h"
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

} // namespace cohort::app
