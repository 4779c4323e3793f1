#include "network/openssl_handles.h"

#include <algorithm>
#include <cctype>

#include <openssl/err.h>
#include <openssl/pem.h>

namespace cohort::net
{

namespace
{

using Bio = std::unique_ptr<BIO, OpenSslFree<BIO_free_all>>;

Bio readBio(const std::string &text)
{
    return Bio(BIO_new_mem_buf(text.data(), static_cast<int>(text.size())));
}

// What a write into a memory BIO produced, or the failure of `what`.
template <typename Write>
engine::Result<std::string> pemText(const char *what, Write &&write)
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || write(bio.get()) != 1)
        return cryptoError(what);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return std::string(data, static_cast<std::size_t>(size));
}

} // namespace

engine::Error cryptoError(const std::string &what)
{
    const unsigned long code = ERR_get_error();
    char reason[256] = "no reason given";
    if (code != 0)
        ERR_error_string_n(code, reason, sizeof reason);
    ERR_clear_error();
    return engine::makeError(engine::ErrorCode::Internal, what + " (OpenSSL: " + reason + ")");
}

PKey privateKeyOf(const std::string &pem)
{
    Bio bio = readBio(pem);
    PKey key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    ERR_clear_error();
    return key;
}

Cert certificateOf(const std::string &pem)
{
    Bio bio = readBio(pem);
    Cert certificate(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    ERR_clear_error();
    return certificate;
}

Request requestOf(const std::string &pem)
{
    Bio bio = readBio(pem);
    Request request(bio ? PEM_read_bio_X509_REQ(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    ERR_clear_error();
    return request;
}

engine::Result<std::string> privateKeyPem(EVP_PKEY *key)
{
    return pemText("cannot write a key",
                   [key](BIO *bio)
                   {
                       return PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr,
                                                       nullptr);
                   });
}

engine::Result<std::string> certificatePemOf(X509 *certificate)
{
    return pemText("cannot write a certificate",
                   [certificate](BIO *bio) { return PEM_write_bio_X509(bio, certificate); });
}

engine::Result<std::string> requestPemOf(X509_REQ *request)
{
    return pemText("cannot write a certificate request",
                   [request](BIO *bio) { return PEM_write_bio_X509_REQ(bio, request); });
}

std::string hexOf(const unsigned char *bytes, std::size_t count)
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(2 * count);
    for (std::size_t i = 0; i < count; ++i)
    {
        hex += kHex[bytes[i] >> 4];
        hex += kHex[bytes[i] & 0x0f];
    }
    return hex;
}

engine::Result<std::string> commonNameOf(X509 *certificate)
{
    X509_NAME *subject = X509_get_subject_name(certificate);
    const int index = X509_NAME_get_index_by_NID(subject, NID_commonName, -1);
    X509_NAME_ENTRY *entry = index >= 0 ? X509_NAME_get_entry(subject, index) : nullptr;
    unsigned char *utf8 = nullptr;
    const int length = entry ? ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(entry)) : -1;
    if (length < 0)
        return engine::makeError(engine::ErrorCode::InvalidInput,
                                 "the certificate names no one (no common name)");
    std::string name(reinterpret_cast<const char *>(utf8), static_cast<std::size_t>(length));
    OPENSSL_free(utf8);
    return name;
}

engine::Result<std::string> serialOf(X509 *certificate)
{
    const BigNumber serial(ASN1_INTEGER_to_BN(X509_get0_serialNumber(certificate), nullptr));
    char *hex = serial ? BN_bn2hex(serial.get()) : nullptr;
    if (!hex)
        return cryptoError("cannot read a certificate's serial number");
    std::string text(hex);
    OPENSSL_free(hex);
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

} // namespace cohort::net
