// Invitation: what a host hands a new site as one string a person can copy or read out — the
// hub's address, a one-time secret (128 random bits) and the fingerprint of the federation's
// authority. InvitationBook: the hub's record of the invitations it issued, each with its expiry
// and uses left, kept with mode 0600 beside the authority; the secret itself is never stored.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/reason.h"
#include "core/result.h"

namespace cohort::net
{

struct Invitation
{
    std::string host;
    unsigned short port = 0;
    std::string secret;      // kInvitationSecretLength characters of base32 (A-Z, 2-7)
    std::string fingerprint; // the authority's SHA-256, 64 lower-case hex digits
};

inline constexpr std::size_t kInvitationSecretLength = 26; // 128 bits in base32

/// "cohort://HOST:PORT/SECRET/FINGERPRINT" (an IPv6 host in brackets).
[[nodiscard]] std::string invitationText(const Invitation &invitation);
/// The invitation a text holds (spaces around it, and a secret in lower case, are fine), or
/// an InvalidInput error that says which part is wrong.
[[nodiscard]] engine::Result<Invitation> parseInvitation(const std::string &text);

/// RFC 4648 base32 without padding.
[[nodiscard]] std::string base32(const std::string &bytes);
/// HMAC-SHA256 of `message` under `key`, as 64 lower-case hex digits.
[[nodiscard]] engine::Result<std::string> hmacSha256Hex(const std::string &key,
                                                        const std::string &message);

/// What a site sends to prove it holds the invitation's secret without sending it: an HMAC,
/// under a key derived from the secret, of `channelBinding` (keying material both ends of the
/// TLS connection export, so a proof is good on this connection only).
[[nodiscard]] engine::Result<std::string> enrolmentProof(const std::string &secret,
                                                         const std::string &channelBinding);

class InvitationBook
{
public:
    using Clock = std::chrono::system_clock;

    /// The book kept in `file`; an empty book when the file does not exist yet.
    [[nodiscard]] static engine::Result<InvitationBook> open(std::filesystem::path file);

    /// A new invitation to `host`:`port`, good for `validFor` and `uses` enrolments; the book
    /// is saved before the invitation is returned.
    [[nodiscard]] engine::Result<Invitation> issue(const std::string &host, unsigned short port,
                                                   const std::string &fingerprint,
                                                   std::chrono::seconds validFor, int uses,
                                                   Clock::time_point now = Clock::now());

    /// Redeems the invitation whose secret made `proof` for `channelBinding`: nothing when it
    /// is accepted (one use is spent and saved), else why not (WrongInvitationSecret,
    /// InvitationExpired, InvitationUsedUp).
    [[nodiscard]] engine::Result<std::optional<engine::Reason>>
    redeem(const std::string &channelBinding, const std::string &proof,
           Clock::time_point now = Clock::now());

    /// Invitations still usable at `now`.
    [[nodiscard]] int usableCount(Clock::time_point now = Clock::now()) const;

private:
    struct Entry
    {
        std::string key; // derived from the secret (hex); enough to check a proof, not to show
        std::int64_t expiresAt = 0; // seconds since the epoch
        int usesLeft = 0;
    };

    explicit InvitationBook(std::filesystem::path file)
        : m_file(std::move(file))
    {
    }
    [[nodiscard]] engine::Result<void> save() const;

    std::filesystem::path m_file;
    std::vector<Entry> m_entries;
};

} // namespace cohort::net
