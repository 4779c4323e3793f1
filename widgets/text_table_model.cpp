#include "widgets/text_table_model.h"

namespace cohort::ui
{

TextTableModel::TextTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int TextTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TextTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_headers.size());
}

QVariant TextTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const TextCell cell = m_rows.at(index.row()).value(index.column());
    switch (role)
    {
    case Qt::DisplayRole:
        return cell.text;
    case kSortRole:
        return cell.sortKey.isValid() ? cell.sortKey : QVariant(cell.text);
    case Qt::TextAlignmentRole:
        return cell.sortKey.isValid() ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant TextTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_headers.value(section);
}

void TextTableModel::setHeaders(const QStringList &headers)
{
    if (headers.size() != m_headers.size())
    {
        beginResetModel();
        m_headers = headers;
        endResetModel();
        return;
    }
    m_headers = headers;
    if (!headers.isEmpty())
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, static_cast<int>(headers.size()) - 1);
}

void TextTableModel::setRows(const QVector<QVector<TextCell>> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QString TextTableModel::text(int row, int column) const
{
    return m_rows.value(row).value(column).text;
}

} // namespace cohort::ui
