#include "widgets/explain_dataset_panel.h"

#include "widgets/beeswarm_chart_view.h"
#include "widgets/chart_axes.h"
#include "widgets/chart_export.h"
#include "widgets/explain_format.h"
#include "widgets/text_table_model.h"
#include "widgets/view_frame.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalBlocker>
#include <QSplitter>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace cohort::ui
{

namespace
{

const QColor kImportance(0xe4, 0x4d, 0x2e);
const QColor kDependence(0x1e, 0x78, 0xd0, 150);

QChartView *createChartView(const QString &objectName)
{
    auto *view = new QChartView;
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    auto *chart = new QChart;
    styleCompactChart(chart);
    chart->legend()->hide();
    view->setChart(chart);
    view->setMinimumSize(280, 180);
    return view;
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
    {
        chart->removeAxis(axis);
        delete axis;
    }
}

QValueAxis *addValueAxis(QChart *chart, Qt::Alignment side, double low, double high,
                         const QString &title)
{
    auto *axis = new QValueAxis;
    if (high - low < 1e-9)
    {
        // A constant column or all-zero values: widen the range so the points stay visible.
        const double pad = std::max(std::abs(high), 1.0) * 0.5;
        low -= pad;
        high += pad;
    }
    const double step = niceTickStep(high - low, 6);
    // Ticks on round numbers, with as many decimals as the step needs.
    axis->setRange(std::floor(low / step) * step, std::ceil(high / step) * step);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0.0);
    axis->setTickInterval(step);
    const int decimals = std::clamp(static_cast<int>(std::ceil(-std::log10(step))), 0, 4);
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
    axis->setTitleText(title);
    chart->addAxis(axis, side);
    return axis;
}

} // namespace

ExplainDatasetPanel::ExplainDatasetPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_importance(createChartView(QStringLiteral("importanceChart")))
    , m_importanceModel(new TextTableModel(this))
    , m_beeswarm(new BeeswarmChartView)
    , m_beeswarmModel(new TextTableModel(this))
    , m_dependenceModel(new TextTableModel(this))
{
    setObjectName(QStringLiteral("explainDatasetPanel"));
    m_summary->setObjectName(QStringLiteral("datasetSummaryLabel"));
    m_summary->setWordWrap(true);
    m_importanceFrame = new ViewFrame(m_importance, QStringLiteral("shap-importance"));
    addCsvButton(m_importanceFrame, m_importanceModel, QStringLiteral("shap-importance"));
    m_beeswarmFrame = new ViewFrame(m_beeswarm, QStringLiteral("shap-beeswarm"));
    addCsvButton(m_beeswarmFrame, m_beeswarmModel, QStringLiteral("shap-beeswarm"));
    auto *left = new QSplitter(Qt::Vertical);
    left->addWidget(m_importanceFrame);
    left->addWidget(createDependence());
    left->setChildrenCollapsible(false);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("explainDatasetSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_beeswarmFrame);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 5);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    retranslate();
    render();
}

QWidget *ExplainDatasetPanel::createDependence()
{
    m_dependence = createChartView(QStringLiteral("dependenceChart"));
    m_dependenceFrame = new ViewFrame(m_dependence, QStringLiteral("shap-dependence"));
    m_columnLabel = new QLabel;
    m_column = new QComboBox;
    m_column->setObjectName(QStringLiteral("dependenceColumnCombo"));
    m_column->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_column->setMinimumContentsLength(8);
    m_columnLabel->setBuddy(m_column);
    connect(m_column, &QComboBox::currentIndexChanged, this,
            &ExplainDatasetPanel::renderDependence);
    m_dependenceFrame->addHeaderWidget(m_columnLabel);
    m_dependenceFrame->addHeaderWidget(m_column);
    addCsvButton(m_dependenceFrame, m_dependenceModel, QStringLiteral("shap-dependence"));
    return m_dependenceFrame;
}

void ExplainDatasetPanel::addCsvButton(ViewFrame *frame, const TextTableModel *model,
                                       const QString &exportName)
{
    auto *button = new QPushButton;
    button->setObjectName(frame->content()->objectName() + QStringLiteral("CsvButton"));
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this,
            [this, model, exportName] { exportTableWithDialog(this, *model, exportName); });
    frame->addHeaderWidget(button);
    m_csvButtons << button;
}

