#include "widgets/data_page.h"

#include <algorithm>
#include <climits>

#include <QAbstractItemModel>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include "widgets/column_summary_panel.h"

namespace cohort::ui
{

namespace
{

constexpr int kRowRole = Qt::UserRole;
constexpr int kColumnRole = Qt::UserRole + 1;

QString bannerStyle(const char *background, const char *text, const char *border)
{
    return QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; "
                          "padding: 6px; }")
        .arg(QLatin1String(background), QLatin1String(text), QLatin1String(border));
}

const QString kErrorStyle = bannerStyle("#fdecea", "#8a1c1c", "#f1aeb5");
const QString kNoticeStyle = bannerStyle("#fff8e1", "#5d4300", "#ffe082");
const QString kReadyStyle = bannerStyle("#e8f5e9", "#1b5e20", "#a5d6a7");

template <typename Widget> Widget *named(Widget *widget, const char *objectName)
{
    widget->setObjectName(QLatin1String(objectName));
    return widget;
}

// A caption above `content`; the caption is the content's buddy, so its mnemonic focuses it.
QWidget *captioned(QLabel *caption, QWidget *content, QWidget *parent)
{
    auto *panel = new QWidget(parent);
    caption->setBuddy(content);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(caption);
    layout->addWidget(content, 1);
    return panel;
}

} // namespace

DataPage::DataPage(QWidget *parent)
    : QWidget(parent)
{
    setAcceptDrops(true);
    m_loadErrorLabel = named(new QLabel(this), "loadErrorLabel");
    m_loadErrorLabel->setWordWrap(true);
    m_loadErrorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_loadErrorLabel->setStyleSheet(kErrorStyle);
    m_loadErrorLabel->hide();
    m_trainabilityLabel = named(new QLabel(this), "trainabilityLabel");
    m_trainabilityLabel->setWordWrap(true);

    m_preview = named(new QTableView(this), "previewTable");
    m_preview->setWordWrap(false);
    m_preview->setAlternatingRowColors(true);
    // Fixed row heights let the view skip measuring rows, which matters for large lazy models.
    m_preview->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_preview->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_preview->horizontalHeader()->setDefaultSectionSize(110);
    m_previewLabel = new QLabel(this);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(captioned(m_previewLabel, m_preview, this));
    m_columnPanel = new ColumnSummaryPanel(this);
    connect(m_columnPanel, &ColumnSummaryPanel::targetChanged, this,
            &DataPage::handleTargetChanged);
    connect(m_columnPanel, &ColumnSummaryPanel::excludedColumnsChanged, this,
            &DataPage::excludedColumnsChanged);
    top->addWidget(m_columnPanel);
    top->setSizes({700, 480});
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(top);
    vertical->addWidget(createIssuePanel());
    vertical->setSizes({460, 170});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createTopBar());
    layout->addWidget(m_loadErrorLabel);
    layout->addWidget(m_trainabilityLabel);
    layout->addWidget(vertical, 1);
    retranslate();
}

QWidget *DataPage::createTopBar()
{
    auto *bar = new QWidget(this);
    m_openButton = named(new QPushButton(bar), "openButton");
    m_openButton->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    connect(m_openButton, &QPushButton::clicked, this, &DataPage::chooseFile);
    m_recentMenu = new QMenu(this);
    m_recentMenu->setToolTipsVisible(true);
    m_recentButton = named(new QToolButton(bar), "recentButton");
    m_recentButton->setMenu(m_recentMenu);
    m_recentButton->setPopupMode(QToolButton::InstantPopup);
    m_fileLabel = named(new QLabel(bar), "fileLabel");
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long file name or a long German summary wraps instead of widening the window.
    m_fileLabel->setWordWrap(true);
    m_fileLabel->setMinimumWidth(120);
    m_fileLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_busyBar = named(new QProgressBar(bar), "busyIndicator");
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setFixedSize(120, 14);
    m_busyLabel = named(new QLabel(bar), "busyLabel");

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_openButton);
    layout->addWidget(m_recentButton);
    layout->addSpacing(12);
    layout->addWidget(m_fileLabel, 1);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_busyLabel);
    return bar;
}

QWidget *DataPage::createIssuePanel()
{
    m_issueList = named(new QTreeWidget(this), "issueList");
    m_issueList->setColumnCount(4);
    m_issueList->setRootIsDecorated(false);
    m_issueList->setUniformRowHeights(true);
    m_issueList->setAlternatingRowColors(true);
    m_issueList->setColumnWidth(0, 90);
    m_issueList->setColumnWidth(1, 190);
    m_issueList->setColumnWidth(2, 420);
    connect(m_issueList, &QTreeWidget::itemClicked, this, &DataPage::handleIssueActivated);
    connect(m_issueList, &QTreeWidget::itemActivated, this, &DataPage::handleIssueActivated);
    m_issuesLabel = new QLabel(this);
    return captioned(m_issuesLabel, m_issueList, this);
}

void DataPage::setPreviewModel(QAbstractItemModel *model)
{
    QItemSelectionModel *oldSelection = m_preview->selectionModel();
    m_preview->setModel(model);
    if (oldSelection != nullptr && oldSelection != m_preview->selectionModel())
        oldSelection->deleteLater();
}

