// ConnectionAdmission: how many connections a listening service holds, in all and per remote
// address, so that one machine (or a flood) cannot take every file descriptor.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>

#include "core/reason.h"

namespace cohort::net
{

struct AdmissionLimits
{
    std::size_t total = 512;      // open connections at most
    std::size_t perAddress = 128; // from one IP address at most
};

class ConnectionAdmission final
{
public:
    explicit ConnectionAdmission(AdmissionLimits limits = {})
        : m_limits(limits)
    {
    }

    /// Counts a new connection from `peer` ("address:port"), or says why it is refused.
    [[nodiscard]] std::optional<engine::Reason> admit(const std::string &peer);
    /// A connection admitted from `peer` closed.
    void release(const std::string &peer);
    [[nodiscard]] std::size_t open() const { return m_open; }

private:
    AdmissionLimits m_limits;
    std::map<std::string, std::size_t> m_byAddress;
    std::size_t m_open = 0;
};

/// The address part of "address:port" (IPv6 "[::1]:80" too); the text itself otherwise.
[[nodiscard]] std::string addressOf(const std::string &peer);

} // namespace cohort::net
