#pragma once

// The CLI's one class, for the files that hold its commands by area: clicommands.cpp (signing
// in, spaces, bookings, notifications, staff tools) and community.cpp (events, the forum,
// messages and moderation).
#include "clicommands.h"

#include "localcache.h"
#include "syncengine.h"

#include <QCborMap>
#include <QCommandLineParser>
#include <QDir>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace atrium::cli {

using namespace Qt::Literals::StringLiterals;
using client::BookingFilter;
using client::BookingView;
using client::SyncEngine;

inline constexpr int kSyncTimeoutMs = 30000;

// Standard output and error, one stream each for the whole run.
QTextStream &out();
QTextStream &err();

class Cli
{
public:
    Cli(QCommandLineParser &parser, const QString &profileDir)
        : m_parser(parser), m_json(parser.isSet(u"json"_s))
    {
        m_cache.open(QDir(profileDir).filePath(u"cache.sqlite"_s));
        m_engine = std::make_unique<SyncEngine>(m_cache, *SystemClock::instance());
        m_engine->setAutoReconnect(false);
        m_engine->setLanguage(QLocale::system().name().startsWith(u"es"_s) ? u"es"_s : u"en"_s);
        if (parser.isSet(u"server"_s)) {
            // Several nodes, comma-separated: tried in turn when one is away.
            QList<QUrl> urls;
            for (const QString &u : parser.value(u"server"_s).split(u',', Qt::SkipEmptyParts))
                urls << QUrl(u.trimmed());
            m_engine->setServerUrls(urls);
        }
        else if (m_engine->serverUrl().isEmpty())
            m_engine->setServerUrl(QUrl(qEnvironmentVariable("ATRIUM_SERVER", u"http://127.0.0.1:8640"_s)));
        if (parser.isSet(u"tls-ca"_s) || parser.isSet(u"tls-pin"_s))
            m_tlsError = !m_engine->setTlsTrustFromFile(parser.value(u"tls-ca"_s), parser.value(u"tls-pin"_s), &m_tlsErrorText);
    }
    bool tlsOptionsWrong() const { return m_tlsError; }
    QString tlsErrorText() const { return m_tlsErrorText; }

    int dispatch(const QString &command, const QStringList &args);

private:
    // Runs the engine until `done` says so, the connection fails, or time runs out. Returns Done,
    // or why not: Unreachable (nothing answered), Untrusted (TLS), SignedOut (the session ended),
    // Unavailable (connected, but no answer in time).
    int runUntil(const std::function<bool()> &done, int timeoutMs = kSyncTimeoutMs);
    // What to say, on standard error, for a failure runUntil returned (nothing for Done).
    void explain(int failure, const QString &afterwards = {});
    int syncOnce(bool quietWhenUnreachable);
    // Sends nothing itself: waits for the server's answer to a queued op. Rejected (printed), or
    // what runUntil says; *confirmed when the server applied it.
    int await(const QString &opId, bool *confirmed);
    int submit(const QString &opId, const QString &what);
    bool requireSession();
    std::optional<qint64> timeArg(const QString &text);
    // Two times, the second after the first; nullopt (with the reason printed) otherwise.
    std::optional<std::pair<qint64, qint64>> timeRange(const QString &from, const QString &to);
    // The series a booking in the cache belongs to; empty (with the reason printed) when none.
    QString seriesOf(const QString &bookingId);
    QString zoneOf(const QString &locationId);
    QString iso(qint64 ms, const QString &locationId) { return formatIso(ms, QTimeZone(zoneOf(locationId).toLatin1())); }
    QJsonObject bookingJson(const client::BookingView &v);
    QJsonObject rejectedJson(const client::RejectedOp &r);
    void printJson(const QJsonValue &v);
    void printRejected(const client::RejectedOp &r);
    // A request the server answered no to: its reason said, and the exit code for its code.
    int refused(const QString &code, const QString &message);

    int login(const QStringList &args);
    int logout();
    // password, sessions, revoke, forgot, reset: one request and its answer, never queued.
    int account(const QString &command, const QStringList &args);
    int status();
    int search();
    int save(const QStringList &args);
    int retire(const QStringList &args);
    int bookings();
    int book(const QStringList &args);
    int cancel(const QStringList &args);
    int move(const QStringList &args);
    int waitlist(const QStringList &args);
    int feed(const QStringList &args);
    int badge(const QStringList &args);
    int note(const QStringList &args);
    int inbox(const QStringList &args);
    int prefs(const QStringList &args);
    int quiet(const QStringList &args);
    // community.cpp
    int submitAs(const QString &opId, const QString &entityId, const QString &what);
    void readFresh();
    int events(const QStringList &args);
    int event(const QStringList &args);
    int threads(const QStringList &args);
    int post(const QStringList &args);
    int react(const QStringList &args);
    int message(const QStringList &args);
    int messages(const QStringList &args);
    int report(const QStringList &args);
    int hide(const QStringList &args);
    int ban(const QStringList &args);
    QCborMap notifySettings(const QString &id);
    int importIcs(const QStringList &args);
    void printSeries(const QString &seriesId);
    int checkin(const QStringList &args);
    int policy(const QStringList &args);
    int pending();
    // Administrators: the audit trail, newest first.
    int audit(const QStringList &args);
    // Staff: the mail delivery log, newest first.
    int deliveries(const QStringList &args);
    // Sends an AuditQuery (with --limit) and waits for its answer: Done with the entries (printed
    // already with --json), or the exit code of a refusal or of no answer.
    int askAudit(QCborMap query, QCborArray *entries, QString *message);

    QCommandLineParser &m_parser;
    bool m_json;
    client::LocalCache m_cache;
    std::unique_ptr<SyncEngine> m_engine;
    bool m_tlsError = false;
    bool m_tlsReported = false; // a refused certificate is said once per run
    QString m_tlsErrorText;
};

} // namespace atrium::cli
