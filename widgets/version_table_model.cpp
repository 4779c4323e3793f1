#include "widgets/version_table_model.h"

#include "widgets/version_details.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace cohort::ui
{

namespace
{

QString figure(double value)
{
    return std::isnan(value) ? QStringLiteral("–") : QLocale().toString(value, 'f', 3);
}

QString runKeyOf(const VersionView &version)
{
    return version.run.isEmpty() ? QStringLiteral("version:%1").arg(version.id)
                                 : QStringLiteral("run:%1").arg(version.run);
}

} // namespace

VersionTableModel::VersionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int VersionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
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

const VersionView &VersionTableModel::versionOf(const Row &row) const
{
    // A run row stands for its newest version, which comes first.
    return m_runs.at(row.run).versions.at(std::max(row.version, 0));
}

bool VersionTableModel::isRunRow(const Row &row) const
{
    return row.version < 0;
}

const VersionTableModel::Run &VersionTableModel::runAt(int row) const
{
    return m_runs.at(m_rows.at(row).run);
}

QVariant VersionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const Run &run = m_runs.at(row.run);
    const VersionView &version = versionOf(row);
    switch (role)
    {
    case Qt::DisplayRole:
        return isRunRow(row) ? runDisplayData(run, index.column())
                             : displayData(version, index.column());
    case kSortRole:
        return sortData(version, index.column());
    case kRunSortRole:
        return sortData(run.versions.first(), index.column());
    case kIdRole:
        return version.id;
    case kDepthRole:
        return !isRunRow(row) && run.versions.size() > 1 ? 1 : 0;
    case kRunKeyRole:
        return run.key;
    case kRowKeyRole:
        return isRunRow(row) ? QStringLiteral("run row:%1").arg(run.key)
                             : QStringLiteral("version:%1").arg(version.id);
    case kExpandableRole:
        return isRunRow(row);
    case kExpandedRole:
        return isRunRow(row) && m_expanded.contains(run.key);
    case Qt::TextAlignmentRole:
        if (index.column() == NameColumn || index.column() == OriginColumn
            || index.column() == CreatedColumn || index.column() == ActiveColumn)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
    {
        const bool active = isRunRow(row)
                                ? std::any_of(run.versions.cbegin(), run.versions.cend(),
                                              [](const VersionView &v) { return v.active; })
                                : version.active;
        if (!active)
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::ToolTipRole:
        if (isRunRow(row))
            return tr("%1: %n rounds, versions %2 to %3. The figures are the newest round's; "
                      "click the arrow or double-click the row to see each round.",
                      nullptr, static_cast<int>(run.versions.size()))
                .arg(run.name, QString::number(run.versions.last().id),
                     QString::number(run.versions.first().id));
        return version.target.isEmpty() ? QVariant() : tr("Predicts %1").arg(version.target);
    default:
        return {};
    }
}

bool VersionTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != kExpandedRole || !index.isValid() || index.row() >= m_rows.size()
        || !isRunRow(m_rows.at(index.row())))
        return false;
    setExpanded(index.row(), value.toBool());
    return true;
}

QVariant VersionTableModel::displayData(const VersionView &version, int column) const
{
    switch (column)
    {
    case IdColumn:
        return version.id;
    case NameColumn:
        return versionDisplayName(version);
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

QVariant VersionTableModel::runDisplayData(const Run &run, int column) const
{
    const VersionView &newest = run.versions.first();
    switch (column)
    {
    case NameColumn:
        return tr("%1 (%n rounds)", "a federation run and how many rounds it stored",
                  static_cast<int>(run.versions.size()))
            .arg(run.name);
    case ParentColumn:
    {
        // The model the run started from, if any; each round's parent is the round before.
        const qint64 parent = run.versions.last().parentId;
        return parent == 0 ? QStringLiteral("–") : QString::number(parent);
    }
    case ActiveColumn:
        for (const VersionView &version : run.versions)
        {
            if (version.active && version.id == newest.id)
                return tr("● active");
            if (version.active)
                return tr("● round %1 active").arg(version.round);
        }
        return QString();
    default:
        return displayData(newest, column);
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
    m_runs.clear();
    m_rows.clear();
    QHash<QString, int> runIndex;
    for (const VersionView &version : versions)
    {
        const QString key = runKeyOf(version);
        auto found = runIndex.constFind(key);
        if (found == runIndex.cend())
        {
            found = runIndex.insert(key, static_cast<int>(m_runs.size()));
            m_runs.append({key, version.run.isEmpty() ? version.name : version.run, {}});
        }
        m_runs[*found].versions.append(version);
    }
    for (int r = 0; r < m_runs.size(); ++r)
    {
        QVector<VersionView> &runVersions = m_runs[r].versions;
        std::sort(runVersions.begin(), runVersions.end(),
                  [](const VersionView &a, const VersionView &b) { return a.id > b.id; });
        if (runVersions.size() == 1)
        {
            m_rows.append({r, 0});
            continue;
        }
        m_rows.append({r, -1});
        if (m_expanded.contains(m_runs.at(r).key))
            for (int v = 0; v < runVersions.size(); ++v)
                m_rows.append({r, v});
    }
    endResetModel();
}

void VersionTableModel::setExpanded(int row, bool expanded)
{
    if (row < 0 || row >= m_rows.size() || !isRunRow(m_rows.at(row)))
        return;
    const int run = m_rows.at(row).run;
    const QString &key = m_runs.at(run).key;
    if (m_expanded.contains(key) == expanded)
        return;
    const int count = static_cast<int>(m_runs.at(run).versions.size());
    if (expanded)
    {
        beginInsertRows({}, row + 1, row + count);
        m_expanded.insert(key);
        for (int v = 0; v < count; ++v)
            m_rows.insert(row + 1 + v, Row{run, v});
        endInsertRows();
    }
    else
    {
        beginRemoveRows({}, row + 1, row + count);
        m_expanded.remove(key);
        m_rows.remove(row + 1, count);
        endRemoveRows();
    }
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
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

const VersionTableModel::Run *VersionTableModel::findRun(const QString &key) const
{
    for (const Run &run : m_runs)
    {
        if (run.key == key)
            return &run;
    }
    return nullptr;
}

void VersionTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace cohort::ui
