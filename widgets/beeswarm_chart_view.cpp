#include "widgets/beeswarm_chart_view.h"

#include "widgets/explain_format.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLinearGradient>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace cohort::ui
{

namespace
{

constexpr int kMargin = 6;
constexpr int kGradientWidth = 90;
constexpr int kMaxLabelWidth = 170;

} // namespace

BeeswarmChartView::BeeswarmChartView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("beeswarmChart"));
    setFocusPolicy(Qt::TabFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("SHAP values of every row, one line per column"));
    updateAccessibleDescription();
}

void BeeswarmChartView::setExplanation(const GlobalExplanationView &explanation)
{
    m_rows.clear();
    m_className = explanation.className;
    m_hasCategorical = false;
    for (const ColumnImportanceView &column : explanation.importance)
    {
        if (m_rows.size() == kMaxRows)
            break;
        const auto points = explanation.beeswarm.constFind(column.column);
        if (points == explanation.beeswarm.cend() || points->isEmpty())
            continue;
        Row row{column.column, column.meanAbs, *points};
        std::stable_sort(row.points.begin(), row.points.end(),
                         [](const BeeswarmPointView &a, const BeeswarmPointView &b)
                         { return a.contribution < b.contribution; });
        m_hasCategorical = m_hasCategorical
                           || std::any_of(row.points.cbegin(), row.points.cend(),
                                          [](const BeeswarmPointView &p)
                                          { return std::isnan(p.normalizedValue); });
        m_rows.append(row);
    }
    updateAccessibleDescription();
    update();
}

void BeeswarmChartView::clear()
{
    setExplanation({});
}

QString BeeswarmChartView::rowColumn(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).column : QString();
}

int BeeswarmChartView::pointCount(int row) const
{
    return row >= 0 && row < m_rows.size() ? static_cast<int>(m_rows.at(row).points.size()) : 0;
}

QSize BeeswarmChartView::sizeHint() const
{
    return {520, 420};
}

QSize BeeswarmChartView::minimumSizeHint() const
{
    return {320, 240};
}

BeeswarmChartView::Geometry BeeswarmChartView::geometry() const
{
    const QFontMetrics metrics = fontMetrics();
    Geometry g;
    g.low = -0.01; // a little room around zero even when every value is 0
    g.high = 0.01;
    for (const Row &row : m_rows)
    {
        // One pixel of slack: the advance is rounded, and eliding would cut the widest label.
        g.labelWidth = std::max(g.labelWidth, metrics.horizontalAdvance(row.column) + 1);
        for (const BeeswarmPointView &point : row.points)
        {
            g.low = std::min(g.low, point.contribution);
            g.high = std::max(g.high, point.contribution);
        }
    }
    const double pad = (g.high - g.low) * 0.04;
    g.low -= pad;
    g.high += pad;
    g.labelWidth = std::min(g.labelWidth, kMaxLabelWidth) + 10;
    const int top = kMargin + metrics.height() + 10;
    const int bottom = height() - kMargin - 2 * metrics.height() - 8;
    const int left = kMargin + g.labelWidth;
    g.plot = QRect(left, top, std::max(1, width() - 2 * kMargin - left), std::max(1, bottom - top));
    g.rowHeight = static_cast<double>(g.plot.height()) / std::max<qsizetype>(m_rows.size(), 1);
    return g;
}

void BeeswarmChartView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    if (m_rows.isEmpty())
    {
        paintPlaceholder(painter, *this, kMargin,
                         tr("Explain the dataset to see every row's SHAP values."));
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const Geometry g = geometry();
    paintAxis(painter, g);
    paintLegend(painter, g);
    for (int row = 0; row < m_rows.size(); ++row)
        paintRow(painter, g, row);
}

void BeeswarmChartView::paintAxis(QPainter &painter, const Geometry &g) const
{
    const QFontMetrics metrics = fontMetrics();
    paintValueTicks(painter, *this, g,
                    [](double tick, int decimals) { return pointsText(tick, decimals); });
    painter.setPen(QPen(palette().color(QPalette::Text), 1.0));
    const double zero = g.x(0.0);
    painter.drawLine(QPointF(zero, g.plot.top()), QPointF(zero, g.plot.bottom()));
    painter.setPen(palette().color(QPalette::Text));
    const QRect title(g.plot.left(), g.plot.bottom() + metrics.height() + 6, g.plot.width(),
                      metrics.height());
    painter.drawText(
        title, Qt::AlignCenter,
        metrics.elidedText(
            tr("SHAP value: effect on the chance of %1 (percentage points)").arg(m_className),
            Qt::ElideRight, title.width()));
}

