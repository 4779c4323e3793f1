// The "Data" page: open a CSV file, preview its rows, see each column's type and distribution,
// choose the target column and read, in plain words, what must be fixed before training.
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>
#include <QWidget>

#include "widgets/data_views.h"

class QAbstractItemModel;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QTableView;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace cohort::ui
{

class ColumnSummaryPanel;

class DataPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataPage)

public:
    explicit DataPage(QWidget *parent = nullptr);

    /// True when a file with rows is open, it has no errors and a target is chosen.
    [[nodiscard]] bool canTrain() const { return m_canTrain; }
    [[nodiscard]] QString target() const { return m_target; }
    /// Shows `model` in the preview table without copying it; the caller keeps ownership.
    void setPreviewModel(QAbstractItemModel *model);

public Q_SLOTS:
    /// Shows or hides the busy indicator; an empty `what` means "Reading file…".
    void setLoading(bool loading, const QString &what = QString());
    void setFile(const QString &path, qint64 rows, int columns);
    /// How the file was read: its encoding and delimiter, shown beside its name.
    void setFileFormat(const QString &encoding, const QChar &delimiter);
    void setSchema(const QVector<cohort::ui::ColumnSummaryView> &columns, const QString &target);
    void setIssues(const QVector<cohort::ui::IssueView> &issues);
    void setRecentFiles(const QStringList &paths);
    /// Shows `message` in a red area above the preview (not a dialog); empty hides it.
    void showLoadError(const QString &message);

Q_SIGNALS:
    void openRequested(const QString &path);
    void targetChanged(const QString &column);
    /// The user left these columns out of the features (or took one back).
    void excludedColumnsChanged(const QStringList &columns);
    void trainabilityChanged(bool canTrain);

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *createTopBar();
    QWidget *createIssuePanel();
    void retranslate();
    void chooseFile();
    void rebuildRecentMenu();
    void updateFileLabel();
    void populateIssues();
    void updateTrainability();
    void handleTargetChanged(const QString &target);
    void handleIssueActivated(QTreeWidgetItem *item);
    void revealInPreview(int row, int column);

    QPushButton *m_openButton = nullptr;
    QToolButton *m_recentButton = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_fileLabel = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_busyLabel = nullptr;
    QLabel *m_loadErrorLabel = nullptr;
    QLabel *m_trainabilityLabel = nullptr;
    QLabel *m_previewLabel = nullptr;
    QTableView *m_preview = nullptr;
    ColumnSummaryPanel *m_columnPanel = nullptr;
    QLabel *m_issuesLabel = nullptr;
    QTreeWidget *m_issueList = nullptr;

    QString m_path;
    qint64 m_rows = 0;
    QString m_format; // encoding and delimiter as read, e.g. "Latin-1, ';'-separated"
    int m_columns = 0;
    QString m_target;
    QVector<IssueView> m_issues;
    QStringList m_recentFiles;
    QString m_loadingWhat;
    bool m_loading = false;
    bool m_canTrain = false;
};

} // namespace cohort::ui
