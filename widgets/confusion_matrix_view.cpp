#include "widgets/confusion_matrix_view.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace cohort::ui
{

namespace
{

constexpr int kMargin = 6;
constexpr int kMaxRowLabelWidth = 130;
const QColor kLow(0xf4, 0xf8, 0xfc);
const QColor kHigh(0x08, 0x45, 0x94);

QColor blend(double share)
{
    const double t = std::clamp(share, 0.0, 1.0);
    return QColor::fromRgbF(
        static_cast<float>(kLow.redF() + t * (kHigh.redF() - kLow.redF())),
        static_cast<float>(kLow.greenF() + t * (kHigh.greenF() - kLow.greenF())),
        static_cast<float>(kLow.blueF() + t * (kHigh.blueF() - kLow.blueF())));
}

} // namespace

ConfusionMatrixView::ConfusionMatrixView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("confusionView"));
    setFocusPolicy(Qt::TabFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Confusion matrix"));
    updateAccessibleDescription();
}

void ConfusionMatrixView::setMatrix(const QStringList &classNames,
                                    const QVector<QVector<qint64>> &counts)
{
    m_classes = classNames;
    m_counts = counts;
    m_counts.resize(m_classes.size());
    for (QVector<qint64> &row : m_counts)
        row.resize(m_classes.size());
    updateAccessibleDescription();
    updateGeometry();
    update();
}

void ConfusionMatrixView::clear()
{
    setMatrix({}, {});
}

qint64 ConfusionMatrixView::count(int actual, int predicted) const
{
    if (actual < 0 || actual >= m_counts.size() || predicted < 0 || predicted >= m_counts.size())
        return 0;
    return m_counts.at(actual).at(predicted);
}

double ConfusionMatrixView::rowShare(int actual, int predicted) const
{
    if (actual < 0 || actual >= m_counts.size())
        return 0.0;
    qint64 total = 0;
    for (const qint64 value : m_counts.at(actual))
        total += value;
    return total > 0 ? static_cast<double>(count(actual, predicted)) / static_cast<double>(total)
                     : 0.0;
}

QSize ConfusionMatrixView::sizeHint() const
{
    return {380, 340};
}

QSize ConfusionMatrixView::minimumSizeHint() const
{
    return {220, 200};
}

ConfusionMatrixView::Geometry ConfusionMatrixView::geometry() const
{
    const QFontMetrics metrics = fontMetrics();
    Geometry g;
    for (const QString &name : m_classes)
        g.rowLabelWidth = std::max(g.rowLabelWidth, metrics.horizontalAdvance(name));
    g.rowLabelWidth = std::min(g.rowLabelWidth, kMaxRowLabelWidth) + 8;
    const int left = kMargin + metrics.height() + 4 + g.rowLabelWidth;
    const int top = kMargin + 2 * metrics.height() + 8;
    const int n = static_cast<int>(std::max<qsizetype>(m_classes.size(), 1));
    g.cellWidth = std::max(1, (width() - left - kMargin) / n);
    g.cellHeight = std::max(1, (height() - top - kMargin) / n);
    g.cells = QRect(left, top, g.cellWidth * n, g.cellHeight * n);
    return g;
}

void ConfusionMatrixView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    if (m_classes.isEmpty())
    {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("The confusion matrix appears after an evaluation."));
        return;
    }
    const Geometry g = geometry();
    paintAxes(painter, g);
    paintCells(painter, g);
}

