#include "cli.h"

#include "clock.h"
#include "domain.h"
#include "localcache.h"
#include "policy.h"
#include "privatefiles.h"
#include "protocol.h"
#include "syncengine.h"
#include "uuid.h"

#include <QCborArray>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <cmath>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace atrium::cli {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}



void Cli::printJson(const QJsonValue &v)
{
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    out() << doc.toJson(QJsonDocument::Indented);
    out().flush();
}

QString Cli::zoneOf(const QString &locationId)
{
    if (const auto loc = m_cache.entity(entity::Location, locationId))
        return loc->value("timezone"_L1).toString();
    return u"UTC"_s;
}

std::optional<qint64> Cli::timeArg(const QString &text)
{
    const auto t = parseIsoTimestamp(text);
    if (!t)
        err() << "atrium-cli: '" << text << "' is not a time; use ISO 8601 with an offset, e.g. 2026-12-01T10:00:00+01:00\n";
    return t;
}

std::optional<std::pair<qint64, qint64>> Cli::timeRange(const QString &from, const QString &to)
{
    const auto a = timeArg(from), b = timeArg(to);
    if (!a || !b)
        return std::nullopt;
    if (*b <= *a) {
        err() << "atrium-cli: the end must come after the start\n";
        return std::nullopt;
    }
    return std::pair{*a, *b};
}

QString Cli::seriesOf(const QString &bookingId)
{
    const auto b = m_cache.entity(entity::Booking, bookingId);
    const QString series = b ? b->value("series"_L1).toString() : QString();
    if (series.isEmpty())
        err() << "atrium-cli: '" << bookingId << "' is not an occurrence of a recurring booking in the cache (sync first?)\n";
    return series;
}

bool Cli::requireSession()
{
    if (m_engine->hasSession())
        return true;
    err() << "atrium-cli: not signed in; run: atrium-cli login EMAIL\n";
    return false;
}

