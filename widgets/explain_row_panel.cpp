#include "widgets/explain_row_panel.h"

#include "widgets/explain_format.h"
#include "widgets/text_table_model.h"
#include "widgets/view_frame.h"
#include "widgets/waterfall_chart_view.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace cohort::ui
{

namespace
{

constexpr int kMaxReasons = 3;
// The values table never gets narrower than its value, effect and error columns plus this many
// characters of column name, nor asks for more than kMaxTableWidth to show them.
constexpr int kColumnNameChars = 9;
constexpr int kMaxTableWidth = 460;

enum TableColumn
{
    ColumnColumn,
    ValueColumn,
    ContributionColumn,
    ErrorColumn
};

} // namespace

ExplainRowPanel::ExplainRowPanel(QWidget *parent)
    : QWidget(parent)
    , m_waterfall(new WaterfallChartView)
    , m_model(new TextTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("explainRowPanel"));
    m_waterfallFrame = new ViewFrame(m_waterfall, QStringLiteral("shap-waterfall"));
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("explainRowSplitter"));
    splitter->addWidget(m_waterfallFrame);
    splitter->addWidget(createDetails());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 420});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(createHeader());
    layout->addWidget(splitter, 1);
    retranslate();
    render();
}

QWidget *ExplainRowPanel::createHeader()
{
    auto *header = new QWidget(this);
    m_prediction = new QLabel(header);
    m_prediction->setObjectName(QStringLiteral("predictionLabel"));
    m_prediction->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_prediction->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_prediction->setFont(big);
    m_subject = new QLabel(header);
    m_subject->setObjectName(QStringLiteral("explainSubjectLabel"));
    m_subject->setWordWrap(true);
    m_classLabel = new QLabel(header);
    m_class = new QComboBox(header);
    m_class->setObjectName(QStringLiteral("explainClassCombo"));
    m_class->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_class->setMinimumContentsLength(10);
    m_classLabel->setBuddy(m_class);
    connect(m_class, &QComboBox::currentIndexChanged, this, &ExplainRowPanel::render);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_prediction);
    row->addSpacing(16);
    row->addWidget(m_subject, 1);
    row->addWidget(m_classLabel);
    row->addWidget(m_class);
    return header;
}

QWidget *ExplainRowPanel::createDetails()
{
    auto *details = new QWidget;
    m_reasonsTitle = new QLabel(details);
    QFont bold = m_reasonsTitle->font();
    bold.setBold(true);
    m_reasonsTitle->setFont(bold);
    m_reasons = new QLabel(details);
    m_reasons->setObjectName(QStringLiteral("reasonsLabel"));
    m_reasons->setWordWrap(true);
    m_reasons->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reasons->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_reasonsTitle->setBuddy(m_reasons);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TextTableModel::kSortRole);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("contributionsTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tableFrame = new ViewFrame(m_table, QStringLiteral("shap-contributions"));
    m_tableFrame->setTableModel(m_proxy);
    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_reasonsTitle);
    layout->addWidget(m_reasons);
    layout->addSpacing(6);
    layout->addWidget(m_tableFrame, 1);
    return details;
}

void ExplainRowPanel::showExplanation(const RowExplanationView &row)
{
    m_row = row;
    m_hasRow = true;
    {
        const QSignalBlocker blocker(m_class);
        m_class->clear();
        m_class->addItems(row.classNames);
        m_class->setCurrentIndex(row.shownClass < m_class->count() ? row.shownClass : -1);
    }
    m_class->setEnabled(hasEveryClass(row) && row.classNames.size() > 1);
    retranslate();
    render();
}

void ExplainRowPanel::clear()
{
    m_row = {};
    m_hasRow = false;
    m_class->clear();
    m_class->setEnabled(false);
    retranslate();
    render();
}

int ExplainRowPanel::shownClass() const
{
    if (!m_hasRow)
        return -1;
    return m_class->currentIndex() >= 0 ? m_class->currentIndex() : m_row.shownClass;
}

void ExplainRowPanel::render()
{
    if (!m_hasRow)
    {
        m_waterfall->clear();
        m_model->setRows({});
        m_reasons->setText(tr("Explain a row to read here which columns weighed most."));
        m_waterfallFrame->setTitle(tr("How each column moved the prediction"));
        return;
    }
    const int shown = shownClass();
    const QString className = m_row.classNames.value(shown, m_row.predictedClass);
    const QVector<ContributionView> contributions = contributionsForClass(m_row, shown);
    const double base = baseForClass(m_row, shown);
    const double output = outputForClass(m_row, shown);
    m_waterfall->setContributions(contributions, base, output);
    // The chart itself shows the average and this row's chance; a short title leaves the
    // values table its width on a small screen.
    m_waterfallFrame->setTitle(tr("How each column moved the chance of %1").arg(className));
    m_reasons->setText(reasonsText(contributions, className));
    fillTable(contributions);
}

