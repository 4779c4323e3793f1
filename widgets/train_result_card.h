// The card the Train page shows after a run: accuracy, macro F1, ROC AUC and the majority
// baseline, a verdict in plain words, and the model version it was saved as.
#pragma once

#include <optional>

#include <QFrame>

#include "widgets/train_views.h"

class QLabel;

namespace cohort::ui
{

class TrainResultCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainResultCard)

public:
    explicit TrainResultCard(QWidget *parent = nullptr);
    ~TrainResultCard() override;

    [[nodiscard]] std::optional<TrainResultView> result() const { return m_result; }

public Q_SLOTS:
    void showResult(const cohort::ui::TrainResultView &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    static constexpr int kMetricCount = 4;

    void retranslate();

    QLabel *m_title = nullptr;
    QLabel *m_captions[kMetricCount] = {};
    QLabel *m_values[kMetricCount] = {};
    QLabel *m_verdict = nullptr;
    QLabel *m_saved = nullptr;
    std::optional<TrainResultView> m_result;
};

} // namespace cohort::ui
