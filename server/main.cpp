// atrium-server: parses its arguments and starts the server; everything else lives in atrium_server.
#include "atriumserver.h"
#include "audit.h"
#include "store.h"
#include "backup.h"
#include "privatefiles.h"
#include "tls.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSysInfo>
#include <QTextStream>
#include <QUrl>

#include <QSocketNotifier>

#include <csignal>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
// SIGTERM/SIGINT only write a byte to a socket pair (async-signal-safe); the event loop reads it
// and quits, so the database closes cleanly. (Being killed outright is safe too: every
// acknowledged write is already committed.)
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[0], &byte, 1);
}

// Every connection is a descriptor: take all the system allows this process (systemd and shells
// start it with a soft limit of 1,024 and a far higher hard one). The front door keeps a reserve.
void raiseDescriptorLimit()
{
    struct rlimit limit = {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}
using namespace Qt::Literals::StringLiterals;

// --verify-audit: walks the audit trail's hash chain in the database, beside a running server or not.
int verifyAudit(const QString &dataDir, const QString &databaseUrl)
{
    const QString path = databaseUrl.isEmpty() ? QDir(dataDir).filePath(u"atrium.sqlite"_s) : databaseUrl;
    if (databaseUrl.isEmpty() && !QFile::exists(path)) {
        QTextStream(stderr) << "atrium-server: there is no database at " << path << '\n';
        return 2;
    }
    try {
        atrium::server::Store store;
        store.open(path);
        atrium::server::Audit audit(store, *atrium::SystemClock::instance());
        const auto verdict = audit.verify();
        if (!verdict.ok) {
            QTextStream(stderr) << "atrium-server: the audit trail does not hold: " << verdict.why << " (" << verdict.checked
                                << " row(s) before it are intact)\n";
            return 3;
        }
        QTextStream(stdout) << "audit trail intact: " << verdict.checked << " row(s) checked"
                            << (verdict.anchor > 0 ? u", from the anchor left by pruning at row %1"_s.arg(verdict.anchor) : QString()) << '\n'
                            << "last row " << verdict.last << ", hash " << verdict.lastHash.toHex() << Qt::endl;
        return 0;
    } catch (const atrium::StoreError &e) {
        QTextStream(stderr) << "atrium-server: cannot read the database: " << e.what() << '\n';
        return 2;
    }
}
} // namespace

