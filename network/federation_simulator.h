// FederationSimulator: a whole hub federation in one process: the hub's round logic and N
// sites, each with its own rows and LocalParticipant, over in-process links (no sockets), with
// training on one shared work queue. What an analyst uses to compare strategies and non-IID
// settings at a scale no set of processes reaches.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/result.h"
#include "data/synthetic_domains.h"
#include "fl/aggregation_strategy.h"
#include "network/hub_service.h"
#include "network/log_event.h"

namespace cohort::net
{

struct SimulationSettings
{
    int rounds = 20;
    double fraction = 1.0; // share of sites sampled per round
    engine::StrategyConfig strategy;
    std::uint64_t seed = 42;
    int localEpochs = 5;
    int workThreads = 2;     // threads that train and evaluate, shared by every site
    std::string dbPath;      // the hub's registry (every round is a version)
    std::string runName = "simulation";
    std::chrono::milliseconds deadline{600000}; // in process nothing is lost: rounds wait
    std::function<void(const RoundReport &)> onRound;
    /// The hub's and the sites' log events, their source "hub" or "site_3"; any thread;
    /// optional.
    LogSink onLog;
};

struct SimulatedRound
{
    RoundReport report;
    // The sites' local work while the round ran, added up: their fits for it and their
    // evaluations of the round before.
    double fitSeconds = 0.0;
};

struct SimulationResult
{
    std::vector<SimulatedRound> rounds;
    std::int64_t finalVersion = 0;
    double wallSeconds = 0.0;    // from the first site joining to the last round stored
    double setupSeconds = 0.0;   // reading the sites' files and preparing them
    int workThreads = 0;
};

/// Runs the generated domain's sites against a hub, all in this process.
[[nodiscard]] engine::Result<SimulationResult>
runSimulation(const engine::GeneratedDomain &domain, const SimulationSettings &settings);

/// This process's peak resident memory so far, in MiB (VmHWM), or NaN where unknown.
[[nodiscard]] double peakResidentMib();

} // namespace cohort::net
