#pragma once

#include <QSslCertificate>
#include <QString>

// Certificate pinning: a kiosk told which server it belongs to accepts that server and nothing
// else, whoever signed its certificate (a self-signed demo certificate, or a public one it must
// not trust a rogue CA for). A pin names the certificate's public key, so it survives the
// certificate being renewed with the same key (the server does that for its own); a pin of the
// whole certificate, as earlier versions printed, is still accepted for that certificate.
namespace atrium::tlspin {

// The SHA-256 of the certificate's SubjectPublicKeyInfo (DER), lower-case hex: what
// `openssl x509 -pubkey -noout | openssl pkey -pubin -outform der | sha256sum` prints, and the
// hex form of HPKP's and curl's "pin-sha256".
QString pinOfKey(const QSslCertificate &certificate);
// The SHA-256 of the certificate's DER bytes in lower-case hex: what
// `openssl x509 -noout -fingerprint -sha256` prints, without the colons.
QString pinOf(const QSslCertificate &certificate);
// Whether a normalised pin names this certificate, by its key or as a whole.
bool matches(const QSslCertificate &certificate, const QString &pin);
// A pin as people write it ("AB:CD:…", "sha256:abcd…", "sha256//" and base64 as curl takes it),
// normalised to lower-case hex; empty when it is not a SHA-256.
QString normalise(const QString &text);

} // namespace atrium::tlspin
