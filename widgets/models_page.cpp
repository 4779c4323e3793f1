#include "widgets/models_page.h"

#include "widgets/message_banner.h"
#include "widgets/version_compare_view.h"
#include "widgets/version_filter_model.h"
#include "widgets/version_table_model.h"
#include "widgets/view_frame.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace cohort::ui
{

ModelsPage::ModelsPage(QWidget *parent)
    : QWidget(parent)
    , m_banner(new MessageBanner(this))
    , m_model(new VersionTableModel(this))
    , m_proxy(new VersionFilterModel(this))
{
    setObjectName(QStringLiteral("modelsPage"));
    m_banner->setObjectName(QStringLiteral("messageBanner"));
    m_proxy->setSourceModel(m_model);
    installDefaultDialogs();

    // The table needs the full width for its ten columns; details and comparison sit below.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("modelsSplitter"));
    splitter->addWidget(createTableColumn());
    splitter->addWidget(createDetails());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({280, 340});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_banner);
    layout->addWidget(createFilterBar());
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ModelsPage::handleSelectionChanged);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &VersionFilterModel::setText);
    connect(m_origin, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setOrigin(m_origin->currentData().toString()); });
    connect(m_compareView, &VersionCompareView::closeRequested, this,
            [this] { m_detailsStack->setCurrentWidget(m_details); });
    retranslate();
    handleSelectionChanged();
}

ModelsPage::~ModelsPage() = default;

void ModelsPage::installDefaultDialogs()
{
    m_confirm = [this](const QString &question)
    {
        return QMessageBox::question(this, tr("Delete version"), question,
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               == QMessageBox::Yes;
    };
    m_savePath = [this](const QString &suggestion)
    {
        return QFileDialog::getSaveFileName(this, tr("Export model version"), suggestion,
                                            tr("Cohort model (*.cohortmodel)"));
    };
    m_openPath = [this](const QString &)
    {
        return QFileDialog::getOpenFileName(this, tr("Import model version"), QString(),
                                            tr("Cohort model (*.cohortmodel);;All files (*)"));
    };
}

QWidget *ModelsPage::createFilterBar()
{
    auto *bar = new QWidget(this);
    m_filterLabel = new QLabel(bar);
    m_filter = new QLineEdit(bar);
    m_filter->setObjectName(QStringLiteral("versionFilterEdit"));
    m_filter->setClearButtonEnabled(true);
    m_filterLabel->setBuddy(m_filter);
    m_originLabel = new QLabel(bar);
    m_origin = new QComboBox(bar);
    m_origin->setObjectName(QStringLiteral("originFilterCombo"));
    m_originLabel->setBuddy(m_origin);
    fillOriginCombo();
    m_import = new QPushButton(bar);
    m_import->setObjectName(QStringLiteral("importButton"));
    connect(m_import, &QPushButton::clicked, this, &ModelsPage::requestImport);

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterLabel);
    layout->addWidget(m_filter, 2);
    layout->addWidget(m_originLabel);
    layout->addWidget(m_origin);
    layout->addStretch(1);
    layout->addWidget(m_import);
    return bar;
}

