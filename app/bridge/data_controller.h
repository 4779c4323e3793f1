// The Data page's engine side: reads a CSV file and infers its schema on a worker thread, then
// hands the page a lazy preview model, per-column summaries and the validation issues.
#pragma once

#include <QObject>
#include <QStringList>
#include <QVector>

#include <memory>

#include "widgets/data_views.h"

#include <QAbstractItemModel>

namespace cohort::engine
{
struct RawTable;
}

namespace cohort::app
{

class DataController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataController)

public:
    explicit DataController(QObject *parent = nullptr);
    ~DataController() override;

    /// Reads `path` in the background; the signals below report the outcome.
    void open(const QString &path);
    /// Infers the schema again with another target column.
    void setTarget(const QString &column);
    /// Infers the schema again without these columns among the features.
    void setExcludedColumns(const QStringList &columns);

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString target() const { return m_target; }
    /// The columns the user left out of the features (reset when another file opens).
    [[nodiscard]] QStringList excludedColumns() const { return m_excluded; }
    [[nodiscard]] bool canTrain() const { return m_canTrain; }
    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] QAbstractItemModel *previewModel() const { return m_preview; }
    /// The open file's cells (shared, read-only), for other controllers; null before a file.
    [[nodiscard]] std::shared_ptr<const engine::RawTable> table() const { return m_table; }

Q_SIGNALS:
    void loadingChanged(bool loading, const QString &what);
    void fileOpened(const QString &path, qint64 rows, int columns);
    /// The encoding ("UTF-8", "Latin-1"…) and the delimiter the file was read with.
    void fileFormatChanged(const QString &encoding, const QChar &delimiter);
    void previewChanged(QAbstractItemModel *model);
    void schemaChanged(const QVector<cohort::ui::ColumnSummaryView> &columns,
                       const QString &target);
    void issuesChanged(const QVector<cohort::ui::IssueView> &issues);
    void loadFailed(const QString &message);
    /// Whether the file can be trained on; `reason` says why not.
    void trainabilityChanged(bool canTrain, const QString &reason);

private:
    struct Analysis;
    void analyse(std::shared_ptr<const engine::RawTable> table, const QString &path,
                 const QString &target, const QStringList &excluded);
    void apply(const Analysis &analysis);

    QString m_path;
    QString m_target;
    QStringList m_excluded;
    bool m_canTrain = false;
    bool m_loading = false;
    int m_generation = 0; // results of an older request are dropped
    std::shared_ptr<const engine::RawTable> m_table;
    QVector<ui::IssueView> m_readIssues; // what reading the file reported (a Latin-1 file…)
    bool m_readHasErrors = false;        // reading found errors (bad rows): no training
    QAbstractItemModel *m_preview = nullptr;
};

} // namespace cohort::app
