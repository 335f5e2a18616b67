#pragma once

#include <QSslConfiguration>
#include <QString>
#include <QStringList>

#include <optional>

namespace atrium::server {

// HTTPS and WSS on the server's one port: a certificate chain and its key from PEM files, or a
// self-signed certificate made here for a demo that others reach over the network.
namespace tls {

// Writes a new self-signed certificate (EC P-256 key, SHA-256, the given DNS names and IP
// addresses as subject alternative names, valid for `days`) and its private key as PEM files. The
// key file is readable by its owner only.
bool writeSelfSigned(const QString &certPath, const QString &keyPath, const QStringList &names, int days, QString *error);

// The server side of TLS 1.2 or later: the certificate chain in certPath (the server's first) and
// the private key that matches it.
std::optional<QSslConfiguration> serverConfiguration(const QString &certPath, const QString &keyPath, QString *error);

} // namespace tls
} // namespace atrium::server
