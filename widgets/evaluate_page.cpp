#include "widgets/evaluate_page.h"

#include "widgets/class_metrics_model.h"
#include "widgets/confusion_matrix_view.h"
#include "widgets/file_path_field.h"
#include "widgets/form_fields.h"
#include "widgets/message_banner.h"
#include "widgets/roc_chart_view.h"
#include "widgets/view_frame.h"

#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace cohort::ui
{

namespace
{

enum Metric
{
    AccuracyMetric,
    BaselineMetric,
    MacroF1Metric,
    RocAucMetric,
    RowsMetric,
    MetricCount
};

QString figure(double value)
{
    return std::isnan(value) ? QStringLiteral("–") : QLocale().toString(value, 'f', 3);
}

} // namespace

EvaluatePage::EvaluatePage(QWidget *parent)
    : QWidget(parent)
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("evaluatePage"));
    m_banner->setObjectName(QStringLiteral("errorBanner"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_banner);
    layout->addWidget(createInputBar());
    layout->addWidget(createSummary());
    layout->addWidget(createResults(), 1);
    retranslate();
    fillSummary();
}

EvaluatePage::~EvaluatePage() = default;

QWidget *EvaluatePage::createInputBar()
{
    auto *bar = new QWidget(this);
    m_versionLabel = new QLabel(bar);
    m_version = new QComboBox(bar);
    m_version->setObjectName(QStringLiteral("evalVersionCombo"));
    m_version->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_version->setMinimumContentsLength(18);
    m_versionLabel->setBuddy(m_version);
    m_versionError = createErrorLabel(QStringLiteral("evalVersionError"), bar);
    connect(m_version, &QComboBox::currentIndexChanged, this,
            [this] { clearFieldError(m_versionError); });
    m_csvLabel = new QLabel(bar);
    m_csv = new FilePathField(QStringLiteral("evalCsv"), bar);
    m_csvLabel->setBuddy(m_csv->lineEdit());
    m_evaluate = new QPushButton(bar);
    m_evaluate->setObjectName(QStringLiteral("evaluateButton"));
    m_evaluate->setDefault(true);
    connect(m_evaluate, &QPushButton::clicked, this, &EvaluatePage::requestEvaluation);
    m_busyBar = new QProgressBar(bar);
    m_busyBar->setObjectName(QStringLiteral("evalBusyBar"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setTextVisible(false);
    m_busyBar->hide();

    auto *grid = new QGridLayout(bar);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_versionLabel, 0, 0);
    grid->addWidget(m_version, 0, 1);
    grid->addWidget(m_csvLabel, 0, 2);
    grid->addWidget(m_csv, 0, 3, 2, 1, Qt::AlignTop);
    grid->addWidget(m_evaluate, 0, 4);
    grid->addWidget(m_busyBar, 0, 5);
    grid->addWidget(m_versionError, 1, 1);
    grid->setColumnStretch(3, 1);
    return bar;
}

QWidget *EvaluatePage::createSummary()
{
    auto *box = new QFrame(this);
    box->setObjectName(QStringLiteral("metricsSummary"));
    box->setFrameShape(QFrame::StyledPanel);
    m_heading = new QLabel(box);
    m_heading->setObjectName(QStringLiteral("evalHeading"));
    m_heading->setWordWrap(true);
    m_verdict = new QLabel(box);
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont verdictFont = m_verdict->font();
    verdictFont.setBold(true);
    m_verdict->setFont(verdictFont);

    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(8, 6, 8, 6);
    grid->setVerticalSpacing(0);
    grid->addWidget(m_heading, 0, 0, 1, MetricCount + 1);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    for (int metric = 0; metric < MetricCount; ++metric)
    {
        auto *title = new QLabel(box);
        auto *value = new QLabel(box);
        value->setObjectName(QStringLiteral("metricValue%1").arg(metric));
        value->setFont(big);
        grid->addWidget(title, 1, metric);
        grid->addWidget(value, 2, metric);
        m_metricTitles << title;
        m_metricValues << value;
    }
    grid->addWidget(m_verdict, 1, MetricCount, 2, 1);
    grid->setColumnStretch(MetricCount, 1);
    grid->setHorizontalSpacing(22);
    return box;
}

QWidget *EvaluatePage::createResults()
{
    m_confusion = new ConfusionMatrixView;
    m_confusionFrame = new ViewFrame(m_confusion, QStringLiteral("confusion-matrix"));
    m_roc = new RocChartView;
    m_rocFrame = new ViewFrame(m_roc, QStringLiteral("roc-curves"));
    m_perClass = new ClassMetricsModel(this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_perClass);
    proxy->setSortRole(ClassMetricsModel::kSortRole);
    m_perClassTable = new QTableView;
    m_perClassTable->setObjectName(QStringLiteral("perClassTable"));
    m_perClassTable->setModel(proxy);
    m_perClassTable->setSortingEnabled(true);
    m_perClassTable->sortByColumn(-1, Qt::AscendingOrder);
    m_perClassTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_perClassTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_perClassTable->setAlternatingRowColors(true);
    m_perClassTable->verticalHeader()->hide();
    m_perClassTable->verticalHeader()->setDefaultSectionSize(m_perClassTable->fontMetrics().height()
                                                             + 6);
    m_perClassTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_perClassFrame = new ViewFrame(m_perClassTable, QStringLiteral("per-class"));
    m_perClassFrame->setTableModel(proxy);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("evaluateSplitter"));
    auto *left = new QSplitter(Qt::Vertical);
    left->addWidget(m_confusionFrame);
    left->addWidget(m_perClassFrame);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);
    splitter->addWidget(left);
    splitter->addWidget(m_rocFrame);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    return splitter;
}

