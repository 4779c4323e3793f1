// OpenSSL objects owned by unique_ptr, their PEM forms, and OpenSSL's own error text: what the
// network's certificate and TLS code shares. Included by .cpp files only.
#pragma once

#include <memory>
#include <string>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include "core/result.h"

namespace cohort::net
{

template <auto Free> struct OpenSslFree
{
    template <typename T> void operator()(T *object) const { Free(object); }
};

using PKey = std::unique_ptr<EVP_PKEY, OpenSslFree<EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, OpenSslFree<X509_free>>;
using Request = std::unique_ptr<X509_REQ, OpenSslFree<X509_REQ_free>>;
using BigNumber = std::unique_ptr<BIGNUM, OpenSslFree<BN_free>>;
using Store = std::unique_ptr<X509_STORE, OpenSslFree<X509_STORE_free>>;
using StoreContext = std::unique_ptr<X509_STORE_CTX, OpenSslFree<X509_STORE_CTX_free>>;

/// An Internal error: `what` failed, with OpenSSL's reason (its error queue is emptied).
[[nodiscard]] engine::Error cryptoError(const std::string &what);

/// PEM text read back into objects; null when the text holds no such object.
[[nodiscard]] PKey privateKeyOf(const std::string &pem);
[[nodiscard]] Cert certificateOf(const std::string &pem);
[[nodiscard]] Request requestOf(const std::string &pem);

/// Objects as PEM text.
[[nodiscard]] engine::Result<std::string> privateKeyPem(EVP_PKEY *key);
[[nodiscard]] engine::Result<std::string> certificatePemOf(X509 *certificate);
[[nodiscard]] engine::Result<std::string> requestPemOf(X509_REQ *request);

/// Bytes as lower-case hex digits.
[[nodiscard]] std::string hexOf(const unsigned char *bytes, std::size_t count);

/// The subject's common name, as UTF-8.
[[nodiscard]] engine::Result<std::string> commonNameOf(X509 *certificate);
/// The serial number as lower-case hex.
[[nodiscard]] engine::Result<std::string> serialOf(X509 *certificate);

} // namespace cohort::net
