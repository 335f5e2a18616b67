#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>

using SSL_CTX = struct ssl_ctx_st;

// HTTPS and WSS on the server's one port: a certificate chain and its key from PEM files, or a
// self-signed certificate made here (and renewed here) for a demo that others reach over the
// network. The TLS itself is OpenSSL's, driven by http/transport: one context for every
// connection, so a reconnecting kiosk resumes its session instead of paying a full handshake.
namespace atrium::server::tls {

// The longest a self-signed certificate is made for: what browsers and Apple's clients accept
// (398 days), less a day of clock skew.
inline constexpr int kSelfSignedDays = 397;
// A self-signed certificate this close to its end is made again, with the same key.
inline constexpr int kRenewDaysBefore = 30;

// Writes a self-signed certificate (SHA-256, the given DNS names and IP addresses as subject
// alternative names, valid for `days`) and, when keyPath holds no key yet, a new EC P-256 key.
// An existing key is kept, so a renewed certificate has the same public key and devices that
// pinned it (tlspin pins the key) keep trusting it. Both files are readable by their owner only.
bool writeSelfSigned(const QString &certPath, const QString &keyPath, const QStringList &names, int days, QString *error);

// The first certificate's end of validity in a PEM file (invalid when unreadable).
QDateTime certificateExpiry(const QString &certPath);

// One server-side TLS context: TLS 1.2 with ECDHE and AEAD suites only, and TLS 1.3; session
// tickets, whose keys outlive a reload so renewing the certificate does not cost every client a
// full handshake.
class ServerContext
{
public:
    ~ServerContext();
    ServerContext(const ServerContext &) = delete;
    ServerContext &operator=(const ServerContext &) = delete;

    // The chain in certPath (the server's certificate first) and its own private key; null with
    // *error set when either is unreadable or the key is not the certificate's. `previous`: the
    // context this one replaces, whose ticket keys it takes over.
    static std::shared_ptr<ServerContext> load(const QString &certPath, const QString &keyPath, QString *error,
                                               const ServerContext *previous = nullptr);

    SSL_CTX *native() const { return m_ctx; }
    QDateTime notAfter() const { return m_notAfter; }
    // The SHA-256 pin of the certificate's public key (tlspin::pinOfKey).
    QString pin() const { return m_pin; }

private:
    ServerContext() = default;
    SSL_CTX *m_ctx = nullptr;
    QDateTime m_notAfter;
    QString m_pin;
};

} // namespace atrium::server::tls
