// The Federation page: host, join or peer (or start a demo), then watch the run live — sites,
// per-round charts, a participation timeline and a log. A pure view: values in, intent out.
#pragma once

#include "widgets/federation_views.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSplitter;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace cohort::ui
{

class DemoPanel;
class ChartLegendLabel;
class GlobalMetricsChart;
class HostForm;
class JoinForm;
class MessageBanner;
class PeerForm;
class RoundTimelineView;
class SiteAccuracyChart;
class SiteTableModel;
class ViewFrame;

class FederationPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FederationPage)

public:
    static constexpr int kMaxLogLines = 2000;

    explicit FederationPage(QWidget *parent = nullptr);
    ~FederationPage() override;

    [[nodiscard]] FederationState state() const { return m_state; }
    /// The end-of-run summary's text (empty while none is shown).
    [[nodiscard]] QString summaryText() const;

public Q_SLOTS:
    void setState(cohort::ui::FederationState state, const QString &statusText);
    void setHostAddress(const QString &address, const QString &joinCode);
    void setDemoDefaults(const cohort::ui::DemoSettings &settings);
    /// The aggregation strategies the Host and demo forms offer (the engine's names).
    void setStrategies(const QStringList &keys);
    void updateSite(const cohort::ui::SiteView &site);
    void clearSites();
    void addRound(const cohort::ui::RoundView &round);
    void clearRounds();
    void appendLog(const QString &line);
    void clearLog();
    void showError(const QString &message);
    /// Whether Pause applies: true while this computer hosts the federation (hub or demo).
    void setPausable(bool pausable);

Q_SIGNALS:
    void hostRequested(const cohort::ui::HostSettings &settings);
    void joinRequested(const cohort::ui::JoinSettings &settings);
    void peerRequested(const cohort::ui::PeerSettings &settings);
    void demoRequested(const cohort::ui::DemoSettings &settings);
    void pauseRequested();
    /// "Next round": run one round, then pause again (only while paused on this computer).
    void stepRequested();
    void resumeRequested();
    void stopRequested();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    [[nodiscard]] QScrollArea *createSetupColumn();
    [[nodiscard]] QWidget *createRunColumn();
    [[nodiscard]] QWidget *createControls();
    [[nodiscard]] QWidget *createSitesTable();
    [[nodiscard]] QWidget *createLog();
    void connectForms();
    void retranslate();
    void updateControls();
    void togglePause();

    MessageBanner *m_banner = nullptr;
    DemoPanel *m_demo = nullptr;
    QTabWidget *m_modeTabs = nullptr;
    HostForm *m_hostForm = nullptr;
    JoinForm *m_joinForm = nullptr;
    PeerForm *m_peerForm = nullptr;
    QLabel *m_stateChip = nullptr;
    QLabel *m_statusText = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_next = nullptr; // Next round, while paused
    QPushButton *m_stop = nullptr;
    SiteTableModel *m_sites = nullptr;
    QSortFilterProxyModel *m_sitesProxy = nullptr;
    QTableView *m_sitesTable = nullptr;
    ViewFrame *m_sitesFrame = nullptr;
    RoundTimelineView *m_timeline = nullptr;
    ViewFrame *m_timelineFrame = nullptr;
    GlobalMetricsChart *m_globalChart = nullptr;
    ViewFrame *m_globalFrame = nullptr;
    SiteAccuracyChart *m_siteChart = nullptr;
    QSplitter *m_splitter = nullptr;      // forms | run
    QScrollArea *m_setupColumn = nullptr; // the forms
    bool m_userSizedColumns = false;      // the user dragged the divider
    ChartLegendLabel *m_globalLegend = nullptr;
    ChartLegendLabel *m_siteLegend = nullptr;
    ViewFrame *m_siteChartFrame = nullptr;
    QLabel *m_logTitle = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QLabel *m_summary = nullptr;           // the end-of-run card: the verdict in words
    std::optional<RoundView> m_lastScored; // the last round with a federated evaluation
    void showSummary();
    bool m_pausable = true;
    FederationState m_state = FederationState::Idle;
    bool m_paused = false;
};

} // namespace cohort::ui
