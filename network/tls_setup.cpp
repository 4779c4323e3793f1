#include "network/tls_setup.h"

#include <boost/asio/ssl/stream.hpp>
#include <boost/asio/steady_timer.hpp>

#include <openssl/ssl.h>
#include <openssl/x509.h>

#include "network/openssl_handles.h"

namespace cohort::net
{

namespace asio = boost::asio;
namespace ssl = boost::asio::ssl;

namespace
{

constexpr char kExporterLabel[] = "EXPORTER-cohort-enrolment";
constexpr std::size_t kBindingBytes = 32;

engine::Error tlsError(const std::string &detail)
{
    return engine::makeError(engine::ErrorCode::Io,
                             engine::Reason{engine::ReasonCode::TlsHandshakeFailed, {detail}});
}

// TLS 1.3 only, with OpenSSL's defaults for the rest (its 1.3 suites are all AEAD).
engine::Result<TlsContext> tls13Context()
{
    auto context = std::make_shared<ssl::context>(ssl::context::tls);
    if (SSL_CTX_set_min_proto_version(context->native_handle(), TLS1_3_VERSION) != 1)
        return cryptoError("cannot require TLS 1.3");
    return context;
}

engine::Result<void> useOwn(ssl::context &context, const Credentials &own,
                            const std::string &authorityPem)
{
    boost::system::error_code error;
    // The chain a peer sees: this party's certificate, then the authority's.
    context.use_certificate_chain(asio::buffer(own.certificatePem + authorityPem), error);
    if (!error)
        context.use_private_key(asio::buffer(own.keyPem), ssl::context::pem, error);
    if (!error)
        context.add_certificate_authority(asio::buffer(authorityPem), error);
    if (error)
        return engine::makeError(engine::ErrorCode::InvalidInput,
                                 "the TLS credentials cannot be used: " + error.message(),
                                 "enrol again, or restore the key and certificate files");
    return {};
}

// The state of one handshake: the stream, its context and a deadline, until it ends.
struct Handshake
{
    Handshake(asio::ip::tcp::socket socket, TlsContext tlsContext, TlsHandler handler)
        : context(std::move(tlsContext))
        , stream(std::make_unique<ByteStream::Tls>(std::move(socket), *context))
        , timer(stream->get_executor())
        , done(std::move(handler))
    {
    }

