#include "widgets/waterfall_chart_view.h"

#include "widgets/explain_format.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace cohort::ui
{

namespace
{

constexpr int kMargin = 6;
const QColor kRaise(0xe4, 0x4d, 0x2e);
const QColor kLower(0x1e, 0x78, 0xd0);
const QColor kWhisker(0x40, 0x40, 0x40);

bool hasError(const ContributionView &c)
{
    return std::isfinite(c.standardError) && c.standardError > 0.0;
}

} // namespace

WaterfallChartView::WaterfallChartView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("waterfallChart"));
    setFocusPolicy(Qt::TabFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Contributions of each column to the prediction"));
    updateAccessibleDescription();
}

void WaterfallChartView::setContributions(const QVector<ContributionView> &contributions,
                                          double baseValue, double outputValue)
{
    m_base = baseValue;
    m_output = outputValue;
    m_bars.clear();
    const qsizetype shown = contributions.size() > kMaxBars ? kMaxBars : contributions.size();
    for (qsizetype i = 0; i < shown; ++i)
        m_bars.append(Bar{contributions.at(i), 0, 0.0});
    if (contributions.size() > shown)
    {
        Bar rest{
            {QString(), QString(), 0.0, 0.0}, static_cast<int>(contributions.size() - shown), 0.0};
        double variance = 0.0;
        for (qsizetype i = shown; i < contributions.size(); ++i)
        {
            rest.contribution.contribution += contributions.at(i).contribution;
            if (hasError(contributions.at(i)))
                variance += contributions.at(i).standardError * contributions.at(i).standardError;
        }
        rest.contribution.standardError = std::sqrt(variance);
        m_bars.append(rest);
    }
    // The bottom bar starts at the base value; each bar above starts where the one below ends.
    double running = baseValue;
    for (qsizetype row = m_bars.size() - 1; row >= 0; --row)
    {
        m_bars[row].start = running;
        running += m_bars.at(row).contribution.contribution;
    }
    updateAccessibleDescription();
    updateGeometry();
    update();
}

void WaterfallChartView::clear()
{
    setContributions({}, 0.0, 0.0);
}

QString WaterfallChartView::barLabel(int index) const
{
    return index >= 0 && index < m_bars.size() ? valueLabel(m_bars.at(index)) : QString();
}

double WaterfallChartView::barContribution(int index) const
{
    return index >= 0 && index < m_bars.size() ? m_bars.at(index).contribution.contribution
                                               : qQNaN();
}

QString WaterfallChartView::valueLabel(const Bar &bar) const
{
    if (bar.otherColumns > 0)
        return tr("%n other column(s)", nullptr, bar.otherColumns);
    return columnWithValue(bar.contribution);
}

QSize WaterfallChartView::sizeHint() const
{
    return {560, 360};
}

QSize WaterfallChartView::minimumSizeHint() const
{
    return {320, 200};
}

WaterfallChartView::Geometry WaterfallChartView::geometry() const
{
    const QFontMetrics metrics = fontMetrics();
    Geometry g;
    int valueWidth = 0;
    g.low = std::min(m_base, m_output);
    g.high = std::max(m_base, m_output);
    for (const Bar &bar : m_bars)
    {
        // One pixel of slack: the advance is rounded, and eliding would cut the widest label.
        g.labelWidth = std::max(g.labelWidth, metrics.horizontalAdvance(valueLabel(bar)) + 1);
        valueWidth = std::max(valueWidth,
                              metrics.horizontalAdvance(pointsText(bar.contribution.contribution)));
        const double end = bar.start + bar.contribution.contribution;
        const double error = hasError(bar.contribution) ? bar.contribution.standardError : 0.0;
        g.low = std::min({g.low, bar.start, end - error});
        g.high = std::max({g.high, bar.start, end + error});
    }
    if (g.high - g.low < 1e-6)
    {
        g.low -= 0.05;
        g.high += 0.05;
    }
    const double pad = (g.high - g.low) * 0.02;
    g.low -= pad;
    g.high += pad;
    g.labelWidth = std::min(g.labelWidth, width() * 2 / 5) + 10;
    valueWidth += 10;
    const int top = kMargin + metrics.height() + 6;
    const int bottom = height() - kMargin - 2 * metrics.height() - 8;
    const int left = kMargin + g.labelWidth + valueWidth;
    g.plot = QRect(left, top, std::max(1, width() - kMargin - valueWidth - left),
                   std::max(1, bottom - top));
    g.rowHeight = static_cast<double>(g.plot.height()) / std::max<qsizetype>(m_bars.size(), 1);
    return g;
}

