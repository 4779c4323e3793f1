#include "network/connection_admission.h"

namespace cohort::net
{

std::string addressOf(const std::string &peer)
{
    const std::size_t colon = peer.rfind(':');
    const bool port = colon != std::string::npos && colon + 1 < peer.size()
                      && peer.find_first_not_of("0123456789", colon + 1) == std::string::npos;
    if (!port)
        return peer;
    std::string address = peer.substr(0, colon);
    if (address.size() >= 2 && address.front() == '[' && address.back() == ']')
        address = address.substr(1, address.size() - 2);
    return address;
}

std::optional<engine::Reason> ConnectionAdmission::admit(const std::string &peer)
{
    const std::string address = addressOf(peer);
    if (m_open >= m_limits.total)
        return engine::Reason{engine::ReasonCode::HubFull, {std::to_string(m_open)}};
    std::size_t &fromAddress = m_byAddress[address];
    if (fromAddress >= m_limits.perAddress)
        return engine::Reason{engine::ReasonCode::TooManyFromAddress,
                              {address, std::to_string(fromAddress)}};
    ++fromAddress;
    ++m_open;
    return std::nullopt;
}

void ConnectionAdmission::release(const std::string &peer)
{
    const auto found = m_byAddress.find(addressOf(peer));
    if (found == m_byAddress.end())
        return;
    if (--found->second == 0)
        m_byAddress.erase(found);
    if (m_open > 0)
        --m_open;
}

} // namespace cohort::net