void EvaluatePage::setVersions(const QVector<QPair<qint64, QString>> &versions)
{
    const QVariant current = m_version->currentData();
    m_version->clear();
    for (const auto &[id, label] : versions)
        m_version->addItem(label, id);
    if (const int index = m_version->findData(current); index >= 0)
        m_version->setCurrentIndex(index);
}

void EvaluatePage::selectVersion(qint64 id)
{
    if (const int index = m_version->findData(id); index >= 0)
        m_version->setCurrentIndex(index);
}

void EvaluatePage::setBusy(bool busy)
{
    m_busy = busy;
    m_evaluate->setEnabled(!busy);
    m_version->setEnabled(!busy);
    m_csv->setEnabled(!busy);
    m_busyBar->setVisible(busy);
    retranslate();
}

void EvaluatePage::showEvaluation(const EvaluationView &evaluation)
{
    m_evaluation = evaluation;
    m_hasEvaluation = true;
    m_banner->hide();
    m_confusion->setMatrix(evaluation.classNames, evaluation.confusion);
    m_roc->setCurves(evaluation.rocCurves);
    m_perClass->setRows(evaluation.perClass);
    fillSummary();
}

void EvaluatePage::showError(const QString &message)
{
    // The previous file's results must not stay under a heading as if they were this one's.
    m_hasEvaluation = false;
    m_evaluation = {};
    m_confusion->setMatrix({}, {});
    m_roc->setCurves({});
    m_perClass->setRows({});
    fillSummary();
    m_banner->showMessage(message, MessageBanner::Kind::Error);
}

void EvaluatePage::fillSummary()
{
    const EvaluationView &e = m_evaluation;
    if (!m_hasEvaluation)
    {
        m_heading->setText(tr("Choose a version and a labelled CSV file, then press Evaluate."));
        for (QLabel *value : std::as_const(m_metricValues))
            value->setText(QStringLiteral("–"));
        m_verdict->clear();
        return;
    }
    m_heading->setText(tr("%1 on %2").arg(e.versionLabel, QFileInfo(e.csvPath).fileName()));
    m_heading->setToolTip(e.csvPath);
    m_metricValues.at(AccuracyMetric)->setText(figure(e.accuracy));
    m_metricValues.at(BaselineMetric)->setText(figure(e.baselineAccuracy));
    m_metricValues.at(MacroF1Metric)->setText(figure(e.macroF1));
    m_metricValues.at(RocAucMetric)->setText(figure(e.rocAuc));
    m_metricValues.at(RowsMetric)->setText(QLocale().toString(e.rows));
    m_verdict->setText(e.verdict);
    // Green only for a model better than the baseline on every class, not on accuracy alone.
    const bool beatsBaseline = e.verdictLevel == Verdict::Level::Good;
    QPalette colours = m_verdict->palette();
    colours.setColor(QPalette::WindowText,
                     beatsBaseline ? QColor(0x1e, 0x6b, 0x35) : QColor(0xa3, 0x1c, 0x1c));
    m_verdict->setPalette(colours);
    m_verdict->setAccessibleName(tr("Verdict: %1").arg(e.verdict));
}

void EvaluatePage::requestEvaluation()
{
    bool valid = true;
    if (m_version->currentIndex() < 0)
    {
        showFieldError(m_versionError, m_version,
                       m_version->count() == 0 ? tr("No stored versions yet: train one first.")
                                               : tr("Choose a version."));
        valid = false;
    }
    if (m_csv->path().isEmpty())
    {
        m_csv->showError(tr("Choose a labelled CSV file to score the model on."));
        valid = false;
    }
    else if (!QFileInfo(m_csv->path()).isFile())
    {
        m_csv->showError(tr("There is no file at %1.").arg(m_csv->path()));
        valid = false;
    }
    if (valid)
        Q_EMIT evaluateRequested(m_version->currentData().toLongLong(), m_csv->path());
}

void EvaluatePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
    {
        retranslate();
        fillSummary();
    }
    QWidget::changeEvent(event);
}

void EvaluatePage::retranslate()
{
    m_versionLabel->setText(tr("&Version:"));
    m_version->setAccessibleName(tr("Version to evaluate"));
    m_version->setToolTip(tr("The stored model version to test."));
    m_csvLabel->setText(tr("Labelled &data:"));
    m_csv->setFieldName(tr("Labelled data file"));
    m_csv->setToolTip(tr("A CSV file with the same columns as the training file, including the "
                         "true classes, which the model has not been trained on."));
    m_evaluate->setText(m_busy ? tr("Evaluating…") : tr("&Evaluate"));
    m_evaluate->setAccessibleName(tr("Evaluate the version on the file"));
    m_busyBar->setAccessibleName(tr("Evaluation in progress"));
    const QStringList titles{tr("Accuracy"), tr("Baseline accuracy"), tr("Macro F1"), tr("ROC AUC"),
                             tr("Rows")};
    for (int metric = 0; metric < MetricCount; ++metric)
    {
        m_metricTitles.at(metric)->setText(titles.at(metric));
        m_metricValues.at(metric)->setAccessibleName(titles.at(metric));
    }
    m_metricTitles.at(BaselineMetric)
        ->setToolTip(tr("Accuracy of always answering the most common class"));
    m_confusionFrame->setTitle(tr("Confusion matrix (colour: share of each actual class)"));
    m_rocFrame->setTitle(tr("ROC curves"));
    m_perClassFrame->setTitle(tr("Per class"));
    m_perClass->retranslate();
    m_perClassTable->setAccessibleName(tr("Per-class precision, recall and F1"));
}

} // namespace cohort::ui