void WaterfallChartView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    if (m_bars.isEmpty())
    {
        paintPlaceholder(painter, *this, kMargin,
                         tr("Explain a row to see how each column moved its prediction."));
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const Geometry g = geometry();
    paintAxis(painter, g);
    paintMarkers(painter, g);
    for (int row = 0; row < m_bars.size(); ++row)
        paintBar(painter, g, row);
}

void WaterfallChartView::paintAxis(QPainter &painter, const Geometry &g) const
{
    paintValueTicks(painter, *this, g,
                    [](double tick, int decimals)
                    { return tr("%1%").arg(percentText(tick, decimals)); });
    const QColor grid = palette().color(QPalette::Midlight);
    for (int row = 1; row < m_bars.size(); ++row)
    {
        const double y = g.plot.top() + row * g.rowHeight;
        painter.setPen(QPen(grid, 1.0, Qt::DotLine));
        painter.drawLine(QPointF(kMargin, y), QPointF(g.plot.right(), y));
    }
}

void WaterfallChartView::paintMarkers(QPainter &painter, const Geometry &g) const
{
    const QFontMetrics metrics = fontMetrics();
    const QColor marker = palette().color(QPalette::Text);
    painter.setPen(QPen(marker, 1.0, Qt::DashLine));
    const double baseX = g.x(m_base);
    const double outputX = g.x(m_output);
    painter.drawLine(QPointF(baseX, g.plot.top()), QPointF(baseX, g.plot.bottom() + 4));
    painter.drawLine(QPointF(outputX, g.plot.top() - 4), QPointF(outputX, g.plot.bottom()));
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    const auto placeLabel = [&](const QString &text, double x, int y)
    {
        const int w = QFontMetrics(bold).horizontalAdvance(text) + 4;
        const int left = std::clamp(static_cast<int>(x) - w / 2, 0, std::max(0, width() - w));
        painter.drawText(QRect(left, y, w, metrics.height()), Qt::AlignCenter, text);
    };
    painter.setPen(marker);
    placeLabel(tr("This row: %1%").arg(percentText(m_output, 1)), outputX, kMargin);
    placeLabel(tr("Average: %1%").arg(percentText(m_base, 1)), baseX,
               g.plot.bottom() + metrics.height() + 6);
    painter.setFont(font());
}

void WaterfallChartView::paintBar(QPainter &painter, const Geometry &g, int row) const
{
    const Bar &bar = m_bars.at(row);
    const QFontMetrics metrics = fontMetrics();
    const double value = bar.contribution.contribution;
    const double top = g.plot.top() + row * g.rowHeight;
    const double thickness = std::min(g.rowHeight * 0.62, metrics.height() * 1.5);
    const double centre = top + g.rowHeight / 2.0;
    const double x0 = g.x(bar.start);
    const double x1 = g.x(bar.start + value);
    const QColor colour = value >= 0.0 ? kRaise : kLower;
    // An arrow-shaped bar points the way the column moved the prediction.
    const double direction = value >= 0.0 ? 1.0 : -1.0;
    const double tip = std::min(std::abs(x1 - x0), thickness / 2.0);
    QPainterPath path;
    path.moveTo(x0, centre - thickness / 2.0);
    path.lineTo(x1 - direction * tip, centre - thickness / 2.0);
    path.lineTo(x1, centre);
    path.lineTo(x1 - direction * tip, centre + thickness / 2.0);
    path.lineTo(x0, centre + thickness / 2.0);
    path.closeSubpath();
    painter.fillPath(path, colour);
    if (row + 1 < m_bars.size())
    {
        // The connector from the end of the bar below to the start of this one.
        painter.setPen(QPen(palette().color(QPalette::Mid), 1.0));
        painter.drawLine(QPointF(x0, centre + thickness / 2.0),
                         QPointF(x0, centre + g.rowHeight - thickness / 2.0));
    }
    paintValue(painter, bar, centre, thickness, g);
    painter.setPen(palette().color(QPalette::Text));
    const QRect label(kMargin, static_cast<int>(top), g.labelWidth - 10,
                      static_cast<int>(g.rowHeight));
    painter.drawText(label, Qt::AlignVCenter | Qt::AlignRight,
                     metrics.elidedText(valueLabel(bar), Qt::ElideMiddle, label.width()));
}

