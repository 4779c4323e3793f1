// Link: one connection between two parties of a federation, whatever carries it: TCP frames
// today (FramedConnection), TLS next, or memory in the simulator (InProcessLink). Services
// talk to Links only, so the same hub, site and peer run over any of them.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include <boost/asio/io_context.hpp>

#include "core/reason.h"
#include "core/result.h"
#include "proto/cohort.pb.h"

namespace cohort::net
{

class Link;

struct LinkHandlers
{
    /// A well-formed Envelope arrived. Called on the link's strand, one at a time.
    std::function<void(const std::shared_ptr<Link> &, cohort::wire::Envelope)> onEnvelope;
    /// The link is closed, with why; called once.
    std::function<void(const std::shared_ptr<Link> &, const std::string &)> onClosed;
    /// Optional: takes a shared, read-only Envelope (a hub's broadcast in process) without a
    /// copy; when unset such envelopes are copied into onEnvelope.
    std::function<void(const std::shared_ptr<Link> &,
                       std::shared_ptr<const cohort::wire::Envelope>)>
        onSharedEnvelope;
};

class Link
{
public:
    using Pointer = std::shared_ptr<Link>;

    virtual ~Link() = default;

    /// Starts delivering to `handlers`. Call once.
    virtual void startLink(LinkHandlers handlers) = 0;
    /// Queues an Envelope for sending; safe from any thread.
    virtual void send(cohort::wire::Envelope envelope) = 0;
    /// Queues an Envelope that other links send too (a broadcast), without copying it where
    /// the transport allows; safe from any thread.
    virtual void sendShared(std::shared_ptr<const cohort::wire::Envelope> envelope)
    {
        send(*envelope);
    }
    /// Sends a typed error and its reason, then closes once it is on its way.
    virtual void sendErrorAndClose(cohort::wire::ErrorReply::Code code,
                                   const engine::Reason &reason) = 0;
    /// Closes now; safe from any thread; `reason` reaches onClosed.
    virtual void close(const std::string &reason) = 0;
    /// Closes once everything queued so far is sent (a goodbye, say); safe from any thread.
    virtual void closeAfterWrites(const std::string &reason) = 0;
    /// Incoming frames larger than `bytes` close the link from now on (a hub accepts only
    /// small frames before Hello); transports without frames ignore it. Any thread.
    virtual void setFrameLimit(std::uint32_t /*bytes*/) {}
    /// Where the other end is, for logs ("127.0.0.1:51234", "in process").
    [[nodiscard]] virtual const std::string &peer() const = 0;
};

using LinkReady = std::function<void(engine::Result<Link::Pointer>)>;
/// Makes a new link to a hub or peer and hands it over unstarted (or says why it could not).
using LinkConnector = std::function<void(LinkReady)>;

/// A connector for TCP to host:port, each attempt bounded by `timeout`.
[[nodiscard]] LinkConnector tcpConnector(boost::asio::io_context &context, std::string host,
                                         unsigned short port, std::chrono::milliseconds timeout);

} // namespace cohort::net
