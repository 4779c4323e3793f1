// Finding peers on the local network without a list: every peer announces its name and TCP
// port on a UDP multicast group once a second and reports the announcements of others.
// Off by default; one federation name keeps separate federations on one network apart.
#pragma once

#include <array>
#include <chrono>
#include <functional>
#include <memory>
#include <string>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/udp.hpp>
#include <boost/asio/steady_timer.hpp>

#include "core/result.h"

namespace cohort::net
{

struct DiscoveryOptions
{
    std::string federation = "cohort"; // only announcements with this name are reported
    std::string peerName;              // this peer; its own announcements are ignored
    unsigned short tcpPort = 0;        // where this peer listens for model exchange
    std::string group = "239.255.77.77";
    unsigned short udpPort = 47474;
    std::string interfaceAddress = "127.0.0.1"; // the IPv4 address to announce and listen on
    std::chrono::milliseconds interval{1000};
};

/// One peer found by its announcement: name, and the address to connect to.
struct DiscoveredPeer
{
    std::string name;
    std::string host;
    unsigned short port = 0;
};

class PeerDiscovery final : public std::enable_shared_from_this<PeerDiscovery>
{
public:
    using Pointer = std::shared_ptr<PeerDiscovery>;
    using FoundCallback = std::function<void(const DiscoveredPeer &)>;

    /// `onFound` runs on the io_context's thread for every announcement, repeats included.
    [[nodiscard]] static Pointer create(boost::asio::io_context &context, DiscoveryOptions options,
                                        FoundCallback onFound);
    /// Joins the group and starts announcing; a socket error comes back as the Result.
    [[nodiscard]] engine::Result<void> start();
    /// Stops announcing and listening; safe from any thread.
    void stop();

    /// The text of one announcement, and its inverse (false for anything else).
    [[nodiscard]] static std::string announcement(const DiscoveryOptions &options);
    [[nodiscard]] static bool parseAnnouncement(const std::string &text,
                                                const std::string &federation, std::string &name,
                                                unsigned short &port);

private:
    PeerDiscovery(boost::asio::io_context &context, DiscoveryOptions options,
                  FoundCallback onFound);
    void startReceive();
    void startAnnounce();

    DiscoveryOptions m_options;
    FoundCallback m_onFound;
    boost::asio::ip::udp::socket m_receiver;
    boost::asio::ip::udp::socket m_sender;
    boost::asio::steady_timer m_timer;
    boost::asio::ip::udp::endpoint m_from;
    std::array<char, 512> m_buffer{};
    std::string m_announcement;
};

} // namespace cohort::net
