// The sites of a federation as table rows (site, state, samples, last update, accuracy, round
// time), one row per site name; dropped or departed sites are greyed with their state in red.
#pragma once

#include "widgets/federation_views.h"

#include <QAbstractTableModel>
#include <QVector>

namespace cohort::ui
{

class SiteTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteTableModel)

public:
    enum Column
    {
        SiteColumn,
        StateColumn,
        SamplesColumn,
        LastUpdateColumn,
        AccuracyColumn,
        RoundTimeColumn,
        ColumnCount
    };
    /// Raw values (numbers, date-times) for sorting.
    static constexpr int kSortRole = Qt::UserRole + 1;

    explicit SiteTableModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

    /// Inserts the site, or replaces the row with the same name.
    void updateSite(const SiteView &site);
    void clear();
    [[nodiscard]] const SiteView &site(int row) const { return m_sites.at(row); }
    /// True when the state says the site dropped out or left.
    [[nodiscard]] static bool isLost(SiteState state);
    /// Header texts again after a language change.
    void retranslate();

private:
    [[nodiscard]] QVariant displayData(const SiteView &site, int column) const;
    [[nodiscard]] QVariant sortData(const SiteView &site, int column) const;

    QVector<SiteView> m_sites;
};

} // namespace cohort::ui