int Cli::runUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return Done;
    QEventLoop loop;
    int result = Unreachable;
    bool signedOut = false;
    auto check = [&]() {
        if (done()) {
            result = Done;
            loop.quit();
        }
    };
    QObject ctx;
    QObject::connect(m_engine.get(), &SyncEngine::idle, &ctx, check);
    QObject::connect(m_engine.get(), &SyncEngine::outboxChanged, &ctx, check);
    QObject::connect(m_engine.get(), &SyncEngine::caughtUp, &ctx, check);
    QObject::connect(m_engine.get(), &SyncEngine::loginFinished, &ctx, check);
    QObject::connect(m_engine.get(), &SyncEngine::accountReply, &ctx, check); // an answer that syncs nothing
    QObject::connect(m_engine.get(), &SyncEngine::auditReply, &ctx, check);
    QObject::connect(m_engine.get(), &SyncEngine::stateChanged, &ctx, [&](SyncEngine::State s) {
        if (s == SyncEngine::State::Offline)
            loop.quit(); // the connection failed or was refused
    });
    QObject::connect(m_engine.get(), &SyncEngine::signedOut, &ctx, [&](const QString &message) {
        err() << "atrium-cli: " << message << '\n';
        signedOut = true;
        loop.quit();
    });
    QObject::connect(m_engine.get(), &SyncEngine::serverError, &ctx, [&](const QString &code, const QString &message) {
        if (code == u"tls"_s && !m_tlsReported) {
            err() << "atrium-cli: " << message << '\n';
            m_tlsReported = true;
        }
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    // Each node in turn (the engine moves to the next URL when a connection fails).
    for (qsizetype attempt = 0; attempt < m_engine->serverUrlCount() && result != Done; ++attempt) {
        m_engine->start();
        loop.exec();
        if (result != Done && m_engine->state() == SyncEngine::State::Offline && !signedOut && !m_tlsReported)
            m_engine->stop();
        else
            break; // done, out of time, or nothing another node would change
    }
    if (result == Done)
        return Done;
    if (m_tlsReported)
        return Untrusted;
    if (signedOut)
        return SignedOut;
    return m_engine->state() == SyncEngine::State::Offline ? Unreachable : Unavailable;
}

void Cli::explain(int failure, const QString &afterwards)
{
    const QString url = m_engine->serverUrl().toString();
    switch (failure) {
    case Unreachable:
        err() << "atrium-cli: the server at " << url << " could not be reached" << afterwards << '\n';
        break;
    case Unavailable:
        err() << "atrium-cli: the server at " << url << " did not answer in time" << afterwards << '\n';
        break;
    default:
        break; // the certificate or the session: said when it happened
    }
}

int Cli::syncOnce(bool quietWhenUnreachable)
{
    const int r = runUntil([this]() { return m_engine->isIdle(); });
    m_engine->stop();
    if (r == Done)
        return r;
    if (quietWhenUnreachable)
        err() << "atrium-cli: offline; showing what was cached at the last sync\n";
    else
        explain(r, u"; %1 change(s) stay queued and will sync later"_s.arg(m_cache.pendingCount()));
    return r;
}

int Cli::dispatch(const QString &command, const QStringList &args)
{
    if (command == u"login"_s)
        return login(args);
    if (command == u"logout"_s)
        return logout();
    if (command == u"status"_s)
        return status();
    if (command == u"forgot"_s || command == u"reset"_s)
        return account(command, args);
    if (!requireSession())
        return SignedOut;
    if (command == u"sync"_s) {
        const int r = syncOnce(false);
        return r == Done ? status() : r;
    }
    if (command == u"search"_s || command == u"resources"_s)
        return search();
    if (command == u"bookings"_s)
        return bookings();
    if (command == u"plan"_s) {
        if (args.size() != 2) {
            err() << "usage: atrium-cli plan MEMBER PLAN   (staff; \"\" for none)\n";
            return Usage;
        }
        return submit(m_engine->mutate(mutation::SetPlan, QCborMap{{u"member"_s, args.at(0)}, {u"plan"_s, args.at(1)}}), u"Plan"_s);
    }
    if (command == u"pending"_s)
        return pending();
    if (command == u"audit"_s)
        return audit(args);
    if (command == u"deliveries"_s)
        return deliveries(args);
    if (command == u"password"_s || command == u"sessions"_s || command == u"revoke"_s)
        return account(command, args);
    // The commands that take their arguments as they are.
    static const QHash<QString, int (Cli::*)(const QStringList &)> withArgs{
        {u"save"_s, &Cli::save},         {u"retire"_s, &Cli::retire},   {u"book"_s, &Cli::book},
        {u"cancel"_s, &Cli::cancel},     {u"checkin"_s, &Cli::checkin}, {u"move"_s, &Cli::move},
        {u"waitlist"_s, &Cli::waitlist}, {u"feed"_s, &Cli::feed},       {u"badge"_s, &Cli::badge},
        {u"note"_s, &Cli::note},         {u"inbox"_s, &Cli::inbox},
        {u"prefs"_s, &Cli::prefs},        {u"quiet"_s, &Cli::quiet},
        {u"events"_s, &Cli::events},      {u"event"_s, &Cli::event},       {u"threads"_s, &Cli::threads},
        {u"post"_s, &Cli::post},          {u"react"_s, &Cli::react},       {u"message"_s, &Cli::message},
        {u"messages"_s, &Cli::messages},  {u"report"_s, &Cli::report},     {u"hide"_s, &Cli::hide},
        {u"ban"_s, &Cli::ban},
        {u"import"_s, &Cli::importIcs},  {u"policy"_s, &Cli::policy},
    };
    if (const auto handler = withArgs.value(command))
        return (this->*handler)(args);
    if (command == u"checkout"_s) {
        if (args.size() != 1) {
            err() << "usage: atrium-cli checkout BOOKING [--offline]\n";
            return Usage;
        }
        return submit(m_engine->checkout(args.first()), u"Check-out"_s);
    }
    if (command == u"approve"_s || command == u"decline"_s) {
        if (args.size() != 1) {
            err() << "usage: atrium-cli " << command << " BOOKING [--note TEXT]   (staff)\n";
            return Usage;
        }
        return command == u"approve"_s
                   ? submit(m_engine->mutate(mutation::Approve, bookingRefArgs(args.first(), m_parser.value(u"note"_s))), u"Approval"_s)
                   : submit(m_engine->decline(args.first(), m_parser.value(u"note"_s)), u"Decline"_s);
    }
    err() << "atrium-cli: unknown command '" << command << "'; see atrium-cli --help\n";
    return Usage;
}

int Cli::refused(const QString &code, const QString &message)
{
    err() << "atrium-cli: " << message << '\n';
    if (code == proto::code::Unauthenticated || code == proto::code::SessionRevoked)
        return SignedOut;
    return code == proto::code::Unavailable ? Unavailable : Rejected;
}

int Cli::account(const QString &command, const QStringList &args)
{
    QTextStream in(stdin);
    QCborMap request;
    if (command == u"password"_s && args.isEmpty()) {
        // Two lines: the current password, then the new one (a script pipes them; nothing is echoed).
        request = {{u"op"_s, u"change_password"_s}, {u"password"_s, in.readLine()}, {u"newPassword"_s, in.readLine()}};
    } else if (command == u"sessions"_s && args.isEmpty()) {
        request = {{u"op"_s, u"list_sessions"_s}};
    } else if (command == u"revoke"_s && args.size() == 1) {
        request = {{u"op"_s, u"revoke_session"_s}, {u"session"_s, args.first()}};
    } else if (command == u"forgot"_s && args.size() == 1) {
        request = {{u"op"_s, u"request_reset"_s}, {u"email"_s, args.first()}};
    } else if (command == u"reset"_s && args.size() == 1) {
        request = {{u"op"_s, u"reset_password"_s}, {u"token"_s, args.first()}, {u"newPassword"_s, in.readLine()}};
    } else {
        err() << "usage: atrium-cli password | sessions | revoke SESSION | forgot EMAIL | reset CODE\n";
        return Usage;
    }
    bool answered = false, ok = false;
    QString code, message;
    QCborArray sessions;
    QObject ctx;
    QObject::connect(m_engine.get(), &SyncEngine::accountReply, &ctx,
                     [&](const QString &, bool success, const QString &c, const QString &m, const QCborArray &s) {
                         answered = true;
                         ok = success;
                         code = c;
                         message = m;
                         sessions = s;
                     });
    m_engine->account(request);
    // A reset signs in: wait for the first sync too, so the next command finds the session ready.
    const bool signsIn = command == u"reset"_s;
    const int r = runUntil([&]() { return answered && (!ok || !signsIn || m_engine->isIdle()); });
    m_engine->stop();
    if (!answered) {
        explain(r);
        return r;
    }
    if (!ok)
        return refused(code, message);
    if (command == u"sessions"_s) {
        QJsonArray list;
        for (const QCborValue &v : std::as_const(sessions))
            list.append(v.toMap().toJsonObject());
        if (m_json) {
            printJson(list);
        } else {
            for (const QCborValue &v : std::as_const(sessions)) {
                const QCborMap s = v.toMap();
                out() << s.value("id"_L1).toString() << "  since "
                      << QDateTime::fromMSecsSinceEpoch(s.value("createdAt"_L1).toInteger()).toString(Qt::ISODate) << "  last used "
                      << QDateTime::fromMSecsSinceEpoch(s.value("lastUsedAt"_L1).toInteger()).toString(Qt::ISODate)
                      << (s.value("current"_L1).toBool() ? "  (this one)" : "") << '\n';
            }
        }
        return Done;
    }
    if (m_json)
        printJson(QJsonObject{{u"ok"_s, true}, {u"message"_s, message}});
    else
        out() << message << '\n';
    return Done;
}

int Cli::login(const QStringList &args)
{
    if (args.size() != 1) {
        err() << "usage: atrium-cli login EMAIL   (the password is read from standard input)\n";
        return Usage;
    }
    QTextStream in(stdin);
    const QString password = in.readLine();
    bool finished = false, ok = false;
    QString code, message;
    QObject ctx;
    QObject::connect(m_engine.get(), &SyncEngine::loginFinished, &ctx, [&](bool success, const QString &c, const QString &m) {
        finished = true;
        ok = success;
        code = c;
        message = m;
    });
    m_engine->login(args.first(), password);
    const int r = runUntil([&]() { return finished && (!ok || m_engine->isIdle()); });
    m_engine->stop();
    if (finished && !ok) {
        if (code != u"tls"_s || !m_tlsReported)
            err() << "atrium-cli: " << message << '\n';
        if (code == u"tls"_s)
            return Untrusted;
        if (code == proto::code::Unreachable)
            return Unreachable;
        return code == proto::code::Unavailable ? Unavailable : Rejected;
    }
    if (r != Done) {
        explain(r);
        return r;
    }
    const QCborMap user = m_engine->user();
    if (m_json)
        printJson(user.toJsonObject());
    else
        out() << "Signed in as " << user.value("name"_L1).toString() << " (" << user.value("role"_L1).toString() << ")\n";
    return Done;
}

int Cli::logout()
{
    if (m_engine->hasSession()) {
        runUntil([this]() { return m_engine->state() == SyncEngine::State::Syncing || m_engine->isCaughtUp(); }, 5000);
        if (m_engine->isCaughtUp())
            runUntil([this]() { return m_engine->isIdle(); }, 5000); // what is queued goes out first, if it can
    }
    // Counted before signing out: afterwards nobody is signed in to own them.
    const int kept = m_cache.pendingCount();
    if (m_engine->hasSession())
        m_engine->logout();
    if (m_json)
        printJson(QJsonObject{{u"signedIn"_s, false}, {u"pendingKept"_s, kept}});
    else if (kept > 0)
        out() << "Signed out. " << kept << " change(s) not sent yet stay in this profile for this account, and go out when it signs in again.\n";
    else
        out() << "Signed out; this account's copy of the bookings was removed from the profile.\n";
    return Done;
}

int Cli::status()
{
    const qint64 last = m_engine->lastSyncMs();
    QJsonObject o{{u"server"_s, m_engine->serverUrl().toString()},
                  {u"user"_s, m_engine->user().value("email"_L1).toString()},
                  {u"cursor"_s, m_cache.cursor()},
                  {u"pending"_s, m_cache.pendingCount()},
                  {u"rejected"_s, static_cast<int>(m_cache.rejected().size())},
                  {u"lastSync"_s, last ? QDateTime::fromMSecsSinceEpoch(last).toOffsetFromUtc(QDateTime::fromMSecsSinceEpoch(last).offsetFromUtc()).toString(Qt::ISODate) : QString()}};
    if (m_json) {
        printJson(o);
        return Done;
    }
    out() << "server:    " << o[u"server"_s].toString() << '\n'
          << "user:      " << (o[u"user"_s].toString().isEmpty() ? u"(not signed in)"_s : o[u"user"_s].toString()) << '\n'
          << "cursor:    " << m_cache.cursor() << '\n'
          << "pending:   " << m_cache.pendingCount() << '\n'
          << "rejected:  " << o[u"rejected"_s].toInt() << '\n'
          << "last sync: " << (last ? o[u"lastSync"_s].toString() : u"never"_s) << '\n';
    return Done;
}

int Cli::search()
{
    if (!m_parser.isSet(u"offline"_s))
        syncOnce(true);
    // The same parameters as the server's GET /api/spaces, read by the same parser.
    QList<std::pair<QString, QString>> parameters;
    for (const auto &[option, key] : {std::pair{u"location"_s, u"location"_s}, {u"kind"_s, u"kind"_s}, {u"category"_s, u"category"_s},
                                      {u"min-capacity"_s, u"capacity"_s}, {u"feature"_s, u"feature"_s}, {u"from"_s, u"from"_s},
                                      {u"to"_s, u"to"_s}, {u"near"_s, u"near"_s}, {u"within"_s, u"within"_s}, {u"limit"_s, u"limit"_s}})
        for (const QString &value : m_parser.values(option))
            parameters.append({key, value});
    QString error;
    const auto query = spaceQueryFromParameters(parameters, &error);
    if (!query) {
        err() << "atrium-cli: " << error << '\n';
        return Usage;
    }
    const QList<SpaceMatch> found = m_cache.findAvailable(*query);
    QJsonArray list;
    for (const SpaceMatch &m : found) {
        QJsonObject o = m.resource.toJsonObject();
        if (m.distanceKm >= 0)
            o.insert(u"distanceKm"_s, std::round(m.distanceKm * 100) / 100);
        list.append(o);
    }
    if (m_json) {
        printJson(list);
        return Done;
    }
    for (const SpaceMatch &m : found) {
        const QCborMap &r = m.resource;
        QStringList features;
        for (const QCborValue &f : r.value("features"_L1).toArray())
            features << f.toString();
        out() << qSetFieldWidth(18) << Qt::left << r.value("id"_L1).toString() << qSetFieldWidth(20) << r.value("name"_L1).toString()
              << qSetFieldWidth(16) << r.value("kind"_L1).toString() << qSetFieldWidth(0) << "cap " << r.value("capacity"_L1).toInteger();
        if (m.distanceKm >= 0)
            out() << "  " << QString::number(m.distanceKm, 'f', 1) << " km";
        out() << "  " << features.join(u", "_s) << '\n';
    }
    if (found.isEmpty())
        out() << "No spaces match.\n";
    return Done;
}

int Cli::save(const QStringList &args)
{
    const QString usage = u"usage: atrium-cli save location|resource|category ID [FIELD=VALUE]...   (staff)\n"
                          "An existing entity keeps the fields not given. Fields:\n"
                          "  location: name timezone address opens closes latitude longitude closedDates=2026-12-25,...\n"
                          "  resource: location name kind area category capacity features=a,b planX planY photo description active\n"
                          "  category: name parent\n"_s;
    static const QHash<QString, QLatin1StringView> kinds{{u"location"_s, mutation::SaveLocation},
                                                         {u"resource"_s, mutation::SaveResource},
                                                         {u"category"_s, mutation::SaveCategory}};
    if (args.size() < 2 || !kinds.contains(args.at(0))) {
        err() << usage;
        return Usage;
    }
    if (!m_parser.isSet(u"offline"_s))
        syncOnce(true);
    const QLatin1StringView entityName = args.at(0) == u"location"_s ? entity::Location
                                         : args.at(0) == u"resource"_s ? entity::Resource
                                                                       : entity::Category;
    QCborMap fields = m_cache.entity(entityName, args.at(1)).value_or(QCborMap());
    fields.remove("id"_L1);
    for (const QString &pair : args.mid(2)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0) {
            err() << usage;
            return Usage;
        }
        const QString key = pair.left(eq), value = pair.mid(eq + 1);
        if (key == u"capacity"_s) {
            fields.insert(key, value.toLongLong());
        } else if (key == u"latitude"_s || key == u"longitude"_s || key == u"planX"_s || key == u"planY"_s) {
            bool ok = false;
            const double d = value.toDouble(&ok);
            if (!ok) {
                err() << "atrium-cli: " << key << " takes a number\n";
                return Usage;
            }
            fields.insert(key, d);
        } else if (key == u"features"_s || key == u"closedDates"_s) {
            fields.insert(key, QCborArray::fromStringList(value.split(u',', Qt::SkipEmptyParts)));
        } else if (key == u"active"_s) {
            fields.insert(key, value == u"true"_s);
        } else {
            fields.insert(key, value);
        }
    }
    return submit(m_engine->mutate(kinds.value(args.at(0)), saveArgs(args.at(1), fields)), args.at(0).at(0).toUpper() + args.at(0).mid(1));
}

