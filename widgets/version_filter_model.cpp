#include "widgets/version_filter_model.h"

#include "widgets/version_table_model.h"

#include <QDateTime>

#include <cmath>

namespace cohort::ui
{

namespace
{

// Numbers sort as numbers with missing figures (NaN) below every measured one, dates as dates
// and text in the user's language, ignoring case.
bool lessValue(const QVariant &a, const QVariant &b)
{
    if (a.typeId() == QMetaType::Double && b.typeId() == QMetaType::Double)
    {
        const double x = a.toDouble();
        const double y = b.toDouble();
        if (std::isnan(x) || std::isnan(y))
            return std::isnan(x) && !std::isnan(y);
        return x < y;
    }
    if (a.typeId() == QMetaType::QDateTime && b.typeId() == QMetaType::QDateTime)
        return a.toDateTime() < b.toDateTime();
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return QString::localeAwareCompare(a.toString().toLower(), b.toString().toLower()) < 0;
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace

VersionFilterModel::VersionFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(VersionTableModel::kSortRole);
}

void VersionFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void VersionFilterModel::setOrigin(const QString &origin)
{
    m_origin = origin;
    invalidateFilter();
}

bool VersionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = qobject_cast<const VersionTableModel *>(sourceModel());
    if (!model || sourceRow >= model->rowCount())
        return true;
    // A run's rows are shown or hidden together, as its newest version decides.
    const VersionView &version = model->runAt(sourceRow).versions.first();
    if (!m_origin.isEmpty() && version.origin != m_origin)
        return false;
    if (m_text.isEmpty())
        return true;
    return version.name.contains(m_text, Qt::CaseInsensitive)
           || version.origin.contains(m_text, Qt::CaseInsensitive)
           || VersionTableModel::originText(version.origin).contains(m_text, Qt::CaseInsensitive)
           || version.target.contains(m_text, Qt::CaseInsensitive);
}

bool VersionFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Runs sort by their own values, then by key so that two runs never interleave.
    const QVariant leftRun = left.data(VersionTableModel::kRunSortRole);
    const QVariant rightRun = right.data(VersionTableModel::kRunSortRole);
    if (lessValue(leftRun, rightRun) || lessValue(rightRun, leftRun))
        return lessValue(leftRun, rightRun);
    const QString leftKey = left.data(VersionTableModel::kRunKeyRole).toString();
    const QString rightKey = right.data(VersionTableModel::kRunKeyRole).toString();
    if (leftKey != rightKey)
        return leftKey < rightKey;
    // Within a run, the run's own row comes first in either order: a descending sort asks
    // lessThan(right, left), so the answer turns with the order.
    const int leftDepth = left.data(VersionTableModel::kDepthRole).toInt();
    const int rightDepth = right.data(VersionTableModel::kDepthRole).toInt();
    if (leftDepth != rightDepth)
        return (leftDepth < rightDepth) == (sortOrder() == Qt::AscendingOrder);
    return lessValue(left.data(sortRole()), right.data(sortRole()));
}

} // namespace cohort::ui
