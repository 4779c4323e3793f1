// The federated part of `cohort-cli demo`: a hub in this process and one site process per
// generated site file on 127.0.0.1, with a line per round as it is evaluated.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"
#include "data/synthetic_domains.h"
#include "model/trained_model.h"
#include "network/hub_service.h"

namespace cohort::app
{

struct FederatedDemoSettings
{
    int rounds = 20;
    std::uint64_t seed = 42;
    std::string strategy = "fedavg";
    std::string folder; // where the domain's files are; site logs go there too
    std::string db;
    bool printRounds = true; // one plain-words line per round on standard output
    bool peerToPeer = false; // peers on a full mesh instead of a hub and sites
};

struct FederatedDemoResult
{
    std::vector<net::RoundReport> rounds;
    std::int64_t finalVersion = 0;
};

[[nodiscard]] engine::Result<FederatedDemoResult>
runFederatedDemo(const engine::GeneratedDomain &domain, const FederatedDemoSettings &settings);

/// One plain-words line for an evaluated round, as the demo and the simulator print it.
void printRoundLine(const net::RoundReport &round);

/// Concatenates the sites' files (one header) for the centralized comparison.
[[nodiscard]] engine::Result<void> poolSiteFiles(const std::vector<std::string> &files,
                                                 const std::string &pooled);

/// Accuracy over every row of a test file; rows of classes the model never saw count as
/// wrong, so that site-only models are compared fairly with models that know every class.
[[nodiscard]] engine::Result<double> accuracyOnAllRows(const engine::TrainedModel &model,
                                                       const std::string &path);

} // namespace cohort::app
