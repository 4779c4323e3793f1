#include "gui/main_window.h"

#include "widgets/user_guide.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

#include "bridge/data_controller.h"
#include "bridge/explain_controller.h"
#include "bridge/federation_controller.h"
#include "bridge/registry_controller.h"
#include "bridge/training_controller.h"
#include "gui/language.h"
#include "widgets/data_page.h"
#include "widgets/evaluate_page.h"
#include "widgets/explain_page.h"
#include "widgets/federation_page.h"
#include "widgets/models_page.h"
#include "widgets/train_page.h"

namespace cohort::app
{

namespace
{

constexpr int kMaxRecentFiles = 8;

QString languageName(const QString &code)
{
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    if (code == QLatin1String("es"))
        return QStringLiteral("Español");
    return QStringLiteral("English");
}

} // namespace

MainWindow::MainWindow(const MainWindowOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_data(new DataController(this))
    , m_training(new TrainingController(options.databasePath, this))
    , m_registry(new RegistryController(options.databasePath, this))
    , m_federation(new FederationController(options.databasePath, this))
    , m_explain(new ExplainController(options.databasePath, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_federation->setCliPath(options.cliPath);
    createPages();
    createMenus();
    m_activity = new QLabel(this);
    m_activity->setObjectName(QStringLiteral("activityLabel"));
    statusBar()->addPermanentWidget(m_activity, 1);
    wireData();
    wireTraining();
    wireRegistry();
    wireFederation();
    wireExplain();
    retranslate();
    restoreSettings();
    m_registry->refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    m_sidebar = new QListWidget(this);
    m_sidebar->setObjectName(QStringLiteral("pageList"));
    m_sidebar->setFixedWidth(170);
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setSpacing(2);
    m_stack = new QStackedWidget(this);
    m_dataPage = new ui::DataPage(m_stack);
    m_trainPage = new ui::TrainPage(m_stack);
    m_federationPage = new ui::FederationPage(m_stack);
    m_modelsPage = new ui::ModelsPage(m_stack);
    m_evaluatePage = new ui::EvaluatePage(m_stack);
    m_explainPage = new ui::ExplainPage(m_stack);
    const QList<QPair<QWidget *, QStyle::StandardPixmap>> pages{
        {m_dataPage, QStyle::SP_FileDialogContentsView},
        {m_trainPage, QStyle::SP_MediaPlay},
        {m_federationPage, QStyle::SP_DriveNetIcon},
        {m_modelsPage, QStyle::SP_DirIcon},
        {m_evaluatePage, QStyle::SP_FileDialogDetailedView},
        {m_explainPage, QStyle::SP_MessageBoxQuestion}};
    for (const auto &[page, icon] : pages)
    {
        m_stack->addWidget(page);
        new QListWidgetItem(style()->standardIcon(icon), QString(), m_sidebar);
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), this,
                                         [this]
                                         {
                                             const QString path = QFileDialog::getOpenFileName(
                                                 this, tr("Open a CSV file"), QString(),
                                                 tr("CSV files (*.csv *.txt);;All files (*)"));
                                             if (!path.isEmpty())
                                                 openCsv(path);
                                         });
    m_openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    for (int i = 0; i < m_stack->count(); ++i)
    {
        QAction *action =
            m_viewMenu->addAction(QString(), this, [this, i] { showPage(static_cast<Page>(i)); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        m_pageActions.append(action);
    }

    m_federationMenu = menuBar()->addMenu(QString());
    m_demoAction = m_federationMenu->addAction(QString(), this, &MainWindow::startDemoFederation);
    m_demoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));

    m_settingsMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_settingsMenu->addMenu(QString());
    for (const QString &code : QStringList{QStringLiteral("en")} + shippedLanguages())
        m_languageMenu->addAction(languageName(code), this, [this, code] { setLanguage(code); });

    m_helpMenu = menuBar()->addMenu(QString());
    // The guide opens at the page the user is on.
    m_guideAction = m_helpMenu->addAction(QString(), this, [this] { showUserGuide(); });
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    m_aboutAction = m_helpMenu->addAction(
        QString(), this,
        [this]
        {
            QMessageBox::about(
                this, tr("About Cohort"),
                tr("<b>Cohort %1</b><p>Federated learning on health and fitness data: each site "
                   "keeps its rows; only model updates travel.</p><p>Model registry: %2</p>")
                    .arg(QApplication::applicationVersion(), m_registry->databasePath()));
        });
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Cohort — federated learning"));
    const QStringList names{tr("Data"),   tr("Train"),    tr("Federation"),
                            tr("Models"), tr("Evaluate"), tr("Explain")};
    for (int i = 0; i < names.size(); ++i)
    {
        m_sidebar->item(i)->setText(names[i]);
        m_sidebar->item(i)->setData(Qt::AccessibleTextRole, names[i]);
        m_pageActions[i]->setText(names[i]);
    }
    m_sidebar->setAccessibleName(tr("Pages"));
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open CSV…"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_federationMenu->setTitle(tr("F&ederation"));
    m_demoAction->setText(tr("Start a &demo federation"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Cohort"));
    m_guideAction->setText(tr("User &guide"));
    setActivity({}, {});
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/page"), m_sidebar->currentRow());
    event->accept();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
    {
        // A 1366x768 laptop screen keeps room for the panel and the window frame.
        const QRect screen = QApplication::primaryScreen()
                                 ? QApplication::primaryScreen()->availableGeometry()
                                 : QRect(0, 0, 1366, 768);
        resize(std::min(1280, screen.width() - 40), std::min(760, screen.height() - 40));
    }
    m_sidebar->setCurrentRow(settings.value(QStringLiteral("window/page"), 0).toInt());
    updateRecentMenu();
}

void MainWindow::showPage(Page page)
{
    m_sidebar->setCurrentRow(static_cast<int>(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_sidebar->currentRow());
}

void MainWindow::setLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("language"), code);
    applyLanguage(code);
}

void MainWindow::openCsv(const QString &path)
{
    showPage(Page::Data);
    rememberRecentFile(path);
    m_data->open(path);
}

void MainWindow::startDemoFederation()
{
    showPage(Page::Federation);
    ui::DemoSettings demo;
    demo.domain = QStringLiteral("fitness");
    demo.sites = 4;
    demo.rounds = 10;
    demo.strategy = QStringLiteral("fedavg");
    m_federation->startDemo(demo);
}

void MainWindow::rememberRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(QStringLiteral("recentFiles")).toStringList();
    files.removeAll(path);
    files.prepend(path);
    settings.setValue(QStringLiteral("recentFiles"), files.mid(0, kMaxRecentFiles));
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    const QStringList files = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    m_recentMenu->clear();
    for (const QString &file : files)
        m_recentMenu->addAction(QFileInfo(file).fileName(), this, [this, file] { openCsv(file); })
            ->setToolTip(file);
    m_recentMenu->setEnabled(!files.isEmpty());
    m_dataPage->setRecentFiles(files);
}

// The status bar lists what runs in the background, one entry per kind of work.
void MainWindow::setActivity(const QString &what, const QString &text)
{
    if (!what.isEmpty())
    {
        if (text.isEmpty())
            m_activities.remove(what);
        else
            m_activities.insert(what, text);
    }
    const QStringList parts = m_activities.values();
    m_activity->setText(parts.isEmpty() ? tr("Ready.") : parts.join(QStringLiteral("  ·  ")));
}

void MainWindow::showUserGuide()
{
    if (!m_guide)
        m_guide = new ui::UserGuideDialog(this);
    m_guide->showTopic(static_cast<int>(currentPage()));
    m_guide->show();
    m_guide->raise();
}

} // namespace cohort::app
