#include "network/invitation.h"

#include <algorithm>
#include <cctype>

#include <nlohmann/json.hpp>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include "network/openssl_handles.h"
#include "network/private_file.h"

namespace cohort::net
{

namespace
{

constexpr char kScheme[] = "cohort://";
constexpr std::size_t kSecretBytes = 16;
constexpr std::size_t kFingerprintLength = 64;
// Keys are derived from secrets with a label, so the same bytes never serve two purposes.
constexpr char kKeyLabel[] = "cohort invitation key v1";

engine::Error invalid(const std::string &message)
{
    return engine::makeError(engine::ErrorCode::InvalidInput, "the invitation " + message,
                             "copy the whole invitation again from the host");
}

bool isBase32(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= '2' && c <= '7');
}

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
}

std::string trimmed(const std::string &text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    const auto last = text.find_last_not_of(" \t\r\n");
    return first == std::string::npos ? std::string() : text.substr(first, last - first + 1);
}

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::string upper(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return text;
}

// The key an invitation's proofs are made with: HMAC(label, secret) in hex.
engine::Result<std::string> keyOf(const std::string &secret)
{
    return hmacSha256Hex(kKeyLabel, upper(secret));
}

} // namespace

std::string base32(const std::string &bytes)
{
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    std::string out;
    unsigned int buffer = 0;
    int bits = 0;
    for (const char c : bytes)
    {
        buffer = (buffer << 8) | static_cast<unsigned char>(c);
        bits += 8;
        while (bits >= 5)
        {
            out += kAlphabet[(buffer >> (bits - 5)) & 0x1f];
            bits -= 5;
        }
    }
    if (bits > 0)
        out += kAlphabet[(buffer << (5 - bits)) & 0x1f];
    return out;
}

engine::Result<std::string> hmacSha256Hex(const std::string &key, const std::string &message)
{
    unsigned char mac[EVP_MAX_MD_SIZE];
    std::size_t length = 0;
    if (!EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, key.data(), key.size(),
                   reinterpret_cast<const unsigned char *>(message.data()), message.size(), mac,
                   sizeof mac, &length))
        return cryptoError("cannot compute an HMAC");
    return hexOf(mac, length);
}

engine::Result<std::string> enrolmentProof(const std::string &secret,
                                           const std::string &channelBinding)
{
    engine::Result<std::string> key = keyOf(secret);
    if (!key)
        return key.error();
    return hmacSha256Hex(key.value(), channelBinding);
}

std::string invitationText(const Invitation &invitation)
{
    const bool ipv6 = invitation.host.find(':') != std::string::npos;
    return std::string(kScheme) + (ipv6 ? "[" + invitation.host + "]" : invitation.host) + ":"
           + std::to_string(invitation.port) + "/" + invitation.secret + "/"
           + invitation.fingerprint;
}

engine::Result<Invitation> parseInvitation(const std::string &text)
{
    const std::string whole = trimmed(text);
    if (whole.rfind(kScheme, 0) != 0)
        return invalid("does not start with " + std::string(kScheme));
    const std::string rest = whole.substr(sizeof kScheme - 1);
    const auto slash = rest.find('/');
    const auto secondSlash = slash == std::string::npos ? slash : rest.find('/', slash + 1);
    if (secondSlash == std::string::npos)
        return invalid("is cut short: it has an address, a secret and a fingerprint, each "
                       "after a '/'");
    const std::string address = rest.substr(0, slash);
    Invitation invitation;
    invitation.secret = upper(rest.substr(slash + 1, secondSlash - slash - 1));
    invitation.fingerprint = lower(rest.substr(secondSlash + 1));
    // host:port, or [v6 host]:port.
    const auto colon = address.rfind(':');
    if (colon == std::string::npos || colon == 0)
        return invalid("has no port after its address");
    invitation.host = address.substr(0, colon);
    if (invitation.host.size() >= 2 && invitation.host.front() == '['
        && invitation.host.back() == ']')
        invitation.host = invitation.host.substr(1, invitation.host.size() - 2);
    const std::string port = address.substr(colon + 1);
    const bool digits = !port.empty() && port.size() <= 5
                        && std::all_of(port.begin(), port.end(),
                                       [](unsigned char c) { return std::isdigit(c); });
    const long number = digits ? std::stol(port) : 0;
    if (number < 1 || number > 65535)
        return invalid("has a port that is not a number from 1 to 65535");
    invitation.port = static_cast<unsigned short>(number);
    if (invitation.secret.size() != kInvitationSecretLength
        || !std::all_of(invitation.secret.begin(), invitation.secret.end(), isBase32))
        return invalid("has a secret that is not " + std::to_string(kInvitationSecretLength)
                       + " letters and digits 2 to 7");
    if (invitation.fingerprint.size() != kFingerprintLength
        || !std::all_of(invitation.fingerprint.begin(), invitation.fingerprint.end(), isHex))
        return invalid("has a fingerprint that is not 64 hexadecimal digits");
    return invitation;
}