void ExplainDatasetPanel::showExplanation(const GlobalExplanationView &explanation)
{
    m_explanation = explanation;
    m_hasExplanation = true;
    {
        const QSignalBlocker blocker(m_column);
        const QString previous = m_column->currentText();
        m_column->clear();
        // Numeric columns, most important first.
        for (const ColumnImportanceView &column : explanation.importance)
        {
            if (explanation.dependence.contains(column.column))
                m_column->addItem(column.column);
        }
        for (auto it = explanation.dependence.cbegin(); it != explanation.dependence.cend(); ++it)
        {
            if (m_column->findText(it.key()) < 0)
                m_column->addItem(it.key());
        }
        m_column->setCurrentIndex(std::max(0, m_column->findText(previous)));
    }
    render();
}

void ExplainDatasetPanel::clear()
{
    m_explanation = {};
    m_hasExplanation = false;
    m_column->clear();
    render();
}

QString ExplainDatasetPanel::dependenceColumn() const
{
    return m_column->currentText();
}

void ExplainDatasetPanel::render()
{
    m_column->setEnabled(m_column->count() > 0);
    m_summary->setText(m_hasExplanation
                           ? tr("How much each column moves the chance of %1, over %Ln row(s).",
                                nullptr, m_explanation.rows)
                                 .arg(m_explanation.className)
                           : tr("Press Explain the dataset to see which columns matter most."));
    m_beeswarm->setExplanation(m_explanation);
    fillBeeswarmModel();
    renderImportance();
    renderDependence();
}

