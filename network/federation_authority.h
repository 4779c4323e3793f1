// FederationAuthority: a federation's own certificate authority, made by the host on first
// start and kept in its data folder (key mode 0600, never sent, never logged). It issues the
// hub's certificate and one per enrolled site, bound to the site's name. Ed25519 keys, X.509
// certificates, all through OpenSSL 3.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "core/result.h"

namespace cohort::net
{

/// What a certificate may do: a hub serves, a site connects, a peer does both.
enum class CertificateRole
{
    Hub,
    Site,
    Peer,
};

/// A private key and its certificate, both PEM.
struct Credentials
{
    std::string keyPem;
    std::string certificatePem;
};

/// A new Ed25519 key and a certificate request (PKCS#10, signed by that key) for `name`.
struct KeyAndRequest
{
    std::string keyPem;
    std::string requestPem;
};
[[nodiscard]] engine::Result<KeyAndRequest> makeKeyAndRequest(const std::string &name);

/// The SHA-256 of a PEM certificate's DER bytes, as 64 lower-case hex digits (what
/// `openssl x509 -noout -fingerprint -sha256` prints, without colons).
[[nodiscard]] engine::Result<std::string> certificateFingerprint(const std::string &pem);
/// The certificate's subject common name (for a site: its name in the federation).
[[nodiscard]] engine::Result<std::string> certificateName(const std::string &pem);
/// The certificate's serial number as hex (what a revocation names).
[[nodiscard]] engine::Result<std::string> certificateSerial(const std::string &pem);
/// Whether `certificatePem` was issued by the authority `authorityPem`, is valid now and may
/// act as `role`; the error says which of these fails.
[[nodiscard]] engine::Result<void> verifyIssuedBy(const std::string &certificatePem,
                                                  const std::string &authorityPem,
                                                  CertificateRole role);

class FederationAuthority
{
public:
    /// The authority kept in `folder` (authority.key, authority.pem), made there if the folder
    /// has none yet. `federation` names it in its certificate.
    [[nodiscard]] static engine::Result<FederationAuthority>
    openOrCreate(const std::filesystem::path &folder, const std::string &federation);

    [[nodiscard]] const std::string &certificatePem() const { return m_certificatePem; }
    /// certificateFingerprint() of the authority's own certificate: what an invitation carries.
    [[nodiscard]] const std::string &fingerprint() const { return m_fingerprint; }

    /// A certificate for the key that signed `requestPem`, named `name` (the request's own
    /// subject is ignored), valid for `days` days.
    [[nodiscard]] engine::Result<std::string> issue(const std::string &requestPem,
                                                    const std::string &name, CertificateRole role,
                                                    int days = 825) const;
    /// A key and certificate for `name` made here (the hub's own, or a peer's in a test).
    [[nodiscard]] engine::Result<Credentials> issueCredentials(const std::string &name,
                                                               CertificateRole role) const;

private:
    struct Key;
    FederationAuthority(std::shared_ptr<Key> key, std::string certificatePem,
                        std::string fingerprint);

    std::shared_ptr<Key> m_key; // the authority's private key, in memory only here
    std::string m_certificatePem;
    std::string m_fingerprint;
};

} // namespace cohort::net
