// How peers without a hub settle on one schema, one preprocessing and a starting model: from
// every neighbour's statistics at the start, or, for a peer joining a running federation, by
// adopting what a neighbour already agreed on together with its current model.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "data/preprocessor.h"
#include "fl/federated_preprocessing.h"
#include "fl/federation_schema.h"
#include "proto/cohort.pb.h"

namespace cohort::net
{

/// What a peer trains with after agreeing.
struct PeerAgreement
{
    engine::FederationSchema schema;
    engine::Preprocessor preprocessor;
    std::optional<std::vector<float>> model; // set when caught up from a running neighbour
    int completedRounds = 0;                 // rounds the federation had run before this peer
    std::string adoptedFrom;                 // the neighbour caught up from, if any
    int baselineClass = 0; // the majority class over the statistics this peer has seen
};

/// This peer's own contribution to an agreement.
struct OwnAgreementInput
{
    std::string name;
    engine::FederationSchema schema;
    engine::SiteSummary summary;
};

/// True when the hello comes from a peer that has already agreed (a running federation).
[[nodiscard]] bool helloCarriesAgreement(const cohort::wire::PeerHello &hello);

/// Agrees from the hellos received so far: adopts a running neighbour's agreement and model
/// when any hello carries one (the one with the fewest completed rounds, so that no neighbour
/// is left behind), else combines every peer's schema and statistics, sorted by name.
[[nodiscard]] engine::Result<PeerAgreement>
agreeWithNeighbours(const OwnAgreementInput &own,
                    const std::map<std::string, cohort::wire::PeerHello> &hellos);

/// Writes an agreement and the model after `completedRounds` into a hello for late joiners.
void describeAgreement(cohort::wire::PeerHello &hello, const engine::FederationSchema &schema,
                       const engine::Preprocessor &preprocessor, int completedRounds,
                       const std::vector<float> &model);

} // namespace cohort::net
