#include "network/federation_authority.h"

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <sys/stat.h>

#include "network/openssl_handles.h"
#include "network/private_file.h"

namespace cohort::net
{

namespace
{

constexpr char kKeyFile[] = "authority.key";
constexpr char kCertificateFile[] = "authority.pem";
constexpr int kAuthorityDays = 3650;
constexpr std::size_t kMaxNameBytes = 64;

engine::Error invalid(const std::string &message)
{
    return engine::makeError(engine::ErrorCode::InvalidInput, message);
}

PKey newKey()
{
    return PKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
}

// A name a certificate may carry: what sites are called in logs and tables.
bool usableName(const std::string &name)
{
    if (name.empty() || name.size() > kMaxNameBytes)
        return false;
    for (const char c : name)
    {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7f)
            return false;
    }
    return true;
}

bool addExtension(X509 *certificate, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    if (!extension)
        return false;
    const bool added = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

const char *extendedUsage(CertificateRole role)
{
    switch (role)
    {
    case CertificateRole::Hub:
        return "serverAuth";
    case CertificateRole::Site:
        return "clientAuth";
    case CertificateRole::Peer:
        break;
    }
    return "serverAuth,clientAuth";
}

// A certificate for `subjectKey` named `name`, signed by `issuerKey`; self-signed (an
// authority's own) when `issuer` is null. A random 127-bit serial number.
engine::Result<Cert> makeCertificate(EVP_PKEY *subjectKey, const std::string &name, X509 *issuer,
                                     EVP_PKEY *issuerKey, bool authority, CertificateRole role,
                                     int days)
{
    Cert certificate(X509_new());
    unsigned char serialBytes[16];
    if (!certificate || RAND_bytes(serialBytes, sizeof serialBytes) != 1)
        return cryptoError("cannot make a certificate");
    serialBytes[0] &= 0x7f; // positive
    const BigNumber serial(BN_bin2bn(serialBytes, sizeof serialBytes, nullptr));
    X509 *c = certificate.get();
    X509_NAME *subject = X509_get_subject_name(c);
    const bool made =
        serial && X509_set_version(c, 2) == 1
        && BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(c)) != nullptr
        && X509_gmtime_adj(X509_getm_notBefore(c), -300) != nullptr
        && X509_gmtime_adj(X509_getm_notAfter(c), static_cast<long>(days) * 86400L) != nullptr
        && X509_set_pubkey(c, subjectKey) == 1
        && X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(name.c_str()), -1,
                                      -1, 0)
               == 1
        && X509_set_issuer_name(c, issuer ? X509_get_subject_name(issuer) : subject) == 1;
    if (!made)
        return cryptoError("cannot make a certificate");
    X509 *signer = issuer ? issuer : c;
    const bool extended =
        authority ? addExtension(c, signer, NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
                        && addExtension(c, signer, NID_key_usage, "critical,keyCertSign,cRLSign")
                        && addExtension(c, signer, NID_subject_key_identifier, "hash")
                  : addExtension(c, signer, NID_basic_constraints, "critical,CA:FALSE")
                        && addExtension(c, signer, NID_key_usage, "critical,digitalSignature")
                        && addExtension(c, signer, NID_ext_key_usage, extendedUsage(role))
                        && addExtension(c, signer, NID_subject_key_identifier, "hash")
                        && addExtension(c, signer, NID_authority_key_identifier, "keyid:always");
    // Ed25519 signs the whole certificate itself: no separate digest.
    if (!extended || X509_sign(c, issuerKey, nullptr) <= 0)
        return cryptoError("cannot sign a certificate");
    return certificate;
}

engine::Result<std::string> fingerprintOf(X509 *certificate)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (X509_digest(certificate, EVP_sha256(), digest, &length) != 1)
        return cryptoError("cannot take a certificate's fingerprint");
    return hexOf(digest, length);
}

} // namespace

struct FederationAuthority::Key
{
    PKey key;
    Cert certificate;
};

