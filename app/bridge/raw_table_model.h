// A CSV file's cells as a read-only table model for the Data page's preview. Lazy: it reads
// the engine's column buffers when a cell is shown, so a million-row file costs no copies.
#pragma once

#include <QAbstractTableModel>

#include <memory>

#include "data/raw_table.h"

namespace cohort::app
{

class RawTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit RawTableModel(std::shared_ptr<const engine::RawTable> table,
                           QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    std::shared_ptr<const engine::RawTable> m_table;
};

} // namespace cohort::app
