#include "widgets/version_compare_view.h"

#include "widgets/chart_axes.h"
#include "widgets/version_table_model.h"
#include "widgets/view_frame.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLegend>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace cohort::ui
{

namespace
{

QString section(const QString &title, const QString &text)
{
    const QString body =
        text.trimmed().isEmpty()
            ? QCoreApplication::translate("cohort::ui::VersionDetails", "(not recorded)")
            : text;
    return QStringLiteral("<h4>%1</h4><pre style=\"white-space: pre-wrap\">%2</pre>")
        .arg(title.toHtmlEscaped(), body.toHtmlEscaped());
}

QString figureText(double value)
{
    return std::isnan(value) ? QStringLiteral("–") : QLocale().toString(value, 'f', 3);
}

} // namespace

QString versionDetailsHtml(const VersionView &version)
{
    const QString round = version.round < 0 ? QStringLiteral("–") : QString::number(version.round);
    const QString parent =
        version.parentId == 0 ? QStringLiteral("–") : QString::number(version.parentId);
    const QString facts =
        QCoreApplication::translate("cohort::ui::VersionDetails",
                                    "Origin: %1 · round %2 · created %3 · parent %4 · predicts %5")
            .arg(VersionTableModel::originText(version.origin), round,
                 version.created.toString(QStringLiteral("yyyy-MM-dd HH:mm")), parent,
                 version.target.isEmpty() ? QStringLiteral("–") : version.target);
    const QString figures = QCoreApplication::translate("cohort::ui::VersionDetails",
                                                        "Accuracy %1 · macro F1 %2 · ROC AUC %3")
                                .arg(figureText(version.accuracy), figureText(version.macroF1),
                                     figureText(version.rocAuc));
    QString html =
        QStringLiteral("<h3>%1</h3><p>%2<br>%3</p>")
            .arg(QCoreApplication::translate("cohort::ui::VersionDetails", "Version %1: %2")
                     .arg(QString::number(version.id), version.name)
                     .toHtmlEscaped(),
                 facts.toHtmlEscaped(), figures.toHtmlEscaped());
    if (version.active)
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(QCoreApplication::translate("cohort::ui::VersionDetails",
                                                     "This is the active version.")
                             .toHtmlEscaped());
    html += section(QCoreApplication::translate("cohort::ui::VersionDetails", "Model"),
                    version.specText);
    html += section(QCoreApplication::translate("cohort::ui::VersionDetails", "Preprocessing"),
                    version.preprocessingText);
    html += section(QCoreApplication::translate("cohort::ui::VersionDetails", "Dataset"),
                    version.datasetText);
    html += section(QCoreApplication::translate("cohort::ui::VersionDetails", "Metrics"),
                    version.metricsText);
    return html;
}

VersionCompareView::VersionCompareView(QWidget *parent)
    : QWidget(parent)
    , m_chartView(new QChartView)
    , m_series(new QBarSeries(this))
    , m_categories(new QBarCategoryAxis(this))
    , m_values(new QValueAxis(this))
    , m_left(new QTextBrowser)
    , m_right(new QTextBrowser)
{
    m_chartView->setObjectName(QStringLiteral("compareChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    auto *chart = new QChart;
    styleCompactChart(chart);
    m_chartView->setChart(chart);
    chart->addSeries(m_series);
    chart->addAxis(m_categories, Qt::AlignBottom);
    chart->addAxis(m_values, Qt::AlignLeft);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    m_series->setLabelsPrecision(3);
    m_values->setRange(0.0, 1.0);
    m_values->setTickCount(6);
    m_values->setLabelFormat(QStringLiteral("%.1f"));
    m_chartView->setMinimumSize(300, 180);
    m_chartFrame = new ViewFrame(m_chartView, QStringLiteral("version-comparison"), this);
    m_left->setObjectName(QStringLiteral("compareLeftDetails"));
    m_right->setObjectName(QStringLiteral("compareRightDetails"));

    auto *close = new QPushButton(this);
    close->setObjectName(QStringLiteral("closeCompareButton"));
    connect(close, &QPushButton::clicked, this, &VersionCompareView::closeRequested);
    m_chartFrame->addHeaderWidget(close);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_chartFrame);
    splitter->addWidget(m_left);
    splitter->addWidget(m_right);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({400, 370, 370});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    retranslate();
}

void VersionCompareView::setVersions(const VersionView &left, const VersionView &right)
{
    m_leftVersion = left;
    m_rightVersion = right;
    m_left->setHtml(versionDetailsHtml(left));
    m_right->setHtml(versionDetailsHtml(right));
    rebuildChart();
}

void VersionCompareView::rebuildChart()
{
    m_series->clear();
    for (const VersionView *version : {&m_leftVersion, &m_rightVersion})
    {
        auto *set = new QBarSet(tr("%1: %2").arg(QString::number(version->id), version->name));
        // A missing figure shows as an empty bar; the details columns say "–".
        for (const double value : {version->accuracy, version->macroF1, version->rocAuc})
            set->append(std::isnan(value) ? 0.0 : value);
        m_series->append(set);
    }
}

void VersionCompareView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
    {
        retranslate();
        if (m_leftVersion.id != 0)
            setVersions(m_leftVersion, m_rightVersion);
    }
    QWidget::changeEvent(event);
}

void VersionCompareView::retranslate()
{
    m_chartFrame->setTitle(tr("Comparison"));
    m_categories->setCategories({tr("Accuracy"), tr("Macro F1"), tr("ROC AUC")});
    m_values->setTitleText(tr("Score"));
    m_chartView->setAccessibleName(tr("Accuracy, macro F1 and ROC AUC of both versions"));
    m_left->setAccessibleName(tr("First version details"));
    m_right->setAccessibleName(tr("Second version details"));
    auto *close = findChild<QPushButton *>(QStringLiteral("closeCompareButton"));
    close->setText(tr("Back to details"));
    close->setAccessibleName(tr("Back to details"));
}

} // namespace cohort::ui