int Cli::retire(const QStringList &args)
{
    if (args.size() != 2 || !QStringList{u"location"_s, u"resource"_s, u"category"_s}.contains(args.at(0))) {
        err() << "usage: atrium-cli retire location|resource|category ID   (staff)\n";
        return Usage;
    }
    const QLatin1StringView entityName = args.at(0) == u"location"_s ? entity::Location
                                         : args.at(0) == u"resource"_s ? entity::Resource
                                                                       : entity::Category;
    return submit(m_engine->mutate(mutation::Retire, retireArgs(entityName, args.at(1))), u"Retirement"_s);
}

QJsonObject Cli::bookingJson(const client::BookingView &v)
{
    const Booking &b = v.booking;
    QJsonObject o{{u"id"_s, b.id},
                  {u"resource"_s, b.resourceId},
                  {u"location"_s, b.locationId},
                  {u"start"_s, iso(b.startMs, b.locationId)},
                  {u"end"_s, iso(b.endMs, b.locationId)},
                  {u"status"_s, b.status},
                  {u"pending"_s, v.pending},
                  {u"busy"_s, v.busy}};
    if (!v.busy) {
        o.insert(u"member"_s, b.memberId);
        o.insert(u"memberName"_s, b.memberName);
        o.insert(u"title"_s, b.title);
    }
    return o;
}

int Cli::bookings()
{
    if (!m_parser.isSet(u"offline"_s))
        syncOnce(true);
    client::BookingFilter filter;
    filter.resourceId = m_parser.value(u"resource"_s);
    if (m_parser.isSet(u"mine"_s))
        filter.memberId = m_engine->user().value("id"_L1).toString();
    if (m_parser.isSet(u"from"_s)) {
        const auto t = timeArg(m_parser.value(u"from"_s));
        if (!t)
            return Usage;
        filter.fromMs = *t;
    }
    if (m_parser.isSet(u"to"_s)) {
        const auto t = timeArg(m_parser.value(u"to"_s));
        if (!t)
            return Usage;
        filter.toMs = *t;
    }
    QJsonArray list;
    for (const auto &v : m_cache.bookings(filter))
        if (!(m_parser.isSet(u"mine"_s) && v.busy))
            list.append(bookingJson(v));
    if (m_json) {
        printJson(list);
        return Done;
    }
    for (const QJsonValue &v : std::as_const(list)) {
        const QJsonObject b = v.toObject();
        const QString state = b[u"pending"_s].toBool() ? u"pending"_s : b[u"busy"_s].toBool() ? u"busy"_s : b[u"status"_s].toString();
        out() << b[u"id"_s].toString() << "  " << qSetFieldWidth(16) << Qt::left << b[u"resource"_s].toString() << qSetFieldWidth(0)
              << b[u"start"_s].toString() << " -> " << b[u"end"_s].toString().mid(11) << "  " << qSetFieldWidth(11) << state
              << qSetFieldWidth(0) << b[u"memberName"_s].toString() << (b[u"title"_s].toString().isEmpty() ? u""_s : u" · "_s + b[u"title"_s].toString())
              << '\n';
    }
    if (list.isEmpty())
        out() << "No bookings match.\n";
    return Done;
}

QJsonObject Cli::rejectedJson(const client::RejectedOp &r)
{
    QJsonArray alternatives;
    for (const QCborValue &a : r.alternatives) {
        const QCborMap m = a.toMap();
        const QString loc = m.value("location"_L1).toString();
        alternatives.append(QJsonObject{{u"resource"_s, m.value("resource"_L1).toString()},
                                        {u"resourceName"_s, m.value("resourceName"_L1).toString()},
                                        {u"start"_s, iso(m.value("start"_L1).toInteger(), loc)},
                                        {u"end"_s, iso(m.value("end"_L1).toInteger(), loc)},
                                        {u"reason"_s, m.value("reason"_L1).toString()}});
    }
    return {{u"id"_s, r.opId}, {u"kind"_s, r.kind}, {u"state"_s, u"rejected"_s}, {u"code"_s, r.code}, {u"reason"_s, r.message},
            {u"alternatives"_s, alternatives}};
}

void Cli::printRejected(const client::RejectedOp &r)
{
    out() << "rejected (" << r.code << "): " << r.message << '\n';
    const QJsonArray alts = rejectedJson(r)[u"alternatives"_s].toArray();
    if (!alts.isEmpty())
        out() << "alternatives:\n";
    for (const QJsonValue &v : alts) {
        const QJsonObject a = v.toObject();
        out() << "  " << a[u"resource"_s].toString() << " (" << a[u"resourceName"_s].toString() << ")  " << a[u"start"_s].toString()
              << " -> " << a[u"end"_s].toString().mid(11) << '\n';
    }
}

int Cli::await(const QString &opId, bool *confirmed)
{
    auto findRejected = [&]() -> std::optional<client::RejectedOp> {
        for (const auto &r : m_cache.rejected())
            if (r.opId == opId)
                return r;
        return std::nullopt;
    };
    auto inOutbox = [&]() {
        for (const auto &op : m_cache.outbox())
            if (op.opId == opId)
                return true;
        return false;
    };
    int r = Done;
    if (!m_parser.isSet(u"offline"_s)) {
        r = runUntil([&]() { return findRejected().has_value() || (!inOutbox() && m_engine->isIdle()); });
        m_engine->stop();
    }
    if (const auto rejected = findRejected()) {
        if (m_json)
            printJson(rejectedJson(*rejected));
        else
            printRejected(*rejected);
        return Rejected;
    }
    *confirmed = !inOutbox();
    return r;
}

int Cli::submit(const QString &opId, const QString &what)
{
    bool confirmed = false;
    const int r = await(opId, &confirmed);
    if (r == Rejected)
        return r;
    if (m_json)
        printJson(QJsonObject{{u"id"_s, opId}, {u"state"_s, confirmed ? u"confirmed"_s : u"pending"_s}});
    else if (confirmed)
        out() << what << " confirmed: " << opId << '\n';
    else
        out() << what << " queued (pending): " << opId << '\n';
    if (r != Done) {
        explain(r, u"; this stays queued and will sync later"_s);
        return r;
    }
    return Done;
}

int Cli::book(const QStringList &args)
{
    if (args.size() != 3) {
        err() << "usage: atrium-cli book RESOURCE FROM TO [--repeat RRULE] [--for MEMBER] [--title TEXT] [--offline]\n";
        return Usage;
    }
    const auto range = timeRange(args.at(1), args.at(2));
    if (!range)
        return Usage;
    const auto [from, to] = *range;
    if (!m_parser.isSet(u"repeat"_s))
        return submit(m_engine->book(args.at(0), from, to, m_parser.value(u"for"_s), m_parser.value(u"title"_s)), u"Booking"_s);
    // A series: its id is made here, so what it booked can be listed once the server has answered.
    const QString seriesId = newUuidV7();
    const int r = submit(m_engine->mutate(mutation::BookSeries, bookSeriesArgs(seriesId, args.at(0), from, to, m_parser.value(u"repeat"_s),
                                                                               m_parser.value(u"for"_s), m_parser.value(u"title"_s))),
                         u"Series"_s);
    if (r == Done && !m_parser.isSet(u"offline"_s))
        printSeries(seriesId);
    return r;
}

void Cli::printSeries(const QString &seriesId)
{
    const auto series = m_cache.entity(entity::Series, seriesId);
    if (!series)
        return;
    BookingFilter filter;
    QJsonArray booked;
    for (const BookingView &v : m_cache.bookings(filter))
        if (v.booking.seriesId == seriesId && v.booking.isActive())
            booked.append(bookingJson(v));
    const QString location = series->value("location"_L1).toString();
    QJsonArray conflicts;
    for (const QCborValue &c : series->value("conflicts"_L1).toArray()) {
        QJsonObject o = c.toMap().toJsonObject();
        o.insert(u"start"_s, iso(c.toMap().value("start"_L1).toInteger(), location));
        o.insert(u"end"_s, iso(c.toMap().value("end"_L1).toInteger(), location));
        conflicts.append(o);
    }
    if (m_json) {
        printJson(QJsonObject{{u"series"_s, seriesId}, {u"rrule"_s, series->value("rrule"_L1).toString()}, {u"booked"_s, booked},
                              {u"conflicts"_s, conflicts}});
        return;
    }
    out() << "Booked " << booked.size() << " occurrence(s) of " << series->value("rrule"_L1).toString() << ":\n";
    for (const QJsonValue &v : std::as_const(booked))
        out() << "  " << v.toObject().value(u"start"_s).toString() << "  " << v.toObject().value(u"id"_s).toString() << '\n';
    if (!conflicts.isEmpty())
        out() << conflicts.size() << " could not be booked:\n";
    for (const QJsonValue &v : std::as_const(conflicts)) {
        const QJsonObject c = v.toObject();
        out() << "  " << c.value(u"start"_s).toString() << "  " << c.value(u"message"_s).toString() << '\n';
        for (const QJsonValue &a : c.value(u"alternatives"_s).toArray())
            out() << "      instead: " << a.toObject().value(u"resourceName"_s).toString() << ' '
                  << iso(a.toObject().value(u"start"_s).toInteger(), location) << '\n';
    }
}

