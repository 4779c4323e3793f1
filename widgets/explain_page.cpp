#include "widgets/explain_page.h"

#include "widgets/explain_dataset_panel.h"
#include "widgets/explain_row_panel.h"
#include "widgets/message_banner.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cohort::ui
{

namespace
{

constexpr int kTypedPairsPerLine = 4;
constexpr int kTypedVisibleLines = 3;

QProgressBar *createProgressBar(QWidget *parent)
{
    auto *progress = new QProgressBar(parent);
    progress->setObjectName(QStringLiteral("explainProgress"));
    progress->setRange(0, 0);
    progress->setMinimumWidth(140);
    // Showing and hiding the bar must not shift the buttons next to it.
    QSizePolicy keepSpace = progress->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true);
    progress->setSizePolicy(keepSpace);
    progress->hide();
    return progress;
}

enum Tab
{
    RowTab,
    DatasetTab
};

} // namespace

ExplainPage::ExplainPage(QWidget *parent)
    : QWidget(parent)
    , m_banner(new MessageBanner(this))
    , m_tabs(new QTabWidget(this))
    , m_rowPanel(new ExplainRowPanel)
    , m_datasetPanel(new ExplainDatasetPanel)
{
    setObjectName(QStringLiteral("explainPage"));
    m_banner->setObjectName(QStringLiteral("errorBanner"));
    m_tabs->setObjectName(QStringLiteral("explainTabs"));
    m_tabs->addTab(m_rowPanel, QString());
    m_tabs->addTab(m_datasetPanel, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_banner);
    layout->addWidget(createSubjectBar());
    layout->addWidget(createTypedForm());
    layout->addWidget(createActionBar());
    layout->addWidget(m_tabs, 1);
    retranslate();
    updateActions();
}

ExplainPage::~ExplainPage() = default;

QWidget *ExplainPage::createSubjectBar()
{
    auto *bar = new QWidget(this);
    m_versionLabel = new QLabel(bar);
    m_version = new QComboBox(bar);
    m_version->setObjectName(QStringLiteral("explainVersionCombo"));
    m_version->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_version->setMinimumContentsLength(20);
    m_versionLabel->setBuddy(m_version);
    connect(m_version, &QComboBox::currentIndexChanged, this, &ExplainPage::updateActions);
    m_rowLabel = new QLabel(bar);
    m_row = new QSpinBox(bar);
    m_row->setObjectName(QStringLiteral("explainRowSpin"));
    m_row->setRange(1, 1);
    m_row->setMinimumWidth(90);
    m_rowLabel->setBuddy(m_row);
    m_rowHint = new QLabel(bar);
    m_rowHint->setObjectName(QStringLiteral("explainRowHint"));
    m_typeToggle = new QPushButton(bar);
    m_typeToggle->setObjectName(QStringLiteral("typeValuesToggle"));
    m_typeToggle->setCheckable(true);
    m_typeToggle->setAutoDefault(false);
    connect(m_typeToggle, &QPushButton::toggled, this, &ExplainPage::updateActions);

    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_versionLabel);
    row->addWidget(m_version);
    row->addSpacing(16);
    row->addWidget(m_rowLabel);
    row->addWidget(m_row);
    row->addWidget(m_rowHint, 1);
    row->addWidget(m_typeToggle);
    return bar;
}

QWidget *ExplainPage::createTypedForm()
{
    m_typedForm = new QScrollArea(this);
    m_typedForm->setObjectName(QStringLiteral("typedValuesForm"));
    m_typedForm->setWidgetResizable(true);
    m_typedForm->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_typedForm->hide();
    rebuildTypedForm();
    return m_typedForm;
}

QWidget *ExplainPage::createActionBar()
{
    auto *bar = new QWidget(this);
    m_backgroundLabel = new QLabel(bar);
    m_background = new QSpinBox(bar);
    m_background->setObjectName(QStringLiteral("backgroundSpin"));
    m_background->setRange(5, 500);
    m_background->setValue(50);
    m_backgroundLabel->setBuddy(m_background);
    m_methodLabel = new QLabel(bar);
    m_method = new QComboBox(bar);
    m_method->setObjectName(QStringLiteral("methodCombo"));
    for (const char *key : {"auto", "exact", "kernel"})
        m_method->addItem(QString(), QString::fromLatin1(key));
    m_methodLabel->setBuddy(m_method);
    m_explainRow = new QPushButton(bar);
    m_explainRow->setObjectName(QStringLiteral("explainRowButton"));
    m_explainRow->setDefault(true);
    connect(m_explainRow, &QPushButton::clicked, this,
            [this] { Q_EMIT explainRowRequested(request(true)); });
    m_explainDataset = new QPushButton(bar);
    m_explainDataset->setObjectName(QStringLiteral("explainDatasetButton"));
    m_explainDataset->setAutoDefault(false);
    connect(m_explainDataset, &QPushButton::clicked, this,
            [this] { Q_EMIT explainDatasetRequested(request(false)); });
    m_cancel = new QPushButton(bar);
    m_cancel->setObjectName(QStringLiteral("explainCancelButton"));
    m_cancel->setAutoDefault(false);
    connect(m_cancel, &QPushButton::clicked, this, &ExplainPage::cancelRequested);
    m_progress = createProgressBar(bar);

    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_backgroundLabel, m_background, m_methodLabel, m_method})
        row->addWidget(widget);
    row->addSpacing(16);
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_explainRow, m_explainDataset, m_cancel, m_progress})
        row->addWidget(widget);
    row->addStretch(1);
    return bar;
}

