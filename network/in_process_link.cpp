#include "network/in_process_link.h"

#include <boost/asio/post.hpp>

#include "network/wire_messages.h"

namespace cohort::net
{

namespace asio = boost::asio;

std::pair<Link::Pointer, Link::Pointer>
InProcessLink::createPair(asio::io_context &context, const std::string &firstName,
                          const std::string &secondName)
{
    std::shared_ptr<InProcessLink> first(new InProcessLink(context, "in process: " + secondName));
    std::shared_ptr<InProcessLink> second(new InProcessLink(context, "in process: " + firstName));
    first->m_other = second;
    second->m_other = first;
    return {first, second};
}

InProcessLink::InProcessLink(asio::io_context &context, std::string peer)
    : m_strand(asio::make_strand(context))
    , m_peer(std::move(peer))
{
}

void InProcessLink::startLink(LinkHandlers handlers)
{
    asio::post(m_strand,
               [self = shared_from_this(), handlers = std::move(handlers)]() mutable
               {
                   if (self->m_closed)
                       return;
                   self->m_handlers = std::move(handlers);
                   self->m_started = true;
                   self->m_self = self;
                   while (!self->m_early.empty() && !self->m_closed)
                   {
                       auto [envelope, owned] = std::move(self->m_early.front());
                       self->m_early.pop_front();
                       self->deliver(std::move(envelope), owned);
                   }
               });
}

void InProcessLink::send(cohort::wire::Envelope envelope)
{
    const std::shared_ptr<InProcessLink> other = m_other.lock();
    if (!other)
        return;
    auto owned = std::make_shared<cohort::wire::Envelope>(std::move(envelope));
    asio::post(other->m_strand, [other, owned = std::move(owned)]() mutable
               { other->deliver(std::move(owned), true); });
}

void InProcessLink::sendShared(std::shared_ptr<const cohort::wire::Envelope> envelope)
{
    const std::shared_ptr<InProcessLink> other = m_other.lock();
    if (!other)
        return;
    asio::post(other->m_strand, [other, envelope = std::move(envelope)]() mutable
               { other->deliver(std::move(envelope), false); });
}

void InProcessLink::deliver(std::shared_ptr<const cohort::wire::Envelope> envelope, bool owned)
{
    if (m_closed)
        return;
    if (!m_started)
    {
        m_early.emplace_back(std::move(envelope), owned);
        return;
    }
    if (m_handlers.onSharedEnvelope)
        return m_handlers.onSharedEnvelope(shared_from_this(), std::move(envelope));
    if (!m_handlers.onEnvelope)
        return;
    // An envelope made by send() was never const and nobody else holds it: move it out.
    if (owned)
        m_handlers.onEnvelope(shared_from_this(),
                              std::move(const_cast<cohort::wire::Envelope &>(*envelope)));
    else
        m_handlers.onEnvelope(shared_from_this(), *envelope);
}

void InProcessLink::sendErrorAndClose(cohort::wire::ErrorReply::Code code,
                                      const engine::Reason &reason)
{
    cohort::wire::Envelope envelope;
    envelope.mutable_error()->set_code(code);
    setReason(*envelope.mutable_error(), reason);
    const std::string message = envelope.error().message();
    send(std::move(envelope));
    closeAfterWrites(message);
}

void InProcessLink::close(const std::string &reason)
{
    closeAfterWrites(reason);
}

void InProcessLink::closeAfterWrites(const std::string &reason)
{
    // What this end sent went to the other end's strand first, so the other end closes after
    // delivering it.
    if (const std::shared_ptr<InProcessLink> other = m_other.lock())
        asio::post(other->m_strand,
                   [other, reason] { other->closeOnStrand("the other end closed: " + reason); });
    asio::post(m_strand, [self = shared_from_this(), reason] { self->closeOnStrand(reason); });
}

void InProcessLink::closeOnStrand(const std::string &reason)
{
    if (m_closed)
        return;
    m_closed = true;
    m_early.clear();
    LinkHandlers handlers = std::move(m_handlers);
    m_handlers = {};
    const std::shared_ptr<InProcessLink> self = shared_from_this();
    m_self.reset();
    if (handlers.onClosed)
        handlers.onClosed(self, reason);
}

} // namespace cohort::net
