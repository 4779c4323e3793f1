// The user guide inside the app (Help > User guide, F1): per page, what it does and what its
// terms mean, in the user's language.
#pragma once

#include <QDialog>

class QListWidget;
class QTextBrowser;

namespace cohort::ui
{

class UserGuideDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserGuideDialog)

public:
    /// Topics in the sidebar's order: Data, Train, Federation, Models, Evaluate, Explain.
    static constexpr int kTopicCount = 6;

    explicit UserGuideDialog(QWidget *parent = nullptr);

    /// Shows the topic of page `index` (the sidebar's order).
    void showTopic(int index);
    [[nodiscard]] int currentTopic() const;
    /// The topic's text as HTML, translated.
    [[nodiscard]] static QString topicHtml(int index);
    [[nodiscard]] static QString topicTitle(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QListWidget *m_topics = nullptr;
    QTextBrowser *m_text = nullptr;
};

} // namespace cohort::ui
