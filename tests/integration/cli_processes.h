// The cohort-cli processes an integration test starts: launched, waited for with a bound, and
// killed when the test function ends, so that no child outlives its test.
#pragma once

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

#include <memory>
#include <vector>

class CliProcesses final
{
public:
    static constexpr int kWaitMs = 180000; // every wait is bounded; CI machines are slow

    CliProcesses() = default;
    CliProcesses(const CliProcesses &) = delete;
    CliProcesses &operator=(const CliProcesses &) = delete;
    ~CliProcesses() { killAll(); }

    /// Starts cohort-cli with `arguments`; stdout and stderr are kept apart.
    QProcess *launch(const QStringList &arguments)
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::SeparateChannels);
        process->start(QStringLiteral(COHORT_CLI_PATH), arguments);
        process->waitForStarted(10000);
        m_processes.push_back(std::move(process));
        return m_processes.back().get();
    }

    /// Runs cohort-cli to the end and parses its --json output.
    static QJsonObject runJson(const QStringList &arguments, int *exitCode = nullptr)
    {
        QProcess process;
        process.start(QStringLiteral(COHORT_CLI_PATH), arguments);
        if (!process.waitForFinished(kWaitMs))
            process.kill();
        if (exitCode)
            *exitCode = process.exitCode();
        return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    }

    /// Reads the process's stderr until it contains `text` (kept in `seen`), or the bound.
    static bool waitForStderr(QProcess *process, const QByteArray &text, QByteArray &seen)
    {
        QDeadlineTimer deadline(kWaitMs);
        while (!seen.contains(text) && !deadline.hasExpired()
               && process->state() == QProcess::Running)
        {
            process->waitForReadyRead(1000);
            seen += process->readAllStandardError();
        }
        return seen.contains(text);
    }

    /// A free loopback port, for a process that must come back on the same port.
    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    void killAll()
    {
        for (auto &process : m_processes)
        {
            if (process->state() != QProcess::NotRunning)
            {
                process->kill();
                process->waitForFinished(10000);
            }
        }
        m_processes.clear();
    }

private:
    std::vector<std::unique_ptr<QProcess>> m_processes;
};
