// The Explain page: ask why a stored version predicts what it does, for one row of the loaded
// CSV file or typed-in values (SHAP waterfall, reasons) or for the whole dataset (importance).
#pragma once

#include "widgets/explain_views.h"

#include <QPair>
#include <QVector>
#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace cohort::ui
{

class ExplainDatasetPanel;
class ExplainRowPanel;
class MessageBanner;
class TypedValuesForm;

class ExplainPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExplainPage)

public:
    explicit ExplainPage(QWidget *parent = nullptr);
    ~ExplainPage() override;

    [[nodiscard]] bool isBusy() const { return m_busy; }

public Q_SLOTS:
    /// (version id, label) pairs; keeps the chosen version when it is still there.
    void setVersions(const QVector<QPair<qint64, QString>> &versions);
    /// Picks the version with this id, if it is listed (the app's choice for the open file).
    void selectVersion(qint64 id);
    /// The loaded CSV file's data rows; 0 rows or an empty name: no file is open.
    void setRowCount(int rows, const QString &fileName);
    /// The input columns of version `versionId`, one field each in the "Type values…" form;
    /// ignored unless that version is the chosen one (an answer to versionChosen).
    void setInputs(qint64 versionId, const QVector<cohort::ui::ColumnInputView> &inputs);
    void setBusy(bool busy);
    /// `total` 0: progress unknown.
    void setProgress(int done, int total);
    void showRowExplanation(const cohort::ui::RowExplanationView &row);
    void showGlobalExplanation(const cohort::ui::GlobalExplanationView &explanation);
    void showError(const QString &message);

Q_SIGNALS:
    /// The user chose another version: the typed-values form needs its inputs (setInputs).
    void versionChosen(qint64 versionId);
    void explainRowRequested(const cohort::ui::ExplainRequest &request);
    void explainDatasetRequested(const cohort::ui::ExplainRequest &request);
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] QWidget *createSubjectBar();
    [[nodiscard]] QWidget *createActionBar();
    void handleVersionChanged();
    void handleExplainRow();
    void retranslate();
    void updateActions();
    [[nodiscard]] qint64 currentVersion() const;
    [[nodiscard]] ExplainRequest request(bool forRow) const;

    MessageBanner *m_banner = nullptr;
    QLabel *m_versionLabel = nullptr;
    QComboBox *m_version = nullptr;
    QLabel *m_rowLabel = nullptr;
    QSpinBox *m_row = nullptr;
    QLabel *m_rowHint = nullptr;
    QPushButton *m_typeToggle = nullptr;
    TypedValuesForm *m_typedForm = nullptr;
    qint64 m_inputsVersion = 0; // the version whose inputs the form shows; 0: none yet
    QLabel *m_backgroundLabel = nullptr;
    QSpinBox *m_background = nullptr;
    QLabel *m_methodLabel = nullptr;
    QComboBox *m_method = nullptr;
    QPushButton *m_explainRow = nullptr;
    QPushButton *m_explainDataset = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QTabWidget *m_tabs = nullptr;
    ExplainRowPanel *m_rowPanel = nullptr;
    ExplainDatasetPanel *m_datasetPanel = nullptr;
    QString m_fileName;
    int m_rows = 0;
    bool m_busy = false;
};

} // namespace cohort::ui
