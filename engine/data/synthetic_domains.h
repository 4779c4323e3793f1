// Synthetic, non-IID demo data for federated learning: three health domains whose sites differ
// in class mix (Dirichlet label skew), size (quantity skew) and features (per-site shift).
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "core/result.h"

namespace cohort::engine
{

/// How to generate one domain's federation. docs/synthetic_domains.md describes the model.
struct SyntheticOptions
{
    std::string domain; // "fitness" | "vitals" | "hospital"
    int sites = 4;
    std::uint64_t seed = 42;
    double alpha = 0.5;      // Dirichlet concentration of per-site label skew (smaller = more skew)
    int minRowsPerSite = 50; // quantity skew: each site's row count is uniform in [min, max]
    int maxRowsPerSite = 200;
    double featureShift = 1.0; // scales the per-site feature shift: 0 = none, at most 10
    int testRows = 1000;       // held-out test set: labels from the global prior, no site shift
};

/// What a domain's CSV files hold. The target is always the last column.
struct SyntheticDomainInfo
{
    std::string name;
    std::string target;
    std::string description;
    std::vector<std::string> columns; // all columns in file order, the target last
    std::vector<std::string> classes; // target values as written in the CSV
    bool multiClass = false;
};

/// The three domains: fitness, vitals and hospital.
[[nodiscard]] const std::vector<SyntheticDomainInfo> &syntheticDomains();

/// Paths and sizes of one generated federation.
struct GeneratedDomain
{
    std::vector<std::string> siteFiles; // <outDir>/site_1.csv ... site_N.csv
    std::string testFile;               // <outDir>/test.csv
    std::string target;
    std::vector<int> siteRows; // data rows per site, header not counted
};

/// Writes <outDir>/site_1.csv … site_N.csv and <outDir>/test.csv (creates outDir).
/// Deterministic for a seed.
[[nodiscard]] Result<GeneratedDomain> generateSyntheticDomain(const SyntheticOptions &options,
                                                              const std::string &outDir);

/// Streams `rows` rows of one domain (header first) to an ostream, for large benchmark files
/// (e.g. 200 MB). No site shift: the rows follow the same distribution as test.csv.
[[nodiscard]] Result<void> writeSyntheticRows(const std::string &domain, long rows,
                                              std::uint64_t seed, std::ostream &out);

} // namespace cohort::engine
