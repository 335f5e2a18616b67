#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// The compact JWS form of Atrium's access tokens, "header.payload.signature" in base64url, read
// without trusting it: the server checks the signature over signingInput with the key `kid`.
namespace atrium::accesstoken {

struct Parts
{
    QString kid, alg;
    QByteArray signingInput; // "header.payload", as signed
    QByteArray signature;
    QString subject, session;
    qint64 expiresAtMs = 0; // 0 for a missing or absurd exp: treated as expired
};

// nullopt when the text is not three base64url parts whose first two are JSON objects.
std::optional<Parts> parse(const QString &token);

} // namespace atrium::accesstoken
