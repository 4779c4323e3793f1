// Stored model versions as table rows, grouped by run: a federation run's rounds sit under one
// run row (its newest round's figures and how many rounds) that expands to one row per round; a
// version that is a run of its own is one row. Raw values under kSortRole for numeric sorting.
#pragma once

#include "widgets/models_views.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QVector>

namespace cohort::ui
{

class VersionTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionTableModel)

public:
    enum Column
    {
        IdColumn,
        NameColumn,
        OriginColumn,
        RoundColumn,
        CreatedColumn,
        AccuracyColumn,
        MacroF1Column,
        RocAucColumn,
        ParentColumn,
        ActiveColumn,
        ColumnCount
    };
    static constexpr int kSortRole = Qt::UserRole + 1;
    /// The row's version; a run row stands for its newest round.
    static constexpr int kIdRole = Qt::UserRole + 2;
    /// 0 for a run or a version of its own, 1 for a round shown under its run.
    static constexpr int kDepthRole = Qt::UserRole + 3;
    /// The sort value of the row's run in this column, so that a run's rows stay together.
    static constexpr int kRunSortRole = Qt::UserRole + 4;
    static constexpr int kRunKeyRole = Qt::UserRole + 5;
    /// Names the row across refreshes: its run's row, or its version.
    static constexpr int kRowKeyRole = Qt::UserRole + 6;
    /// True on the row of a run with several versions, which expands to them.
    static constexpr int kExpandableRole = Qt::UserRole + 7;
    /// Whether a run row shows its rounds; settable with setData.
    static constexpr int kExpandedRole = Qt::UserRole + 8;

    /// A run's versions, newest (highest id) first.
    struct Run
    {
        QString key;
        QString name;
        QVector<VersionView> versions;
    };

    explicit VersionTableModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

    void setVersions(const QVector<VersionView> &versions);
    [[nodiscard]] const QVector<VersionView> &versions() const { return m_versions; }
    /// The version with `id`, or nullptr.
    [[nodiscard]] const VersionView *findVersion(qint64 id) const;
    /// The run with `key` (kRunKeyRole), or nullptr.
    [[nodiscard]] const Run *findRun(const QString &key) const;
    /// The run a row belongs to.
    [[nodiscard]] const Run &runAt(int row) const;
    /// Shows or hides the rounds of the run on `row`; other rows are left alone.
    void setExpanded(int row, bool expanded);
    /// The origin key ("local", "centralized", "federated") in the user's language.
    [[nodiscard]] static QString originText(const QString &origin);
    void retranslate();

private:
    /// A row of the table: a version of a run, or (version -1) the row of a run itself.
    struct Row
    {
        int run = 0;
        int version = -1;
    };

    [[nodiscard]] const VersionView &versionOf(const Row &row) const;
    [[nodiscard]] bool isRunRow(const Row &row) const;
    [[nodiscard]] QVariant displayData(const VersionView &version, int column) const;
    [[nodiscard]] QVariant runDisplayData(const Run &run, int column) const;
    [[nodiscard]] static QVariant sortData(const VersionView &version, int column);

    QVector<VersionView> m_versions;
    QVector<Run> m_runs;
    QVector<Row> m_rows;
    QSet<QString> m_expanded;
};

} // namespace cohort::ui