int Cli::cancel(const QStringList &args)
{
    if (args.size() != 1 || (m_parser.isSet(u"following"_s) && m_parser.isSet(u"all"_s))) {
        err() << "usage: atrium-cli cancel BOOKING [--following | --all] [--offline]\n";
        return Usage;
    }
    if (!m_parser.isSet(u"following"_s) && !m_parser.isSet(u"all"_s))
        return submit(m_engine->cancel(args.first()), u"Cancellation"_s);
    const QString series = seriesOf(args.first());
    if (series.isEmpty())
        return Usage;
    return submit(m_engine->mutate(mutation::CancelSeries, cancelSeriesArgs(series, m_parser.isSet(u"all"_s) ? QString() : args.first())),
                  u"Cancellation"_s);
}

int Cli::move(const QStringList &args)
{
    if (args.size() != 3) {
        err() << "usage: atrium-cli move BOOKING FROM TO [--resource ID] [--following] [--offline]\n";
        return Usage;
    }
    const auto range = timeRange(args.at(1), args.at(2));
    if (!range)
        return Usage;
    const auto [from, to] = *range;
    const QString resource = m_parser.value(u"resource"_s);
    if (!m_parser.isSet(u"following"_s))
        return submit(m_engine->mutate(mutation::Move, moveArgs(args.at(0), from, to, resource)), u"Move"_s);
    const QString series = seriesOf(args.first());
    if (series.isEmpty())
        return Usage;
    const QString next = newUuidV7();
    const int r = submit(m_engine->mutate(mutation::EditSeries, editSeriesArgs(series, args.at(0), next, from, to, resource)), u"Series edit"_s);
    if (r == Done && !m_parser.isSet(u"offline"_s))
        printSeries(next);
    return r;
}

int Cli::waitlist(const QStringList &args)
{
    const QString usage = u"usage: atrium-cli waitlist join RESOURCE FROM TO [--for MEMBER]\n"
                          "       atrium-cli waitlist leave ENTRY | accept ENTRY\n"
                          "       atrium-cli waitlist                     (your entries and their offers)\n"_s;
    if (args.size() == 4 && args.at(0) == u"join"_s) {
        const auto range = timeRange(args.at(2), args.at(3));
        if (!range)
            return Usage;
        return submit(m_engine->mutate(mutation::JoinWaitlist, bookArgs(newUuidV7(), args.at(1), range->first, range->second, m_parser.value(u"for"_s))),
                      u"Waitlist entry"_s);
    }
    if (args.size() == 2 && (args.at(0) == u"leave"_s || args.at(0) == u"accept"_s))
        return submit(m_engine->mutate(args.at(0) == u"leave"_s ? mutation::LeaveWaitlist : mutation::AcceptOffer, waitlistRefArgs(args.at(1))),
                      args.at(0) == u"leave"_s ? u"Leaving the waitlist"_s : u"Offer accepted"_s);
    if (!args.isEmpty()) {
        err() << usage;
        return Usage;
    }
    if (!m_parser.isSet(u"offline"_s))
        syncOnce(true);
    QJsonArray list;
    for (const QCborMap &e : m_cache.entities(entity::Waitlist)) {
        QJsonObject o = e.toJsonObject();
        const QString location = e.value("location"_L1).toString();
        o.insert(u"start"_s, iso(e.value("start"_L1).toInteger(), location));
        o.insert(u"end"_s, iso(e.value("end"_L1).toInteger(), location));
        if (e.contains("offerExpires"_L1))
            o.insert(u"offerExpires"_s, iso(e.value("offerExpires"_L1).toInteger(), location));
        list.append(o);
    }
    if (m_json) {
        printJson(list);
        return Done;
    }
    for (const QJsonValue &v : std::as_const(list)) {
        const QJsonObject e = v.toObject();
        out() << e.value(u"id"_s).toString() << "  " << e.value(u"resource"_s).toString() << "  " << e.value(u"start"_s).toString() << "  "
              << e.value(u"status"_s).toString();
        if (e.value(u"status"_s).toString() == u"offered"_s)
            out() << " (accept before " << e.value(u"offerExpires"_s).toString() << ")";
        out() << '\n';
    }
    if (list.isEmpty())
        out() << "Not waiting for anything.\n";
    return Done;
}

int Cli::feed(const QStringList &args)
{
    // feed [--resource ID] [--new]: the secret calendar URL, made on first use.
    if (!args.isEmpty()) {
        err() << "usage: atrium-cli feed [--resource ID] [--new]\n";
        return Usage;
    }
    const bool ofResource = m_parser.isSet(u"resource"_s);
    const QString kind = ofResource ? u"resource"_s : u"member"_s;
    const QString target = ofResource ? m_parser.value(u"resource"_s) : m_engine->user().value("id"_L1).toString();
    // The link already made is shown as it is; only --new makes another (which ends the old one).
    const int synced = syncOnce(true);
    if (m_parser.isSet(u"new"_s) || !m_cache.entity(entity::Feed, kind + u'|' + target)) {
        if (synced != Done) {
            explain(synced, u"; a calendar link is made by the server, so try again when it is"_s);
            return synced;
        }
        bool confirmed = false;
        const int r = await(m_engine->mutate(mutation::CalendarFeed, calendarFeedArgs(kind, target)), &confirmed);
        if (r == Rejected)
            return r;
        if (r != Done || !confirmed) {
            explain(r == Done ? int(Unavailable) : r);
            return r == Done ? int(Unavailable) : r;
        }
    }
    const auto feed = m_cache.entity(entity::Feed, kind + u'|' + target);
    if (!feed) {
        err() << "atrium-cli: the server made no calendar link\n";
        return Unavailable;
    }
    QUrl url = m_engine->serverUrl();
    url.setPath(feed->value("path"_L1).toString());
    if (m_json)
        printJson(QJsonObject{{u"url"_s, url.toString()}, {u"kind"_s, kind}, {u"target"_s, target}});
    else
        out() << url.toString() << "\n(subscribe to it from any calendar app; atrium-cli feed --new replaces it)\n";
    return Done;
}

int Cli::importIcs(const QStringList &args)
{
    if (args.size() != 2) {
        err() << "usage: atrium-cli import RESOURCE FILE.ics [--calendar NAME]   (staff: the file's events become busy times)\n";
        return Usage;
    }
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        err() << "atrium-cli: cannot read " << args.at(1) << ": " << file.errorString() << '\n';
        return Usage;
    }
    const QByteArray ics = file.readAll();
    // Which calendar this is an export of (a newer export of it replaces what this one brings):
    // as told, else as the file names itself, else by the file's name.
    QString calendar = m_parser.value(u"calendar"_s).trimmed();
    if (calendar.isEmpty()) {
        static const QRegularExpression name(u"^X-WR-CALNAME[^:]*:(.+)$"_s, QRegularExpression::MultilineOption);
        calendar = name.match(QString::fromUtf8(ics).replace(u"\r\n"_s, u"\n"_s)).captured(1).trimmed();
    }
    if (calendar.isEmpty())
        calendar = QFileInfo(args.at(1)).completeBaseName();
    QString summary;
    QCborMap details;
    QObject ctx;
    QObject::connect(m_engine.get(), &SyncEngine::opApplied, &ctx, [&](const QString &, const QString &message, const QCborMap &d) {
        summary = message;
        details = d;
    });
    bool confirmed = false;
    const int r = await(m_engine->mutate(mutation::ImportBusy, importBusyArgs(args.at(0), ics, calendar)), &confirmed);
    if (r == Rejected)
        return r;
    if (r != Done || !confirmed) {
        explain(r == Done ? int(Unavailable) : r, u"; the import stays queued and will be sent later"_s);
        return r == Done ? int(Unavailable) : r;
    }
    if (m_json) {
        printJson(details.toJsonObject());
        return Done;
    }
    out() << summary << '\n';
    // Event by event: what it brought, or why nothing.
    for (const QCborValue &v : details.value("events"_L1).toArray()) {
        const QCborMap e = v.toMap();
        const QString what = e.value("skipped"_L1).isString() ? u"skipped: "_s + e.value("skipped"_L1).toString()
                                                               : u"%1 busy time(s)"_s.arg(e.value("busyTimes"_L1).toInteger());
        out() << "  " << e.value("summary"_L1).toString() << "  [" << e.value("uid"_L1).toString().left(60) << "]  " << what << '\n';
    }
    return Done;
}

int Cli::checkin(const QStringList &args)
{
    const bool byCredential = m_parser.isSet(u"qr"_s) || m_parser.isSet(u"pin"_s);
    if (args.size() != (byCredential ? 0 : 1)) {
        err() << "usage: atrium-cli checkin MEMBER [--booking ID] [--location ID] [--resource ID [--minutes N]] [--offline]\n"
                 "       atrium-cli checkin --qr TOKEN | --pin PIN [--location ID] [--resource ID]   (kiosks, staff)\n"
                 "Without --booking, the member's booking whose check-in window is open is used; with --resource and\n"
                 "none there, a walk-in books the space from now for --minutes (60).\n";
        return Usage;
    }
    const QString id = newUuidV7();
    const QString resource = m_parser.value(u"resource"_s);
    QCborMap checkinArgsMap;
    if (byCredential)
        checkinArgsMap = credentialCheckinArgs(id, m_parser.isSet(u"qr"_s) ? "qr"_L1 : "pin"_L1,
                                               m_parser.value(m_parser.isSet(u"qr"_s) ? u"qr"_s : u"pin"_s), m_parser.value(u"location"_s), resource);
    else if (!resource.isEmpty())
        checkinArgsMap = walkInArgs(id, args.first(), resource, m_parser.isSet(u"minutes"_s) ? m_parser.value(u"minutes"_s).toInt() : 60);
    else
        return submit(m_engine->checkin(args.first(), m_parser.value(u"booking"_s), m_parser.value(u"location"_s)), u"Check-in"_s);
    return submit(m_engine->mutate(mutation::Checkin, checkinArgsMap), u"Check-in"_s);
}

