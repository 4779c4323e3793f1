// Two model versions side by side: a grouped bar chart of accuracy, macro F1 and ROC AUC, and a
// table with one row per property (figures, training settings, data) and one column per
// version, rows that differ highlighted.
#pragma once

#include "widgets/models_views.h"

#include <QWidget>

class QBarCategoryAxis;
class QBarSeries;
class QChartView;
class QLabel;
class QTableWidget;
class QValueAxis;

namespace cohort::ui
{

class ViewFrame;

class VersionCompareView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionCompareView)

public:
    /// Set on a table item (and its row's header item) whose values differ.
    static constexpr int kDiffersRole = Qt::UserRole + 1;

    explicit VersionCompareView(QWidget *parent = nullptr);

    void setVersions(const VersionView &left, const VersionView &right);
    [[nodiscard]] QChartView *chartView() const { return m_chartView; }
    [[nodiscard]] QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuildChart();
    void rebuildTable();

    QChartView *m_chartView = nullptr;
    ViewFrame *m_chartFrame = nullptr;
    QBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_categories = nullptr;
    QValueAxis *m_values = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_note = nullptr;
    VersionView m_leftVersion;
    VersionView m_rightVersion;
};

} // namespace cohort::ui
