#include "widgets/explain_page.h"

#include "widgets/explain_dataset_panel.h"
#include "widgets/explain_row_panel.h"
#include "widgets/message_banner.h"
#include "widgets/typed_values_form.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cohort::ui
{

namespace
{

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
    m_typedForm = new TypedValuesForm(this);
    m_typedForm->hide();
    layout->addWidget(createSubjectBar());
    layout->addWidget(m_typedForm);
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
    m_version->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // Long version names ("demo fitness, 17:23:39 — round 8") are cut, never widen the window.
    m_version->setMinimumContentsLength(20);
    m_version->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_versionLabel->setBuddy(m_version);
    connect(m_version, &QComboBox::currentIndexChanged, this, &ExplainPage::handleVersionChanged);
    m_rowLabel = new QLabel(bar);
    m_row = new QSpinBox(bar);
    m_row->setObjectName(QStringLiteral("explainRowSpin"));
    m_row->setRange(1, 1);
    m_row->setMinimumWidth(90);
    m_rowLabel->setBuddy(m_row);
    m_rowHint = new QLabel(bar);
    m_rowHint->setObjectName(QStringLiteral("explainRowHint"));
    // "of 1,000 rows in a-long-file-name.csv" wraps rather than widening the window.
    m_rowHint->setWordWrap(true);
    m_rowHint->setMinimumWidth(60);
    m_rowHint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
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
    connect(m_explainRow, &QPushButton::clicked, this, &ExplainPage::handleExplainRow);
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

    // Settings and actions each get a line of their own: in French or Spanish one line of both
    // is wider than a 1024-pixel screen.
    auto *settings = new QHBoxLayout;
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_backgroundLabel, m_background, m_methodLabel, m_method})
        settings->addWidget(widget);
    settings->addStretch(1);
    auto *actions = new QHBoxLayout;
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_explainRow, m_explainDataset, m_cancel, m_progress})
        actions->addWidget(widget);
    actions->addStretch(1);
    auto *lines = new QVBoxLayout(bar);
    lines->setContentsMargins(0, 0, 0, 0);
    lines->setSpacing(4);
    lines->addLayout(settings);
    lines->addLayout(actions);
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

void ExplainPage::selectVersion(qint64 id)
{
    if (const int index = m_version->findData(id); index >= 0)
        m_version->setCurrentIndex(index);
}

void ExplainPage::setRowCount(int rows, const QString &fileName)
{
    m_rows = fileName.isEmpty() ? 0 : std::max(rows, 0);
    m_fileName = m_rows > 0 ? fileName : QString();
    m_row->setRange(1, std::max(m_rows, 1));
    retranslate();
    updateActions();
}

void ExplainPage::setInputs(qint64 versionId, const QVector<ColumnInputView> &inputs)
{
    if (versionId != currentVersion())
        return;
    m_inputsVersion = versionId;
    m_typedForm->setInputs(inputs);
    updateActions();
}

void ExplainPage::handleVersionChanged()
{
    // A registry refresh re-adds the same versions: only another version needs other inputs.
    const qint64 version = currentVersion();
    if (version != 0 && version != m_inputsVersion)
        Q_EMIT versionChosen(version);
    updateActions();
}

qint64 ExplainPage::currentVersion() const
{
    return m_version->currentIndex() >= 0 ? m_version->currentData().toLongLong() : 0;
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

void ExplainPage::handleExplainRow()
{
    ExplainRequest row = request(true);
    if (m_typeToggle->isChecked())
    {
        const TypedValuesForm::Reading reading = m_typedForm->read();
        if (!reading.problems.isEmpty())
        {
            showError(tr("%1\nType numbers like %2, or leave a field empty if the value is "
                         "unknown.")
                          .arg(reading.problems.join(QLatin1Char('\n')), QLocale().toString(72.5)));
            return;
        }
        row.typedValues = reading.values;
    }
    Q_EMIT explainRowRequested(row);
}

ExplainRequest ExplainPage::request(bool forRow) const
{
    ExplainRequest request;
    request.versionId = currentVersion();
    request.background = m_background->value();
    request.method = m_method->currentData().toString();
    // Typed values are read (and checked) when the user explains them.
    if (forRow && !m_typeToggle->isChecked())
        request.row = m_row->value() - 1;
    return request;
}

void ExplainPage::updateActions()
{
    const bool typed = m_typeToggle->isChecked();
    const bool haveVersion = m_version->currentIndex() >= 0;
    const bool haveInputs = m_inputsVersion == currentVersion() && !m_typedForm->inputs().isEmpty();
    const bool haveFile = m_rows > 0;
    m_typedForm->setVisible(typed);
    m_row->setEnabled(haveFile && !typed && !m_busy);
    for (QWidget *input : std::initializer_list<QWidget *>{m_version, m_typeToggle, m_typedForm,
                                                           m_background, m_method})
        input->setEnabled(!m_busy);
    m_explainRow->setEnabled(!m_busy && haveVersion && (typed ? haveInputs : haveFile));
    m_explainDataset->setEnabled(!m_busy && haveVersion && haveFile);
    m_cancel->setEnabled(m_busy);
    QString why;
    if (!haveVersion)
        why = tr("Train a model first: there is no stored version to explain.");
    else if (!haveFile)
        why = tr("Open a CSV file on the Data page first.");
    m_explainDataset->setToolTip(why.isEmpty() ? tr("Explain every row of the loaded file") : why);
    if (typed && haveVersion)
        why = haveInputs ? QString() : tr("Reading the columns of the chosen version…");
    m_explainRow->setToolTip(why.isEmpty() ? tr("Explain the chosen row's prediction") : why);
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
    m_version->setToolTip(tr("The stored model version whose predictions are explained."));
    m_version->setPlaceholderText(tr("No stored versions yet"));
    m_rowLabel->setText(tr("&Row:"));
    m_row->setAccessibleName(tr("Row of the loaded file to explain"));
    m_row->setToolTip(tr("Row 1 is the first row after the header, as on the Data page."));
    m_rowHint->setText(m_rows > 0 ? tr("of %Ln row(s) in %1", nullptr, m_rows).arg(m_fileName)
                                  : tr("Open a CSV file on the Data page"));
    m_rowHint->setAccessibleName(m_rowHint->text());
    m_typeToggle->setText(tr("&Type values…"));
    m_typeToggle->setAccessibleName(tr("Type the values of a row instead"));
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
