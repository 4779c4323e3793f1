// The Models and Evaluate pages' engine side: lists the registry's versions, marks the active
// one, exports, imports and deletes versions or whole runs, and evaluates a version on a CSV
// file. Every registry access runs on a worker thread with its own connection, read-only
// unless it writes.
#pragma once

#include <QObject>
#include <QVector>

#include "widgets/evaluate_views.h"
#include "widgets/models_views.h"

namespace cohort::app
{

class RegistryController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryController)

public:
    explicit RegistryController(QString databasePath, QObject *parent = nullptr);

    [[nodiscard]] QString databasePath() const { return m_databasePath; }

public Q_SLOTS:
    void refresh();
    void activate(qint64 id);
    void exportVersion(qint64 id, const QString &path);
    void importVersion(const QString &path);
    void deleteVersion(qint64 id);
    /// Deletes every listed version of the run named `runName` in one transaction.
    void deleteRun(const QString &runName, const QVector<qint64> &versionIds);
    void evaluate(qint64 id, const QString &csvPath);

Q_SIGNALS:
    void versionsChanged(const QVector<cohort::ui::VersionView> &versions);
    /// The outcome of an action, in words; `isError` when it failed.
    void actionFinished(const QString &message, bool isError);
    void evaluationFinished(const cohort::ui::EvaluationView &evaluation);
    void evaluationFailed(const QString &message);

private:
    QString m_databasePath;
};

} // namespace cohort::app