void ConfusionMatrixView::paintAxes(QPainter &painter, const Geometry &g) const
{
    const QFontMetrics metrics = fontMetrics();
    QFont bold = font();
    bold.setBold(true);
    painter.setPen(palette().color(QPalette::Text));
    painter.setFont(bold);
    painter.drawText(QRect(g.cells.left(), kMargin, g.cells.width(), metrics.height()),
                     Qt::AlignCenter, tr("Predicted"));
    painter.save();
    painter.translate(kMargin, g.cells.center().y());
    painter.rotate(-90);
    painter.drawText(QRect(-g.cells.height() / 2, 0, g.cells.height(), metrics.height()),
                     Qt::AlignCenter, tr("Actual"));
    painter.restore();
    painter.setFont(font());
    const int labelTop = kMargin + metrics.height() + 4;
    for (int i = 0; i < m_classes.size(); ++i)
    {
        const QRect column(g.cells.left() + i * g.cellWidth, labelTop, g.cellWidth,
                           metrics.height());
        painter.drawText(column, Qt::AlignCenter,
                         metrics.elidedText(m_classes.at(i), Qt::ElideRight, g.cellWidth - 2));
        const QRect row(g.cells.left() - g.rowLabelWidth, g.cells.top() + i * g.cellHeight,
                        g.rowLabelWidth - 6, g.cellHeight);
        painter.drawText(row, Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(m_classes.at(i), Qt::ElideRight, row.width()));
    }
}

void ConfusionMatrixView::paintCells(QPainter &painter, const Geometry &g) const
{
    const QFontMetrics metrics = fontMetrics();
    const bool roomForShare = g.cellHeight >= 2 * metrics.height() + 4;
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    for (int actual = 0; actual < m_classes.size(); ++actual)
    {
        for (int predicted = 0; predicted < m_classes.size(); ++predicted)
        {
            const double share = rowShare(actual, predicted);
            const QRect cell(g.cells.left() + predicted * g.cellWidth,
                             g.cells.top() + actual * g.cellHeight, g.cellWidth - 1,
                             g.cellHeight - 1);
            painter.fillRect(cell, blend(share));
            painter.setPen(share > 0.5 ? Qt::white : QColor(0x20, 0x20, 0x20));
            const QString countText = QLocale().toString(count(actual, predicted));
            if (!roomForShare)
            {
                painter.setFont(font());
                painter.drawText(cell, Qt::AlignCenter, countText);
                continue;
            }
            QRect upper = cell;
            upper.setBottom(cell.center().y());
            QRect lower = cell;
            lower.setTop(cell.center().y());
            painter.setFont(font());
            painter.drawText(upper, Qt::AlignHCenter | Qt::AlignBottom, countText);
            painter.setFont(small);
            painter.drawText(lower, Qt::AlignHCenter | Qt::AlignTop,
                             tr("%1 %").arg(QLocale().toString(share * 100.0, 'f', 0)));
        }
    }
    painter.setFont(font());
    painter.setPen(QPen(palette().color(QPalette::Mid)));
    painter.drawRect(g.cells.adjusted(0, 0, -1, -1));
}

bool ConfusionMatrixView::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
    {
        setAccessibleName(tr("Confusion matrix"));
        updateAccessibleDescription();
        update();
    }
    if (event->type() != QEvent::ToolTip || m_classes.isEmpty())
        return QWidget::event(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const Geometry g = geometry();
    if (!g.cells.contains(help->pos()))
    {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    const int predicted = (help->pos().x() - g.cells.left()) / g.cellWidth;
    const int actual = (help->pos().y() - g.cells.top()) / g.cellHeight;
    QToolTip::showText(help->globalPos(),
                       tr("Actual %1, predicted %2: %3 (%4 % of the actual %1 rows)")
                           .arg(m_classes.value(actual), m_classes.value(predicted),
                                QLocale().toString(count(actual, predicted)),
                                QLocale().toString(rowShare(actual, predicted) * 100.0, 'f', 1)),
                       this);
    return true;
}

void ConfusionMatrixView::updateAccessibleDescription()
{
    QStringList rows;
    for (int actual = 0; actual < m_classes.size(); ++actual)
    {
        QStringList counts;
        for (const qint64 value : m_counts.at(actual))
            counts << QString::number(value);
        rows << tr("actual %1: %2").arg(m_classes.at(actual), counts.join(QLatin1Char(' ')));
    }
    setAccessibleDescription(rows.isEmpty() ? tr("No evaluation yet.")
                                            : rows.join(QStringLiteral("; ")));
}

} // namespace cohort::ui
