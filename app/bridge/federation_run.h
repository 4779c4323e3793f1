// FederationRun: one run's network side, the runtime and the service it drives. The controller
// hands it to its background thread to tear down: the runtime stops first, so no network
// handler outlives the service it calls into.
#pragma once

#include <memory>

#include "network/hub_service.h"
#include "network/io_runtime.h"
#include "network/peer_service.h"
#include "network/site_service.h"

namespace cohort::app
{

struct FederationRun
{
    std::unique_ptr<net::IoRuntime> runtime = std::make_unique<net::IoRuntime>();
    std::unique_ptr<net::HubService> hub;
    std::unique_ptr<net::SiteService> site;
    std::unique_ptr<net::PeerService> peer;

    FederationRun() = default;
    FederationRun(const FederationRun &) = delete;
    FederationRun &operator=(const FederationRun &) = delete;
    ~FederationRun()
    {
        runtime->stop();
        hub.reset();
        site.reset();
        peer.reset();
    }
};

} // namespace cohort::app