void ExplainDatasetPanel::renderImportance()
{
    QChart *chart = m_importance->chart();
    clearChart(chart);
    fillImportanceModel();
    if (m_explanation.importance.isEmpty())
    {
        chart->setTitle(tr("No dataset explained yet."));
        return;
    }
    chart->setTitle(QString());
    auto *set = new QBarSet(tr("Mean |SHAP|"));
    set->setColor(kImportance);
    set->setBorderColor(kImportance);
    set->setLabelColor(palette().color(QPalette::Text));
    QStringList categories;
    double highest = 0.0;
    const qsizetype shown =
        std::min<qsizetype>(m_explanation.importance.size(), kMaxImportanceBars);
    // Horizontal bars run bottom-up, so the most important column is appended last.
    for (qsizetype i = shown - 1; i >= 0; --i)
    {
        const ColumnImportanceView &column = m_explanation.importance.at(i);
        set->append(column.meanAbs * 100.0);
        categories << column.column;
        highest = std::max(highest, column.meanAbs * 100.0);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(3);
    chart->addSeries(series);
    auto *columns = new QBarCategoryAxis;
    columns->append(categories);
    columns->setTruncateLabels(false);
    chart->addAxis(columns, Qt::AlignLeft);
    series->attachAxis(columns);
    QValueAxis *values = addValueAxis(chart, Qt::AlignBottom, 0.0, highest * 1.15,
                                      tr("Mean |SHAP| (percentage points)"));
    series->attachAxis(values);
}

void ExplainDatasetPanel::renderDependence()
{
    QChart *chart = m_dependence->chart();
    clearChart(chart);
    const QString column = m_column->currentText();
    const QVector<QPointF> points = m_explanation.dependence.value(column);
    fillDependenceModel(column, points);
    if (points.isEmpty())
    {
        chart->setTitle(m_hasExplanation ? tr("No numeric column to plot.")
                                         : tr("No dataset explained yet."));
        return;
    }
    chart->setTitle(QString());
    QList<QPointF> scaled;
    double xLow = points.first().x(), xHigh = xLow, yLow = 0.0, yHigh = 0.0;
    for (const QPointF &p : points)
    {
        scaled.append(QPointF(p.x(), p.y() * 100.0));
        xLow = std::min(xLow, p.x());
        xHigh = std::max(xHigh, p.x());
        yLow = std::min(yLow, p.y() * 100.0);
        yHigh = std::max(yHigh, p.y() * 100.0);
    }
    auto *zero = new QLineSeries;
    zero->replace({QPointF(xLow, 0.0), QPointF(xHigh, 0.0)});
    zero->setPen(QPen(QColor(0x80, 0x80, 0x80), 1.0, Qt::DashLine));
    auto *scatter = new QScatterSeries;
    scatter->setMarkerSize(7.0);
    scatter->setColor(kDependence);
    scatter->setBorderColor(Qt::transparent);
    scatter->replace(scaled);
    chart->addSeries(zero);
    chart->addSeries(scatter);
    QValueAxis *x = addValueAxis(chart, Qt::AlignBottom, xLow, xHigh, column);
    QValueAxis *y = addValueAxis(chart, Qt::AlignLeft, yLow, yHigh, tr("SHAP value (points)"));
    for (QAbstractSeries *series :
         {static_cast<QAbstractSeries *>(zero), static_cast<QAbstractSeries *>(scatter)})
    {
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

void ExplainDatasetPanel::fillImportanceModel()
{
    QVector<QVector<TextCell>> rows;
    for (const ColumnImportanceView &column : std::as_const(m_explanation.importance))
        rows.append({TextCell{column.column, {}},
                     TextCell{QLocale().toString(column.meanAbs * 100.0, 'f', 2), column.meanAbs}});
    m_importanceModel->setRows(rows);
}

void ExplainDatasetPanel::fillDependenceModel(const QString &column, const QVector<QPointF> &points)
{
    QVector<QVector<TextCell>> rows;
    for (const QPointF &p : points)
        rows.append({TextCell{QLocale().toString(p.x(), 'g', 8), p.x()},
                     TextCell{QLocale().toString(p.y() * 100.0, 'f', 2), p.y()}});
    m_dependenceModel->setHeaders(
        {column.isEmpty() ? tr("Value") : column, tr("SHAP value (points)")});
    m_dependenceModel->setRows(rows);
}

void ExplainDatasetPanel::fillBeeswarmModel()
{
    QVector<QVector<TextCell>> rows;
    QStringList order;
    for (const ColumnImportanceView &column : std::as_const(m_explanation.importance))
        order << column.column;
    for (auto it = m_explanation.beeswarm.cbegin(); it != m_explanation.beeswarm.cend(); ++it)
    {
        if (!order.contains(it.key()))
            order << it.key();
    }
    for (const QString &column : std::as_const(order))
    {
        for (const BeeswarmPointView &p : m_explanation.beeswarm.value(column))
        {
            const bool numeric = !std::isnan(p.normalizedValue);
            rows.append(
                {TextCell{column, {}},
                 TextCell{QLocale().toString(p.contribution * 100.0, 'f', 2), p.contribution},
                 TextCell{numeric ? QLocale().toString(p.normalizedValue, 'f', 3)
                                  : QStringLiteral("–"),
                          numeric ? p.normalizedValue : -1.0}});
        }
    }
    m_beeswarmModel->setRows(rows);
}

void ExplainDatasetPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
    {
        retranslate();
        render();
    }
    QWidget::changeEvent(event);
}

void ExplainDatasetPanel::retranslate()
{
    m_importanceFrame->setTitle(tr("Importance: mean effect of each column"));
    m_beeswarmFrame->setTitle(tr("Effect on every row (SHAP beeswarm)"));
    m_dependenceFrame->setTitle(tr("Dependence"));
    m_columnLabel->setText(tr("Co&lumn:"));
    m_column->setAccessibleName(tr("Column for the dependence chart"));
    m_column->setToolTip(tr("The column whose values the dependence chart puts along its "
                            "axis, against their effect on the prediction."));
    m_importance->setAccessibleName(tr("Mean absolute SHAP value of each column"));
    m_dependence->setAccessibleName(tr("SHAP value against the column's value"));
    m_importanceModel->setHeaders({tr("Column"), tr("Mean |SHAP| (points)")});
    m_beeswarmModel->setHeaders(
        {tr("Column"), tr("SHAP value (points)"), tr("Feature value rank (0–1)")});
    const QStringList charts{tr("importance"), tr("beeswarm"), tr("dependence")};
    for (int i = 0; i < m_csvButtons.size(); ++i)
    {
        m_csvButtons.at(i)->setText(tr("Export CSV…"));
        m_csvButtons.at(i)->setToolTip(tr("Save the values behind this chart as a CSV file"));
        m_csvButtons.at(i)->setAccessibleName(
            tr("Export the %1 values as CSV").arg(charts.value(i)));
    }
}

} // namespace cohort::ui