void BeeswarmChartView::paintLegend(QPainter &painter, const Geometry &g) const
{
    const QFontMetrics metrics = fontMetrics();
    const QString caption = tr("Feature value:");
    const QString low = tr("low", "feature value");
    const QString high = tr("high", "feature value");
    const QString categorical = tr("categorical");
    int width = metrics.horizontalAdvance(caption) + metrics.horizontalAdvance(low)
                + metrics.horizontalAdvance(high) + kGradientWidth + 24;
    if (m_hasCategorical)
        width += metrics.horizontalAdvance(categorical) + 24;
    int x = std::max(kMargin, g.plot.right() - width);
    const int y = kMargin;
    const int h = metrics.height();
    painter.setPen(palette().color(QPalette::Text));
    const auto text = [&](const QString &s)
    {
        const int w = metrics.horizontalAdvance(s);
        painter.drawText(QRect(x, y, w + 1, h), Qt::AlignVCenter | Qt::AlignLeft, s);
        x += w + 6;
    };
    text(caption);
    text(low);
    QLinearGradient gradient(x, 0, x + kGradientWidth, 0);
    for (const double stop : {0.0, 0.5, 1.0})
        gradient.setColorAt(stop, featureValueColour(stop));
    painter.fillRect(QRect(x, y + h / 4, kGradientWidth, h / 2), gradient);
    x += kGradientWidth + 6;
    text(high);
    if (!m_hasCategorical)
        return;
    x += 6;
    painter.setPen(Qt::NoPen);
    painter.setBrush(featureValueColour(qQNaN()));
    painter.drawEllipse(QPointF(x + 4, y + h / 2.0), 4.0, 4.0);
    painter.setPen(palette().color(QPalette::Text));
    x += 12;
    text(categorical);
}

void BeeswarmChartView::paintRow(QPainter &painter, const Geometry &g, int row) const
{
    const QVector<BeeswarmPointView> &points = m_rows.at(row).points;
    const double centre = g.plot.top() + (row + 0.5) * g.rowHeight;
    const double radius = std::clamp(g.rowHeight / 14.0, 1.8, 3.2);
    const double binWidth = radius * 1.6;
    // Dots falling into the same narrow x bin are stacked alternately above and below the
    // row's centre line, so the layout depends only on the data and the widget size.
    const int binCount = static_cast<int>(g.plot.width() / binWidth) + 2;
    QVector<int> bins(points.size());
    QVector<int> counts(binCount, 0);
    for (qsizetype i = 0; i < points.size(); ++i)
    {
        bins[i] = std::clamp(
            static_cast<int>((g.x(points.at(i).contribution) - g.plot.left()) / binWidth), 0,
            binCount - 1);
        ++counts[bins.at(i)];
    }
    const int crowded = *std::max_element(counts.cbegin(), counts.cend());
    const double spacing =
        std::min(radius * 1.5, g.rowHeight * 0.42 / std::max(1, (crowded + 1) / 2));
    std::fill(counts.begin(), counts.end(), 0);
    const QRect label(kMargin, static_cast<int>(g.plot.top() + row * g.rowHeight),
                      g.labelWidth - 10, static_cast<int>(g.rowHeight));
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(
        label, Qt::AlignVCenter | Qt::AlignRight,
        fontMetrics().elidedText(m_rows.at(row).column, Qt::ElideMiddle, label.width()));
    painter.setPen(Qt::NoPen);
    for (qsizetype i = 0; i < points.size(); ++i)
    {
        const int k = counts[bins.at(i)]++;
        const double offset = ((k + 1) / 2) * spacing * (k % 2 == 1 ? -1.0 : 1.0);
        painter.setBrush(featureValueColour(points.at(i).normalizedValue));
        painter.drawEllipse(QPointF(g.x(points.at(i).contribution), centre + offset), radius,
                            radius);
    }
}

bool BeeswarmChartView::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
    {
        setAccessibleName(tr("SHAP values of every row, one line per column"));
        updateAccessibleDescription();
        update();
    }
    if (event->type() != QEvent::ToolTip || m_rows.isEmpty())
        return QWidget::event(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const Geometry g = geometry();
    const int row = static_cast<int>((help->pos().y() - g.plot.top()) / g.rowHeight);
    if (help->pos().y() < g.plot.top() || row < 0 || row >= m_rows.size())
    {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    const Row &r = m_rows.at(row);
    QToolTip::showText(help->globalPos(),
                       tr("%1: on average moves the chance by %2 points (%Ln row(s))", nullptr,
                          static_cast<int>(r.points.size()))
                           .arg(r.column, QLocale().toString(r.meanAbs * 100.0, 'f', 1)),
                       this);
    return true;
}

void BeeswarmChartView::updateAccessibleDescription()
{
    QStringList parts;
    for (const Row &row : std::as_const(m_rows))
        parts << tr("%1: mean absolute effect %2 points")
                     .arg(row.column, QLocale().toString(row.meanAbs * 100.0, 'f', 1));
    setAccessibleDescription(parts.isEmpty() ? tr("No dataset explained yet.")
                                             : parts.join(QStringLiteral("; ")));
}

} // namespace cohort::ui
