// Per-class figures of an evaluation as table rows: class, precision, recall, F1, support.
#pragma once

#include "widgets/evaluate_views.h"

#include <QAbstractTableModel>
#include <QVector>

namespace cohort::ui
{

class ClassMetricsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClassMetricsModel)

public:
    enum Column
    {
        ClassColumn,
        PrecisionColumn,
        RecallColumn,
        F1Column,
        SupportColumn,
        ColumnCount
    };
    static constexpr int kSortRole = Qt::UserRole + 1;

    explicit ClassMetricsModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

    void setRows(const QVector<ClassRowView> &rows);
    void retranslate();

private:
    QVector<ClassRowView> m_rows;
};

} // namespace cohort::ui
