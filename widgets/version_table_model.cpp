#include "widgets/version_table_model.h"

#include <QCoreApplication>
#include <QFont>
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

VersionTableModel::VersionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int VersionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_versions.size());
}

int VersionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString VersionTableModel::originText(const QString &origin)
{
    if (origin == QLatin1String("local"))
        return tr("local", "model origin");
    if (origin == QLatin1String("centralized"))
        return tr("centralized", "model origin");
    if (origin == QLatin1String("federated"))
        return tr("federated", "model origin");
    return origin;
}

QVariant VersionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_versions.size())
        return {};
    const VersionView &version = m_versions.at(index.row());
    switch (role)
    {
    case Qt::DisplayRole:
        return displayData(version, index.column());
    case kSortRole:
        return sortData(version, index.column());
    case kIdRole:
        return version.id;
    case Qt::TextAlignmentRole:
        if (index.column() == NameColumn || index.column() == OriginColumn
            || index.column() == CreatedColumn || index.column() == ActiveColumn)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (version.active)
        {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return version.target.isEmpty() ? QVariant() : tr("Predicts %1").arg(version.target);
    default:
        return {};
    }
}

QVariant VersionTableModel::displayData(const VersionView &version, int column) const
{
    switch (column)
    {
    case IdColumn:
        return version.id;
    case NameColumn:
        return version.name;
    case OriginColumn:
        return originText(version.origin);
    case RoundColumn:
        return version.round < 0 ? QStringLiteral("–") : QString::number(version.round);
    case CreatedColumn:
        // ISO-like and compact: the table has ten columns.
        return version.created.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case AccuracyColumn:
        return figure(version.accuracy);
    case MacroF1Column:
        return figure(version.macroF1);
    case RocAucColumn:
        return figure(version.rocAuc);
    case ParentColumn:
        return version.parentId == 0 ? QStringLiteral("–") : QString::number(version.parentId);
    case ActiveColumn:
        return version.active ? tr("● active") : QString();
    default:
        return {};
    }
}

QVariant VersionTableModel::sortData(const VersionView &version, int column)
{
    switch (column)
    {
    case IdColumn:
        return version.id;
    case NameColumn:
        return version.name;
    case OriginColumn:
        return version.origin;
    case RoundColumn:
        return version.round;
    case CreatedColumn:
        return version.created;
    case AccuracyColumn:
        return version.accuracy;
    case MacroF1Column:
        return version.macroF1;
    case RocAucColumn:
        return version.rocAuc;
    case ParentColumn:
        return version.parentId;
    case ActiveColumn:
        return version.active;
    default:
        return {};
    }
}

QVariant VersionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section)
    {
    case IdColumn:
        return tr("Id");
    case NameColumn:
        return tr("Name");
    case OriginColumn:
        return tr("Origin");
    case RoundColumn:
        return tr("Round");
    case CreatedColumn:
        return tr("Created");
    case AccuracyColumn:
        return tr("Accuracy");
    case MacroF1Column:
        return tr("Macro F1");
    case RocAucColumn:
        return tr("ROC AUC");
    case ParentColumn:
        return tr("Parent");
    case ActiveColumn:
        return tr("Active");
    default:
        return {};
    }
}

void VersionTableModel::setVersions(const QVector<VersionView> &versions)
{
    beginResetModel();
    m_versions = versions;
    endResetModel();
}

const VersionView *VersionTableModel::findVersion(qint64 id) const
{
    for (const VersionView &version : m_versions)
    {
        if (version.id == id)
            return &version;
    }
    return nullptr;
}

void VersionTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_versions.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace cohort::ui