int Cli::badge(const QStringList &args)
{
    if (args.size() > 1) {
        err() << "usage: atrium-cli badge [MEMBER]   a new QR badge and PIN (yours, or a member's for staff); the old ones stop working\n";
        return Usage;
    }
    QCborMap a;
    a.insert("member"_L1, args.isEmpty() ? m_engine->user().value("id"_L1).toString() : args.first());
    QString note;
    QObject ctx;
    QObject::connect(m_engine.get(), &SyncEngine::opApplied, &ctx, [&](const QString &, const QString &message) { note = message; });
    const int r = submit(m_engine->mutate(mutation::IssueCredentials, a), u"Badge"_s);
    if (!note.isEmpty())
        (m_json ? err() : out()) << note << '\n';
    return r;
}

int Cli::note(const QStringList &args)
{
    const QString usage = u"usage: atrium-cli note list MEMBER          (staff) the notes about a member, newest first\n"
                          "       atrium-cli note add MEMBER TEXT...\n"
                          "       atrium-cli note edit NOTE TEXT...\n"
                          "       atrium-cli note delete NOTE\n"
                          "MEMBER: an id or e-mail. Notes are for staff; members never see them.\n"_s;
    const QString verb = args.value(0);
    if (verb == u"list"_s && args.size() == 2) {
        if (!m_parser.isSet(u"offline"_s))
            syncOnce(true);
        QHash<QString, QString> byEmail;
        const QString member = m_cache.memberNamed(args.at(1), byEmail);
        QJsonArray list;
        for (const client::MemberNoteView &n : m_cache.memberNotes(member))
            list.append(QJsonObject{{u"id"_s, n.id},
                                    {u"member"_s, n.memberId},
                                    {u"text"_s, n.text},
                                    {u"author"_s, n.authorId},
                                    {u"authorName"_s, n.authorName},
                                    {u"createdAt"_s, QDateTime::fromMSecsSinceEpoch(n.createdAtMs).toOffsetFromUtc(0).toString(Qt::ISODate)},
                                    {u"updatedAt"_s, QDateTime::fromMSecsSinceEpoch(n.updatedAtMs).toOffsetFromUtc(0).toString(Qt::ISODate)},
                                    {u"pending"_s, n.pending}});
        if (m_json) {
            printJson(list);
            return Done;
        }
        if (list.isEmpty())
            out() << "No notes about " << args.at(1) << ".\n";
        for (const QJsonValue &v : std::as_const(list)) {
            const QJsonObject n = v.toObject();
            out() << n[u"id"_s].toString() << "  " << n[u"createdAt"_s].toString() << "  " << n[u"authorName"_s].toString()
                  << (n[u"pending"_s].toBool() ? "  (pending)" : "") << "\n    " << n[u"text"_s].toString() << '\n';
        }
        return Done;
    }
    const QString text = args.mid(2).join(u' ').trimmed();
    if ((verb == u"add"_s || verb == u"edit"_s) && args.size() >= 3) {
        if (text.size() > kMaxMemberNote) {
            err() << "atrium-cli: a note is at most " << kMaxMemberNote << " characters; this one has " << text.size() << '\n';
            return Usage;
        }
        QString member = args.at(1), id = newUuidV7(QDateTime::currentMSecsSinceEpoch());
        if (verb == u"edit"_s) {
            id = args.at(1);
            const auto existing = m_cache.entity(entity::MemberNote, id);
            member = existing ? existing->value("member"_L1).toString() : QString();
            if (member.isEmpty())
                for (const client::OutboxOp &op : m_cache.outbox())
                    if (op.kind == mutation::SaveMemberNote && op.args.value("id"_L1).toString() == id)
                        member = op.args.value("member"_L1).toString();
            if (member.isEmpty()) {
                err() << "atrium-cli: no note '" << id << "' in the cache (sync first, or see note list)\n";
                return Usage;
            }
        }
        const int r = submit(m_engine->mutate(mutation::SaveMemberNote, memberNoteArgs(id, member, text)), u"Note"_s);
        if (!m_json && r == Done && verb == u"add"_s)
            out() << "Note id: " << id << '\n';
        return r;
    }
    if (verb == u"delete"_s && args.size() == 2)
        return submit(m_engine->mutate(mutation::DeleteMemberNote, deleteMemberNoteArgs(args.at(1))), u"Removal"_s);
    err() << usage;
    return Usage;
}

int Cli::inbox(const QStringList &args)
{
    const QString verb = args.value(0);
    if (verb == u"read"_s || verb == u"archive"_s) {
        const bool all = m_parser.isSet(u"all"_s);
        if (all == (args.size() == 2) || args.size() > 2) {
            err() << "usage: atrium-cli inbox " << verb << " ID|--all\n";
            return Usage;
        }
        const QStringList ids = all ? QStringList() : QStringList{args.at(1)};
        const QList<client::NotificationView> box = m_cache.notifications();
        if (!all && std::none_of(box.cbegin(), box.cend(), [&](const client::NotificationView &n) { return n.id == ids.first(); })) {
            err() << "atrium-cli: no notification '" << ids.first() << "' in your inbox (see atrium-cli inbox)\n";
            return Usage;
        }
        return submit(m_engine->mutate(verb == u"read"_s ? mutation::ReadNotifications : mutation::ArchiveNotifications,
                                       notificationsArgs(ids, all)),
                      verb == u"read"_s ? u"Read"_s : u"Archive"_s);
    }
    if (!args.isEmpty()) {
        err() << "usage: atrium-cli inbox [--unread] [--json]\n       atrium-cli inbox read ID|--all\n       atrium-cli inbox archive ID|--all\n";
        return Usage;
    }
    if (!m_parser.isSet(u"offline"_s))
        syncOnce(true);
    QJsonArray list;
    for (const client::NotificationView &n : m_cache.notifications()) {
        if (m_parser.isSet(u"unread"_s) && n.read)
            continue;
        QJsonObject o{{u"id"_s, n.id},
                      {u"kind"_s, n.kind},
                      {u"key"_s, n.messageKey},
                      {u"text"_s, n.english},
                      {u"at"_s, QDateTime::fromMSecsSinceEpoch(n.createdAtMs).toOffsetFromUtc(0).toString(Qt::ISODate)},
                      {u"read"_s, n.read}};
        if (!n.refEntity.isEmpty())
            o.insert(n.refEntity, n.refId);
        list.append(o);
    }
    if (m_json) {
        printJson(list);
        return Done;
    }
    if (list.isEmpty())
        out() << (m_parser.isSet(u"unread"_s) ? "Nothing unread.\n" : "No notifications.\n");
    for (const QJsonValue &v : std::as_const(list)) {
        const QJsonObject n = v.toObject();
        out() << (n[u"read"_s].toBool() ? "  " : "* ") << n[u"at"_s].toString() << "  " << n[u"text"_s].toString() << "\n    "
              << n[u"id"_s].toString() << '\n';
    }
    return Done;
}

int Cli::prefs(const QStringList &args)
{
    const QString member = m_parser.value(u"for"_s);
    if (args.size() == 2 && args.at(0) == u"reminder"_s) {
        bool ok = false;
        const int minutes = args.at(1) == u"off"_s ? 0 : args.at(1).toInt(&ok);
        if ((!ok && args.at(1) != u"off"_s) || minutes < 0 || minutes > notify::kMaxReminderMinutes) {
            err() << "usage: atrium-cli prefs reminder MINUTES|off   (0 to " << notify::kMaxReminderMinutes << " minutes before a booking starts)\n";
            return Usage;
        }
        return submit(m_engine->mutate(mutation::SetNotifySettings, setNotifySettingsArgs({{u"reminderMinutes"_s, minutes}}, member)),
                      u"Setting"_s);
    }
    if (args.size() == 2 && args.at(0) == u"digest"_s) {
        if (args.at(1) != u"on"_s && args.at(1) != u"off"_s) {
            err() << "usage: atrium-cli prefs digest on|off   (on: notices by e-mail come once a day, at 08:00)\n";
            return Usage;
        }
        return submit(m_engine->mutate(mutation::SetNotifySettings, setNotifySettingsArgs({{u"digest"_s, args.at(1) == u"on"_s}}, member)),
                      u"Setting"_s);
    }
    if (args.size() == 3) {
        if (args.at(2) != u"on"_s && args.at(2) != u"off"_s) {
            err() << "usage: atrium-cli prefs KIND CHANNEL on|off [--for MEMBER|*]\n";
            return Usage;
        }
        return submit(m_engine->mutate(mutation::SetNotifyPref, setNotifyPrefArgs(args.at(0), args.at(1), args.at(2) == u"on"_s, member)),
                      u"Setting"_s);
    }
    if (!args.isEmpty()) {
        err() << "usage: atrium-cli prefs                          what you are told, and how\n"
                 "       atrium-cli prefs KIND CHANNEL on|off [--for MEMBER|*]\n"
                 "       atrium-cli prefs reminder MINUTES|off     how long before a booking you are reminded\n"
                 "       atrium-cli prefs digest on|off            e-mail once a day instead of one by one\n";
        return Usage;
    }
    if (!m_parser.isSet(u"offline"_s))
        syncOnce(true);
    const auto read = [this](const QString &id) {
        const auto e = m_cache.entity(entity::NotifyPrefs, id);
        return e ? e->value("prefs"_L1).toMap() : QCborMap();
    };
    const QCborMap own = read(m_engine->user().value("id"_L1).toString()), everyone = read(u"*"_s);
    QJsonArray list;
    for (const QString &kind : notify::kinds())
        for (const QString &channel : notify::channels()) {
            const QString key = kind + u'|' + channel;
            const QString from = own.contains(key) ? u"yours"_s : everyone.contains(key) ? u"operator"_s : u"default"_s;
            list.append(QJsonObject{{u"kind"_s, kind}, {u"channel"_s, channel}, {u"on"_s, notify::isOn(own, everyone, kind, channel)},
                                    {u"from"_s, from}});
        }
    if (m_json) {
        printJson(list);
        return Done;
    }
    for (const QJsonValue &v : std::as_const(list)) {
        const QJsonObject p = v.toObject();
        out() << p[u"kind"_s].toString().leftJustified(20) << p[u"channel"_s].toString().leftJustified(7)
              << (p[u"on"_s].toBool() ? "on " : "off") << "  (" << p[u"from"_s].toString()
              << (notify::isMutable(p[u"kind"_s].toString()) ? ")\n" : ", always)\n");
    }
    const QCborMap mine = notifySettings(m_engine->user().value("id"_L1).toString()), operatorSet = notifySettings(u"*"_s);
    const qint64 lead = mine.value("reminderMinutes"_L1).toInteger(operatorSet.value("reminderMinutes"_L1).toInteger(notify::kDefaultReminderMinutes));
    out() << "\nreminder            " << (lead > 0 ? QString::number(lead) + u" min before a booking"_s : u"off"_s) << "  ("
          << (mine.contains("reminderMinutes"_L1) ? "yours" : operatorSet.contains("reminderMinutes"_L1) ? "operator" : "default") << ")\n"
          << "quiet hours         "
          << (mine.contains("quietFrom"_L1) ? mine.value("quietFrom"_L1).toString() + u" to "_s + mine.value("quietTo"_L1).toString() : u"off"_s)
          << "  (your own time zone; security notices still come)\n"
          << "digest              " << (mine.value("digest"_L1).toBool() ? "on: e-mail once a day, at 08:00" : "off") << '\n';
    return Done;
}

