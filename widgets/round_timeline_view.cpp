#include "widgets/round_timeline_view.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace cohort::ui
{

namespace
{

constexpr int kMargin = 4;
constexpr int kMinCellWidth = 5;
constexpr int kMaxCellWidth = 28;
constexpr int kMaxCellHeight = 22;
constexpr int kMaxLabelWidth = 140;

} // namespace

RoundTimelineView::RoundTimelineView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("roundTimeline"));
    setMouseTracking(true);
    setFocusPolicy(Qt::TabFocus);
    setAccessibleName(tr("Round timeline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    updateAccessibleDescription();
}

void RoundTimelineView::addRound(const RoundView &round)
{
    Column column{round.round, {}, {}};
    for (const QString &site : round.answered)
    {
        column.answered.insert(site);
        addSite(site);
    }
    for (const QString &site : round.dropped)
    {
        column.dropped.insert(site);
        addSite(site);
    }
    const auto same = std::find_if(m_rounds.begin(), m_rounds.end(),
                                   [&](const Column &c) { return c.round == round.round; });
    if (same != m_rounds.end())
        *same = column;
    else
        m_rounds.append(column);
    if (m_rounds.size() > kMaxRounds)
        m_rounds.remove(0, m_rounds.size() - kMaxRounds);
    updateAccessibleDescription();
    update();
}

void RoundTimelineView::addSite(const QString &name)
{
    if (name.isEmpty() || m_sites.contains(name))
        return;
    m_sites.append(name);
    updateGeometry();
    update();
}

void RoundTimelineView::clear()
{
    m_sites.clear();
    m_rounds.clear();
    updateAccessibleDescription();
    updateGeometry();
    update();
}

RoundTimelineView::Cell RoundTimelineView::cell(const QString &site, int round) const
{
    for (const Column &column : m_rounds)
    {
        if (column.round == round)
            return cellOf(column, site);
    }
    return Cell::NotSampled;
}

RoundTimelineView::Cell RoundTimelineView::cellOf(const Column &column, const QString &site)
{
    if (column.dropped.contains(site))
        return Cell::Dropped;
    if (column.answered.contains(site))
        return Cell::Answered;
    return Cell::NotSampled;
}

QColor RoundTimelineView::colour(Cell cell)
{
    switch (cell)
    {
    case Cell::Answered:
        return {0x2e, 0x9e, 0x4f};
    case Cell::Dropped:
        return {0xd6, 0x45, 0x41};
    case Cell::NotSampled:
        break;
    }
    return {0xd4, 0xd4, 0xd4};
}

QString RoundTimelineView::cellText(Cell cell)
{
    switch (cell)
    {
    case Cell::Answered:
        return tr("answered");
    case Cell::Dropped:
        return tr("dropped");
    case Cell::NotSampled:
        break;
    }
    return tr("not sampled");
}

QSize RoundTimelineView::sizeHint() const
{
    const int line = fontMetrics().height();
    return {420, 2 * line + 16 + static_cast<int>(std::max<qsizetype>(m_sites.size(), 4)) * 18};
}

QSize RoundTimelineView::minimumSizeHint() const
{
    return {150, 3 * fontMetrics().height() + 40};
}

RoundTimelineView::Geometry RoundTimelineView::geometry() const
{
    const QFontMetrics metrics = fontMetrics();
    Geometry g;
    const QRect area = rect().adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const int legendHeight = legendLines(area.width()) * (metrics.height() + 2);
    g.legend = QRect(area.left(), area.bottom() - legendHeight, area.width(), legendHeight);
    for (const QString &site : m_sites)
        g.labelWidth = std::max(g.labelWidth, metrics.horizontalAdvance(site));
    g.labelWidth = std::min(g.labelWidth, kMaxLabelWidth) + 8;
    const int top = area.top() + metrics.height() + 4;
    g.grid = QRect(area.left() + g.labelWidth, top, area.width() - g.labelWidth,
                   g.legend.top() - 6 - top);
    const int rounds = static_cast<int>(m_rounds.size());
    const int sites = static_cast<int>(std::max<qsizetype>(m_sites.size(), 1));
    const int fitting = std::max(1, g.grid.width() / kMinCellWidth);
    const int shown = std::min(rounds, fitting);
    g.firstColumn = rounds - shown;
    g.cellWidth = shown > 0 ? std::min(kMaxCellWidth, g.grid.width() / shown) : kMaxCellWidth;
    g.cellHeight = std::clamp(g.grid.height() / sites, 4, kMaxCellHeight);
    return g;
}

void RoundTimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    const Geometry g = geometry();
    if (m_rounds.isEmpty())
    {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(g.grid.united(QRect(kMargin, kMargin, 1, 1)), Qt::AlignCenter,
                         tr("Rounds appear here as they finish."));
    }
    else
    {
        paintGrid(painter, g);
    }
    paintLegend(painter, g.legend);
}