void ExplainPage::setVersions(const QVector<QPair<qint64, QString>> &versions)
{
    const QVariant current = m_version->currentData();
    m_version->clear();
    for (const auto &[id, label] : versions)
        m_version->addItem(label, id);
    // With a placeholder text the combo does not pick the first item by itself.
    m_version->setCurrentIndex(std::max(0, m_version->findData(current)));
    updateActions();
}

void ExplainPage::setRowCount(int rows, const QString &fileName)
{
    m_rows = fileName.isEmpty() ? 0 : std::max(rows, 0);
    m_fileName = m_rows > 0 ? fileName : QString();
    m_row->setRange(1, std::max(m_rows, 1));
    retranslate();
    updateActions();
}

void ExplainPage::setColumns(const QStringList &columns)
{
    QMap<QString, QString> kept;
    for (int i = 0; i < m_typedEdits.size(); ++i)
        kept.insert(m_columns.at(i), m_typedEdits.at(i)->text());
    m_columns = columns;
    rebuildTypedForm();
    setTypedValues(kept);
    retranslate();
    updateActions();
}

void ExplainPage::rebuildTypedForm()
{
    m_typedEdits.clear();
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("typedValuesContent"));
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(6, 4, 6, 4);
    static const QRegularExpression notName(QStringLiteral("[^A-Za-z0-9_]"));
    for (int i = 0; i < m_columns.size(); ++i)
    {
        auto *label = new QLabel(m_columns.at(i), content);
        auto *edit = new QLineEdit(content);
        edit->setObjectName(QStringLiteral("typedValueEdit_")
                            + QString(m_columns.at(i)).replace(notName, QStringLiteral("_")));
        label->setBuddy(edit);
        grid->addWidget(label, i / kTypedPairsPerLine, 2 * (i % kTypedPairsPerLine));
        grid->addWidget(edit, i / kTypedPairsPerLine, 2 * (i % kTypedPairsPerLine) + 1);
        m_typedEdits << edit;
    }
    for (int pair = 0; pair < kTypedPairsPerLine; ++pair)
        grid->setColumnStretch(2 * pair + 1, 1);
    // Replacing the widget deletes the old form with its fields.
    m_typedForm->setWidget(content);
    // Up to three lines of fields show without scrolling; more scroll inside the form.
    const int lines = std::max(1, static_cast<int>(m_columns.size() + kTypedPairsPerLine - 1)
                                      / kTypedPairsPerLine);
    const int height = content->sizeHint().height() * std::min(lines, kTypedVisibleLines) / lines;
    m_typedForm->setFixedHeight(height + 2 * m_typedForm->frameWidth());
}

void ExplainPage::setTypedValues(const QMap<QString, QString> &values)
{
    for (int i = 0; i < m_typedEdits.size(); ++i)
    {
        if (values.contains(m_columns.at(i)))
            m_typedEdits.at(i)->setText(values.value(m_columns.at(i)));
    }
}

void ExplainPage::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        setProgress(0, 0);
    m_progress->setVisible(busy);
    retranslate();
    updateActions();
}

void ExplainPage::setProgress(int done, int total)
{
    if (total <= 0)
    {
        m_progress->setRange(0, 0);
        return;
    }
    m_progress->setRange(0, total);
    m_progress->setValue(std::clamp(done, 0, total));
    m_progress->setFormat(tr("%1 of %2").arg(QLocale().toString(done), QLocale().toString(total)));
}

void ExplainPage::showRowExplanation(const RowExplanationView &row)
{
    m_banner->hide();
    m_rowPanel->showExplanation(row);
    m_tabs->setCurrentIndex(RowTab);
}

