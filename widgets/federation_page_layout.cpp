// FederationPage's widgets: the setup column (demo panel and the Host, Join and Peer forms) and
// the run column (controls, sites table, timeline, charts and log), and how they connect.
#include "widgets/federation_page.h"

#include "widgets/chart_legend_label.h"
#include "widgets/demo_panel.h"
#include "widgets/global_metrics_chart.h"
#include "widgets/host_form.h"
#include "widgets/join_form.h"
#include "widgets/message_banner.h"
#include "widgets/peer_form.h"
#include "widgets/round_timeline_view.h"
#include "widgets/site_accuracy_chart.h"
#include "widgets/site_table_model.h"
#include "widgets/view_frame.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cohort::ui
{

QScrollArea *FederationPage::createSetupColumn()
{
    auto *column = new QWidget;
    m_demo = new DemoPanel(column);
    m_modeTabs = new QTabWidget(column);
    m_modeTabs->setObjectName(QStringLiteral("modeTabs"));
    m_hostForm = new HostForm(m_modeTabs);
    m_joinForm = new JoinForm(m_modeTabs);
    m_peerForm = new PeerForm(m_modeTabs);
    m_modeTabs->addTab(m_hostForm, QString());
    m_modeTabs->addTab(m_joinForm, QString());
    m_modeTabs->addTab(m_peerForm, QString());
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->addWidget(m_demo);
    layout->addWidget(m_modeTabs);
    layout->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("setupScrollArea"));
    scroll->setWidget(column);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Forms wider than the column (long German labels) scroll rather than being cut off.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // Narrow enough for a 1024-pixel screen beside the charts; the forms reflow.
    scroll->setMinimumWidth(std::min(column->sizeHint().width() + 16, 300));
    scroll->setMaximumWidth(440);
    return scroll;
}

QWidget *FederationPage::createRunColumn()
{
    auto *column = new QWidget;
    m_timeline = new RoundTimelineView;
    m_timelineFrame = new ViewFrame(m_timeline, QStringLiteral("round-timeline"));
    // The legends wrap under the charts, so that a small screen cuts no name short.
    m_globalChart = new GlobalMetricsChart;
    m_globalFrame =
        new ViewFrame(chartWithLegend(m_globalChart, m_globalChart->chart(),
                                      QStringLiteral("globalChartBox"), &m_globalLegend),
                      QStringLiteral("global-loss-accuracy"));
    m_siteChart = new SiteAccuracyChart;
    m_siteChartFrame = new ViewFrame(chartWithLegend(m_siteChart, m_siteChart->chart(),
                                                     QStringLiteral("siteChartBox"), &m_siteLegend),
                                     QStringLiteral("site-accuracy"));

    auto *top = new QSplitter(Qt::Horizontal);
    top->addWidget(createSitesTable());
    top->addWidget(m_timelineFrame);
    // The sites table first gets the width of all its columns; the grid takes the rest.
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    top->setSizes({650, 160});
    auto *charts = new QSplitter(Qt::Horizontal);
    charts->addWidget(m_globalFrame);
    charts->addWidget(m_siteChartFrame);
    auto *views = new QSplitter(Qt::Vertical);
    views->setObjectName(QStringLiteral("federationViewSplitter"));
    views->addWidget(top);
    views->addWidget(charts);
    views->addWidget(createLog());
    views->setStretchFactor(0, 4);
    views->setStretchFactor(1, 5);
    views->setStretchFactor(2, 2);
    views->setSizes({200, 290, 100});
    views->setChildrenCollapsible(false);

    // Shown when a run ends: the verdict in words beside the majority baseline.
    m_summary = new QLabel(column);
    m_summary->setObjectName(QStringLiteral("runSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setFrameShape(QFrame::StyledPanel);
    m_summary->setMargin(8);
    m_summary->hide();

    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addWidget(createControls());
    layout->addWidget(m_summary);
    layout->addWidget(views, 1);
    return column;
}

QWidget *FederationPage::createControls()
{
    auto *bar = new QWidget;
    m_stateChip = new QLabel(bar);
    m_stateChip->setObjectName(QStringLiteral("stateChip"));
    m_stateChip->setMargin(3);
    m_stateChip->setAutoFillBackground(true);
    m_statusText = new QLabel(bar);
    m_statusText->setObjectName(QStringLiteral("statusLabel"));
    m_statusText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long status (German) wraps instead of widening the window.
    m_statusText->setWordWrap(true);
    m_statusText->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_statusText->setMinimumWidth(120);
    m_pause = new QPushButton(bar);
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_next = new QPushButton(bar);
    m_next->setObjectName(QStringLiteral("nextRoundButton"));
    m_stop = new QPushButton(bar);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    connect(m_pause, &QPushButton::clicked, this, &FederationPage::togglePause);
    connect(m_next, &QPushButton::clicked, this, &FederationPage::stepRequested);
    connect(m_stop, &QPushButton::clicked, this, &FederationPage::stopRequested);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 2);
    layout->addWidget(m_stateChip);
    layout->addWidget(m_statusText, 1);
    layout->addWidget(m_pause);
    layout->addWidget(m_next);
    layout->addWidget(m_stop);
    return bar;
}

QWidget *FederationPage::createSitesTable()
{
    m_sites = new SiteTableModel(this);
    m_sitesProxy = new QSortFilterProxyModel(this);
    m_sitesProxy->setSourceModel(m_sites);
    m_sitesProxy->setSortRole(SiteTableModel::kSortRole);
    m_sitesTable = new QTableView;
    m_sitesTable->setObjectName(QStringLiteral("sitesTable"));
    m_sitesTable->setModel(m_sitesProxy);
    m_sitesTable->setSortingEnabled(true);
    m_sitesTable->sortByColumn(-1, Qt::AscendingOrder);
    m_sitesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sitesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sitesTable->setAlternatingRowColors(true);
    m_sitesTable->verticalHeader()->hide();
    m_sitesTable->verticalHeader()->setDefaultSectionSize(m_sitesTable->fontMetrics().height() + 6);
    m_sitesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sitesTable->horizontalHeader()->setStretchLastSection(true);
    m_sitesTable->setMinimumSize(300, 120);
    m_sitesFrame = new ViewFrame(m_sitesTable, QStringLiteral("sites"));
    m_sitesFrame->setTableModel(m_sitesProxy);
    return m_sitesFrame;
}

QWidget *FederationPage::createLog()
{
    auto *box = new QWidget;
    m_logTitle = new QLabel(box);
    QFont bold = m_logTitle->font();
    bold.setBold(true);
    m_logTitle->setFont(bold);
    m_log = new QPlainTextEdit(box);
    m_log->setObjectName(QStringLiteral("logView"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(kMaxLogLines);
    // Lines wrap: a long one must not scroll the time stamps of the others out of view.
    m_log->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMinimumHeight(60);
    m_logTitle->setBuddy(m_log);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_logTitle);
    layout->addWidget(m_log, 1);
    return box;
}

void FederationPage::connectForms()
{
    connect(m_hostForm, &HostForm::hostRequested, this, &FederationPage::hostRequested);
    connect(m_joinForm, &JoinForm::joinRequested, this, &FederationPage::joinRequested);
    connect(m_peerForm, &PeerForm::peerRequested, this, &FederationPage::peerRequested);
    connect(m_demo, &DemoPanel::demoRequested, this, &FederationPage::demoRequested);
}

} // namespace cohort::ui
