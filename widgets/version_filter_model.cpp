#include "widgets/version_filter_model.h"

#include "widgets/version_table_model.h"

#include <QDateTime>

#include <cmath>

namespace cohort::ui
{

VersionFilterModel::VersionFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(VersionTableModel::kSortRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
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
    if (!model || sourceRow >= model->versions().size())
        return true;
    const VersionView &version = model->versions().at(sourceRow);
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
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::Double && b.typeId() == QMetaType::Double)
    {
        // Missing figures (NaN) sort below every measured one.
        const double x = a.toDouble();
        const double y = b.toDouble();
        if (std::isnan(x) || std::isnan(y))
            return std::isnan(x) && !std::isnan(y);
        return x < y;
    }
    if (a.typeId() == QMetaType::QDateTime)
        return a.toDateTime() < b.toDateTime();
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace cohort::ui
