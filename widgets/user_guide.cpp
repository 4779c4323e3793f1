#include "widgets/user_guide.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cohort::ui
{

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_topics(new QListWidget(this))
    , m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userGuide"));
    m_topics->setObjectName(QStringLiteral("guideTopics"));
    m_text->setObjectName(QStringLiteral("guideText"));
    m_text->setOpenExternalLinks(false);
    m_topics->setMaximumWidth(170);
    for (int i = 0; i < kTopicCount; ++i)
        m_topics->addItem(QString());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_topics, &QListWidget::currentRowChanged, this,
            [this](int row)
            {
                if (row >= 0)
                    m_text->setHtml(topicHtml(row));
            });
    auto *body = new QHBoxLayout;
    body->addWidget(m_topics);
    body->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    resize(720, 480);
    retranslate();
    showTopic(0);
}

void UserGuideDialog::showTopic(int index)
{
    m_topics->setCurrentRow(std::clamp(index, 0, kTopicCount - 1));
}

int UserGuideDialog::currentTopic() const
{
    return m_topics->currentRow();
}

void UserGuideDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void UserGuideDialog::retranslate()
{
    setWindowTitle(tr("Cohort user guide"));
    for (int i = 0; i < kTopicCount; ++i)
        m_topics->item(i)->setText(topicTitle(i));
    if (m_topics->currentRow() >= 0)
        m_text->setHtml(topicHtml(m_topics->currentRow()));
}

QString UserGuideDialog::topicTitle(int index)
{
    switch (index)
    {
    case 0:
        return tr("Data");
    case 1:
        return tr("Train");
    case 2:
        return tr("Federation");
    case 3:
        return tr("Models");
    case 4:
        return tr("Evaluate");
    default:
        return tr("Explain");
    }
}

QString UserGuideDialog::topicHtml(int index)
{
    switch (index)
    {
    case 0:
        return tr("<h3>Data</h3><p>Open a CSV file (or drop it on the window). Cohort reads it, "
                  "guesses each column's kind (number, yes/no, category, identifier, date/time) "
                  "and checks it. <b>Errors</b> (a row with too many fields, text in a number "
                  "column) must be fixed before training; <b>warnings</b> (missing values, "
                  "extreme values, a Latin-1 file) are handled for you and listed so that you "
                  "know. Click a problem to see its cell. Row 1 is the first row after the "
                  "header; the file's line is given beside it.</p><p><b>Target</b>: the column "
                  "the model learns to predict. <b>Features</b>: the columns it learns from; "
                  "untick a column to leave it out. Identifier and date/time columns are never "
                  "used as features.</p>");
    case 1:
        return tr("<h3>Train</h3><p>Trains a model on the open file: 70% of the rows to learn, "
                  "15% to stop at the best epoch, 15% to test.</p><ul>"
                  "<li><b>Epochs</b>: passes over the training rows.</li>"
                  "<li><b>Batch size</b>: rows per learning step.</li>"
                  "<li><b>Learning rate</b>: how big each step is.</li>"
                  "<li><b>Hidden layers</b>: the size of the network.</li></ul>"
                  "<p>The result is compared with the <b>majority baseline</b>, always answering "
                  "the most common class. <b>Balanced accuracy</b> is the mean of the "
                  "classes' hit rates: a model that ignores a rare class gets no credit for it. The "
                  "verdict names a class the model misses.</p>");
    case 2:
        return tr("<h3>Federation</h3><p>Sites train together without sharing rows: only model "
                  "updates travel. <b>Host</b> runs the hub that sites join with its address "
                  "and <b>join code</b>; <b>Join</b> takes part as a site with your own file; "
                  "<b>Peer to peer</b> runs without a hub; <b>Start demo</b> runs a hub and "
                  "simulated sites on this computer.</p><ul>"
                  "<li><b>Rounds</b>: how many times the sites train and the hub combines.</li>"
                  "<li><b>Minimum sites</b>: sites needed before a round starts.</li>"
                  "<li><b>Sampled fraction</b>: the share of sites asked in each round.</li>"
                  "<li><b>Deadline</b>: how long a round waits for a site; a late site misses "
                  "that round only.</li>"
                  "<li><b>Strategy</b>: how updates are combined. FedAvg averages them by rows; "
                  "FedProx keeps sites near the global model; FedAdam, FedYogi and FedAdagrad "
                  "add a server optimiser; median and trimmed mean resist a broken site.</li>"
                  "<li><b>Seconds per round</b> (demo): slows rounds so that people can follow "
                  "them.</li>"
                  "<li><b>Step by step</b> (demo): the demo waits, and <b>Next round</b> runs "
                  "one round at a time; <b>Resume</b> runs the rest.</li></ul><p>The dotted line on the chart is the majority baseline: a "
                  "model on that line is no better than always answering the most common class. "
                  "The card at the end says so in words.</p>");
    case 3:
        return tr("<h3>Models</h3><p>Every trained model and every federated round is a "
                  "<b>version</b> in the registry, with its settings and test figures. A "
                  "federation <b>run</b> is one row: open it to see each round. Make a version "
                  "<b>active</b> to use it by default, <b>compare</b> two versions (the rows "
                  "that differ are marked), export one to a file or import one, delete a "
                  "version or a whole run.</p>");
    case 4:
        return tr("<h3>Evaluate</h3><p>Scores a version on a labelled CSV file (it must hold the "
                  "column the model predicts). The <b>confusion matrix</b> shows, for each true "
                  "class, what the model answered; the <b>ROC curve</b> shows how well it ranks "
                  "cases. With few rows the figures are uncertain: the verdict then gives a "
                  "range.</p>");
    default:
        return tr("<h3>Explain</h3><p>Shows why the model answered what it did, per column, as "
                  "<b>Shapley values</b>: how much each column pushed the predicted probability "
                  "up or down from the <b>base value</b>, the average prediction over the "
                  "<b>background rows</b> (rows of your file the model is compared against). "
                  "<b>Method</b>: <i>exact</i> tries every combination of columns (up to 12 "
                  "columns); <i>sampling</i> (Kernel SHAP) estimates them for more columns. "
                  "Explain one row, or the whole file to see which columns matter most.</p>");
    }
}

} // namespace cohort::ui
