#include "widgets/class_metrics_model.h"

#include <QLocale>

#include <cmath>

namespace cohort::ui
{

namespace
{

QString figure(double value)
{
    return std::isnan(value) ? QStringLiteral("–") : QLocale().toString(value, 'f', 3);
}

} // namespace

ClassMetricsModel::ClassMetricsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ClassMetricsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ClassMetricsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClassMetricsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ClassRowView &row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == ClassColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != kSortRole)
        return {};
    const bool raw = role == kSortRole;
    switch (index.column())
    {
    case ClassColumn:
        return row.className;
    case PrecisionColumn:
        return raw ? QVariant(row.precision) : QVariant(figure(row.precision));
    case RecallColumn:
        return raw ? QVariant(row.recall) : QVariant(figure(row.recall));
    case F1Column:
        return raw ? QVariant(row.f1) : QVariant(figure(row.f1));
    case SupportColumn:
        return raw ? QVariant(row.support) : QVariant(QLocale().toString(row.support));
    default:
        return {};
    }
}

QVariant ClassMetricsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section)
    {
    case ClassColumn:
        return tr("Class");
    case PrecisionColumn:
        return tr("Precision");
    case RecallColumn:
        return tr("Recall");
    case F1Column:
        return tr("F1");
    case SupportColumn:
        return tr("Support");
    default:
        return {};
    }
}

void ClassMetricsModel::setRows(const QVector<ClassRowView> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void ClassMetricsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace cohort::ui
