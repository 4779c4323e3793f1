#include "widgets/federation_page.h"

#include "widgets/chart_legend_label.h"

#include "widgets/model_verdict.h"

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

#include <QEvent>
#include <QResizeEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTimer>
#include <QTabWidget>
#include <QTableView>
#include <QTextCursor>
#include <QTime>
#include <QVBoxLayout>

#include <cmath>

#include <algorithm>

namespace cohort::ui
{

namespace
{

QColor stateColour(FederationState state)
{
    switch (state)
    {
    case FederationState::Starting:
        return {0xb7, 0x79, 0x1f};
    case FederationState::Running:
        return {0x2e, 0x9e, 0x4f};
    case FederationState::Paused:
        return {0x5a, 0x6b, 0x7b};
    case FederationState::Finished:
        return {0x1f, 0x5f, 0xa8};
    case FederationState::Failed:
        return {0xc0, 0x1c, 0x1c};
    case FederationState::Idle:
        break;
    }
    return {0x80, 0x80, 0x80};
}

[[nodiscard]] bool canStart(FederationState state)
{
    return state == FederationState::Idle || state == FederationState::Finished
           || state == FederationState::Failed;
}

} // namespace

FederationPage::FederationPage(QWidget *parent)
    : QWidget(parent)
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("federationPage"));
    m_banner->setObjectName(QStringLiteral("errorBanner"));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("federationSplitter"));
    m_setupColumn = createSetupColumn();
    splitter->addWidget(m_setupColumn);
    splitter->addWidget(createRunColumn());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    m_splitter = splitter;
    // Until the user drags the divider, resizeEvent() sizes the forms for the window.
    connect(splitter, &QSplitter::splitterMoved, this, [this] { m_userSizedColumns = true; });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    connectForms();
    retranslate();
    updateControls();
}

FederationPage::~FederationPage() = default;

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

void FederationPage::setState(FederationState state, const QString &statusText)
{
    m_state = state;
    if (state == FederationState::Paused)
        m_paused = true;
    else if (state == FederationState::Running || canStart(state))
        m_paused = false;
    m_statusText->setText(statusText);
    m_statusText->setAccessibleName(statusText);
    if (state == FederationState::Finished)
        showSummary();
    else if (state == FederationState::Starting || state == FederationState::Running)
        m_summary->hide();
    updateControls();
    retranslate();
}

void FederationPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // On a small screen the sites table keeps what matters (state, accuracy, round time) and
    // drops the clock time of the last update.
    m_sitesTable->setColumnHidden(SiteTableModel::LastUpdateColumn, width() < 1000);
    // The forms get their whole width when the window has room (German labels are long), and
    // start at their narrowest on a small screen, where the charts need the width more.
    if (!m_userSizedColumns)
    {
        const int forms =
            width() >= 1100 ? std::min(m_setupColumn->widget()->sizeHint().width() + 24, 440) : 0;
        m_splitter->setSizes({forms, width()});
    }
}

QString FederationPage::summaryText() const
{
    return m_summary->isHidden() ? QString() : m_summary->text();
}

void FederationPage::showSummary()
{
    if (!m_lastScored)
        return m_summary->hide();
    const RoundView &r = *m_lastScored;
    const Verdict verdict = judgeModel(verdictFiguresOf(r));
    const QString colour = verdict.level == Verdict::Level::Good   ? QStringLiteral("#2ca02c")
                           : verdict.level == Verdict::Level::Weak ? QStringLiteral("#e36c0a")
                                                                   : QStringLiteral("#c0392b");
    m_summary->setStyleSheet(QStringLiteral("QLabel#runSummary { border: 2px solid %1; "
                                            "border-radius: 4px; }")
                                 .arg(colour));
    m_summary->setText(QStringLiteral("<b>%1</b> %2<br>%3")
                           .arg(tr("After round %1:").arg(r.round),
                                verdict.headline.toHtmlEscaped(), verdict.detail.toHtmlEscaped()));
    m_summary->show();
}

void FederationPage::setPausable(bool pausable)
{
    m_pausable = pausable;
    updateControls();
}

void FederationPage::updateControls()
{
    const bool idle = canStart(m_state);
    m_hostForm->setStartEnabled(idle);
    m_joinForm->setStartEnabled(idle);
    m_peerForm->setStartEnabled(idle);
    m_demo->setStartEnabled(idle);
    // Only a hub decides when rounds start; a site or a peer cannot pause the federation.
    m_pause->setEnabled(
        m_pausable && (m_state == FederationState::Running || m_state == FederationState::Paused));
    // Next round while paused only: running, the rounds go on by themselves, and a presenter
    // pauses first (or starts the demo step by step), then runs one round per click.
    m_next->setEnabled(m_pausable && m_state == FederationState::Paused);
    m_stop->setEnabled(m_state == FederationState::Starting || m_state == FederationState::Running
                       || m_state == FederationState::Paused);
    QPalette colours = m_stateChip->palette();
    colours.setColor(QPalette::Window, stateColour(m_state));
    colours.setColor(QPalette::WindowText, Qt::white);
    m_stateChip->setPalette(colours);
}

