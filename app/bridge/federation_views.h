// Converts the network layer's federation events into the Federation page's plain values.
#pragma once

#include "network/hub_service.h"
#include "network/site_service.h"
#include "widgets/federation_views.h"

namespace cohort::app
{

/// The round as the page's charts and timeline show it.
/// With the federation's class names, the view carries the baseline and each class's hit rate.
[[nodiscard]] ui::RoundView roundViewOf(const net::RoundReport &report,
                                        const QStringList &classNames = {});

/// The sites table rows a finished round changes: who answered (with accuracy and round time)
/// and who was dropped.
[[nodiscard]] QVector<ui::SiteView> siteViewsOf(const net::RoundReport &report);

/// A site's arrival, readiness or departure as a sites table row.
[[nodiscard]] ui::SiteView siteViewOf(const net::SiteUpdate &update);

/// A joined site's own row, once the hub has admitted it.
[[nodiscard]] ui::SiteView joinedSiteView(const std::string &site, std::int64_t trainRows);

/// A round as a joined site knows it: the federation's figures and this site's own accuracy.
[[nodiscard]] ui::RoundView roundViewOf(const net::SiteRound &round);

/// A joined site's own row after a round: answered (with its accuracy) or dropped.
[[nodiscard]] ui::SiteView siteViewOf(const net::SiteRound &round);

} // namespace cohort::app
