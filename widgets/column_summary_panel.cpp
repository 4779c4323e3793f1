#include "widgets/chart_axes.h"
#include "widgets/column_summary_panel.h"

#include <algorithm>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include "widgets/number_text.h"

namespace cohort::ui
{

namespace
{

// The check box that keeps a column among the features sits on its name, always in view.
constexpr int kUseColumn = 0;

QString kindText(const QString &kind)
{
    if (kind == QLatin1String("numeric"))
        return ColumnSummaryPanel::tr("Number", "column type");
    if (kind == QLatin1String("categorical"))
        return ColumnSummaryPanel::tr("Category", "column type");
    if (kind == QLatin1String("boolean"))
        return ColumnSummaryPanel::tr("Yes/No", "column type");
    if (kind == QLatin1String("identifier"))
        return ColumnSummaryPanel::tr("Identifier", "column type");
    if (kind == QLatin1String("datetime"))
        return ColumnSummaryPanel::tr("Date/time", "column type");
    if (kind == QLatin1String("empty"))
        return ColumnSummaryPanel::tr("Empty", "column type");
    return kind;
}

// Fills `set` with bar heights and returns one label per bar: bin starts for a numeric
// histogram, else the most frequent values, shortened to fit under a bar.
QStringList fillBars(const ColumnSummaryView &column, const QFontMetrics &metrics, QBarSet &set)
{
    QStringList labels;
    if (!column.histogram.isEmpty() && column.hasRange)
    {
        const QLocale locale;
        const double width = (column.maximum - column.minimum) / column.histogram.size();
        for (int i = 0; i < column.histogram.size(); ++i)
        {
            labels << readableNumber(column.minimum + i * width, locale);
            set << column.histogram.at(i);
        }
    }
    else
    {
        for (const auto &[value, count] : column.topCategories)
        {
            labels << metrics.elidedText(value, Qt::ElideRight, 90);
            set << count;
        }
    }
    // QBarCategoryAxis drops duplicate labels (rounded bin starts, shortened names), which
    // would shift bars against their labels; number the bars instead.
    if (QStringList(labels).removeDuplicates() > 0)
    {
        for (int i = 0; i < labels.size(); ++i)
            labels[i] = QString::number(i + 1);
    }
    return labels;
}

// A histogram's x axis names a few bin edges (the minimum, the maximum and some between), upright
// and in full: a category axis would cut each label to its bar's width ("5…").
QAbstractAxis *histogramAxis(const ColumnSummaryView &column)
{
    constexpr int kEdgesBetween = 3;
    const auto bins = static_cast<int>(column.histogram.size());
    const int step = std::max(1, (bins + kEdgesBetween) / (kEdgesBetween + 1));
    const double width = (column.maximum - column.minimum) / bins;
    const QLocale locale;
    auto *axis = new QCategoryAxis;
    axis->setRange(-0.5, bins - 0.5);
    axis->setStartValue(-0.5);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // Bars sit at 0..bins-1, so bin k's left edge is at k - 0.5; a sliver names the minimum.
    axis->append(readableNumber(column.minimum, locale, 4), -0.5 + 1e-6);
    for (int edge = step; edge < bins; edge += step)
    {
        if (bins - edge >= step / 2 + 1) // not crowding the maximum's label
            axis->append(readableNumber(column.minimum + edge * width, locale, 4), edge - 0.5);
    }
    axis->append(readableNumber(column.maximum, locale, 4), bins - 0.5);
    return axis;
}

void attachAxes(QChart *chart, QBarSeries *series, const QStringList &labels, double highest,
                const ColumnSummaryView *histogram)
{
    QAbstractAxis *xAxis = nullptr;
    if (histogram != nullptr)
    {
        xAxis = histogramAxis(*histogram);
    }
    else
    {
        auto *categories = new QBarCategoryAxis;
        categories->append(labels);
        categories->setLabelsAngle(labels.size() > 6 ? -60 : 0);
        xAxis = categories;
    }
    QFont small = xAxis->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    xAxis->setLabelsFont(small);
    chart->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(xAxis);
    auto *yAxis = new QValueAxis;
    yAxis->setRange(0.0, std::max(highest, 1.0));
    yAxis->applyNiceNumbers();
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(yAxis);
}

} // namespace

ColumnSummaryPanel::ColumnSummaryPanel(QWidget *parent)
    : QWidget(parent)
    , m_targetLabel(new QLabel(this))
    , m_targetCombo(new QComboBox(this))
    , m_schemaLabel(new QLabel(this))
    , m_schemaTable(new QTableWidget(0, 5, this))
    , m_chart(new QChartView(new QChart, this))
{
    m_targetCombo->setObjectName(QStringLiteral("targetCombo"));
    m_targetCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_targetCombo->setMinimumContentsLength(16);
    connect(m_targetCombo, &QComboBox::activated, this, &ColumnSummaryPanel::handleTargetActivated);
    m_targetLabel->setBuddy(m_targetCombo);

    m_schemaTable->setObjectName(QStringLiteral("schemaTable"));
    m_schemaTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_schemaTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_schemaTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_schemaTable->verticalHeader()->hide();
    m_schemaTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_schemaTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // Few columns and short texts: sizing to contents is cheap and keeps every value readable.
    m_schemaTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_schemaTable->horizontalHeader()->setStretchLastSection(true);
    connect(m_schemaTable, &QTableWidget::currentCellChanged, this,
            [this](int row) { showDistribution(row); });
    connect(m_schemaTable, &QTableWidget::itemChanged, this,
            &ColumnSummaryPanel::handleRoleToggled);
    m_schemaLabel->setBuddy(m_schemaTable);

    m_chart->setObjectName(QStringLiteral("distributionChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(200);
    m_chart->chart()->legend()->hide();
    m_chart->chart()->setMargins(QMargins(2, 2, 2, 2));
    localizeChartNumbers(m_chart->chart());

    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_targetLabel);
    targetRow->addWidget(m_targetCombo, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(targetRow);
    layout->addWidget(m_schemaLabel);
    layout->addWidget(m_schemaTable, 3);
    layout->addWidget(m_chart, 2);
    retranslate();
}

ColumnSummaryPanel::~ColumnSummaryPanel() = default;

void ColumnSummaryPanel::setSchema(const QVector<ColumnSummaryView> &columns, const QString &target)
{
    m_schema = columns;
    m_target = target;
    populateTable();
    populateTargetCombo();
}

void ColumnSummaryPanel::selectColumn(const QString &name)
{
    const auto match = std::find_if(m_schema.cbegin(), m_schema.cend(),
                                    [&](const ColumnSummaryView &c) { return c.name == name; });
    if (match != m_schema.cend())
        m_schemaTable->setCurrentCell(static_cast<int>(match - m_schema.cbegin()), 0);
}

void ColumnSummaryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ColumnSummaryPanel::retranslate()
{
    m_targetLabel->setText(tr("&Target column:"));
    m_targetCombo->setAccessibleName(tr("Target column"));
    m_targetCombo->setToolTip(tr("The column the model learns to predict."));
    m_targetCombo->setPlaceholderText(tr("Choose a column"));
    m_schemaLabel->setText(tr("&Columns"));
    m_schemaTable->setAccessibleName(tr("Columns of the file"));
    m_schemaTable->setHorizontalHeaderLabels(
        {tr("Column"), tr("Type"), tr("Missing"), tr("Range"), tr("Role")});
    m_chart->setAccessibleName(tr("Distribution of the selected column"));
    populateTable();
}

void ColumnSummaryPanel::populateTable()
{
    const QLocale locale;
    const QTableWidgetItem *current = m_schemaTable->item(m_schemaTable->currentRow(), 0);
    const QString selected = current != nullptr ? current->text() : QString();
    const QSignalBlocker blocker(m_schemaTable);
    m_schemaTable->setRowCount(static_cast<int>(m_schema.size()));
    int selectRow = m_schema.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_schema.size(); ++row)
    {
        const ColumnSummaryView &column = m_schema.at(row);
        const bool isTarget = column.name == m_target;
        const QString range = column.hasRange
                                  ? readableRange(column.minimum, column.maximum, locale)
                                  : tr("—", "no range");
        // A column that could be a feature has a check box: the user may leave it out.
        const bool choosable = !isTarget && (column.isFeature || column.excludedByUser);
        const QString role = isTarget                ? tr("Target")
                             : column.isFeature      ? tr("Feature")
                             : column.excludedByUser ? tr("Left out")
                                                     : tr("Not used");
        const QString missing = tr("%1%", "missing share in percent")
                                    .arg(locale.toString(column.missingShare * 100.0, 'f', 1));
        const QStringList cells{column.name, kindText(column.kind), missing, range, role};
        for (int cell = 0; cell < cells.size(); ++cell)
        {
            auto *item = new QTableWidgetItem(cells.at(cell));
            QFont font = item->font();
            font.setBold(isTarget);
            font.setItalic(!isTarget && !column.isFeature);
            item->setFont(font);
            // Only the name cell of a choosable column is a check box.
            item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
            if (cell == kUseColumn && choosable)
            {
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(column.isFeature ? Qt::Checked : Qt::Unchecked);
                item->setToolTip(tr("Untick to leave this column out of the features."));
            }
            m_schemaTable->setItem(row, cell, item);
        }
        if (column.name == selected)
            selectRow = row;
    }
    m_schemaTable->setCurrentCell(selectRow, 0);
    showDistribution(selectRow);
}

void ColumnSummaryPanel::populateTargetCombo()
{
    const QSignalBlocker blocker(m_targetCombo);
    m_targetCombo->clear();
    for (const ColumnSummaryView &column : std::as_const(m_schema))
        m_targetCombo->addItem(column.name);
    m_targetCombo->setCurrentIndex(m_targetCombo->findText(m_target));
}

void ColumnSummaryPanel::showDistribution(int row)
{
    QChart *chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
    {
        chart->removeAxis(axis);
        delete axis;
    }
    m_barCount = 0;
    if (row < 0 || row >= m_schema.size())
    {
        chart->setTitle(tr("Select a column to see its distribution."));
        return;
    }
    const ColumnSummaryView &column = m_schema.at(row);
    if (column.kind == QStringLiteral("datetime"))
    {
        chart->setTitle(
            tr("'%1' holds dates or times: it is not used to predict.").arg(column.name));
        return;
    }
    // One bar per distinct id would say nothing.
    if (column.kind == QStringLiteral("identifier"))
    {
        chart->setTitle(tr("'%1' identifies rows (its values all differ): it has no "
                           "distribution and is not used to predict.")
                            .arg(column.name));
        return;
    }
    auto *set = new QBarSet(tr("Rows"));
    const QStringList labels = fillBars(column, QFontMetrics(chart->font()), *set);
    if (labels.isEmpty())
    {
        chart->setTitle(tr("No distribution to show for '%1'.").arg(column.name));
        delete set;
        return;
    }
    m_barCount = static_cast<int>(labels.size());
    chart->setTitle(tr("Distribution of '%1'").arg(column.name));
    double highest = 0.0;
    for (int i = 0; i < set->count(); ++i)
        highest = std::max(highest, set->at(i));
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(column.histogram.isEmpty() ? 0.6 : 0.95);
    chart->addSeries(series);
    attachAxes(chart, series, labels, highest,
               !column.histogram.isEmpty() && column.hasRange ? &column : nullptr);
}

void ColumnSummaryPanel::handleTargetActivated(int index)
{
    const QString target = index >= 0 ? m_targetCombo->itemText(index) : QString();
    if (target == m_target)
        return;
    m_target = target;
    populateTable();
    Q_EMIT targetChanged(target);
}

// The user ticked or unticked a column: the columns left out now, in table order.
void ColumnSummaryPanel::handleRoleToggled(QTableWidgetItem *item)
{
    if (item == nullptr || item->column() != kUseColumn
        || !item->data(Qt::CheckStateRole).isValid())
        return;
    QStringList excluded;
    for (int row = 0; row < m_schemaTable->rowCount(); ++row)
    {
        const QTableWidgetItem *role = m_schemaTable->item(row, kUseColumn);
        if (role != nullptr && role->data(Qt::CheckStateRole).isValid()
            && role->checkState() == Qt::Unchecked)
            excluded.append(m_schema.at(row).name);
    }
    Q_EMIT excludedColumnsChanged(excluded);
}

} // namespace cohort::ui
