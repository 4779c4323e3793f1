// Which stored version the Evaluate and Explain pages start with for the open file: one that
// reads only columns the file has, the active one first, else the newest.
#pragma once

#include <QStringList>
#include <QVector>

#include "widgets/models_views.h"

namespace cohort::ui
{

/// The active version when it reads only columns of `fileColumns`, else the newest (highest
/// id) such version; without a match (or without a file) the active one, else the newest;
/// 0 when there are no versions.
[[nodiscard]] qint64 preferredVersion(const QVector<VersionView> &versions,
                                      const QStringList &fileColumns);

} // namespace cohort::ui
