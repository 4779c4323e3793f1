#include "widgets/site_table_model.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace cohort::ui
{

namespace
{

QString stateText(SiteState state)
{
    switch (state)
    {
    case SiteState::Joined:
        return QCoreApplication::translate("cohort::ui::SiteState", "joined");
    case SiteState::Training:
        return QCoreApplication::translate("cohort::ui::SiteState", "training");
    case SiteState::Answered:
        return QCoreApplication::translate("cohort::ui::SiteState", "answered");
    case SiteState::Evaluating:
        return QCoreApplication::translate("cohort::ui::SiteState", "evaluating");
    case SiteState::Dropped:
        return QCoreApplication::translate("cohort::ui::SiteState", "dropped");
    case SiteState::Left:
        return QCoreApplication::translate("cohort::ui::SiteState", "left");
    case SiteState::NotSampled:
        //: A site connected to the hub that was not chosen to train in the last round.
        return QCoreApplication::translate("cohort::ui::SiteState", "not sampled");
    }
    return {};
}

QString numberOrDash(double value, const QString &pattern, int decimals)
{
    if (std::isnan(value))
        return QStringLiteral("–");
    return pattern.arg(QLocale().toString(value, 'f', decimals));
}

} // namespace

SiteTableModel::SiteTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int SiteTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_sites.size());
}

int SiteTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool SiteTableModel::isLost(SiteState state)
{
    return state == SiteState::Dropped || state == SiteState::Left;
}

QVariant SiteTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_sites.size())
        return {};
    const SiteView &site = m_sites.at(index.row());
    const bool lost = isLost(site.state);
    switch (role)
    {
    case Qt::DisplayRole:
        return displayData(site, index.column());
    case kSortRole:
        return sortData(site, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() >= SamplesColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (lost)
            return QBrush(index.column() == StateColumn ? QColor(0xc0, 0x1c, 0x1c)
                                                        : QColor(0x80, 0x80, 0x80));
        return {};
    case Qt::FontRole:
        if (lost)
        {
            QFont font;
            font.setItalic(true);
            font.setBold(index.column() == StateColumn);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (lost)
            return tr("%1 is not taking part in rounds right now; it comes back when it "
                      "reconnects.")
                .arg(site.name);
        return {};
    default:
        return {};
    }
}

QVariant SiteTableModel::displayData(const SiteView &site, int column) const
{
    switch (column)
    {
    case SiteColumn:
        return site.name;
    case StateColumn:
        return stateText(site.state);
    case SamplesColumn:
        return site.samples < 0 ? QString() : QLocale().toString(site.samples);
    case LastUpdateColumn:
        return site.lastUpdate.isValid()
                   ? QLocale().toString(site.lastUpdate.time(), QLocale::ShortFormat)
                   : QStringLiteral("–");
    case AccuracyColumn:
        return numberOrDash(site.accuracy, QStringLiteral("%1"), 3);
    case RoundTimeColumn:
        // A fast round is milliseconds: "0.0 s" would say nothing.
        if (!std::isnan(site.roundSeconds) && site.roundSeconds < 1.0)
            return tr("%1 ms", "milliseconds")
                .arg(QLocale().toString(std::max(1.0, std::round(site.roundSeconds * 1000.0)), 'f',
                                        0));
        return numberOrDash(site.roundSeconds, tr("%1 s", "seconds"), 1);
    default:
        return {};
    }
}

QVariant SiteTableModel::sortData(const SiteView &site, int column) const
{
    switch (column)
    {
    case SamplesColumn:
        return site.samples;
    case LastUpdateColumn:
        return site.lastUpdate;
    case AccuracyColumn:
        return std::isnan(site.accuracy) ? -1.0 : site.accuracy;
    case RoundTimeColumn:
        return std::isnan(site.roundSeconds) ? -1.0 : site.roundSeconds;
    default:
        return displayData(site, column);
    }
}

QVariant SiteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    // Short headings keep every column in view on a small screen; the tooltip says more.
    const bool tip = role == Qt::ToolTipRole;
    switch (section)
    {
    case SiteColumn:
        return tip ? tr("The site's name, as it joined") : tr("Site");
    case StateColumn:
        return tip ? tr("What the site did in the last round") : tr("State");
    case SamplesColumn:
        return tip ? tr("Rows the site trains on") : tr("Rows");
    case LastUpdateColumn:
        return tip ? tr("When the site last reported") : tr("Updated");
    case AccuracyColumn:
        return tip ? tr("The global model's accuracy on the site's held-out rows") : tr("Accuracy");
    case RoundTimeColumn:
        return tip ? tr("How long the site took for its part of the last round") : tr("Time");
    default:
        return {};
    }
}

void SiteTableModel::updateSite(const SiteView &site)
{
    for (int row = 0; row < m_sites.size(); ++row)
    {
        if (m_sites.at(row).name == site.name)
        {
            // An update only says what it knows: unknown fields keep the row's last values.
            SiteView merged = site;
            const SiteView &old = m_sites.at(row);
            if (merged.samples < 0)
                merged.samples = old.samples;
            if (std::isnan(merged.accuracy))
                merged.accuracy = old.accuracy;
            if (std::isnan(merged.roundSeconds))
                merged.roundSeconds = old.roundSeconds;
            if (!merged.lastUpdate.isValid())
                merged.lastUpdate = old.lastUpdate;
            m_sites[row] = merged;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    const int row = static_cast<int>(m_sites.size());
    beginInsertRows({}, row, row);
    m_sites.append(site);
    endInsertRows();
}

void SiteTableModel::clear()
{
    beginResetModel();
    m_sites.clear();
    endResetModel();
}

void SiteTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_sites.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace cohort::ui
