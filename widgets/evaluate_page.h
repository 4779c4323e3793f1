// The Evaluate page: score a stored version on a labelled CSV file and read the result —
// headline metrics against the baseline, a confusion heat map, ROC curves, per-class figures.
#pragma once

#include "widgets/evaluate_views.h"

#include <QPair>
#include <QVector>
#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace cohort::ui
{

class ClassMetricsModel;
class ConfusionMatrixView;
class FilePathField;
class MessageBanner;
class RocChartView;
class ViewFrame;

class EvaluatePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvaluatePage)

public:
    explicit EvaluatePage(QWidget *parent = nullptr);
    ~EvaluatePage() override;

    [[nodiscard]] bool isBusy() const { return m_busy; }

public Q_SLOTS:
    /// (version id, label) pairs; keeps the chosen version when it is still there.
    void setVersions(const QVector<QPair<qint64, QString>> &versions);
    /// Picks the version with this id, if it is listed (the app's choice for the open file).
    void selectVersion(qint64 id);
    void setBusy(bool busy);
    void showEvaluation(const cohort::ui::EvaluationView &evaluation);
    void showError(const QString &message);

Q_SIGNALS:
    void evaluateRequested(qint64 versionId, const QString &csvPath);

protected:
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] QWidget *createInputBar();
    [[nodiscard]] QWidget *createSummary();
    [[nodiscard]] QWidget *createResults();
    void retranslate();
    void fillSummary();
    void requestEvaluation();

    MessageBanner *m_banner = nullptr;
    QLabel *m_versionLabel = nullptr;
    QComboBox *m_version = nullptr;
    QLabel *m_versionError = nullptr;
    QLabel *m_csvLabel = nullptr;
    FilePathField *m_csv = nullptr;
    QPushButton *m_evaluate = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_heading = nullptr;
    QVector<QLabel *> m_metricTitles;
    QVector<QLabel *> m_metricValues;
    QLabel *m_verdict = nullptr;
    ConfusionMatrixView *m_confusion = nullptr;
    ViewFrame *m_confusionFrame = nullptr;
    RocChartView *m_roc = nullptr;
    ViewFrame *m_rocFrame = nullptr;
    ClassMetricsModel *m_perClass = nullptr;
    QTableView *m_perClassTable = nullptr;
    ViewFrame *m_perClassFrame = nullptr;
    EvaluationView m_evaluation;
    bool m_hasEvaluation = false;
    bool m_busy = false;
};

} // namespace cohort::ui
