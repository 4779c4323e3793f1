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
