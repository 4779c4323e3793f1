// Two model versions side by side: a grouped bar chart of accuracy, macro F1 and ROC AUC,
// and each version's details (spec, preprocessing, dataset, metrics) in its own column.
#pragma once

#include "widgets/models_views.h"

#include <QWidget>

class QBarCategoryAxis;
class QBarSeries;
class QChartView;
class QTextBrowser;
class QValueAxis;

namespace cohort::ui
{

class ViewFrame;

/// The details of one version as HTML (escaped), for the details pane and the comparison.
[[nodiscard]] QString versionDetailsHtml(const VersionView &version);

class VersionCompareView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionCompareView)

public:
    explicit VersionCompareView(QWidget *parent = nullptr);

    void setVersions(const VersionView &left, const VersionView &right);
    [[nodiscard]] QChartView *chartView() const { return m_chartView; }

Q_SIGNALS:
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuildChart();

    QChartView *m_chartView = nullptr;
    ViewFrame *m_chartFrame = nullptr;
    QBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_categories = nullptr;
    QValueAxis *m_values = nullptr;
    QTextBrowser *m_left = nullptr;
    QTextBrowser *m_right = nullptr;
    VersionView m_leftVersion;
    VersionView m_rightVersion;
};

} // namespace cohort::ui
