#pragma once

#include <QSslCertificate>
#include <QString>

// Certificate pinning: a kiosk told the one certificate its server has accepts that and nothing
// else, whoever signed it (a self-signed demo certificate, or a public one it must not trust a
// rogue CA for).
namespace atrium::tlspin {

// The SHA-256 of the certificate's DER bytes in lower-case hex: what
// `openssl x509 -noout -fingerprint -sha256` prints, without the colons.
QString pinOf(const QSslCertificate &certificate);
// A pin as people write it ("AB:CD:…", "sha256:abcd…", "sha256//…" in hex), normalised; empty
// when it is not 64 hex digits.
QString normalise(const QString &text);

} // namespace atrium::tlspin
