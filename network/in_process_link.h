// InProcessLink: one end of a link whose messages never leave the process, for the simulator
// and the services' tests. Envelopes are handed to the other end's strand as they are (no
// frames, no sockets); closing one end closes the other after what was sent before it.
#pragma once

#include <deque>
#include <memory>
#include <string>
#include <utility>

#include <boost/asio/io_context.hpp>
#include <boost/asio/strand.hpp>

#include "network/link.h"

namespace cohort::net
{

class InProcessLink final : public Link, public std::enable_shared_from_this<InProcessLink>
{
public:
    /// Two connected ends, each on a strand of its own; `first` sees `secondName` as its peer.
    [[nodiscard]] static std::pair<Link::Pointer, Link::Pointer>
    createPair(boost::asio::io_context &context, const std::string &firstName,
               const std::string &secondName);

    void startLink(LinkHandlers handlers) override;
    void send(cohort::wire::Envelope envelope) override;
    void sendShared(std::shared_ptr<const cohort::wire::Envelope> envelope) override;
    void sendErrorAndClose(cohort::wire::ErrorReply::Code code,
                           const engine::Reason &reason) override;
    void close(const std::string &reason) override;
    void closeAfterWrites(const std::string &reason) override;
    [[nodiscard]] const std::string &peer() const override { return m_peer; }

private:
    InProcessLink(boost::asio::io_context &context, std::string peer);

    /// `owned`: nobody else holds the envelope, so it may be moved out rather than copied.
    void deliver(std::shared_ptr<const cohort::wire::Envelope> envelope, bool owned);
    void closeOnStrand(const std::string &reason);

    boost::asio::strand<boost::asio::io_context::executor_type> m_strand;
    std::weak_ptr<InProcessLink> m_other;
    std::string m_peer;
    LinkHandlers m_handlers;              // the strand's
    std::deque<std::pair<std::shared_ptr<const cohort::wire::Envelope>, bool>> m_early;
    // A started end lives until it is closed, as a socket with a read pending does.
    std::shared_ptr<InProcessLink> m_self;
    bool m_started = false;
    bool m_closed = false;
};

} // namespace cohort::net
