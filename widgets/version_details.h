// How a stored model version reads to people: its name with its round, its properties (origin,
// figures, training settings, data) as rounded, localised text, and its details as HTML.
#pragma once

#include "widgets/models_views.h"

#include <QString>
#include <QVector>

namespace cohort::ui
{

/// One line of a version's description: what it is, and its value as displayed.
struct VersionProperty
{
    QString label;
    QString value;
    /// False for what tells versions apart (name, creation time, parent) rather than
    /// describing the model: a comparison does not highlight those.
    bool comparable = true;
};

/// A number as people read it, in the user's locale: at most six significant digits, no
/// trailing zeros and no exponent (163.59999999999997 reads 163.6, 0.00001 reads 0.00001).
[[nodiscard]] QString humanNumber(double value);
/// The version's name with its round, e.g. "demo vitals, 16:20:05 — round 7".
[[nodiscard]] QString versionDisplayName(const VersionView &version);
/// Every property a comparison lists, in a fixed order; "–" where nothing is recorded.
[[nodiscard]] QVector<VersionProperty> versionProperties(const VersionView &version);
/// The details of one version as HTML (escaped), for the details pane.
[[nodiscard]] QString versionDetailsHtml(const VersionView &version);
/// A run's summary above its newest version's details: how many rounds, which versions.
[[nodiscard]] QString runDetailsHtml(const QString &runName, const QVector<VersionView> &versions);

} // namespace cohort::ui