engine::Result<KeyAndRequest> makeKeyAndRequest(const std::string &name)
{
    if (!usableName(name))
        return invalid("a name in a certificate has 1 to 64 characters and no control "
                       "characters");
    PKey key = newKey();
    Request request(X509_REQ_new());
    if (!key || !request)
        return cryptoError("cannot make a key");
    X509_NAME *subject = X509_REQ_get_subject_name(request.get());
    const bool made =
        X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(name.c_str()), -1, -1,
                                   0)
            == 1
        && X509_REQ_set_pubkey(request.get(), key.get()) == 1
        && X509_REQ_sign(request.get(), key.get(), nullptr) > 0;
    if (!made)
        return cryptoError("cannot make a certificate request");
    engine::Result<std::string> keyPem = privateKeyPem(key.get());
    engine::Result<std::string> requestPem = requestPemOf(request.get());
    if (!keyPem)
        return keyPem.error();
    if (!requestPem)
        return requestPem.error();
    return KeyAndRequest{std::move(keyPem).value(), std::move(requestPem).value()};
}

engine::Result<std::string> certificateFingerprint(const std::string &pem)
{
    const Cert certificate = certificateOf(pem);
    if (!certificate)
        return invalid("not a PEM certificate");
    return fingerprintOf(certificate.get());
}

engine::Result<std::string> certificateName(const std::string &pem)
{
    const Cert certificate = certificateOf(pem);
    if (!certificate)
        return invalid("not a PEM certificate");
    return commonNameOf(certificate.get());
}

engine::Result<std::string> certificateSerial(const std::string &pem)
{
    const Cert certificate = certificateOf(pem);
    if (!certificate)
        return invalid("not a PEM certificate");
    return serialOf(certificate.get());
}

engine::Result<void> verifyIssuedBy(const std::string &certificatePem,
                                    const std::string &authorityPem, CertificateRole role)
{
    const Cert certificate = certificateOf(certificatePem);
    const Cert authority = certificateOf(authorityPem);
    if (!certificate || !authority)
        return invalid("not a PEM certificate");
    const Store store(X509_STORE_new());
    const StoreContext context(X509_STORE_CTX_new());
    if (!store || !context || X509_STORE_add_cert(store.get(), authority.get()) != 1
        || X509_STORE_CTX_init(context.get(), store.get(), certificate.get(), nullptr) != 1)
        return cryptoError("cannot check a certificate");
    X509_STORE_CTX_set_purpose(context.get(), role == CertificateRole::Hub
                                                  ? X509_PURPOSE_SSL_SERVER
                                                  : X509_PURPOSE_SSL_CLIENT);
    if (X509_verify_cert(context.get()) != 1)
        return invalid(std::string("the certificate is not valid for this federation: ")
                       + X509_verify_cert_error_string(X509_STORE_CTX_get_error(context.get())));
    return {};
}

FederationAuthority::FederationAuthority(std::shared_ptr<Key> key, std::string certificatePem,
                                         std::string fingerprint)
    : m_key(std::move(key))
    , m_certificatePem(std::move(certificatePem))
    , m_fingerprint(std::move(fingerprint))
{
}

