// The Explain page's engine side: Shapley values of a stored model's predictions for one row
// of the loaded file (or checked typed-in values) and for the whole file, against a k-means
// summary of the same file's rows, on a worker thread with progress and Cancel; and what each
// input column of a version accepts, for the typed-values form.
#pragma once

#include <QObject>

#include <atomic>
#include <memory>
#include <thread>

#include "widgets/explain_views.h"

namespace cohort::engine
{
struct RawTable;
}

namespace cohort::app
{

class ExplainController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExplainController)

public:
    /// Rows explained for the dataset views at most, spread evenly over the file.
    static constexpr int kMaxDatasetRows = 300;

    explicit ExplainController(QString databasePath, QObject *parent = nullptr);
    ~ExplainController() override;

    /// The file the explanations are about and whose rows form the background.
    void setTable(std::shared_ptr<const engine::RawTable> table);
    [[nodiscard]] bool isRunning() const { return m_running; }

public Q_SLOTS:
    /// Reads the version's preprocessing off the GUI thread; answers with inputsDescribed.
    void describeInputs(qint64 versionId);
    void explainRow(const cohort::ui::ExplainRequest &request);
    void explainDataset(const cohort::ui::ExplainRequest &request);
    void cancel();

Q_SIGNALS:
    void inputsDescribed(qint64 versionId, const QVector<cohort::ui::ColumnInputView> &inputs);
    void busyChanged(bool busy);
    void progressed(int done, int total);
    void rowExplained(const cohort::ui::RowExplanationView &explanation);
    void datasetExplained(const cohort::ui::GlobalExplanationView &explanation);
    void failed(const QString &message);

private:
    template <typename Job> void run(Job job);

    QString m_databasePath;
    std::shared_ptr<const engine::RawTable> m_table;
    std::thread m_worker;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_running = false;
};

} // namespace cohort::app
