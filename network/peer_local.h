// PeerService's own rows and what it derives from them; only its work lane touches them once
// the run has started.
#pragma once

#include <optional>
#include <string>

#include "data/preprocessor.h"
#include "fl/federated_preprocessing.h"
#include "fl/federation_schema.h"
#include "fl/local_participant.h"
#include "network/peer_service.h"

namespace cohort::net
{

struct PeerService::Local
{
    engine::FederationSchema schema; // this peer's own, from its file
    std::string schemaJson;          // the same, as its hellos carry it
    engine::SiteSummary summary;
    std::optional<engine::LocalParticipant> participant;
    engine::FederationSchema agreed; // the schema all peers share
    std::optional<engine::Preprocessor> preprocessor;
};

} // namespace cohort::net
