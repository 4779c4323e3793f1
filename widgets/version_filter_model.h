// Sorting and filtering of the versions table: numbers sort as numbers (missing figures last),
// a run's rounds stay under its row, the text filter matches name, origin or target, and an
// origin key narrows the rows.
#pragma once

#include <QSortFilterProxyModel>

namespace cohort::ui
{

class VersionFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionFilterModel)

public:
    explicit VersionFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    /// An origin key ("local", "centralized", "federated"), or empty for all.
    void setOrigin(const QString &origin);

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &parent) const override;
    [[nodiscard]] bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QString m_origin;
};

} // namespace cohort::ui
