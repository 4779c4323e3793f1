#include "network/peer_discovery.h"

#include <sstream>

#include <boost/asio/ip/multicast.hpp>
#include <boost/asio/post.hpp>

namespace cohort::net
{

namespace asio = boost::asio;
using asio::ip::udp;

namespace
{

constexpr const char *kMagic = "COHORT-PEER/1";

} // namespace

PeerDiscovery::Pointer PeerDiscovery::create(asio::io_context &context, DiscoveryOptions options,
                                             FoundCallback onFound)
{
    return Pointer(new PeerDiscovery(context, std::move(options), std::move(onFound)));
}

PeerDiscovery::PeerDiscovery(asio::io_context &context, DiscoveryOptions options,
                             FoundCallback onFound)
    : m_options(std::move(options))
    , m_onFound(std::move(onFound))
    , m_receiver(context)
    , m_sender(context)
    , m_timer(context)
    , m_announcement(announcement(m_options))
{
}

std::string PeerDiscovery::announcement(const DiscoveryOptions &options)
{
    return std::string(kMagic) + " " + options.federation + " " + options.peerName + " "
           + std::to_string(options.tcpPort);
}

bool PeerDiscovery::parseAnnouncement(const std::string &text, const std::string &federation,
                                      std::string &name, unsigned short &port)
{
    std::istringstream in(text);
    std::string magic;
    std::string group;
    unsigned int value = 0;
    std::string rest;
    if (!(in >> magic >> group >> name >> value) || (in >> rest))
        return false;
    if (magic != kMagic || group != federation || value == 0 || value > 65535)
        return false;
    port = static_cast<unsigned short>(value);
    return true;
}

engine::Result<void> PeerDiscovery::start()
{
    boost::system::error_code error;
    const auto group = asio::ip::make_address_v4(m_options.group, error);
    const auto local = error ? asio::ip::address_v4()
                             : asio::ip::make_address_v4(m_options.interfaceAddress, error);
    if (error || !group.is_multicast())
        return engine::makeError(engine::ErrorCode::InvalidInput,
                                 "discovery needs an IPv4 multicast group and interface address",
                                 m_options.group + " on " + m_options.interfaceAddress);
    m_receiver.open(udp::v4(), error);
    if (!error)
        m_receiver.set_option(asio::socket_base::reuse_address(true), error);
    if (!error)
        m_receiver.bind(udp::endpoint(asio::ip::address_v4::any(), m_options.udpPort), error);
    if (!error)
        m_receiver.set_option(asio::ip::multicast::join_group(group, local), error);
    if (!error)
        m_sender.open(udp::v4(), error);
    if (!error)
        m_sender.set_option(asio::ip::multicast::outbound_interface(local), error);
    if (!error)
        m_sender.set_option(asio::ip::multicast::enable_loopback(true), error);
    if (error)
        return engine::makeError(engine::ErrorCode::Io,
                                 "could not join the discovery group " + m_options.group + ":"
                                     + std::to_string(m_options.udpPort),
                                 error.message());
    startReceive();
    startAnnounce();
    return {};
}

void PeerDiscovery::stop()
{
    asio::post(m_receiver.get_executor(),
               [self = shared_from_this()]
               {
                   boost::system::error_code ignored;
                   self->m_timer.cancel();
                   self->m_receiver.close(ignored);
                   self->m_sender.close(ignored);
               });
}

void PeerDiscovery::startReceive()
{
    m_receiver.async_receive_from(
        asio::buffer(m_buffer), m_from,
        [self = shared_from_this()](const boost::system::error_code &error, std::size_t size)
        {
            if (error)
                return; // closed by stop(), or the socket failed: discovery simply ends
            DiscoveredPeer peer;
            if (parseAnnouncement(std::string(self->m_buffer.data(), size),
                                  self->m_options.federation, peer.name, peer.port)
                && peer.name != self->m_options.peerName)
            {
                peer.host = self->m_from.address().to_string();
                self->m_onFound(peer);
            }
            self->startReceive();
        });
}

void PeerDiscovery::startAnnounce()
{
    const udp::endpoint target(asio::ip::make_address_v4(m_options.group), m_options.udpPort);
    m_sender.async_send_to(
        asio::buffer(m_announcement), target,
        [self = shared_from_this()](const boost::system::error_code &error, std::size_t)
        {
            if (error == asio::error::operation_aborted)
                return;
            self->m_timer.expires_after(self->m_options.interval);
            self->m_timer.async_wait(
                [self](const boost::system::error_code &waitError)
                {
                    if (!waitError)
                        self->startAnnounce();
                });
        });
}

} // namespace cohort::net
