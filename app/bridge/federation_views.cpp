#include "bridge/federation_views.h"

#include <cmath>

namespace cohort::app
{

namespace
{

// Each class's recall and the majority baseline (always answering `baselineClass`) from the
// federated evaluation's confusion counts (true class by predicted class).
void addClassFigures(ui::RoundView &view, const std::vector<std::vector<long>> &confusion,
                     const QStringList &classNames, int baselineClass)
{
    view.classNames = classNames;
    double total = 0.0;
    for (std::size_t k = 0; k < confusion.size(); ++k)
    {
        double row = 0.0;
        for (const long count : confusion[k])
            row += static_cast<double>(count);
        total += row;
        view.classRecall.append(row > 0.0 && k < confusion[k].size()
                                    ? static_cast<double>(confusion[k][k]) / row
                                    : std::nan(""));
    }
    const auto baseline = static_cast<std::size_t>(std::max(baselineClass, 0));
    if (total > 0.0 && baseline < confusion.size())
    {
        double baselineRows = 0.0;
        for (const long count : confusion[baseline])
            baselineRows += static_cast<double>(count);
        view.baselineAccuracy = baselineRows / total;
    }
    if (baseline < static_cast<std::size_t>(classNames.size()))
        view.baselineClass = classNames[static_cast<qsizetype>(baseline)];
}

} // namespace

ui::RoundView roundViewOf(const net::RoundReport &report, const QStringList &classNames)
{
    ui::RoundView view;
    view.round = report.round;
    for (const std::string &site : report.answered)
        view.answered << QString::fromStdString(site);
    for (const engine::ClientFailure &failure : report.dropped)
        view.dropped << QString::fromStdString(failure.siteId);
    view.seconds = report.seconds;
    if (report.evaluation)
    {
        view.loss = report.evaluation->loss;
        view.accuracy = report.evaluation->accuracy;
        for (const auto &[site, accuracy] : report.evaluation->siteAccuracy)
            view.siteAccuracy.insert(QString::fromStdString(site), accuracy);
        view.balancedAccuracy = report.evaluation->balancedAccuracy;
        view.samples = report.evaluation->samples;
        addClassFigures(view, report.evaluation->confusion, classNames, report.baselineClass);
    }
    return view;
}

QVector<ui::SiteView> siteViewsOf(const net::RoundReport &report)
{
    const QDateTime now = QDateTime::currentDateTime();
    const ui::RoundView round = roundViewOf(report);
    QVector<ui::SiteView> rows;
    for (const QString &site : round.answered)
    {
        ui::SiteView row;
        row.name = site;
        row.state = ui::SiteState::Answered;
        row.samples = -1; // unchanged
        row.lastUpdate = now;
        row.accuracy = round.siteAccuracy.value(site, std::nan(""));
        row.roundSeconds = report.seconds;
        rows.append(row);
    }
    for (const QString &site : round.dropped)
    {
        ui::SiteView row;
        row.name = site;
        row.state = ui::SiteState::Dropped;
        row.samples = -1;
        row.lastUpdate = now;
        rows.append(row);
    }
    return rows;
}

ui::SiteView joinedSiteView(const std::string &site, std::int64_t trainRows)
{
    ui::SiteView row;
    row.name = QString::fromStdString(site);
    row.state = ui::SiteState::Training;
    row.samples = trainRows;
    row.lastUpdate = QDateTime::currentDateTime();
    return row;
}

ui::RoundView roundViewOf(const net::SiteRound &round)
{
    ui::RoundView view;
    view.round = round.round;
    const QString site = QString::fromStdString(round.site);
    if (round.answered)
        view.answered << site;
    else if (round.dropped)
        view.dropped << site;
    view.seconds = round.seconds;
    view.loss = round.loss.value_or(std::nan(""));
    view.accuracy = round.accuracy.value_or(std::nan(""));
    view.balancedAccuracy = round.balancedAccuracy.value_or(std::nan(""));
    if (round.ownAccuracy)
        view.siteAccuracy.insert(site, *round.ownAccuracy);
    if (!round.confusion.empty())
    {
        QStringList classNames;
        for (const std::string &name : round.classNames)
            classNames << QString::fromStdString(name);
        long samples = 0;
        for (const std::vector<long> &row : round.confusion)
            for (const long count : row)
                samples += count;
        view.samples = samples;
        addClassFigures(view, round.confusion, classNames, round.baselineClass);
    }
    return view;
}

ui::SiteView siteViewOf(const net::SiteRound &round)
{
    ui::SiteView row;
    row.name = QString::fromStdString(round.site);
    row.state = round.answered  ? ui::SiteState::Answered
                : round.dropped ? ui::SiteState::Dropped
                                : ui::SiteState::NotSampled;
    row.samples = -1; // unchanged
    row.lastUpdate = QDateTime::currentDateTime();
    row.accuracy = round.ownAccuracy.value_or(std::nan(""));
    row.roundSeconds = round.seconds;
    return row;
}

ui::SiteView siteViewOf(const net::SiteUpdate &update)
{
    ui::SiteView row;
    row.name = QString::fromStdString(update.site);
    row.lastUpdate = QDateTime::currentDateTime();
    row.samples = update.samples > 0 ? update.samples : -1;
    switch (update.state)
    {
    case net::SiteUpdate::State::Joined:
        row.state = ui::SiteState::Joined;
        break;
    case net::SiteUpdate::State::Ready:
        row.state = ui::SiteState::Training;
        break;
    case net::SiteUpdate::State::Left:
        row.state = ui::SiteState::Left;
        break;
    }
    return row;
}

} // namespace cohort::app