engine::Result<InvitationBook> InvitationBook::open(std::filesystem::path file)
{
    InvitationBook book(std::move(file));
    std::error_code failure;
    if (!std::filesystem::exists(book.m_file, failure))
        return book;
    engine::Result<std::string> text = readWholeFile(book.m_file);
    if (!text)
        return text.error();
    const nlohmann::json json = nlohmann::json::parse(text.value(), nullptr, false);
    if (!json.is_object() || !json.contains("invitations") || !json["invitations"].is_array())
    {
        engine::Error error = engine::makeError(engine::ErrorCode::InvalidInput,
                                                "the invitation book is damaged",
                                                "move it away; issue new invitations");
        error.file = book.m_file.string();
        return error;
    }
    for (const nlohmann::json &entry : json["invitations"])
    {
        if (!entry.is_object() || !entry.contains("key") || !entry["key"].is_string()
            || !entry.contains("expires_at") || !entry["expires_at"].is_number_integer()
            || !entry.contains("uses_left") || !entry["uses_left"].is_number_integer())
            continue;
        book.m_entries.push_back({entry["key"].get<std::string>(),
                                  entry["expires_at"].get<std::int64_t>(),
                                  entry["uses_left"].get<int>()});
    }
    return book;
}

engine::Result<Invitation> InvitationBook::issue(const std::string &host, unsigned short port,
                                                 const std::string &fingerprint,
                                                 std::chrono::seconds validFor, int uses,
                                                 Clock::time_point now)
{
    if (uses < 1 || validFor.count() < 1)
        return engine::makeError(engine::ErrorCode::InvalidInput,
                                 "an invitation is good for at least one use and one second");
    unsigned char random[kSecretBytes];
    if (RAND_bytes(random, sizeof random) != 1)
        return cryptoError("cannot draw an invitation's secret");
    Invitation invitation;
    invitation.host = host;
    invitation.port = port;
    invitation.secret = base32(std::string(reinterpret_cast<const char *>(random), sizeof random));
    invitation.fingerprint = fingerprint;
    OPENSSL_cleanse(random, sizeof random);
    engine::Result<std::string> key = keyOf(invitation.secret);
    if (!key)
        return key.error();
    const auto expires = std::chrono::duration_cast<std::chrono::seconds>(
                             (now + validFor).time_since_epoch())
                             .count();
    m_entries.push_back({std::move(key).value(), expires, uses});
    if (auto saved = save(); !saved)
    {
        m_entries.pop_back();
        return saved.error();
    }
    return invitation;
}

engine::Result<std::optional<engine::Reason>>
InvitationBook::redeem(const std::string &channelBinding, const std::string &proof,
                       Clock::time_point now)
{
    const auto seconds =
        std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count();
    for (Entry &entry : m_entries)
    {
        engine::Result<std::string> expected = hmacSha256Hex(entry.key, channelBinding);
        if (!expected)
            return expected.error();
        // Compared in constant time: how long a refusal takes says nothing about the proof.
        if (expected->size() != proof.size()
            || CRYPTO_memcmp(expected->data(), proof.data(), proof.size()) != 0)
            continue;
        if (seconds >= entry.expiresAt)
            return std::optional<engine::Reason>(
                engine::Reason{engine::ReasonCode::InvitationExpired, {}});
        if (entry.usesLeft < 1)
            return std::optional<engine::Reason>(
                engine::Reason{engine::ReasonCode::InvitationUsedUp, {}});
        --entry.usesLeft;
        if (auto saved = save(); !saved)
        {
            ++entry.usesLeft;
            return saved.error();
        }
        return std::optional<engine::Reason>();
    }
    return std::optional<engine::Reason>(
        engine::Reason{engine::ReasonCode::WrongInvitationSecret, {}});
}

int InvitationBook::usableCount(Clock::time_point now) const
{
    const auto seconds =
        std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count();
    return static_cast<int>(std::count_if(m_entries.begin(), m_entries.end(),
                                          [seconds](const Entry &entry)
                                          { return entry.usesLeft > 0 && entry.expiresAt > seconds; }));
}

engine::Result<void> InvitationBook::save() const
{
    nlohmann::json entries = nlohmann::json::array();
    for (const Entry &entry : m_entries)
        entries.push_back({{"key", entry.key},
                           {"expires_at", entry.expiresAt},
                           {"uses_left", entry.usesLeft}});
    return writePrivateFile(m_file, nlohmann::json{{"invitations", entries}}.dump(1) + "\n");
}

} // namespace cohort::net
