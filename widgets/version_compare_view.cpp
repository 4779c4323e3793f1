#include "widgets/version_compare_view.h"

#include "widgets/chart_axes.h"
#include "widgets/version_details.h"
#include "widgets/view_frame.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <array>
#include <cmath>

namespace cohort::ui
{

VersionCompareView::VersionCompareView(QWidget *parent)
    : QWidget(parent)
    , m_chartView(new QChartView)
    , m_series(new QBarSeries(this))
    , m_categories(new QBarCategoryAxis(this))
    , m_values(new QValueAxis(this))
    , m_table(new QTableWidget)
    , m_note(new QLabel)
{
    m_chartView->setObjectName(QStringLiteral("compareChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    auto *chart = new QChart;
    styleCompactChart(chart);
    chart->legend()->setShowToolTips(true);
    m_chartView->setChart(chart);
    chart->addSeries(m_series);
    chart->addAxis(m_categories, Qt::AlignBottom);
    chart->addAxis(m_values, Qt::AlignLeft);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    // Two decimals above each bar; the axis leaves room above 1.0 for the label of a full bar.
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_series->setLabelsPrecision(2);
    m_values->setRange(0.0, 1.12);
    m_values->setTickType(QValueAxis::TicksDynamic);
    m_values->setTickAnchor(0.0);
    m_values->setTickInterval(0.2);
    m_values->setLabelFormat(QStringLiteral("%.1f"));
    m_chartView->setMinimumSize(260, 180);
    m_chartFrame = new ViewFrame(m_chartView, QStringLiteral("version-comparison"), this);

    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setColumnCount(2);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_note->setObjectName(QStringLiteral("compareNote"));
    m_note->setWordWrap(true);

    auto *close = new QPushButton(this);
    close->setObjectName(QStringLiteral("closeCompareButton"));
    connect(close, &QPushButton::clicked, this, &VersionCompareView::closeRequested);
    m_chartFrame->addHeaderWidget(close);

    auto *tableColumn = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableColumn);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_note);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_chartFrame);
    splitter->addWidget(tableColumn);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({400, 600});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    retranslate();
}

void VersionCompareView::setVersions(const VersionView &left, const VersionView &right)
{
    m_leftVersion = left;
    m_rightVersion = right;
    rebuildChart();
    rebuildTable();
}

void VersionCompareView::rebuildChart()
{
    m_series->clear();
    if (m_leftVersion.id == 0)
        return;
    const std::array<const VersionView *, 2> versions{&m_leftVersion, &m_rightVersion};
    const auto figures = [](const VersionView &v) {
        return std::array<double, 3>{v.accuracy, v.macroF1, v.rocAuc};
    };
    const std::array<QString, 3> names{tr("Accuracy"), tr("Macro F1"), tr("ROC AUC")};
    // A figure neither version has is left out; one that only one of them has is drawn as no
    // bar there, and the table beside says "–".
    QStringList categories;
    std::array<QBarSet *, 2> sets{};
    for (std::size_t v = 0; v < versions.size(); ++v)
    {
        sets[v] = new QBarSet(tr("Version %1").arg(versions[v]->id));
        // The theme's default draws the values in the bar's own colour, unreadable above it.
        sets[v]->setLabelColor(palette().color(QPalette::WindowText));
    }
    for (std::size_t k = 0; k < names.size(); ++k)
    {
        const double left = figures(m_leftVersion)[k];
        const double right = figures(m_rightVersion)[k];
        if (std::isnan(left) && std::isnan(right))
            continue;
        categories << names[k];
        sets[0]->append(std::isnan(left) ? 0.0 : left);
        sets[1]->append(std::isnan(right) ? 0.0 : right);
    }
    m_categories->setCategories(categories);
    for (QBarSet *set : sets)
        m_series->append(set);
}

void VersionCompareView::rebuildTable()
{
    const QVector<VersionProperty> left = versionProperties(m_leftVersion);
    const QVector<VersionProperty> right = versionProperties(m_rightVersion);
    m_table->clearContents();
    m_table->setRowCount(static_cast<int>(left.size()));
    m_table->setHorizontalHeaderLabels(
        {tr("Version %1").arg(m_leftVersion.id), tr("Version %1").arg(m_rightVersion.id)});
    QColor tint = palette().color(QPalette::Highlight);
    tint.setAlpha(60);
    for (int row = 0; row < left.size(); ++row)
    {
        const bool differs = left.at(row).comparable && left.at(row).value != right.at(row).value;
        auto *header = new QTableWidgetItem(left.at(row).label);
        header->setData(kDiffersRole, differs);
        QFont font = m_table->font();
        font.setBold(differs);
        header->setFont(font);
        m_table->setVerticalHeaderItem(row, header);
        for (int column = 0; column < 2; ++column)
        {
            const QString &value = (column == 0 ? left : right).at(row).value;
            auto *item = new QTableWidgetItem(value);
            item->setToolTip(value);
            item->setData(kDiffersRole, differs);
            item->setFont(font);
            if (differs)
                item->setBackground(tint);
            m_table->setItem(row, column, item);
        }
    }
}

void VersionCompareView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
    {
        retranslate();
        setVersions(m_leftVersion, m_rightVersion);
    }
    else if (event->type() == QEvent::PaletteChange && m_leftVersion.id != 0)
    {
        rebuildTable();
    }
    QWidget::changeEvent(event);
}

void VersionCompareView::retranslate()
{
    m_chartFrame->setTitle(tr("Comparison"));
    m_values->setTitleText(tr("Score (0 to 1)"));
    m_chartView->setAccessibleName(tr("Accuracy, macro F1 and ROC AUC of both versions"));
    m_table->setAccessibleName(tr("Properties of both versions"));
    m_note->setText(tr("Rows in bold on a tinted background differ between the two versions."));
    auto *close = findChild<QPushButton *>(QStringLiteral("closeCompareButton"));
    close->setText(tr("Back to details"));
    close->setAccessibleName(tr("Back to details"));
}

} // namespace cohort::ui