void DataPage::setLoading(bool loading, const QString &what)
{
    m_loading = loading;
    m_loadingWhat = what;
    m_busyBar->setVisible(loading);
    m_busyLabel->setVisible(loading);
    m_busyLabel->setText(what.isEmpty() ? tr("Reading file…") : what);
    m_openButton->setEnabled(!loading);
    m_recentButton->setEnabled(!loading && !m_recentFiles.isEmpty());
    if (loading)
        showLoadError(QString());
}

void DataPage::setSchema(const QVector<ColumnSummaryView> &columns, const QString &target)
{
    m_target = target;
    m_columnPanel->setSchema(columns, target);
    updateTrainability();
}

void DataPage::setIssues(const QVector<IssueView> &issues)
{
    // Errors first: they are what stands between the user and training.
    m_issues = issues;
    std::stable_partition(m_issues.begin(), m_issues.end(),
                          [](const IssueView &issue)
                          { return issue.severity == IssueSeverity::Error; });
    populateIssues();
    updateTrainability();
}

void DataPage::showLoadError(const QString &message)
{
    m_loadErrorLabel->setText(message);
    m_loadErrorLabel->setVisible(!message.isEmpty());
}

void DataPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DataPage::retranslate()
{
    m_openButton->setText(tr("&Open CSV…"));
    m_openButton->setAccessibleName(tr("Open CSV file"));
    m_recentButton->setText(tr("&Recent"));
    m_recentButton->setAccessibleName(tr("Recent files"));
    m_busyBar->setAccessibleName(tr("Loading"));
    m_previewLabel->setText(tr("Pre&view"));
    m_preview->setAccessibleName(tr("Preview of the file's rows"));
    m_issuesLabel->setText(tr("&Problems"));
    m_issueList->setAccessibleName(tr("Problems found in the file"));
    m_issueList->setHeaderLabels({tr("Severity"), tr("Where"), tr("Problem"), tr("How to fix")});
    setLoading(m_loading, m_loadingWhat);
    rebuildRecentMenu();
    updateFileLabel();
    populateIssues();
    updateTrainability();
}

void DataPage::populateIssues()
{
    m_issueList->clear();
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const IssueView &issue : std::as_const(m_issues))
    {
        const bool isError = issue.severity == IssueSeverity::Error;
        auto *item = new QTreeWidgetItem(m_issueList, {isError ? tr("Error") : tr("Warning"),
                                                       issue.location, issue.message, issue.hint});
        item->setIcon(0, isError ? errorIcon : warningIcon);
        if (isError)
            item->setForeground(0, QColor(0xb0, 0x1c, 0x1c));
        for (int column = 1; column < 4; ++column)
            item->setToolTip(column, item->text(column));
        item->setData(0, kRowRole, issue.row);
        item->setData(0, kColumnRole, issue.column);
    }
}

void DataPage::updateTrainability()
{
    const auto errors =
        std::count_if(m_issues.cbegin(), m_issues.cend(),
                      [](const IssueView &i) { return i.severity == IssueSeverity::Error; });
    const bool hasFile = !m_path.isEmpty() && m_rows > 0;
    const bool canTrain = hasFile && errors == 0 && !m_target.isEmpty();
    const int rows = static_cast<int>(std::min<qint64>(m_rows, INT_MAX));
    QString text = tr("Ready to train: %Ln row(s), target '%1'.", "", rows).arg(m_target);
    if (errors > 0)
        text = tr("This file has %n error(s) and cannot be trained on. Fix them in the file and "
                  "open it again.",
                  "", static_cast<int>(errors));
    else if (!hasFile)
        text = tr("Open a CSV file to check whether it can be trained on.");
    else if (m_target.isEmpty())
        text = tr("Choose the target column, the one to predict.");
    m_trainabilityLabel->setText(text);
    m_trainabilityLabel->setStyleSheet(canTrain     ? kReadyStyle
                                       : errors > 0 ? kErrorStyle
                                                    : kNoticeStyle);
    if (canTrain != m_canTrain)
    {
        m_canTrain = canTrain;
        Q_EMIT trainabilityChanged(canTrain);
    }
}

void DataPage::handleTargetChanged(const QString &target)
{
    m_target = target;
    updateTrainability();
    Q_EMIT targetChanged(target);
}

void DataPage::handleIssueActivated(QTreeWidgetItem *item)
{
    if (item != nullptr)
        revealInPreview(item->data(0, kRowRole).toInt(), item->data(0, kColumnRole).toInt());
}

void DataPage::revealInPreview(int row, int column)
{
    QAbstractItemModel *model = m_preview->model();
    if (model == nullptr || (row < 0 && column < 0))
        return;
    // A lazy model may not have fetched the row yet.
    while (row >= model->rowCount() && model->canFetchMore(QModelIndex()))
        model->fetchMore(QModelIndex());
    if (row >= model->rowCount() || column >= model->columnCount())
        return;
    const QModelIndex index = model->index(std::max(row, 0), std::max(column, 0));
    if (row >= 0 && column >= 0)
        m_preview->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    else if (column >= 0)
        m_preview->selectColumn(column);
    else
        m_preview->selectRow(row);
    m_preview->scrollTo(index, row >= 0 ? QAbstractItemView::PositionAtCenter
                                        : QAbstractItemView::EnsureVisible);
    if (column >= 0)
        m_columnPanel->selectColumn(model->headerData(column, Qt::Horizontal).toString());
}

} // namespace cohort::ui
