// The "Whole dataset" tab of the Explain page: mean |SHAP| per column, the beeswarm of every
// row and the dependence of one numeric column's SHAP value on its value; each exports.
#pragma once

#include "widgets/explain_views.h"

#include <QPointF>
#include <QVector>
#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;

namespace cohort::ui
{

class BeeswarmChartView;
class TextTableModel;
class ViewFrame;

class ExplainDatasetPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExplainDatasetPanel)

public:
    /// Only this many of the most important columns get a bar; the CSV has every column.
    static constexpr int kMaxImportanceBars = 15;

    explicit ExplainDatasetPanel(QWidget *parent = nullptr);

    void showExplanation(const GlobalExplanationView &explanation);
    void clear();
    [[nodiscard]] QString dependenceColumn() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] QWidget *createDependence();
    void addCsvButton(ViewFrame *frame, const TextTableModel *model, const QString &exportName);
    void retranslate();
    void render();
    void renderImportance();
    void renderDependence();
    void fillImportanceModel();
    void fillDependenceModel(const QString &column, const QVector<QPointF> &points);
    void fillBeeswarmModel();

    QLabel *m_summary = nullptr;
    QChartView *m_importance = nullptr;
    ViewFrame *m_importanceFrame = nullptr;
    TextTableModel *m_importanceModel = nullptr;
    BeeswarmChartView *m_beeswarm = nullptr;
    ViewFrame *m_beeswarmFrame = nullptr;
    TextTableModel *m_beeswarmModel = nullptr;
    QChartView *m_dependence = nullptr;
    ViewFrame *m_dependenceFrame = nullptr;
    TextTableModel *m_dependenceModel = nullptr;
    QLabel *m_columnLabel = nullptr;
    QComboBox *m_column = nullptr;
    QVector<QPushButton *> m_csvButtons;
    GlobalExplanationView m_explanation;
    bool m_hasExplanation = false;
};

} // namespace cohort::ui