void FederationPage::togglePause()
{
    m_paused = !m_paused;
    retranslate();
    if (m_paused)
        Q_EMIT pauseRequested();
    else
        Q_EMIT resumeRequested();
}

void FederationPage::setHostAddress(const QString &address, const QString &joinCode)
{
    m_hostForm->setHostAddress(address, joinCode);
    m_modeTabs->setCurrentWidget(m_hostForm);
}

void FederationPage::setDemoDefaults(const DemoSettings &settings)
{
    m_demo->setSettings(settings);
}

void FederationPage::updateSite(const SiteView &site)
{
    m_sites->updateSite(site);
    m_timeline->addSite(site.name);
}

void FederationPage::clearSites()
{
    m_sites->clear();
}

void FederationPage::addRound(const RoundView &round)
{
    if (std::isfinite(round.accuracy) && std::isfinite(round.baselineAccuracy))
        m_lastScored = round;
    m_globalChart->addRound(round);
    m_siteChart->addRound(round);
    m_timeline->addRound(round);
    m_siteLegend->refresh(); // a site's first round adds its line
}

void FederationPage::clearRounds()
{
    m_globalChart->clear();
    m_siteChart->clear();
    m_timeline->clear();
    m_siteLegend->refresh();
    m_lastScored.reset();
    m_summary->hide();
}

void FederationPage::clearLog()
{
    m_log->clear();
}

void FederationPage::appendLog(const QString &line)
{
    const QString stamp = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    m_log->appendPlainText(QStringLiteral("[%1] %2").arg(stamp, line));
    m_log->moveCursor(QTextCursor::End); // the newest event stays in view
}

void FederationPage::showError(const QString &message)
{
    m_banner->showMessage(message, MessageBanner::Kind::Error);
}

void FederationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FederationPage::retranslate()
{
    m_modeTabs->setTabText(0, tr("Host"));
    m_modeTabs->setTabText(1, tr("Join"));
    m_modeTabs->setTabText(2, tr("Peer to peer"));
    m_modeTabs->setTabToolTip(0, tr("Run the hub on this computer; sites connect to it"));
    m_modeTabs->setTabToolTip(1, tr("Take part with this computer's data in a hub's rounds"));
    m_modeTabs->setTabToolTip(2, tr("Train with neighbours directly, without a hub"));
    m_modeTabs->setAccessibleName(tr("Ways to start a federation"));
    const QStringList states{tr("Idle"),   tr("Starting"), tr("Running"),
                             tr("Paused"), tr("Finished"), tr("Failed")};
    m_stateChip->setText(states.at(static_cast<int>(m_state)));
    m_stateChip->setAccessibleName(tr("Federation state: %1").arg(m_stateChip->text()));
    m_pause->setText(m_paused ? tr("Resume") : tr("Pause"));
    m_pause->setAccessibleName(m_paused ? tr("Resume rounds") : tr("Pause after this round"));
    m_next->setText(tr("Next round"));
    m_next->setAccessibleName(tr("Run the next round, then pause"));
    m_next->setToolTip(tr("While paused: runs one round, then pauses again (a running round "
                          "finishes first)."));
    m_stop->setText(tr("Stop"));
    m_stop->setAccessibleName(tr("Stop the federation"));
    m_sitesFrame->setTitle(tr("Sites"));
    m_sites->retranslate();
    m_sitesTable->setAccessibleName(tr("Sites"));
    m_timelineFrame->setTitle(tr("Participation"));
    m_timeline->setToolTip(tr("Who took part in each round. Hover over a cell for details."));
    m_globalFrame->setTitle(tr("Global loss and accuracy"));
    m_siteChartFrame->setTitle(tr("Accuracy per site"));
    m_logTitle->setText(tr("&Log"));
    m_log->setAccessibleName(tr("Federation log"));
    // The charts rename their series on the same language change; read the names after.
    QTimer::singleShot(0, this,
                       [this]
                       {
                           m_globalLegend->refresh();
                           m_siteLegend->refresh();
                       });
}

void FederationPage::setStrategies(const QStringList &keys)
{
    m_hostForm->setStrategies(keys);
    m_demo->setStrategies(keys);
}

} // namespace cohort::ui
