// A read-only table of already formatted cells with a sort key each: the Explain page's values
// tables and the data behind its charts, shown in views and exported as CSV.
#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace cohort::ui
{

struct TextCell
{
    QString text;
    QVariant sortKey; // a number sorts and aligns right; invalid: sorts by text
};

class TextTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextTableModel)

public:
    static constexpr int kSortRole = Qt::UserRole + 1;

    explicit TextTableModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

    void setHeaders(const QStringList &headers);
    void setRows(const QVector<QVector<TextCell>> &rows);
    [[nodiscard]] QString text(int row, int column) const;

private:
    QStringList m_headers;
    QVector<QVector<TextCell>> m_rows;
};

} // namespace cohort::ui