void ExplainPage::showGlobalExplanation(const GlobalExplanationView &explanation)
{
    m_banner->hide();
    m_datasetPanel->showExplanation(explanation);
    m_tabs->setCurrentIndex(DatasetTab);
}

void ExplainPage::showError(const QString &message)
{
    m_banner->showMessage(message, MessageBanner::Kind::Error);
}

ExplainRequest ExplainPage::request(bool forRow) const
{
    ExplainRequest request;
    request.versionId = m_version->currentData().toLongLong();
    request.background = m_background->value();
    request.method = m_method->currentData().toString();
    if (forRow && m_typeToggle->isChecked())
    {
        for (int i = 0; i < m_typedEdits.size(); ++i)
            request.typedValues.insert(m_columns.at(i), m_typedEdits.at(i)->text().trimmed());
    }
    else if (forRow)
    {
        request.row = m_row->value() - 1;
    }
    return request;
}

void ExplainPage::updateActions()
{
    const bool typed = m_typeToggle->isChecked();
    const bool haveVersion = m_version->currentIndex() >= 0;
    const bool haveFile = m_rows > 0;
    m_typedForm->setVisible(typed);
    m_row->setEnabled(haveFile && !typed && !m_busy);
    for (QWidget *input : std::initializer_list<QWidget *>{m_version, m_typeToggle, m_typedForm,
                                                           m_background, m_method})
        input->setEnabled(!m_busy);
    m_explainRow->setEnabled(!m_busy && haveVersion && (typed ? !m_columns.isEmpty() : haveFile));
    m_explainDataset->setEnabled(!m_busy && haveVersion && haveFile);
    m_cancel->setEnabled(m_busy);
    QString why;
    if (!haveVersion)
        why = tr("Train a model first: there is no stored version to explain.");
    else if (!haveFile)
        why = tr("Open a CSV file on the Data page first.");
    m_explainDataset->setToolTip(why.isEmpty() ? tr("Explain every row of the loaded file") : why);
    m_explainRow->setToolTip(
        (typed && haveVersion) || why.isEmpty() ? tr("Explain the chosen row's prediction") : why);
}

void ExplainPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
    {
        retranslate();
        updateActions();
    }
    QWidget::changeEvent(event);
}

void ExplainPage::retranslate()
{
    m_versionLabel->setText(tr("&Version:"));
    m_version->setAccessibleName(tr("Version to explain"));
    m_version->setPlaceholderText(tr("No stored versions yet"));
    m_rowLabel->setText(tr("&Row:"));
    m_row->setAccessibleName(tr("Row of the loaded file to explain"));
    m_rowHint->setText(m_rows > 0 ? tr("of %Ln row(s) in %1", nullptr, m_rows).arg(m_fileName)
                                  : tr("Open a CSV file on the Data page"));
    m_rowHint->setAccessibleName(m_rowHint->text());
    m_typeToggle->setText(tr("&Type values…"));
    m_typeToggle->setAccessibleName(tr("Type the values of a row instead"));
    m_typedForm->setAccessibleName(tr("Typed values"));
    for (int i = 0; i < m_typedEdits.size(); ++i)
    {
        m_typedEdits.at(i)->setAccessibleName(tr("Value of %1").arg(m_columns.at(i)));
        m_typedEdits.at(i)->setPlaceholderText(tr("missing"));
    }
    m_backgroundLabel->setText(tr("&Background rows:"));
    m_background->setAccessibleName(tr("Number of background rows"));
    m_background->setToolTip(tr("Rows of the file that stand for \"average\" data: more rows "
                                "give steadier values but take longer"));
    m_methodLabel->setText(tr("&Method:"));
    m_method->setAccessibleName(tr("SHAP method"));
    m_method->setItemText(0, tr("Automatic"));
    m_method->setItemText(1, tr("Exact"));
    m_method->setItemText(2, tr("Kernel SHAP"));
    m_method->setToolTip(tr("Exact tries every subset of columns (slow with many columns); "
                            "Kernel SHAP estimates the values and shows their error"));
    m_explainRow->setText(tr("&Explain row"));
    m_explainRow->setAccessibleName(tr("Explain row"));
    m_explainDataset->setText(tr("Explain the &dataset"));
    m_explainDataset->setAccessibleName(tr("Explain the dataset"));
    m_cancel->setText(tr("C&ancel"));
    m_cancel->setAccessibleName(tr("Cancel the explanation"));
    m_progress->setAccessibleName(tr("Explanation progress"));
    m_tabs->setAccessibleName(tr("Explanation results"));
    m_tabs->setTabText(RowTab, tr("&One row"));
    m_tabs->setTabText(DatasetTab, tr("&Whole dataset"));
}

} // namespace cohort::ui