QCborMap Cli::notifySettings(const QString &id)
{
    const auto e = m_cache.entity(entity::NotifyPrefs, id);
    return e ? e->value("settings"_L1).toMap() : QCborMap();
}

int Cli::quiet(const QStringList &args)
{
    const QString member = m_parser.value(u"for"_s);
    const auto isTime = [](const QString &t) { return t.size() == 5 && QTime::fromString(t, u"HH:mm"_s).isValid(); };
    if (args.size() == 1 && args.at(0) == u"off"_s)
        return submit(m_engine->mutate(mutation::SetNotifySettings, setNotifySettingsArgs({{u"quietFrom"_s, u""_s}, {u"quietTo"_s, u""_s}}, member)),
                      u"Quiet hours"_s);
    if (args.size() == 2 && isTime(args.at(0)) && isTime(args.at(1)) && args.at(0) != args.at(1))
        return submit(m_engine->mutate(mutation::SetNotifySettings, setNotifySettingsArgs({{u"quietFrom"_s, args.at(0)}, {u"quietTo"_s, args.at(1)}}, member)),
                      u"Quiet hours"_s);
    if (!args.isEmpty()) {
        err() << "usage: atrium-cli quiet HH:MM HH:MM|off   quiet hours in your own time zone (22:00 07:00): notices wait\n"
                 "                                           until they end; security notices still come\n"
                 "       atrium-cli quiet                    the quiet hours you have\n";
        return Usage;
    }
    if (!m_parser.isSet(u"offline"_s))
        syncOnce(true);
    const QCborMap mine = notifySettings(m_engine->user().value("id"_L1).toString());
    if (m_json) {
        const bool on = mine.contains("quietFrom"_L1);
        printJson(QJsonObject{{u"from"_s, on ? QJsonValue(mine.value("quietFrom"_L1).toString()) : QJsonValue()},
                              {u"to"_s, on ? QJsonValue(mine.value("quietTo"_L1).toString()) : QJsonValue()}});
        return Done;
    }
    out() << (mine.contains("quietFrom"_L1) ? u"Quiet hours: %1 to %2, in your own time zone.\n"_s.arg(mine.value("quietFrom"_L1).toString(), mine.value("quietTo"_L1).toString())
                                            : u"No quiet hours.\n"_s);
    return Done;
}

int Cli::policy(const QStringList &args)
{
    const QString usage = u"usage: atrium-cli policy show RESOURCE\n"
                          "       atrium-cli policy set LEVEL TARGET [RULE=VALUE]...   (administrators)\n"
                          "LEVEL: organisation (TARGET *), location, area (TARGET LOCATION/AREA), kind, resource.\n"
                          "RULE: minMinutes maxMinutes granularityMinutes bufferMinutes maxDaysAhead minLeadMinutes\n"
                          "      maxActiveBookings cancelDeadlineMinutes checkInBeforeMinutes graceMinutes offerHoldMinutes\n"
                          "      withinOpeningHours=true|false approvalRequired=true|false\n"
                          "      closedDays=6,7 allowedRoles=admin,front_desk allowedPlans=resident,flex.\n"
                          "      No rules: clear the level.\n"_s;
    if (args.size() == 2 && args.at(0) == u"show"_s) {
        const auto res = m_cache.entity(entity::Resource, args.at(1));
        if (!res) {
            err() << "atrium-cli: no resource '" << args.at(1) << "' in the cache (sync first?)\n";
            return Usage;
        }
        QJsonObject rules;
        for (const auto &[level, target] : policyChain(args.at(1), res->value("location"_L1).toString(), res->value("area"_L1).toString(),
                                                       res->value("kind"_L1).toString()))
            if (const auto p = m_cache.entity(entity::Policy, level + u'|' + target)) {
                const QCborMap set = Policy::fromCbor(p->value("rules"_L1).toMap()).toCbor();
                for (auto it = set.cbegin(); it != set.cend(); ++it)
                    rules.insert(it.key().toString(), QJsonObject{{u"value"_s, it.value().toJsonValue()}, {u"from"_s, QString(level + u' ' + target)}});
            }
        if (m_json) {
            printJson(QJsonObject{{u"resource"_s, args.at(1)}, {u"rules"_s, rules}});
            return Done;
        }
        if (rules.isEmpty())
            out() << "No booking rules apply to " << args.at(1) << ".\n";
        for (auto it = rules.constBegin(); it != rules.constEnd(); ++it) {
            const QJsonValue v = it.value().toObject().value(u"value"_s);
            const QString shown = v.isArray() ? QVariant(v.toArray().toVariantList()).toStringList().join(u","_s)
                                  : v.isBool() ? (v.toBool() ? u"true"_s : u"false"_s)
                                               : QString::number(v.toInteger());
            out() << qSetFieldWidth(24) << Qt::left << it.key() << qSetFieldWidth(14) << shown << qSetFieldWidth(0) << "from "
                  << it.value().toObject().value(u"from"_s).toString() << '\n';
        }
        return Done;
    }
    if (args.size() >= 3 && args.at(0) == u"set"_s) {
        QCborMap rules;
        for (const QString &pair : args.mid(3)) {
            const qsizetype eq = pair.indexOf(u'=');
            if (eq <= 0) {
                err() << usage;
                return Usage;
            }
            const QString key = pair.left(eq), value = pair.mid(eq + 1);
            if (key == u"withinOpeningHours"_s || key == u"approvalRequired"_s)
                rules.insert(key, value == u"true"_s);
            else if (key == u"closedDays"_s) {
                QCborArray days;
                for (const QString &d : value.split(u',', Qt::SkipEmptyParts))
                    days.append(d.toInt());
                rules.insert(key, days);
            } else if (key == u"allowedRoles"_s || key == u"allowedPlans"_s)
                rules.insert(key, QCborArray::fromStringList(value.split(u',', Qt::SkipEmptyParts)));
            else {
                bool ok = false;
                const int n = value.toInt(&ok);
                if (!ok) {
                    err() << "atrium-cli: " << key << " takes a whole number of minutes (or days)\n";
                    return Usage;
                }
                rules.insert(key, n);
            }
        }
        return submit(m_engine->setPolicy(args.at(1), args.at(2), rules), u"Policy"_s);
    }
    err() << usage;
    return Usage;
}

int Cli::pending()
{
    QJsonArray list;
    for (const auto &op : m_cache.outbox()) {
        if (op.state != u"queued"_s)
            continue;
        list.append(QJsonObject{{u"id"_s, op.opId}, {u"kind"_s, op.kind}, {u"state"_s, u"pending"_s}, {u"args"_s, op.args.toJsonObject()}});
    }
    for (const auto &r : m_cache.rejected())
        list.append(rejectedJson(r));
    if (m_json) {
        printJson(list);
        return Done;
    }
    for (const auto &op : m_cache.outbox())
        if (op.state == u"queued"_s)
            out() << "pending   " << op.kind << ' ' << op.opId << '\n';
    for (const auto &r : m_cache.rejected()) {
        out() << "rejected  " << r.kind << ' ' << r.opId << ": ";
        printRejected(r);
    }
    if (list.isEmpty())
        out() << "Nothing pending.\n";
    return Done;
}