int main(int argc, char *argv[])
{
    // Whatever it writes (database, backups, certificates) is for its own user only.
    ::umask(077);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"atrium-server"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Atrium's server: accounts, spaces, bookings and sync for every client."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"data"_s, u"Folder for the database (created if missing)."_s, u"DIR"_s, u"data"_s});
    parser.addOption({u"listen"_s, u"Address and port to serve on; port 0 picks a free one."_s, u"HOST:PORT"_s, u"127.0.0.1:8640"_s});
    parser.addOption({u"db"_s,
                      u"PostgreSQL instead of the SQLite file in --data: postgresql://USER@HOST:PORT/DB. The password comes from "
                      "PGPASSWORD or a ~/.pgpass file (PGPASSFILE), never from this command line."_s,
                      u"URL"_s});
    parser.addOption({u"demo"_s, u"Seed demo data into an empty database. On an address other than loopback it serves TLS with a "
                                 "self-signed certificate unless --tls-cert is given."_s});
    parser.addOption({u"tls-cert"_s, u"Serve HTTPS and WSS with this PEM certificate chain (the server's first)."_s, u"FILE"_s});
    parser.addOption({u"tls-key"_s, u"The PEM private key of --tls-cert."_s, u"FILE"_s});
    parser.addOption({u"self-signed"_s, u"Serve TLS with a self-signed certificate kept in DIR/tls (made on first use); clients "
                                        "trust it with --tls-ca DIR/tls/cert.pem or pin its fingerprint."_s});
    parser.addOption({u"backup"_s, u"Write a consistent copy of the SQLite store in --data to FILE (while a server runs), then exit."_s,
                      u"FILE"_s});
    parser.addOption({u"restore"_s, u"Replace the SQLite store in --data with the backup FILE (no server may be running), then exit."_s,
                      u"FILE"_s});
    parser.addOption({u"smtp"_s, u"Send password-reset codes through this SMTP relay: smtp://HOST:PORT (STARTTLS when the relay "
                                 "offers it) or smtps://HOST:PORT (TLS throughout), with USER@ before the host and the password in "
                                 "ATRIUM_SMTP_PASSWORD when it wants one (sent only over TLS)."_s,
                      u"URL"_s});
    parser.addOption({u"mail-from"_s, u"The sender address of that e-mail."_s, u"ADDRESS"_s, u"atrium@localhost"_s});
    parser.addOption({u"public-url"_s, u"The address people reach this server at, for links in mail (default: its listening address)."_s, u"URL"_s});
    parser.addOption({u"smtp-helo"_s, u"The fully qualified host name to give the relay in EHLO (default: this machine's)."_s, u"NAME"_s});
    parser.addOption({u"smtp-insecure"_s, u"Send the relay's password even when it offers no TLS (a relay on a network you trust only)."_s});
    parser.addOption({u"verify-audit"_s, u"Check the audit trail's hash chain in --data (or --db), then exit: 0 and the rows checked, "
                                         "or 3 naming the first row that was edited, deleted or moved."_s});
    parser.addOption({u"retention"_s, u"Change-log rows kept for resuming clients."_s, u"ROWS"_s});
    {
        QString names;
        const atrium::server::SyncLimits defaults;
        for (const auto &info : atrium::server::limitInfos())
            names += u"\n  %1 (%2, default %3): %4"_s.arg(info.name, info.unit, atrium::server::limitValue(defaults, info.name), info.description);
        parser.addOption({u"limit"_s, u"Sets one abuse limit (repeat for more; 0 turns a rate or cap off):"_s + names, u"NAME=VALUE"_s});
    }
    parser.process(app);

    atrium::server::ServerConfig config;
    config.dataDir = parser.value(u"data"_s);
    if (parser.isSet(u"backup"_s) || parser.isSet(u"restore"_s)) {
        QString error;
        const bool ok = parser.isSet(u"backup"_s) ? atrium::server::Backup::backup(config.dataDir, parser.value(u"backup"_s), &error)
                                                  : atrium::server::Backup::restore(parser.value(u"restore"_s), config.dataDir, &error);
        if (!ok) {
            QTextStream(stderr) << "atrium-server: " << error << '\n';
            return 2;
        }
        QTextStream(stdout) << (parser.isSet(u"backup"_s) ? QString(u"backup written to "_s + parser.value(u"backup"_s))
                                                          : QString(u"restored into "_s + config.dataDir))
                            << Qt::endl;
        return 0;
    }
    if (parser.isSet(u"verify-audit"_s))
        return verifyAudit(config.dataDir, parser.value(u"db"_s));
    config.demo = parser.isSet(u"demo"_s);
    if (parser.isSet(u"db"_s)) {
        config.databaseUrl = parser.value(u"db"_s);
        const QUrl url(config.databaseUrl);
        if (!url.isValid() || (url.scheme() != u"postgresql"_s && url.scheme() != u"postgres"_s)) {
            QTextStream(stderr) << "atrium-server: --db takes postgresql://USER@HOST:PORT/DB\n";
            return 1;
        }
        if (!url.password().isEmpty()) {
            QTextStream(stderr) << "atrium-server: put the database password in PGPASSWORD or a .pgpass file, not in --db\n";
            return 1;
        }
    }
    const QString listen = parser.value(u"listen"_s);
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? listen.left(colon) : QString();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (!portOk || port > 65535 || !config.address.setAddress(host == u"localhost"_s ? u"127.0.0.1"_s : host)) {
        QTextStream(stderr) << "atrium-server: --listen takes HOST:PORT, for example 127.0.0.1:8640, not '" << listen << "'\n";
        return 1;
    }
    config.port = static_cast<quint16>(port);
    if (parser.isSet(u"retention"_s))
        config.limits.retentionRows = parser.value(u"retention"_s).toLongLong();
    for (const QString &limit : parser.values(u"limit"_s)) {
        const qsizetype eq = limit.indexOf(u'=');
        QString error;
        if (eq <= 0 || !atrium::server::setLimit(config.limits, limit.left(eq), limit.mid(eq + 1), &error)) {
            QTextStream(stderr) << "atrium-server: " << (eq <= 0 ? u"--limit takes NAME=VALUE, not '%1'"_s.arg(limit) : error) << '\n';
            return 1;
        }
    }

    if (parser.isSet(u"tls-cert"_s) != parser.isSet(u"tls-key"_s)) {
        QTextStream(stderr) << "atrium-server: --tls-cert and --tls-key go together\n";
        return 1;
    }
    if (parser.isSet(u"smtp"_s)) {
        config.smtpUrl = QUrl(parser.value(u"smtp"_s));
        if ((config.smtpUrl.scheme() != u"smtp"_s && config.smtpUrl.scheme() != u"smtps"_s) || config.smtpUrl.host().isEmpty()
            || !config.smtpUrl.password().isEmpty()) {
            QTextStream(stderr) << "atrium-server: --smtp takes smtp://HOST:PORT or smtps://HOST:PORT (a password goes in ATRIUM_SMTP_PASSWORD)\n";
            return 1;
        }
    }
    config.mailFrom = parser.value(u"mail-from"_s);
    config.smtpHelo = parser.value(u"smtp-helo"_s);
    if (parser.isSet(u"public-url"_s)) {
        config.publicUrl = QUrl(parser.value(u"public-url"_s));
        if (!config.publicUrl.isValid() || (config.publicUrl.scheme() != u"http"_s && config.publicUrl.scheme() != u"https"_s)
            || config.publicUrl.host().isEmpty()) {
            QTextStream(stderr) << "atrium-server: --public-url wants http(s)://HOST[:PORT], not " << parser.value(u"public-url"_s) << '\n';
            return 2;
        }
    }
    config.smtpInsecure = parser.isSet(u"smtp-insecure"_s);
    config.tlsCertPath = parser.value(u"tls-cert"_s);
    config.tlsKeyPath = parser.value(u"tls-key"_s);
    const bool reachable = !config.address.isLoopback();
    if (config.tlsCertPath.isEmpty() && (parser.isSet(u"self-signed"_s) || (config.demo && reachable))) {
        // A demo others reach over the network is never plain text; its certificate is kept, so
        // devices that pinned it keep working after a restart.
        const QString dir = QDir(config.dataDir).filePath(u"tls"_s);
        QString folderError;
        if (!atrium::privatefiles::prepareFolder(config.dataDir, &folderError) || !atrium::privatefiles::prepareFolder(dir, &folderError)) {
            QTextStream(stderr) << "atrium-server: " << folderError << '\n';
            return 2;
        }
        config.tlsCertPath = QDir(dir).filePath(u"cert.pem"_s);
        config.tlsKeyPath = QDir(dir).filePath(u"key.pem"_s);
        QStringList names{QSysInfo::machineHostName(), u"localhost"_s, u"127.0.0.1"_s};
        if (reachable && config.address != QHostAddress::Any && config.address != QHostAddress::AnyIPv6)
            names << config.address.toString();
        config.selfSigned = true;
        config.selfSignedNames = names;
        if (!QFile::exists(config.tlsCertPath)) {
            QString error;
            if (!atrium::server::tls::writeSelfSigned(config.tlsCertPath, config.tlsKeyPath, names, atrium::server::tls::kSelfSignedDays, &error)) {
                QTextStream(stderr) << "atrium-server: cannot make a self-signed certificate: " << error << '\n';
                return 2;
            }
        }
    }

    raiseDescriptorLimit();
    atrium::server::AtriumServer server(config);
    QString error;
    if (!server.start(&error)) {
        QTextStream(stderr) << "atrium-server: " << error << '\n';
        return 2;
    }
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, []() {
            char byte = 0;
            [[maybe_unused]] const auto read = ::read(g_signalPipe[1], &byte, 1);
            QCoreApplication::quit();
        });
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }
    if (server.usesTls())
        QTextStream(stdout) << "TLS certificate " << config.tlsCertPath << ", pin sha256:" << server.tlsPin()
                            << " (its public key: it stays the same when the certificate is renewed)" << Qt::endl;
    QTextStream(stdout) << "listening on " << server.url() << Qt::endl;
    return app.exec();
}
