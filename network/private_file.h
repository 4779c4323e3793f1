// Files that hold secrets (private keys, invitation records): written whole or not at all,
// readable by their owner only (mode 0600) from the moment they exist.
#pragma once

#include <filesystem>
#include <string>

#include "core/result.h"

namespace cohort::net
{

/// Writes `contents` to `path` with mode 0600 (through a temporary file in the same folder,
/// then a rename, so a crash leaves the old file or the new one, never half of one).
[[nodiscard]] engine::Result<void> writePrivateFile(const std::filesystem::path &path,
                                                    const std::string &contents);

/// Writes a file others may read (a certificate): mode 0644, written whole as above.
[[nodiscard]] engine::Result<void> writePublicFile(const std::filesystem::path &path,
                                                   const std::string &contents);

/// The whole file, or why not.
[[nodiscard]] engine::Result<std::string> readWholeFile(const std::filesystem::path &path);

} // namespace cohort::net