namespace {

// One value of an audited state, short enough for a line; times (start, end, *At) as times.
QString shortValue(const QCborValue &v, const QString &field = {})
{
    if (v.isUndefined() || v.isNull())
        return u"—"_s;
    QString text;
    const bool time = field == u"start"_s || field == u"end"_s || field.endsWith(u"At"_s) || field == u"olderThan"_s;
    if (time && v.isInteger() && v.toInteger() > 0)
        text = QDateTime::fromMSecsSinceEpoch(v.toInteger()).toString(Qt::ISODateWithMs).left(19).replace(u'T', u' ');
    else if (v.isString())
        text = v.toString();
    else if (v.isBool())
        text = v.toBool() ? u"true"_s : u"false"_s;
    else if (v.isInteger())
        text = QString::number(v.toInteger());
    else if (v.isDouble())
        text = QString::number(v.toDouble());
    else
        text = QString::fromUtf8(QJsonDocument::fromVariant(v.toVariant()).toJson(QJsonDocument::Compact));
    return text.size() > 60 ? text.left(57) + u"..."_s : text;
}

// A time on the command line's clock: ISO 8601 with an offset, or a day (its local midnight).
std::optional<qint64> auditTime(const QString &text)
{
    if (const auto t = parseIsoTimestamp(text))
        return t;
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid() && text.size() == 10)
        return day.startOfDay().toMSecsSinceEpoch();
    return std::nullopt;
}

} // namespace

int Cli::askAudit(QCborMap query, QCborArray *entries, QString *message)
{
    if (m_parser.isSet(u"limit"_s)) {
        bool ok = false;
        const int limit = m_parser.value(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1 || limit > 500) {
            err() << "atrium-cli: --limit takes a number from 1 to 500\n";
            return Usage;
        }
        query.insert("limit"_L1, limit);
    }
    bool answered = false, ok = false;
    QString code;
    QObject ctx;
    QObject::connect(m_engine.get(), &SyncEngine::auditReply, &ctx, [&](bool success, const QString &c, const QString &m, const QCborArray &e) {
        answered = true;
        ok = success;
        code = c;
        *message = m;
        *entries = e;
    });
    m_engine->queryAudit(query);
    const int r = runUntil([&]() { return answered; });
    m_engine->stop();
    if (!answered) {
        explain(r);
        return r;
    }
    if (!ok)
        return refused(code, *message);
    if (m_json) {
        QJsonArray list;
        for (const QCborValue &v : std::as_const(*entries))
            list.append(v.toMap().toJsonObject());
        printJson(list);
    }
    return Done;
}

int Cli::deliveries(const QStringList &args)
{
    if (args.size() > 1) {
        err() << "usage: atrium-cli deliveries [EMAIL] [--failed] [--limit N] [--json]\n";
        return Usage;
    }
    QCborMap query{{"log"_L1, u"mail"_s}};
    if (!args.isEmpty())
        query.insert("address"_L1, args.first());
    if (m_parser.isSet(u"failed"_s))
        query.insert("failed"_L1, true);
    QCborArray entries;
    QString message;
    if (const int r = askAudit(query, &entries, &message); r != Done || m_json)
        return r;
    if (entries.isEmpty()) {
        out() << message << '\n';
        return Done;
    }
    for (const QCborValue &v : std::as_const(entries)) {
        const QCborMap e = v.toMap();
        const QString state = e.value("state"_L1).toString();
        out() << QDateTime::fromMSecsSinceEpoch(e.value("createdAt"_L1).toInteger()).toString(u"yyyy-MM-dd HH:mm"_s) << "  "
              << state.leftJustified(8) << "  " << e.value("to"_L1).toString() << "  " << e.value("subject"_L1).toString();
        const qint64 attempts = e.value("attempts"_L1).toInteger();
        if (attempts > 1)
            out() << "  (" << attempts << " tries)";
        out() << '\n';
        if (state == u"retrying"_s)
            out() << "    next try " << QDateTime::fromMSecsSinceEpoch(e.value("nextAt"_L1).toInteger()).toString(u"yyyy-MM-dd HH:mm"_s) << '\n';
        if (e.contains("error"_L1))
            out() << "    " << e.value("error"_L1).toString() << '\n';
        if (e.contains("undeliverableSince"_L1))
            out() << "    undeliverable since "
                  << QDateTime::fromMSecsSinceEpoch(e.value("undeliverableSince"_L1).toInteger()).toString(u"yyyy-MM-dd HH:mm"_s)
                  << ": not mailed until mail to it gets through or the account's address changes\n";
    }
    return Done;
}

int Cli::audit(const QStringList &args)
{
    if (!args.isEmpty()) {
        err() << "usage: atrium-cli audit [--actor EMAIL|ID] [--entity KIND[:ID]] [--from T] [--to T] [--text WORDS] [--limit N] [--json]\n";
        return Usage;
    }
    QCborMap query;
    if (m_parser.isSet(u"actor"_s))
        query.insert("actor"_L1, m_parser.value(u"actor"_s));
    if (m_parser.isSet(u"entity"_s)) {
        const QString entity = m_parser.value(u"entity"_s);
        const qsizetype colon = entity.indexOf(u':');
        query.insert("entity"_L1, colon < 0 ? entity : entity.left(colon));
        if (colon >= 0)
            query.insert("entityId"_L1, entity.mid(colon + 1));
    }
    for (const char *key : {"from", "to"}) {
        const QString name = QString::fromLatin1(key);
        if (!m_parser.isSet(name))
            continue;
        const auto t = auditTime(m_parser.value(name));
        if (!t) {
            err() << "atrium-cli: '" << m_parser.value(name) << "' is not a time; use a day (2026-12-01) or ISO 8601 with an offset\n";
            return Usage;
        }
        query.insert(QLatin1StringView(key), *t);
    }
    if (m_parser.isSet(u"text"_s))
        query.insert("text"_L1, m_parser.value(u"text"_s));
    QCborArray entries;
    QString message;
    if (const int r = askAudit(query, &entries, &message); r != Done || m_json)
        return r;
    for (const QCborValue &v : std::as_const(entries)) {
        const QCborMap e = v.toMap();
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(e.value("at"_L1).toInteger());
        const QString who = !e.value("actorEmail"_L1).toString().isEmpty() ? e.value("actorEmail"_L1).toString()
                            : !e.value("actor"_L1).toString().isEmpty()    ? e.value("actor"_L1).toString()
                            : e.value("role"_L1).toString() == u"system"_s ? u"(the server, on its own)"_s
                                                                           : u"(nobody signed in)"_s;
        const QString role = e.value("role"_L1).toString();
        out() << '#' << e.value("seq"_L1).toInteger() << "  " << at.toString(u"yyyy-MM-dd HH:mm:ss"_s) << "  " << who
              << (role.isEmpty() || role == u"system"_s ? QString() : u" ("_s + role + u')') << "  " << e.value("action"_L1).toString();
        const QString entity = e.value("entity"_L1).toString(), id = e.value("entityId"_L1).toString();
        if (!entity.isEmpty())
            out() << "  " << entity << (id.isEmpty() ? QString() : u':' + id);
        if (const QString corr = e.value("correlation"_L1).toString(); !corr.isEmpty())
            out() << "  op " << corr;
        out() << '\n';
        if (e.value("redacted"_L1).toBool()) {
            out() << "    (personal data erased)\n";
            continue;
        }
        const QCborMap before = e.value("before"_L1).toMap(), after = e.value("after"_L1).toMap();
        if (e.contains("after"_L1) && e.value("after"_L1).isNull()) {
            out() << "    deleted\n";
        } else {
            for (const QCborValue &f : e.value("changed"_L1).toArray()) {
                const QString field = f.toString();
                if (field == u"rev"_s || field == u"updatedAt"_s)
                    continue;
                out() << "    " << field << ": " << shortValue(before.value(field), field) << " → " << shortValue(after.value(field), field) << '\n';
            }
        }
        const QCborMap details = e.value("details"_L1).toMap();
        for (auto it = details.constBegin(); it != details.constEnd(); ++it)
            out() << "    " << it.key().toString() << ": " << shortValue(it.value(), it.key().toString()) << '\n';
    }
    if (entries.isEmpty())
        out() << message << '\n';
    return Done;
}