void WaterfallChartView::paintValue(QPainter &painter, const Bar &bar, double centre,
                                    double thickness, const Geometry &g) const
{
    const double value = bar.contribution.contribution;
    const double x0 = g.x(bar.start);
    const double x1 = g.x(bar.start + value);
    double textEdge = value >= 0.0 ? std::max(x0, x1) : std::min(x0, x1);
    if (hasError(bar.contribution))
    {
        const double e0 = g.x(bar.start + value - bar.contribution.standardError);
        const double e1 = g.x(bar.start + value + bar.contribution.standardError);
        const double cap = thickness / 4.0;
        painter.setPen(QPen(kWhisker, 1.2));
        painter.drawLine(QPointF(e0, centre), QPointF(e1, centre));
        painter.drawLine(QPointF(e0, centre - cap), QPointF(e0, centre + cap));
        painter.drawLine(QPointF(e1, centre - cap), QPointF(e1, centre + cap));
        textEdge = value >= 0.0 ? std::max(textEdge, e1) : std::min(textEdge, e0);
    }
    painter.setPen((value >= 0.0 ? kRaise : kLower).darker(130));
    const QString number = pointsText(value);
    const int numberWidth = fontMetrics().horizontalAdvance(number);
    const double numberLeft = value >= 0.0 ? textEdge + 4 : textEdge - 4 - numberWidth;
    painter.drawText(QRectF(numberLeft, centre - g.rowHeight / 2.0, numberWidth + 1, g.rowHeight),
                     Qt::AlignVCenter | Qt::AlignLeft, number);
}

bool WaterfallChartView::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
    {
        setAccessibleName(tr("Contributions of each column to the prediction"));
        updateAccessibleDescription();
        update();
    }
    if (event->type() != QEvent::ToolTip || m_bars.isEmpty())
        return QWidget::event(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const Geometry g = geometry();
    const int row = static_cast<int>((help->pos().y() - g.plot.top()) / g.rowHeight);
    if (help->pos().y() < g.plot.top() || row < 0 || row >= m_bars.size())
    {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    const ContributionView &c = m_bars.at(row).contribution;
    QString text = tr("%1: %2 percentage points")
                       .arg(valueLabel(m_bars.at(row)), pointsText(c.contribution, 2));
    if (hasError(c))
        text = tr("%1 (standard error %2)")
                   .arg(text, QLocale().toString(c.standardError * 100.0, 'f', 2));
    QToolTip::showText(help->globalPos(), text, this);
    return true;
}

void WaterfallChartView::updateAccessibleDescription()
{
    if (m_bars.isEmpty())
    {
        setAccessibleDescription(tr("No row explained yet."));
        return;
    }
    QStringList parts{tr("Average prediction %1%").arg(percentText(m_base, 1))};
    for (const Bar &bar : std::as_const(m_bars))
        parts
            << tr("%1: %2 points").arg(valueLabel(bar), pointsText(bar.contribution.contribution));
    parts << tr("this row %1%").arg(percentText(m_output, 1));
    setAccessibleDescription(parts.join(QStringLiteral("; ")));
}

} // namespace cohort::ui
