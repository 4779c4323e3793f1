#include "bridge/raw_table_model.h"

#include <limits>

#include <QCoreApplication>

namespace cohort::app
{

RawTableModel::RawTableModel(std::shared_ptr<const engine::RawTable> table, QObject *parent)
    : QAbstractTableModel(parent)
    , m_table(std::move(table))
{
}

int RawTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_table)
        return 0;
    // Qt's views count rows in int; a larger file shows its first 2^31 - 1 rows.
    return static_cast<int>(
        std::min<std::size_t>(m_table->rowCount(), std::numeric_limits<int>::max()));
}

int RawTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_table ? 0 : static_cast<int>(m_table->columns.size());
}

QVariant RawTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || role != Qt::DisplayRole)
        return {};
    const std::string_view cell = m_table->columns[static_cast<std::size_t>(index.column())].at(
        static_cast<std::size_t>(index.row()));
    return QString::fromUtf8(cell.data(), static_cast<qsizetype>(cell.size()));
}

QVariant RawTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if ((role != Qt::DisplayRole && role != Qt::ToolTipRole) || !m_table)
        return {};
    if (orientation == Qt::Horizontal)
        return QString::fromStdString(m_table->names.at(static_cast<std::size_t>(section)));
    // Data rows count from 1 on every page; the file's line is a tooltip away.
    if (role == Qt::ToolTipRole)
        return QCoreApplication::translate("cohort::app::DataController", "Line %1 of the file")
            .arg(m_table->recordNumber(static_cast<std::size_t>(section)));
    return QString::number(section + 1);
}

} // namespace cohort::app