int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Atrium from the command line, on the same offline-first engine as the desktop app.\n\n"
        "Commands:\n"
        "  login EMAIL                     sign in (password on standard input)\n"
        "  logout                          sign out and end this session\n"
        "  password                        change your password (current, then new, on standard input);\n"
        "                                  your other sessions are signed out\n"
        "  sessions                        where your account is signed in; revoke SESSION signs one out\n"
        "  forgot EMAIL                    e-mail a one-time reset code (when the server sends e-mail)\n"
        "  reset CODE                      a new password (on standard input) with that code; signs in\n"
        "  sync                            send queued changes and fetch new ones\n"
        "  status                          cursor, pending count, last sync\n"
        "  search [--location ID] [--kind K] [--category C] [--min-capacity N] [--feature F]...\n"
        "         [--from T --to T] [--near LAT,LON [--within KM]] [--limit N]\n"
        "                                  spaces that match (and are free from T to T), best first;\n"
        "                                  runs on the cache, so offline too ('resources' is the same)\n"
        "  bookings [--mine] [--resource ID] [--from T] [--to T]\n"
        "  book RESOURCE FROM TO [--repeat RRULE] [--for MEMBER] [--title TEXT] [--offline]\n"
        "                                  --repeat: a series (RFC 5545, e.g. FREQ=WEEKLY;BYDAY=MO;COUNT=10):\n"
        "                                  every free occurrence is booked, the others listed with alternatives\n"
        "  cancel BOOKING [--following | --all] [--offline]\n"
        "                                  one booking; of a series, also the later ones, or all of it\n"
        "  move BOOKING FROM TO [--resource ID] [--following] [--offline]\n"
        "                                  new times (or space); of a series, --following moves the later ones too\n"
        "  checkin MEMBER [--booking ID] [--location ID] [--resource ID [--minutes N]] [--offline]\n"
        "  checkin --qr TOKEN | --pin PIN [--location ID]   kiosks and staff: by badge or PIN; without\n"
        "                                  --booking, the booking whose check-in window is open; with\n"
        "                                  --resource and none there, a walk-in books it from now\n"
        "  badge [MEMBER]                  a new QR badge and PIN; the PIN is shown once\n"
        "  plan MEMBER PLAN                staff: the member's plan (rules can allow plans only)\n"
        "  note list|add|edit|delete ...   staff: notes about a member (note with no arguments says how)\n"
        "  inbox [--unread]                your notifications, newest first\n"
        "  inbox read ID|--all             mark one (or all) read; inbox archive ID|--all takes them out\n"
        "  prefs [KIND CHANNEL on|off] [--for MEMBER|*]\n"
        "                                  what you are told, and how (inbox, email); staff: a member's,\n"
        "                                  administrators: * is everyone's default\n"
        "  prefs reminder MINUTES|off      how long before a booking you are reminded (default 30)\n"
        "  prefs digest on|off             notices by e-mail once a day, at 08:00, instead of one by one\n"
        "  quiet HH:MM HH:MM|off           quiet hours in your own time zone: notices wait until they\n"
        "                                  end (security notices still come); quiet alone shows them\n"
        "  events [--from T] [--to T]      community events, with who is going and your answer\n"
        "  event create TITLE FROM TO --location ID [--room RESOURCE] [--capacity N] [--description TEXT]\n"
        "                                  staff: an event (the room is booked with it)\n"
        "  event rsvp EVENT [--cancel]     prints going or waitlisted; a seat given back goes to the first\n"
        "                                  in line; event attendees EVENT lists who answered\n"
        "  threads [THREAD]                the forum's threads (pinned first), or one thread's posts\n"
        "  post --new TITLE TEXT | post THREAD TEXT\n"
        "                                  a new thread or a reply; @m-07 or @name@example.com mentions\n"
        "  react POST EMOJI [--cancel]     a reaction to a post\n"
        "  message MEMBER[,MEMBER] TEXT    a direct message; messages [CONVERSATION] lists them\n"
        "  report POST [--reason TEXT]     tell the staff about a post\n"
        "  hide POST [--reason TEXT]       staff: the post leaves members' view (kept for staff)\n"
        "  ban MEMBER DAYS --reason TEXT   staff: no posting or messages for DAYS days (0 lifts it)\n"
        "  waitlist join RESOURCE FROM TO  wait for a taken slot; when it frees you get an offer\n"
        "  waitlist accept ENTRY           take the slot the offer holds for you\n"
        "  waitlist leave ENTRY            stop waiting (or turn the offer down: it passes on)\n"
        "  waitlist                        your entries and their offers\n"
        "  feed [--resource ID] [--new]    the secret iCalendar URL of your bookings (or a space's,\n"
        "                                  staff); --new replaces it and the old one stops working\n"
        "  import RESOURCE FILE.ics [--calendar NAME]\n"
        "                                  staff: the file's events become busy times of the space for\n"
        "                                  the next 18 months (extended as time passes); a newer export\n"
        "                                  of the same calendar replaces what the last one brought\n"
        "  pending                         queued changes and rejected ones, with reasons\n"
        "  audit [--actor EMAIL|ID] [--entity KIND[:ID]] [--from T] [--to T] [--text WORDS] [--limit N]\n"
        "                                  administrators: the audit trail, newest first: who, when,\n"
        "                                  what, and each changed field before -> after\n"
        "  deliveries [EMAIL] [--failed] [--limit N]\n"
        "                                  staff: the mail sent, newest first (or to one address):\n"
        "                                  queued, retrying, sent or failed, with the relay's last\n"
        "                                  word and whether the address is marked undeliverable\n"
        "  checkout BOOKING [--offline]    leave early: the rest of the booking is free again\n"
        "  approve BOOKING                 staff: confirm a booking waiting for approval\n"
        "  decline BOOKING [--note TEXT]   staff: turn it down (the slot is free again); the note\n"
        "                                  tells the member why\n"
        "  policy show RESOURCE            the booking rules that apply, and where each is set\n"
        "  policy set LEVEL TARGET [RULE=VALUE]...   set the rules at one level (administrators)\n"
        "  save location|resource|category ID [FIELD=VALUE]...   staff: create or edit inventory\n"
        "  retire location|resource|category ID                  staff: take it out of service\n\n"
        "Times are ISO 8601 with an offset. Exit codes: 0 done, 1 usage, 2 rejected by the server,\n"
        "3 server unreachable (the change stays queued), 4 TLS: the server is not trusted (or is\n"
        "https:// at an http:// address), 5 not signed in or the session ended, 6 the server cannot\n"
        "do it now (try again)."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"profile"_s, u"Profile folder (cache, outbox, session)."_s, u"DIR"_s},
        {u"server"_s, u"Server URL, e.g. http://127.0.0.1:8640 (remembered in the profile); several nodes' URLs, comma-separated, are tried in turn."_s, u"URL"_s},
        {u"tls-ca"_s, u"Trust this PEM certificate (a private CA, or a self-signed server's) over https (remembered in the profile)."_s, u"FILE"_s},
        {u"tls-pin"_s, u"Accept only the server whose key has this SHA-256 pin, as atrium-server prints it (remembered; a pin of its whole certificate works too)."_s, u"SHA256"_s},
        {u"json"_s, u"Machine-readable output."_s},
        {u"offline"_s, u"Do not contact the server: queue changes, read the cache."_s},
        {u"location"_s, u"Location id."_s, u"ID"_s},
        {u"kind"_s, u"Resource kind (hot_desk, dedicated_desk, meeting_room, private_office, phone_booth, event_space, equipment)."_s, u"K"_s},
        {u"category"_s, u"Category id (its subcategories too)."_s, u"C"_s},
        {u"near"_s, u"Nearest first to this point."_s, u"LAT,LON"_s},
        {u"within"_s, u"No farther than this from --near."_s, u"KM"_s},
        {u"limit"_s, u"At most this many results."_s, u"N"_s},
        {u"min-capacity"_s, u"At least this many people."_s, u"N"_s},
        {u"feature"_s, u"Required feature (repeatable)."_s, u"F"_s},
        {u"mine"_s, u"Only my bookings."_s},
        {u"unread"_s, u"inbox: only what is not read yet."_s},
        {u"failed"_s, u"deliveries: only mail that has not got through (retrying or failed)."_s},
        {u"resource"_s, u"Resource id."_s, u"ID"_s},
        {u"from"_s, u"From this time."_s, u"T"_s},
        {u"to"_s, u"Until this time."_s, u"T"_s},
        {u"for"_s, u"Book for this member (id or email; staff only)."_s, u"MEMBER"_s},
        {u"title"_s, u"Booking title."_s, u"TEXT"_s},
        {u"booking"_s, u"Booking id."_s, u"ID"_s},
        {u"repeat"_s, u"Repeat rule (RFC 5545 RRULE)."_s, u"RRULE"_s},
        {u"following"_s, u"This occurrence and the later ones of its series."_s},
        {u"all"_s, u"cancel: the whole series (what has not started); inbox read or archive: every notification."_s},
        {u"new"_s, u"feed: replace the calendar feed's URL; post: start a new thread."_s},
        {u"room"_s, u"event create: the room the event takes (booked with it)."_s, u"RESOURCE"_s},
        {u"capacity"_s, u"event create: how many can go (default: the room's, else no limit)."_s, u"N"_s},
        {u"description"_s, u"event create: what the event is about."_s, u"TEXT"_s},
        {u"cancel"_s, u"event rsvp: not going after all; react: take the reaction back."_s},
        {u"reason"_s, u"report, hide, ban: why."_s, u"TEXT"_s},
        {u"qr"_s, u"A member's badge token (check-in)."_s, u"TOKEN"_s},
        {u"note"_s, u"A note for the member with approve or decline."_s, u"TEXT"_s},
        {u"calendar"_s, u"import: which calendar the file is an export of (default: the name the file gives it, else the file's name)."_s, u"NAME"_s},
        {u"pin"_s, u"A member's PIN (check-in)."_s, u"PIN"_s},
        {u"minutes"_s, u"How long a walk-in books the space."_s, u"N"_s},
        {u"actor"_s, u"audit: what this account did (e-mail or id)."_s, u"EMAIL|ID"_s},
        {u"entity"_s, u"audit: what happened to this kind of entity, or to this one (booking:ID)."_s, u"KIND[:ID]"_s},
        {u"text"_s, u"audit: entries holding all these words (full-text search)."_s, u"WORDS"_s},
    });
    parser.addPositionalArgument(u"command"_s, u"What to do (see above)."_s);
    if (!parser.parse(arguments)) {
        err() << "atrium-cli: " << parser.errorText() << '\n';
        return Usage;
    }
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        return Done;
    }
    if (parser.isSet(u"version"_s)) {
        out() << "atrium-cli 0.1.0\n";
        return Done;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        err() << parser.helpText();
        return Usage;
    }
    const QString command = positional.takeFirst();
    QString profile = parser.value(u"profile"_s);
    if (profile.isEmpty())
        profile = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/profiles/default"_s;
    // The profile holds a refresh token: for this user alone.
    QString why;
    if (!privatefiles::prepareFolder(profile, &why) || !privatefiles::restrictFile(QDir(profile).filePath(u"cache.sqlite"_s), &why)) {
        err() << "atrium-cli: " << why << '\n';
        return Usage;
    }
    try {
        Cli cli(parser, profile);
        if (cli.tlsOptionsWrong()) {
            QTextStream(stderr) << "atrium-cli: " << cli.tlsErrorText() << '\n';
            return 1;
        }
        return cli.dispatch(command, positional);
    } catch (const StoreError &e) {
        err() << "atrium-cli: the local cache failed: " << e.what() << '\n';
        return Usage;
    }
}

} // namespace atrium::cli