void RoundTimelineView::paintGrid(QPainter &painter, const Geometry &g) const
{
    const QFontMetrics metrics = fontMetrics();
    const int labelSpace = metrics.horizontalAdvance(QStringLiteral("0000")) + 4;
    const int stride = std::max(1, (labelSpace + g.cellWidth - 1) / g.cellWidth);
    painter.setPen(palette().color(QPalette::Text));
    // With many sites the rows get thin; shrink the names so they do not overlap.
    QFont rowFont = font();
    if (g.cellHeight < metrics.height())
        rowFont.setPointSizeF(
            std::max(6.0, rowFont.pointSizeF() * g.cellHeight / metrics.height()));
    painter.setFont(rowFont);
    const QFontMetrics rowMetrics(rowFont);
    for (int row = 0; row < m_sites.size(); ++row)
    {
        const QRect label(kMargin, g.grid.top() + row * g.cellHeight, g.labelWidth - 6,
                          g.cellHeight);
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter,
                         rowMetrics.elidedText(m_sites.at(row), Qt::ElideRight, label.width()));
    }
    painter.setFont(font());
    const int gap = g.cellWidth > 6 ? 1 : 0;
    for (int i = g.firstColumn; i < m_rounds.size(); ++i)
    {
        const int x = g.grid.left() + (i - g.firstColumn) * g.cellWidth;
        const Column &column = m_rounds.at(i);
        if ((i - g.firstColumn) % stride == 0)
        {
            painter.setPen(palette().color(QPalette::Text));
            painter.drawText(QRect(x, kMargin, labelSpace, metrics.height()), Qt::AlignLeft,
                             QString::number(column.round));
        }
        for (int row = 0; row < m_sites.size(); ++row)
        {
            const QRect cellRect(x, g.grid.top() + row * g.cellHeight, g.cellWidth - gap,
                                 g.cellHeight - 1);
            painter.fillRect(cellRect, colour(cellOf(column, m_sites.at(row))));
        }
    }
}

int RoundTimelineView::legendLines(int width) const
{
    int lines = 1;
    int x = 0;
    for (const Cell cell : {Cell::Answered, Cell::Dropped, Cell::NotSampled})
    {
        const int item = legendItemWidth(cell);
        if (x > 0 && x + item > width)
        {
            ++lines;
            x = 0;
        }
        x += item;
    }
    return lines;
}

int RoundTimelineView::legendItemWidth(Cell cell) const
{
    const QFontMetrics metrics = fontMetrics();
    return metrics.height() + metrics.horizontalAdvance(cellText(cell)) + 14;
}

void RoundTimelineView::paintLegend(QPainter &painter, const QRect &area) const
{
    const QFontMetrics metrics = fontMetrics();
    const int swatch = metrics.height() - 4;
    const int lineHeight = metrics.height() + 2;
    int x = area.left();
    int y = area.top();
    painter.setPen(palette().color(QPalette::Text));
    for (const Cell cell : {Cell::Answered, Cell::Dropped, Cell::NotSampled})
    {
        // Wrap to the next line when the item does not fit, so no label is cut off.
        if (x > area.left() && x + legendItemWidth(cell) > area.right())
        {
            x = area.left();
            y += lineHeight;
        }
        painter.fillRect(QRect(x, y + 3, swatch, swatch), colour(cell));
        const QString text = cellText(cell);
        painter.drawText(QRect(x + swatch + 4, y, metrics.horizontalAdvance(text) + 2, lineHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, text);
        x += legendItemWidth(cell);
    }
}

bool RoundTimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
    {
        setAccessibleName(tr("Round timeline"));
        updateAccessibleDescription();
        update();
    }
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const Geometry g = geometry();
    const QPoint pos = help->pos() - g.grid.topLeft();
    const int column = g.firstColumn + (pos.x() >= 0 ? pos.x() / g.cellWidth : -1);
    const int row = pos.y() >= 0 ? pos.y() / g.cellHeight : -1;
    if (pos.x() < 0 || row < 0 || row >= m_sites.size() || column >= m_rounds.size())
        return QWidget::event(event); // the widget's own tool tip, if any
    const Column &round = m_rounds.at(column);
    const QString &site = m_sites.at(row);
    QToolTip::showText(
        help->globalPos(),
        tr("Round %1, %2: %3").arg(round.round).arg(site, cellText(cellOf(round, site))), this);
    return true;
}

void RoundTimelineView::updateAccessibleDescription()
{
    if (m_rounds.isEmpty())
    {
        setAccessibleDescription(tr("No rounds yet."));
        return;
    }
    const Column &last = m_rounds.last();
    setAccessibleDescription(tr("%n round(s); last round %1: %2 answered, %3 dropped.", nullptr,
                                static_cast<int>(m_rounds.size()))
                                 .arg(last.round)
                                 .arg(last.answered.size())
                                 .arg(last.dropped.size()));
}

} // namespace cohort::ui