QWidget *ModelsPage::createTableColumn()
{
    auto *column = new QWidget(this);
    m_table = new QTableView(column);
    m_table->setObjectName(QStringLiteral("versionsTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(VersionTableModel::IdColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_tableFrame = new ViewFrame(m_table, QStringLiteral("model-versions"), column);
    m_tableFrame->setTableModel(m_proxy);

    m_activate = new QPushButton(column);
    m_activate->setObjectName(QStringLiteral("activateButton"));
    m_compare = new QPushButton(column);
    m_compare->setObjectName(QStringLiteral("compareButton"));
    m_export = new QPushButton(column);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_delete = new QPushButton(column);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    connect(m_activate, &QPushButton::clicked, this, &ModelsPage::requestActivate);
    connect(m_compare, &QPushButton::clicked, this, &ModelsPage::showComparison);
    connect(m_export, &QPushButton::clicked, this, &ModelsPage::requestExport);
    connect(m_delete, &QPushButton::clicked, this, &ModelsPage::requestDelete);

    auto *actions = new QHBoxLayout;
    for (QPushButton *button : {m_activate, m_compare, m_export})
        actions->addWidget(button);
    actions->addStretch(1);
    actions->addWidget(m_delete);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addWidget(m_tableFrame, 1);
    layout->addLayout(actions);
    return column;
}

QWidget *ModelsPage::createDetails()
{
    m_detailsStack = new QStackedWidget(this);
    m_detailsStack->setObjectName(QStringLiteral("detailsStack"));
    m_details = new QTextBrowser(m_detailsStack);
    m_details->setObjectName(QStringLiteral("versionDetails"));
    m_compareView = new VersionCompareView(m_detailsStack);
    m_compareView->setObjectName(QStringLiteral("compareView"));
    m_detailsStack->addWidget(m_details);
    m_detailsStack->addWidget(m_compareView);
    m_detailsStack->setMinimumHeight(200);
    return m_detailsStack;
}

void ModelsPage::fillOriginCombo()
{
    const QList<QPair<QString, QString>> origins{
        {QString(), tr("All origins")},
        {QStringLiteral("local"), VersionTableModel::originText(QStringLiteral("local"))},
        {QStringLiteral("centralized"),
         VersionTableModel::originText(QStringLiteral("centralized"))},
        {QStringLiteral("federated"), VersionTableModel::originText(QStringLiteral("federated"))}};
    for (int i = 0; i < origins.size(); ++i)
    {
        if (i < m_origin->count())
            m_origin->setItemText(i, origins.at(i).second);
        else
            m_origin->addItem(origins.at(i).second, origins.at(i).first);
    }
}

void ModelsPage::setVersions(const QVector<VersionView> &versions)
{
    const QVector<qint64> selected = selectedVersionIds();
    m_model->setVersions(versions);
    // Keep the user's selection across a refresh from the registry.
    QItemSelection selection;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
    {
        const QModelIndex index = m_proxy->index(row, 0);
        if (selected.contains(index.data(VersionTableModel::kIdRole).toLongLong()))
            selection.select(index, index);
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect
                                                     | QItemSelectionModel::Rows);
    handleSelectionChanged();
}

QVector<qint64> ModelsPage::selectedVersionIds() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QVector<qint64> ids;
    for (const QModelIndex &index : rows)
        ids << index.data(VersionTableModel::kIdRole).toLongLong();
    return ids;
}

const VersionView *ModelsPage::singleSelection() const
{
    const QVector<qint64> ids = selectedVersionIds();
    return ids.size() == 1 ? m_model->findVersion(ids.first()) : nullptr;
}

void ModelsPage::handleSelectionChanged()
{
    const QVector<qint64> ids = selectedVersionIds();
    const VersionView *single = singleSelection();
    m_activate->setEnabled(single && !single->active);
    m_export->setEnabled(single != nullptr);
    m_delete->setEnabled(single != nullptr);
    m_compare->setEnabled(ids.size() == 2);
    m_detailsStack->setCurrentWidget(m_details);
    if (single)
        m_details->setHtml(versionDetailsHtml(*single));
    else if (ids.size() == 2)
        m_details->setPlainText(tr("Two versions selected. Press Compare to see them side "
                                   "by side."));
    else if (ids.isEmpty())
        m_details->setPlainText(m_model->rowCount() == 0
                                    ? tr("No stored versions yet. Train a model or run a "
                                         "federation, or import a .cohortmodel file.")
                                    : tr("Select a version to see its details. Select two "
                                         "to compare them."));
    else
        m_details->setPlainText(tr("%n versions selected. Select one for its details, or "
                                   "two to compare them.",
                                   nullptr, static_cast<int>(ids.size())));
}

void ModelsPage::showComparison()
{
    const QVector<qint64> ids = selectedVersionIds();
    if (ids.size() != 2)
        return;
    const VersionView *left = m_model->findVersion(ids.at(0));
    const VersionView *right = m_model->findVersion(ids.at(1));
    if (!left || !right)
        return;
    m_compareView->setVersions(*left, *right);
    m_detailsStack->setCurrentWidget(m_compareView);
}

void ModelsPage::requestActivate()
{
    if (const VersionView *version = singleSelection())
        Q_EMIT activateRequested(version->id);
}

void ModelsPage::requestExport()
{
    const VersionView *version = singleSelection();
    if (!version)
        return;
    const qint64 id = version->id;
    const QString suggestion = QStringLiteral("%1-%2%3").arg(
        version->name.isEmpty() ? QStringLiteral("model") : version->name, QString::number(id),
        QLatin1String(kModelSuffix));
    QString path = m_savePath(suggestion);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(kModelSuffix), Qt::CaseInsensitive))
        path += QLatin1String(kModelSuffix);
    Q_EMIT exportRequested(id, path);
}

void ModelsPage::requestImport()
{
    const QString path = m_openPath(QString());
    if (!path.isEmpty())
        Q_EMIT importRequested(path);
}

void ModelsPage::requestDelete()
{
    const VersionView *version = singleSelection();
    if (!version)
        return;
    const qint64 id = version->id;
    const QString question = tr("Delete version %1 (%2)? This cannot be undone.")
                                 .arg(QString::number(id), version->name);
    if (m_confirm(question))
        Q_EMIT deleteRequested(id);
}

void ModelsPage::setConfirmFunction(ConfirmFunction confirm)
{
    m_confirm = std::move(confirm);
}

void ModelsPage::setSavePathFunction(PathFunction choose)
{
    m_savePath = std::move(choose);
}

void ModelsPage::setOpenPathFunction(PathFunction choose)
{
    m_openPath = std::move(choose);
}

void ModelsPage::showMessage(const QString &text, bool isError)
{
    m_banner->showMessage(text, isError ? MessageBanner::Kind::Error : MessageBanner::Kind::Info);
}

void ModelsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ModelsPage::retranslate()
{
    m_filterLabel->setText(tr("&Filter:"));
    m_filter->setPlaceholderText(tr("Name, origin or target"));
    m_filter->setAccessibleName(tr("Filter versions"));
    m_originLabel->setText(tr("&Origin:"));
    m_origin->setAccessibleName(tr("Origin filter"));
    fillOriginCombo();
    m_model->retranslate();
    m_tableFrame->setTitle(tr("Stored versions"));
    m_table->setAccessibleName(tr("Stored versions"));
    m_details->setAccessibleName(tr("Version details"));
    m_activate->setText(tr("&Activate"));
    m_activate->setAccessibleName(tr("Make the selected version active"));
    m_compare->setText(tr("&Compare"));
    m_compare->setAccessibleName(tr("Compare the two selected versions"));
    m_export->setText(tr("&Export…"));
    m_export->setAccessibleName(tr("Export the selected version to a file"));
    m_import->setText(tr("&Import…"));
    m_import->setAccessibleName(tr("Import a version from a file"));
    m_delete->setText(tr("&Delete…"));
    m_delete->setAccessibleName(tr("Delete the selected version"));
    handleSelectionChanged();
}

} // namespace cohort::ui
