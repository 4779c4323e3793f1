// A line chart for values that arrive one point at a time (loss per epoch, accuracy per round):
// each series keeps a bounded buffer and the axes follow the data unless a range is fixed.
#pragma once

#include <QChartView>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

class QLineSeries;
class QValueAxis;

namespace cohort::ui
{

class LiveLineChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveLineChart)

public:
    static constexpr int kDefaultMaxPoints = 2000;

    explicit LiveLineChart(QWidget *parent = nullptr);
    ~LiveLineChart() override;

    /// Adds an empty series; adding an existing key only renames it.
    void addSeries(const QString &key, const QString &displayName,
                   Qt::PenStyle style = Qt::SolidLine);
    /// Changes the legend text of a series, e.g. after a language change.
    void setSeriesName(const QString &key, const QString &displayName);
    void setTitle(const QString &title);
    void setAxisTitles(const QString &xTitle, const QString &yTitle);
    /// Fixes the y axis (accuracy: 0..1); clearYRange() returns to auto-ranging.
    void setYRange(double minimum, double maximum);
    void clearYRange();
    /// Shown in the middle of the plot while no series has a point.
    void setPlaceholderText(const QString &text);
    /// Each series keeps at most this many newest points (at least 2).
    void setMaxPoints(int maxPoints);

    [[nodiscard]] int maxPoints() const { return m_maxPoints; }
    [[nodiscard]] bool hasSeries(const QString &key) const;
    [[nodiscard]] int pointCount(const QString &key) const;
    [[nodiscard]] QList<QPointF> points(const QString &key) const;
    [[nodiscard]] QStringList seriesKeys() const { return m_order; }

public Q_SLOTS:
    /// Appends to the series `key` (ignored if there is no such series).
    void appendPoint(const QString &key, double x, double y);
    /// Removes every point but keeps the series.
    void clearAll();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct SeriesData
    {
        QLineSeries *series = nullptr;
        QList<QPointF> buffer;
    };

    void updateAxes();
    void updateMarkers();
    [[nodiscard]] int totalPoints() const;

    QHash<QString, SeriesData> m_series;
    QStringList m_order;
    QValueAxis *m_xAxis = nullptr;
    QValueAxis *m_yAxis = nullptr;
    QString m_placeholder;
    int m_maxPoints = kDefaultMaxPoints;
    bool m_fixedY = false;
    double m_fixedYMin = 0.0;
    double m_fixedYMax = 1.0;
};

} // namespace cohort::ui
