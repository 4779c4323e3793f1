#include "widgets/models_page.h"

#include "widgets/message_banner.h"
#include "widgets/version_compare_view.h"
#include "widgets/version_details.h"
#include "widgets/version_filter_model.h"
#include "widgets/version_name_delegate.h"
#include "widgets/view_frame.h"

#include <QComboBox>
#include <QEvent>
#include <QKeyEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
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
    connect(m_table, &QTableView::doubleClicked, this, &ModelsPage::toggleRun);
    m_table->installEventFilter(this);
    m_table->viewport()->installEventFilter(this);
    retranslate();
    handleSelectionChanged();
}

ModelsPage::~ModelsPage() = default;

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
    // The figures keep their width and the name takes what is left (fitNameColumn), shortened
    // in the middle so that a round's number stays in view.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(VersionTableModel::NameColumn,
                                                      QHeaderView::Interactive);
    m_table->setTextElideMode(Qt::ElideMiddle);
    // A round's parent is the round before it: the details and the comparison list it, the
    // table leaves its room to the name.
    m_table->setColumnHidden(VersionTableModel::ParentColumn, true);
    m_table->setWordWrap(false);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this,
            [this](int column)
            {
                if (column != VersionTableModel::NameColumn)
                    fitNameColumn();
            });
    m_table->setItemDelegateForColumn(VersionTableModel::NameColumn,
                                      new VersionNameDelegate(m_table));
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
    m_deleteRun = new QPushButton(column);
    m_deleteRun->setObjectName(QStringLiteral("deleteRunButton"));
    connect(m_activate, &QPushButton::clicked, this, &ModelsPage::requestActivate);
    connect(m_compare, &QPushButton::clicked, this, &ModelsPage::showComparison);
    connect(m_export, &QPushButton::clicked, this, &ModelsPage::requestExport);
    connect(m_delete, &QPushButton::clicked, this, &ModelsPage::requestDelete);
    connect(m_deleteRun, &QPushButton::clicked, this, &ModelsPage::requestDeleteRun);

    auto *actions = new QHBoxLayout;
    for (QPushButton *button : {m_activate, m_compare, m_export})
        actions->addWidget(button);
    actions->addStretch(1);
    actions->addWidget(m_delete);
    actions->addWidget(m_deleteRun);
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
    QStringList selected;
    for (const int row : selectedSourceRows())
        selected << m_model->index(row, 0).data(VersionTableModel::kRowKeyRole).toString();
    m_model->setVersions(versions);
    // Keep the user's selection across a refresh from the registry: the same versions, and the
    // same runs however many rounds they have gained.
    QItemSelection selection;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
    {
        const QModelIndex index = m_proxy->index(row, 0);
        if (selected.contains(index.data(VersionTableModel::kRowKeyRole).toString()))
            selection.select(index, index);
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect
                                                     | QItemSelectionModel::Rows);
    handleSelectionChanged();
}

QVector<int> ModelsPage::selectedSourceRows() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QVector<int> sourceRows;
    for (const QModelIndex &index : rows)
        sourceRows << m_proxy->mapToSource(index).row();
    return sourceRows;
}

QVector<qint64> ModelsPage::selectedVersionIds() const
{
    QVector<qint64> ids;
    for (const int row : selectedSourceRows())
    {
        // A run's row and its newest round are one version.
        const qint64 id = m_model->index(row, 0).data(VersionTableModel::kIdRole).toLongLong();
        if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

const VersionView *ModelsPage::singleSelection() const
{
    const QVector<qint64> ids = selectedVersionIds();
    return ids.size() == 1 ? m_model->findVersion(ids.first()) : nullptr;
}

const VersionTableModel::Run *ModelsPage::selectedRun() const
{
    const QVector<int> rows = selectedSourceRows();
    if (rows.isEmpty())
        return nullptr;
    const VersionTableModel::Run &run = m_model->runAt(rows.first());
    for (const int row : rows)
    {
        if (m_model->runAt(row).key != run.key)
            return nullptr;
    }
    return run.versions.size() > 1 ? &run : nullptr;
}

void ModelsPage::handleSelectionChanged()
{
    const QVector<int> rows = selectedSourceRows();
    const QVector<qint64> ids = selectedVersionIds();
    const VersionView *single = singleSelection();
    const bool runRowSelected = std::any_of(
        rows.cbegin(), rows.cend(),
        [this](int row)
        { return m_model->index(row, 0).data(VersionTableModel::kExpandableRole).toBool(); });
    const VersionTableModel::Run *run = selectedRun();
    m_activate->setEnabled(single && !single->active);
    m_export->setEnabled(single != nullptr);
    // A run's row stands for its newest round, but deleting from it means the whole run.
    m_delete->setEnabled(single != nullptr && !runRowSelected);
    m_deleteRun->setEnabled(run != nullptr);
    m_compare->setEnabled(ids.size() == 2);
    m_detailsStack->setCurrentWidget(m_details);
    if (single && runRowSelected && run)
        m_details->setHtml(runDetailsHtml(run->name, run->versions));
    else if (single)
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

void ModelsPage::toggleRun(const QModelIndex &index)
{
    if (index.data(VersionTableModel::kExpandableRole).toBool())
        m_proxy->setData(index, !index.data(VersionTableModel::kExpandedRole).toBool(),
                         VersionTableModel::kExpandedRole);
}

void ModelsPage::fitNameColumn()
{
    QHeaderView *header = m_table->horizontalHeader();
    int others = 0;
    for (int column = 0; column < VersionTableModel::ColumnCount; ++column)
    {
        if (column != VersionTableModel::NameColumn && !header->isSectionHidden(column))
            others += header->sectionSize(column);
    }
    // At least room for a short run name and its round; past that the table scrolls sideways.
    const int least = m_table->fontMetrics().averageCharWidth() * 28;
    header->resizeSection(VersionTableModel::NameColumn,
                          std::max(least, m_table->viewport()->width() - others));
}

bool ModelsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitNameColumn();
    // Right (or +) shows a run's rounds, Left (or -) hides them, as in a tree.
    if (watched == m_table && event->type() == QEvent::KeyPress)
    {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const QModelIndex current = m_table->currentIndex();
        const bool open = key == Qt::Key_Right || key == Qt::Key_Plus;
        const bool close = key == Qt::Key_Left || key == Qt::Key_Minus;
        if ((open || close) && current.data(VersionTableModel::kExpandableRole).toBool()
            && current.data(VersionTableModel::kExpandedRole).toBool() != open)
        {
            m_proxy->setData(current, open, VersionTableModel::kExpandedRole);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
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
    m_filter->setToolTip(tr("Shows only the versions whose name, origin or target contains "
                            "this text."));
    m_originLabel->setText(tr("&Origin:"));
    m_origin->setAccessibleName(tr("Origin filter"));
    m_origin->setToolTip(tr("Shows only versions trained locally, centrally or in a "
                            "federation."));
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
    m_delete->setText(tr("&Delete version…"));
    m_delete->setAccessibleName(tr("Delete the selected version"));
    m_deleteRun->setText(tr("Delete &run…"));
    m_deleteRun->setAccessibleName(tr("Delete every version of the selected run"));
    m_deleteRun->setToolTip(tr("Deletes all rounds of the selected federation run"));
    handleSelectionChanged();
}

} // namespace cohort::ui