    TlsContext context;
    std::unique_ptr<ByteStream::Tls> stream;
    asio::steady_timer timer;
    TlsHandler done;
    bool finished = false;
};

void runHandshake(const std::shared_ptr<Handshake> &handshake, ssl::stream_base::handshake_type type,
                  std::chrono::milliseconds timeout)
{
    handshake->timer.expires_after(timeout);
    handshake->timer.async_wait(
        [handshake](const boost::system::error_code &error)
        {
            if (error || handshake->finished)
                return;
            boost::system::error_code ignored;
            handshake->stream->next_layer().close(ignored); // the handshake then fails
        });
    handshake->stream->async_handshake(
        type,
        [handshake, timeout](const boost::system::error_code &error)
        {
            handshake->timer.cancel();
            if (handshake->finished)
                return;
            handshake->finished = true;
            if (error)
            {
                const bool late = error == asio::error::operation_aborted
                                  || error == asio::error::bad_descriptor;
                return handshake->done(tlsError(
                    late ? "no answer within " + std::to_string(timeout.count()) + " ms"
                         : error.message()));
            }
            std::string peerName;
            if (X509 *peer = SSL_get1_peer_certificate(handshake->stream->native_handle()))
            {
                const Cert owned(peer);
                engine::Result<std::string> name = commonNameOf(owned.get());
                peerName = name ? name.value() : std::string();
            }
            handshake->done(ByteStream(std::move(handshake->stream), handshake->context,
                                       std::move(peerName)));
        });
}

} // namespace

engine::Result<TlsContext> acceptingContext(const Credentials &own, const std::string &authorityPem)
{
    engine::Result<TlsContext> context = tls13Context();
    if (!context)
        return context;
    if (auto used = useOwn(*context.value(), own, authorityPem); !used)
        return used.error();
    // A certificate, when shown, must be the authority's and made for a client.
    context.value()->set_verify_mode(ssl::verify_peer);
    SSL_CTX_set_purpose(context.value()->native_handle(), X509_PURPOSE_SSL_CLIENT);
    return context;
}

engine::Result<TlsContext> connectingContext(const Credentials &own,
                                             const std::string &authorityPem,
                                             CertificateRole other)
{
    engine::Result<TlsContext> context = tls13Context();
    if (!context)
        return context;
    if (auto used = useOwn(*context.value(), own, authorityPem); !used)
        return used.error();
    context.value()->set_verify_mode(ssl::verify_peer | ssl::verify_fail_if_no_peer_cert);
    SSL_CTX_set_purpose(context.value()->native_handle(), other == CertificateRole::Site
                                                         ? X509_PURPOSE_SSL_CLIENT
                                                         : X509_PURPOSE_SSL_SERVER);
    return context;
}

engine::Result<TlsContext> enrollingContext()
{
    engine::Result<TlsContext> context = tls13Context();
    if (!context)
        return context;
    // Nothing to verify against yet: checkPinnedAuthority() does it after the handshake.
    context.value()->set_verify_mode(ssl::verify_none);
    return context;
}

void tlsAccept(asio::ip::tcp::socket socket, TlsContext context,
               std::chrono::milliseconds timeout, TlsHandler done)
{
    runHandshake(std::make_shared<Handshake>(std::move(socket), std::move(context), std::move(done)),
                 ssl::stream_base::server, timeout);
}

void tlsConnect(asio::ip::tcp::socket socket, TlsContext context,
                std::chrono::milliseconds timeout, TlsHandler done)
{
    runHandshake(std::make_shared<Handshake>(std::move(socket), std::move(context), std::move(done)),
                 ssl::stream_base::client, timeout);
}

engine::Result<std::string> channelBinding(ByteStream &stream)
{
    if (!stream.tls())
        return engine::makeError(engine::ErrorCode::InvalidInput,
                                 "an enrolment needs a TLS connection");
    unsigned char material[kBindingBytes];
    if (SSL_export_keying_material(stream.tls()->native_handle(), material, sizeof material,
                                   kExporterLabel, sizeof kExporterLabel - 1, nullptr, 0, 0)
        != 1)
        return cryptoError("cannot export keying material");
    return std::string(reinterpret_cast<const char *>(material), sizeof material);
}

engine::Result<std::string> checkPinnedAuthority(ByteStream &stream, const std::string &fingerprint)
{
    const auto mismatch = [&]
    {
        return engine::makeError(engine::ErrorCode::InvalidInput,
                                 engine::Reason{engine::ReasonCode::AuthorityMismatch, {}});
    };
    if (!stream.tls())
        return mismatch();
    SSL *connection = stream.tls()->native_handle();
    STACK_OF(X509) *chain = SSL_get_peer_cert_chain(connection);
    X509 *leaf = SSL_get0_peer_certificate(connection);
    if (!chain || !leaf)
        return mismatch();
    engine::Result<std::string> leafPem = certificatePemOf(leaf);
    if (!leafPem)
        return leafPem.error();
    for (int i = 0; i < sk_X509_num(chain); ++i)
    {
        engine::Result<std::string> pem = certificatePemOf(sk_X509_value(chain, i));
        if (!pem)
            return pem.error();
        engine::Result<std::string> print = certificateFingerprint(pem.value());
        if (print && print.value() == fingerprint
            && verifyIssuedBy(leafPem.value(), pem.value(), CertificateRole::Hub))
            return pem;
    }
    return mismatch();
}

} // namespace cohort::net
