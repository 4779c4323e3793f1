// The desktop app's main window: a sidebar of pages (Data, Train, Federation, Models,
// Evaluate, Explain), menus with shortcuts, a status bar of background work, and the controllers
// that connect the pages to the engine and the network.
#pragma once

#include <QMainWindow>
#include <QStringList>
#include <QVector>

#include "widgets/models_views.h"

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace cohort::ui
{
class DataPage;
class EvaluatePage;
class ExplainPage;
class FederationPage;
class ModelsPage;
class UserGuideDialog;
class TrainPage;
} // namespace cohort::ui

namespace cohort::app
{

class DataController;
class ExplainController;
class FederationController;
class RegistryController;
class TrainingController;

struct MainWindowOptions
{
    QString databasePath; // the model registry
    QString cliPath;      // cohort-cli, for the demo federation's site processes
};

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Page
    {
        Data,
        Train,
        Federation,
        Models,
        Evaluate,
        Explain,
    };

    explicit MainWindow(const MainWindowOptions &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Help > User guide (F1), at the current page's topic.
    void showUserGuide();
    void showPage(Page page);
    [[nodiscard]] Page currentPage() const;
    /// Switches the language now (and for the next start); "" follows the system.
    void setLanguage(const QString &code);

    [[nodiscard]] DataController &data() const { return *m_data; }
    [[nodiscard]] TrainingController &training() const { return *m_training; }
    [[nodiscard]] RegistryController &registry() const { return *m_registry; }
    [[nodiscard]] FederationController &federation() const { return *m_federation; }
    [[nodiscard]] ui::DataPage &dataPage() const { return *m_dataPage; }
    [[nodiscard]] ui::TrainPage &trainPage() const { return *m_trainPage; }
    [[nodiscard]] ui::FederationPage &federationPage() const { return *m_federationPage; }
    [[nodiscard]] ui::ModelsPage &modelsPage() const { return *m_modelsPage; }
    [[nodiscard]] ui::EvaluatePage &evaluatePage() const { return *m_evaluatePage; }
    [[nodiscard]] ui::ExplainPage &explainPage() const { return *m_explainPage; }
    [[nodiscard]] ExplainController &explain() const { return *m_explain; }

public Q_SLOTS:
    void openCsv(const QString &path);
    void startDemoFederation();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createPages();
    void createMenus();
    void wireData();
    void wireTraining();
    void wireRegistry();
    void wireFederation();
    void wireExplain();
    void retranslate();
    void restoreSettings();
    void rememberRecentFile(const QString &path);
    void updateRecentMenu();
    void setActivity(const QString &what, const QString &text);
    /// Points the Evaluate and Explain pickers at the version that fits the open file.
    void choosePickerVersions();

    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_activity = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_federationMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QList<QAction *> m_pageActions;
    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_guideAction = nullptr;
    ui::UserGuideDialog *m_guide = nullptr; // made when first asked for
    QMap<QString, QString> m_activities; // what runs in the background, by kind
    QVector<ui::VersionView> m_versions;  // the registry's, as last listed
    QStringList m_fileColumns;            // the open file's columns, for the pickers

    ui::DataPage *m_dataPage = nullptr;
    ui::TrainPage *m_trainPage = nullptr;
    ui::FederationPage *m_federationPage = nullptr;
    ui::ModelsPage *m_modelsPage = nullptr;
    ui::EvaluatePage *m_evaluatePage = nullptr;
    ui::ExplainPage *m_explainPage = nullptr;

    DataController *m_data = nullptr;
    TrainingController *m_training = nullptr;
    RegistryController *m_registry = nullptr;
    FederationController *m_federation = nullptr;
    ExplainController *m_explain = nullptr;
};

} // namespace cohort::app