void ExplainRowPanel::fillTable(const QVector<ContributionView> &contributions)
{
    QVector<QVector<TextCell>> rows;
    rows.reserve(contributions.size());
    for (const ContributionView &c : contributions)
    {
        const bool known = std::isfinite(c.standardError);
        rows.append({TextCell{c.column, {}}, TextCell{contributionValueText(c), {}},
                     TextCell{pointsText(c.contribution, 2), c.contribution},
                     TextCell{known ? QLocale().toString(c.standardError * 100.0, 'f', 2)
                                    : QStringLiteral("–"),
                              known ? c.standardError : -1.0}});
    }
    m_model->setRows(rows);
    fitTableWidth();
}

void ExplainRowPanel::fitTableWidth()
{
    // On a small screen the splitter takes width from the table first; the effects must stay
    // readable, so the column names elide instead.
    const QHeaderView *header = m_table->horizontalHeader();
    const QAbstractItemView *view = m_table; // QTableView hides sizeHintForColumn
    int width = 2 * m_table->frameWidth() + m_table->verticalScrollBar()->sizeHint().width()
                + m_table->fontMetrics().averageCharWidth() * kColumnNameChars;
    for (int column = ValueColumn; column <= ErrorColumn; ++column)
        width += std::max(header->sectionSizeHint(column), view->sizeHintForColumn(column));
    m_table->setMinimumWidth(std::min(width, kMaxTableWidth));
}

QString ExplainRowPanel::reasonsText(const QVector<ContributionView> &contributions,
                                     const QString &className) const
{
    QStringList reasons;
    for (const ContributionView &c : contributions)
    {
        const int points = static_cast<int>(std::lround(std::abs(c.contribution) * 100.0));
        if (points < 1 || reasons.size() == kMaxReasons)
            break;
        const QString what = columnWithValue(c);
        const bool raised = c.contribution > 0.0;
        if (reasons.isEmpty())
            reasons << (raised ? tr("%1 raised the chance of %2 by %n point(s)", nullptr, points)
                               : tr("%1 lowered the chance of %2 by %n point(s)", nullptr, points))
                           .arg(what, className);
        else
            reasons << (raised ? tr("%1 raised it by %n point(s)", nullptr, points)
                               : tr("%1 lowered it by %n point(s)", nullptr, points))
                           .arg(what);
    }
    if (reasons.isEmpty())
        return tr("No column moved the chance of %1 by a whole percentage point.").arg(className);
    return tr("%1.", "end of the list of reasons")
        .arg(reasons.join(tr("; ", "between two reasons")));
}

QString ExplainRowPanel::methodText() const
{
    if (m_row.method == QLatin1String("exact"))
        return tr("exact Shapley values");
    if (m_row.method == QLatin1String("kernel"))
        return tr("Kernel SHAP estimate");
    return m_row.method;
}

void ExplainRowPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
    {
        retranslate();
        render();
    }
    QWidget::changeEvent(event);
}

void ExplainRowPanel::retranslate()
{
    m_classLabel->setText(tr("Explain the chance o&f:"));
    m_class->setAccessibleName(tr("Class whose chance is explained"));
    m_class->setToolTip(tr("Show how the columns moved the chance of another class"));
    m_reasonsTitle->setText(tr("Top reasons"));
    m_reasons->setAccessibleName(tr("Top reasons in words"));
    m_table->setAccessibleName(tr("Contribution of each column"));
    m_tableFrame->setTitle(tr("Values"));
    m_model->setHeaders({tr("Column"), tr("Value"), tr("Effect (points)"), tr("± Error")});
    // Per-section modes need the sections, which exist once the headers are set.
    m_table->horizontalHeader()->setSectionResizeMode(ColumnColumn, QHeaderView::Stretch);
    fitTableWidth();
    m_table->setToolTip(tr("Effect: how many percentage points the column added to or took "
                           "from the chance. Error: the standard error of a Kernel SHAP "
                           "estimate (0 for exact values)."));
    m_prediction->setAccessibleName(tr("Prediction"));
    m_subject->setAccessibleName(tr("What was explained"));
    if (!m_hasRow)
    {
        m_prediction->setText(tr("No row explained yet"));
        m_subject->setText(tr("Choose a row or type values, then press Explain row."));
        return;
    }
    m_prediction->setText(
        tr("Predicted: %1, %2%").arg(m_row.predictedClass, percentText(m_row.confidence)));
    QString subject =
        m_row.rowNumber >= 0
            ? tr("Row %1 with %2 (%3)")
                  .arg(QLocale().toString(m_row.rowNumber), m_row.versionLabel, methodText())
            : tr("Typed-in values with %1 (%2)").arg(m_row.versionLabel, methodText());
    const auto missing = std::count_if(m_row.contributions.cbegin(), m_row.contributions.cend(),
                                       [](const ContributionView &c) { return c.missing; });
    if (missing > 0)
        subject = tr("%1; %n value(s) missing, filled in as in training", nullptr,
                     static_cast<int>(missing))
                      .arg(subject);
    m_subject->setText(subject);
}

} // namespace cohort::ui
