#include "network/in_process_link.h"

#include <boost/asio/post.hpp>

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
                       cohort::wire::Envelope envelope = std::move(self->m_early.front());
                       self->m_early.pop_front();
                       self->deliver(std::move(envelope));
                   }
               });
}

void InProcessLink::send(cohort::wire::Envelope envelope)
{
    const std::shared_ptr<InProcessLink> other = m_other.lock();
    if (!other)
        return;
    asio::post(other->m_strand, [other, envelope = std::move(envelope)]() mutable
               { other->deliver(std::move(envelope)); });
}

void InProcessLink::deliver(cohort::wire::Envelope envelope)
{
    if (m_closed)
        return;
    if (!m_started)
        return m_early.push_back(std::move(envelope));
    if (m_handlers.onEnvelope)
        m_handlers.onEnvelope(shared_from_this(), std::move(envelope));
}

void InProcessLink::sendErrorAndClose(cohort::wire::ErrorReply::Code code,
                                      const std::string &message)
{
    cohort::wire::Envelope envelope;
    envelope.mutable_error()->set_code(code);
    envelope.mutable_error()->set_message(message);
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
