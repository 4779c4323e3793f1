// TLS 1.3 for the federation's links: contexts for the accepting side (a hub, a listening peer)
// and the connecting side, made from a party's credentials and its federation's authority;
// handshakes with a deadline that end in a ByteStream; and what only TLS gives: keying material
// both ends export (an enrolment proof is bound to it) and the check of a pinned authority.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <string>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>

#include "core/result.h"
#include "network/byte_stream.h"
#include "network/federation_authority.h"

namespace cohort::net
{

using TlsContext = std::shared_ptr<boost::asio::ssl::context>;

/// The accepting side: TLS 1.3 only; shows `own` with the authority's certificate after it. A
/// connecting party may show a certificate, which must then be the authority's, for a site or a
/// peer; one without a certificate is let in to enrol and nothing else.
[[nodiscard]] engine::Result<TlsContext> acceptingContext(const Credentials &own,
                                                          const std::string &authorityPem);

/// The connecting side of an enrolled party: shows `own` and accepts only a certificate the
/// authority issued for `other` (a hub, or a peer).
[[nodiscard]] engine::Result<TlsContext> connectingContext(const Credentials &own,
                                                           const std::string &authorityPem,
                                                           CertificateRole other);

/// The connecting side of a site that enrols: no certificate of its own and no authority yet;
/// checkPinnedAuthority() checks the other side after the handshake, against the invitation.
[[nodiscard]] engine::Result<TlsContext> enrollingContext();

using TlsHandler = std::function<void(engine::Result<ByteStream>)>;

/// Runs the server's side of the handshake on `socket` (made on a strand), giving up after
/// `timeout`; `done` gets the stream, or why not (a client that speaks no TLS, a certificate the
/// authority did not issue).
void tlsAccept(boost::asio::ip::tcp::socket socket, TlsContext context,
               std::chrono::milliseconds timeout, TlsHandler done);
/// The client's side, on a connected `socket` (made on a strand).
void tlsConnect(boost::asio::ip::tcp::socket socket, TlsContext context,
                std::chrono::milliseconds timeout, TlsHandler done);

/// 32 bytes of keying material exported under Cohort's label (RFC 8446 exporter): equal at the
/// two ends of one connection, different on any other.
[[nodiscard]] engine::Result<std::string> channelBinding(ByteStream &stream);

/// The authority certificate (PEM) in the other side's chain whose fingerprint is
/// `fingerprint`, when it issued the other side's certificate as a hub's; otherwise an error
/// that says the address may be wrong or the connection intercepted.
[[nodiscard]] engine::Result<std::string> checkPinnedAuthority(ByteStream &stream,
                                                               const std::string &fingerprint);

} // namespace cohort::net
