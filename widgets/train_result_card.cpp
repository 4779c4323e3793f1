#include "widgets/train_result_card.h"

#include <cmath>

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace cohort::ui
{

namespace
{

QString percent(double share)
{
    return TrainResultCard::tr("%1%", "percentage").arg(QLocale().toString(share * 100.0, 'f', 1));
}

} // namespace

TrainResultCard::TrainResultCard(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_saved(new QLabel(this))
{
    setObjectName(QStringLiteral("resultCard"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#resultCard { background: palette(base); "
                                 "border: 1px solid #9bb7d4; border-radius: 6px; }"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    QFont valueFont = titleFont;
    valueFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    auto *grid = new QGridLayout;
    for (int i = 0; i < kMetricCount; ++i)
    {
        m_captions[i] = new QLabel(this);
        m_values[i] = new QLabel(this);
        m_values[i]->setObjectName(QStringLiteral("metricValue%1").arg(i));
        m_values[i]->setFont(valueFont);
        m_values[i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(m_captions[i], 0, i);
        grid->addWidget(m_values[i], 1, i);
    }
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_verdict->setWordWrap(true);
    m_saved->setObjectName(QStringLiteral("savedLabel"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(grid);
    layout->addWidget(m_verdict);
    layout->addWidget(m_saved);
    retranslate();
}

TrainResultCard::~TrainResultCard() = default;

void TrainResultCard::showResult(const TrainResultView &result)
{
    m_result = result;
    retranslate();
}

void TrainResultCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void TrainResultCard::retranslate()
{
    const QString captions[kMetricCount] = {tr("Accuracy"), tr("Macro F1"), tr("ROC AUC"),
                                            tr("Majority baseline")};
    const QString tips[kMetricCount] = {
        tr("Share of held-out rows the model predicted correctly."),
        tr("F1 averaged over classes, so rare classes count as much as common ones (0 to 1)."),
        tr("How well the model ranks positive above negative rows (0.5 is chance, 1 is "
           "perfect)."),
        tr("Accuracy of always guessing the most common value; the model should beat it.")};
    for (int i = 0; i < kMetricCount; ++i)
    {
        m_captions[i]->setText(captions[i]);
        m_captions[i]->setToolTip(tips[i]);
        m_values[i]->setToolTip(tips[i]);
        m_values[i]->setAccessibleName(captions[i]);
    }
    setAccessibleName(tr("Training result"));
    if (!m_result.has_value())
    {
        m_title->setText(tr("Result"));
        return;
    }
    const QLocale locale;
    const TrainResultView &r = *m_result;
    m_title->setText(tr("Result: predicting '%1'").arg(r.target));
    m_values[0]->setText(percent(r.accuracy));
    m_values[1]->setText(locale.toString(r.macroF1, 'f', 2));
    m_values[2]->setText(std::isfinite(r.rocAuc) ? locale.toString(r.rocAuc, 'f', 2)
                                                 : tr("—", "not available"));
    m_values[3]->setText(percent(r.baselineAccuracy));
    m_verdict->setText(r.verdict);
    // Green only for a model better than the baseline on every class.
    QPalette colours = m_verdict->palette();
    colours.setColor(QPalette::WindowText, r.verdictLevel == Verdict::Level::Good
                                               ? QColor(0x1e, 0x6b, 0x35)
                                               : QColor(0xa3, 0x1c, 0x1c));
    m_verdict->setPalette(colours);
    m_saved->setText(tr("Saved as model version %1.").arg(r.versionId));
}

} // namespace cohort::ui
