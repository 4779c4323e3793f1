// A model version as a file of its own (.cohortmodel, JSON), so that a user can move a model
// between machines or registries: everything the version holds except its links (parent, run,
// dataset), which mean nothing in another registry.
#pragma once

#include <string>

#include "core/result.h"
#include "store/model_registry.h"

namespace cohort::engine
{

/// Writes `version` to `path` atomically (a temporary file renamed into place).
[[nodiscard]] Result<void> writeVersionFile(const ModelVersionRecord &version,
                                            const std::string &path);

/// Reads a file written by writeVersionFile and checks that its spec, preprocessing and
/// weights fit together; the record comes back without id or links, ready for saveVersion.
[[nodiscard]] Result<ModelVersionRecord> readVersionFile(const std::string &path);

} // namespace cohort::engine
