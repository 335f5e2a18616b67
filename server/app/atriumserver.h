#pragma once

#include "auth.h"
#include "modules.h"
#include "store.h"
#include "syncservice.h"

#include "frontdoor.h"
#include "httpmessage.h"

#include <QHostAddress>
#include <QLockFile>
#include <QObject>
#include <QTimer>

#include <memory>

namespace atrium::server {

struct ServerConfig
{
    QString dataDir;
    QString databaseUrl; // postgresql://user@host:port/db; empty: the SQLite file in dataDir
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0 picks a free port
    bool demo = false;
    bool demoShowcase = true; // with demo: the house rules and the community too (DemoData::seed; test fixtures turn them off)
    SyncLimits limits;
    const Clock *clock = nullptr; // null: the system clock
    // HTTPS and WSS on the one port: a PEM certificate chain and its key (empty: plain HTTP, for
    // loopback and behind a proxy that does TLS).
    QString tlsCertPath;
    QString tlsKeyPath;
    // Password-reset codes go out through this SMTP relay (smtp:// or smtps://HOST:PORT; empty:
    // no e-mail), from this address, introducing itself as smtpHelo (empty: the machine's name);
    // smtpInsecure sends the relay's password even without TLS.
    QUrl smtpUrl;
    // The address people reach this server at (links in mail: unsubscribe); empty: its own
    // listening address.
    QUrl publicUrl;
    QString mailFrom = QStringLiteral("atrium@localhost");
    QString smtpHelo;
    bool smtpInsecure = false;
    // The certificate is the server's own (DATA/tls): renewed by it before it expires, for these names.
    bool selfSigned = false;
    QStringList selfSignedNames;
};

// The whole server in one object: one port for HTTP (/healthz) and the WebSocket endpoint /sync.
class AtriumServer : public QObject
{
    Q_OBJECT
public:
    explicit AtriumServer(ServerConfig config, QObject *parent = nullptr);
    ~AtriumServer() override;

    // Opens the database (migrating it), seeds demo data if asked and the database is empty, listens.
    bool start(QString *error);
    quint16 port() const { return m_port; }
    QString url() const; // https:// when it serves TLS
    bool usesTls() const { return !m_config.tlsCertPath.isEmpty(); }
    // The SHA-256 pin of the TLS certificate's public key (empty without TLS): what kiosks pin.
    QString tlsPin() const;
    QString databasePath() const;

    Store &store() { return m_store; }
    // Every module, as the composition root built them (app/modules.h).
    Modules &modules() { return *m_modules; }
    Bookings &bookings() { return m_modules->bookings; }
    Spaces &spaces() { return m_modules->spaces; }
    Auth &auth() { return *m_auth; }
    SyncService &sync() { return *m_sync; }
    class Effects &effects() { return *m_effects; }
    class Audit &audit() { return *m_audit; }
    kernel::Pipeline &pipeline() { return *m_pipeline; }
    http::FrontDoor &frontDoor() { return *m_http; }
    // Reloads the TLS certificate when its files changed (an operator's renewal) or, for the
    // server's own self-signed one, makes it anew with the same key once it is within
    // tls::kRenewDaysBefore of its end. Runs every hour; tests call it. True when it reloaded.
    bool refreshTls();

private:
    // 429 with Retry-After when the caller is past the endpoint's rate (SyncLimits::http*).
    std::optional<http::Response> overLimit(QLatin1StringView endpoint, const QString &caller, bool json);
    http::Router routes();

    ServerConfig m_config;
    const Clock &m_clock;
    Store m_store;
    std::unique_ptr<Auth> m_auth;
    std::unique_ptr<Modules> m_modules;
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<http::FrontDoor> m_http;
    QTimer m_tlsTimer;
    QDateTime m_tlsFilesChanged; // the newer of the two files' times when last loaded
    std::unique_ptr<QLockFile> m_lock; // SQLite: one server per data folder
    std::unique_ptr<RateLimiter> m_httpLimiter;
    std::unique_ptr<class Mailer> m_mailer;
    std::unique_ptr<class Effects> m_effects;
    std::unique_ptr<class Audit> m_audit;
    std::unique_ptr<kernel::Pipeline> m_pipeline;
    quint16 m_port = 0;
};

} // namespace atrium::server