engine::Result<FederationAuthority>
FederationAuthority::openOrCreate(const std::filesystem::path &folder,
                                  const std::string &federation)
{
    const std::filesystem::path keyPath = folder / kKeyFile;
    const std::filesystem::path certificatePath = folder / kCertificateFile;
    std::error_code failure;
    const bool hasKey = std::filesystem::exists(keyPath, failure);
    const bool hasCertificate = std::filesystem::exists(certificatePath, failure);
    auto key = std::make_shared<Key>();
    if (hasKey || hasCertificate)
    {
        // Half an authority is never completed: a new key would orphan every site's certificate.
        if (!hasKey || !hasCertificate)
        {
            engine::Error error = engine::makeError(
                engine::ErrorCode::InvalidInput,
                "the federation's authority is incomplete (authority.key and authority.pem go "
                "together)",
                "restore the missing file from a backup");
            error.file = folder.string();
            return error;
        }
        engine::Result<std::string> keyPem = readWholeFile(keyPath);
        engine::Result<std::string> certificatePem = readWholeFile(certificatePath);
        if (!keyPem)
            return keyPem.error();
        if (!certificatePem)
            return certificatePem.error();
        key->key = privateKeyOf(keyPem.value());
        key->certificate = certificateOf(certificatePem.value());
        if (!key->key || !key->certificate
            || X509_check_private_key(key->certificate.get(), key->key.get()) != 1)
        {
            engine::Error error = invalid("the federation's authority files do not belong together");
            error.file = folder.string();
            return error;
        }
    }
    else
    {
        if (!usableName(federation))
            return invalid("a federation's name has 1 to 64 characters and no control characters");
        std::filesystem::create_directories(folder, failure);
        ::chmod(folder.c_str(), S_IRWXU); // the folder holds keys: its owner's only
        key->key = newKey();
        if (!key->key)
            return cryptoError("cannot make the federation's key");
        engine::Result<Cert> certificate =
            makeCertificate(key->key.get(), "Cohort federation " + federation, nullptr,
                            key->key.get(), true, CertificateRole::Hub, kAuthorityDays);
        if (!certificate)
            return certificate.error();
        key->certificate = std::move(certificate).value();
        engine::Result<std::string> keyPem = privateKeyPem(key->key.get());
        engine::Result<std::string> certificatePem = certificatePemOf(key->certificate.get());
        if (!keyPem)
            return keyPem.error();
        if (!certificatePem)
            return certificatePem.error();
        if (auto written = writePrivateFile(keyPath, keyPem.value()); !written)
            return written.error();
        if (auto written = writePublicFile(certificatePath, certificatePem.value()); !written)
            return written.error();
    }
    engine::Result<std::string> pem = certificatePemOf(key->certificate.get());
    engine::Result<std::string> fingerprint = fingerprintOf(key->certificate.get());
    if (!pem)
        return pem.error();
    if (!fingerprint)
        return fingerprint.error();
    return FederationAuthority(std::move(key), std::move(pem).value(),
                               std::move(fingerprint).value());
}

engine::Result<std::string> FederationAuthority::issue(const std::string &requestPem,
                                                       const std::string &name,
                                                       CertificateRole role, int days) const
{
    if (!usableName(name))
        return invalid("a name in a certificate has 1 to 64 characters and no control "
                       "characters");
    const Request request = requestOf(requestPem);
    if (!request)
        return invalid("not a PEM certificate request");
    EVP_PKEY *subjectKey = X509_REQ_get0_pubkey(request.get());
    // The request proves its sender holds the key; only modern key types are certified.
    if (!subjectKey || X509_REQ_verify(request.get(), subjectKey) != 1)
        return invalid("the certificate request is not signed by its own key");
    if (EVP_PKEY_get_id(subjectKey) != EVP_PKEY_ED25519 && !EVP_PKEY_is_a(subjectKey, "EC"))
        return invalid("the certificate request's key is neither Ed25519 nor an elliptic curve");
    engine::Result<Cert> certificate =
        makeCertificate(subjectKey, name, m_key->certificate.get(), m_key->key.get(), false,
                        role, days);
    if (!certificate)
        return certificate.error();
    return certificatePemOf(certificate->get());
}

engine::Result<Credentials> FederationAuthority::issueCredentials(const std::string &name,
                                                                  CertificateRole role) const
{
    engine::Result<KeyAndRequest> made = makeKeyAndRequest(name);
    if (!made)
        return made.error();
    engine::Result<std::string> certificate = issue(made->requestPem, name, role);
    if (!certificate)
        return certificate.error();
    return Credentials{std::move(made->keyPem), std::move(certificate).value()};
}

} // namespace cohort::net
