// Stored model versions as table rows: id, name, origin, round, date, accuracy, macro F1,
// ROC AUC, parent and which one is active. Raw values under kSortRole for numeric sorting.
#pragma once

#include "widgets/models_views.h"

#include <QAbstractTableModel>
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
    static constexpr int kIdRole = Qt::UserRole + 2;

    explicit VersionTableModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

    void setVersions(const QVector<VersionView> &versions);
    [[nodiscard]] const QVector<VersionView> &versions() const { return m_versions; }
    /// The version with `id`, or nullptr.
    [[nodiscard]] const VersionView *findVersion(qint64 id) const;
    /// The origin key ("local", "centralized", "federated") in the user's language.
    [[nodiscard]] static QString originText(const QString &origin);
    void retranslate();

private:
    [[nodiscard]] QVariant displayData(const VersionView &version, int column) const;
    [[nodiscard]] static QVariant sortData(const VersionView &version, int column);

    QVector<VersionView> m_versions;
};

} // namespace cohort::ui
