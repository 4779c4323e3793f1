// The versions table's Name column as a tree: a run's row carries an arrow that shows or hides
// its rounds when clicked, and the rounds are indented under it.
#pragma once

#include <QStyledItemDelegate>

namespace cohort::ui
{

class VersionNameDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionNameDelegate)

public:
    explicit VersionNameDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const override;
    /// Where the arrow of a run's row is drawn in a cell at `cell`.
    [[nodiscard]] static QRect arrowRect(const QRect &cell, const QFontMetrics &metrics);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
};

} // namespace cohort::ui
