// Converts the registry's version records into the Models page's plain values: figures from
// the typed metrics record, model and training settings from the version's spec and run, rows
// and columns from its dataset and preprocessing.
#pragma once

#include <cstdint>
#include <optional>

#include <QVector>

#include "store/model_registry.h"
#include "widgets/models_views.h"

namespace cohort::app
{

/// What the registry records beside a version: the training run and dataset it came from.
struct VersionSources
{
    std::optional<engine::TrainingRunRecord> run;
    std::optional<engine::DatasetRecord> dataset;
};

/// One version as the Models page lists it; `active` is the registry's active version.
[[nodiscard]] ui::VersionView versionViewOf(const engine::ModelVersionRecord &version,
                                            std::optional<std::int64_t> active,
                                            const VersionSources &sources = {});

/// Every version in the registry with its run and dataset, newest first; reads no weights.
/// A run or dataset that cannot be read leaves its fields unrecorded.
[[nodiscard]] engine::Result<QVector<ui::VersionView>>
listVersionViews(engine::ModelRegistry &registry);

} // namespace cohort::app
