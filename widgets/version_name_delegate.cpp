#include "widgets/version_name_delegate.h"

#include "widgets/version_table_model.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>

namespace cohort::ui
{

namespace
{

// One level of indentation: about as wide as a line is high, like a tree's.
int levelWidth(const QFontMetrics &metrics)
{
    return metrics.height() + 4;
}

// Top-level names start after the arrow's place; a run's rounds half a level further in.
int textOffset(const QModelIndex &index, const QFontMetrics &metrics)
{
    const int depth = index.data(VersionTableModel::kDepthRole).toInt();
    return levelWidth(metrics) + depth * levelWidth(metrics) / 2;
}

} // namespace

VersionNameDelegate::VersionNameDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QRect VersionNameDelegate::arrowRect(const QRect &cell, const QFontMetrics &metrics)
{
    return QRect(cell.left(), cell.top(), levelWidth(metrics), cell.height());
}

void VersionNameDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem full = option;
    initStyleOption(&full, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The whole cell gets the row's background (selection, alternate colour) first.
    full.text.clear();
    full.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &full, painter, widget);

    if (index.data(VersionTableModel::kExpandableRole).toBool())
    {
        QStyleOption branch;
        branch.rect = arrowRect(option.rect, option.fontMetrics);
        branch.palette = option.palette;
        branch.state = QStyle::State_Children | QStyle::State_Enabled;
        if (index.data(VersionTableModel::kExpandedRole).toBool())
            branch.state |= QStyle::State_Open;
        style->drawPrimitive(QStyle::PE_IndicatorBranch, &branch, painter, widget);
    }
    QStyleOptionViewItem text = option;
    text.rect.setLeft(option.rect.left() + textOffset(index, option.fontMetrics));
    QStyledItemDelegate::paint(painter, text, index);
}

QSize VersionNameDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const QSize size = QStyledItemDelegate::sizeHint(option, index);
    return {size.width() + textOffset(index, option.fontMetrics), size.height()};
}

bool VersionNameDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                      const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease
        && index.data(VersionTableModel::kExpandableRole).toBool())
    {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton
            && arrowRect(option.rect, option.fontMetrics).contains(mouse->position().toPoint()))
        {
            const bool expanded = index.data(VersionTableModel::kExpandedRole).toBool();
            model->setData(index, !expanded, VersionTableModel::kExpandedRole);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace cohort::ui
