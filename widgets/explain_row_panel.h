// The "One row" tab of the Explain page: the prediction, the class whose chance is explained,
// the waterfall of contributions, the top reasons in plain words and the values table.
#pragma once

#include "widgets/explain_views.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace cohort::ui
{

class TextTableModel;
class ViewFrame;
class WaterfallChartView;

class ExplainRowPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExplainRowPanel)

public:
    explicit ExplainRowPanel(QWidget *parent = nullptr);

    void showExplanation(const RowExplanationView &row);
    void clear();
    /// Index into the explanation's classNames of the class shown, -1 before any explanation.
    [[nodiscard]] int shownClass() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] QWidget *createHeader();
    [[nodiscard]] QWidget *createDetails();
    void retranslate();
    void render();
    void fillTable(const QVector<ContributionView> &contributions);
    void fitTableWidth();
    [[nodiscard]] QString reasonsText(const QVector<ContributionView> &contributions,
                                      const QString &className) const;
    [[nodiscard]] QString methodText() const;

    QLabel *m_prediction = nullptr;
    QLabel *m_subject = nullptr;
    QLabel *m_classLabel = nullptr;
    QComboBox *m_class = nullptr;
    WaterfallChartView *m_waterfall = nullptr;
    ViewFrame *m_waterfallFrame = nullptr;
    QLabel *m_reasonsTitle = nullptr;
    QLabel *m_reasons = nullptr;
    TextTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    ViewFrame *m_tableFrame = nullptr;
    RowExplanationView m_row;
    bool m_hasRow = false;
};

} // namespace cohort::ui
