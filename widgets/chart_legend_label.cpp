#include "widgets/chart_legend_label.h"

#include <QAbstractSeries>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QVBoxLayout>
#include <QXYSeries>

namespace cohort::ui
{

ChartLegendLabel::ChartLegendLabel(QChart *chart, QWidget *parent)
    : QLabel(parent)
    , m_chart(chart)
{
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::NoTextInteraction);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    setFont(small);
    setContentsMargins(6, 0, 6, 2);
    m_chart->legend()->hide();
    refresh();
}

void ChartLegendLabel::refresh()
{
    QStringList entries;
    for (QAbstractSeries *series : m_chart->series())
    {
        if (series->name().isEmpty())
            continue;
        const auto *line = qobject_cast<QXYSeries *>(series);
        const QColor colour = line != nullptr ? line->pen().color() : palette().text().color();
        // A dashed line (a baseline) gets a dashed mark, as on the chart.
        const bool dashed = line != nullptr && line->pen().style() != Qt::SolidLine;
        entries << QStringLiteral("<span style=\"color:%1\">%2</span>&nbsp;%3")
                       .arg(colour.name(), dashed ? QStringLiteral("┅") : QStringLiteral("■"),
                            series->name().toHtmlEscaped().replace(QLatin1Char(' '),
                                                                   QStringLiteral("&nbsp;")));
    }
    // Entries never break inside; the spaces between them let the line wrap.
    setText(entries.join(QStringLiteral(" &nbsp; ")));
    setToolTip(QString());
}

QWidget *chartWithLegend(QWidget *chartView, QChart *chart, const QString &objectName,
                         ChartLegendLabel **legend)
{
    auto *box = new QWidget;
    box->setObjectName(objectName);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(chartView, 1);
    *legend = new ChartLegendLabel(chart, box);
    (*legend)->setObjectName(objectName + QStringLiteral("Legend"));
    box->setBackgroundRole(chartView->backgroundRole());
    layout->addWidget(*legend);
    return box;
}

} // namespace cohort::ui
