// The Models page: every stored version in a sortable, filterable table, a federation run's
// rounds grouped under one expandable row, with its details; compare two, activate, export,
// import or delete one, or delete a whole run. A pure view: values in, intent out.
#pragma once

#include "widgets/models_views.h"
#include "widgets/version_table_model.h"

#include <QVector>
#include <QWidget>

#include <functional>

class QComboBox;
class QItemSelection;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTextBrowser;

namespace cohort::ui
{

class MessageBanner;
class VersionCompareView;
class VersionFilterModel;
class ViewFrame;

class ModelsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelsPage)

public:
    /// Asks the user a yes/no question; true means go ahead.
    using ConfirmFunction = std::function<bool(const QString &question)>;
    /// Asks for a file name, starting from a suggestion; empty means cancelled.
    using PathFunction = std::function<QString(const QString &suggestion)>;
    static constexpr const char *kModelSuffix = ".cohortmodel";

    explicit ModelsPage(QWidget *parent = nullptr);
    ~ModelsPage() override;

    /// The selected versions in table order; a run's row stands for its newest round.
    [[nodiscard]] QVector<qint64> selectedVersionIds() const;
    /// Tests replace the message box and the file dialogs with these.
    void setConfirmFunction(ConfirmFunction confirm);
    void setSavePathFunction(PathFunction choose);
    void setOpenPathFunction(PathFunction choose);

public Q_SLOTS:
    void setVersions(const QVector<cohort::ui::VersionView> &versions);
    void showMessage(const QString &text, bool isError);

Q_SIGNALS:
    void activateRequested(qint64 id);
    void exportRequested(qint64 id, const QString &path);
    void importRequested(const QString &path);
    void deleteRequested(qint64 id);
    /// Every version of the run named `runName`, to be deleted together.
    void deleteRunRequested(const QString &runName, const QVector<qint64> &versionIds);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    [[nodiscard]] QWidget *createFilterBar();
    [[nodiscard]] QWidget *createTableColumn();
    [[nodiscard]] QWidget *createDetails();
    void installDefaultDialogs();
    void retranslate();
    void fillOriginCombo();
    void handleSelectionChanged();
    void showComparison();
    void requestActivate();
    void requestExport();
    void requestImport();
    void requestDelete();
    void requestDeleteRun();
    void toggleRun(const QModelIndex &index);
    /// Gives the name column the table's width the other columns leave.
    void fitNameColumn();
    /// The selected rows of the versions model (not the proxy), in the order shown.
    [[nodiscard]] QVector<int> selectedSourceRows() const;
    [[nodiscard]] const VersionView *singleSelection() const;
    /// The run of a run row or of its rounds when nothing else is selected; nullptr for a
    /// selection across runs or of a version that is a run of its own.
    [[nodiscard]] const VersionTableModel::Run *selectedRun() const;

    MessageBanner *m_banner = nullptr;
    QLabel *m_filterLabel = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_originLabel = nullptr;
    QComboBox *m_origin = nullptr;
    VersionTableModel *m_model = nullptr;
    VersionFilterModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    ViewFrame *m_tableFrame = nullptr;
    QPushButton *m_activate = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_deleteRun = nullptr;
    QStackedWidget *m_detailsStack = nullptr;
    QTextBrowser *m_details = nullptr;
    VersionCompareView *m_compareView = nullptr;
    ConfirmFunction m_confirm;
    PathFunction m_savePath;
    PathFunction m_openPath;
};

} // namespace cohort::ui
