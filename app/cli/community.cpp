// The CLI's community commands: events and RSVPs, the forum, direct messages and moderation.
// Lists read the cache (offline too, after a sync when the server answers); what changes is
// queued like a booking and answered by the server.
#include "cli.h"

#include "domain.h"
#include "uuid.h"

#include <QCborArray>
#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

namespace atrium::cli {

namespace {

QJsonObject attendeeJson(const QCborMap &a)
{
    return QJsonObject{{u"member"_s, a.value("member"_L1).toString()}, {u"name"_s, a.value("name"_L1).toString()},
                       {u"company"_s, a.value("company"_L1).toString()}, {u"state"_s, a.value("state"_L1).toString()},
                       {u"checkedIn"_s, a.value("checkedIn"_L1).toBool()}};
}

} // namespace

int Cli::submitAs(const QString &opId, const QString &entityId, const QString &what)
{
    bool confirmed = false;
    const int r = await(opId, &confirmed);
    if (r == Rejected)
        return r;
    if (m_json)
        printJson(QJsonObject{{u"id"_s, entityId}, {u"state"_s, confirmed ? u"confirmed"_s : u"pending"_s}});
    else
        out() << what << (confirmed ? " confirmed: " : " queued (pending): ") << entityId << '\n';
    if (r != Done)
        explain(r, u"; this stays queued and will sync later"_s);
    return r;
}

void Cli::readFresh()
{
    if (!m_parser.isSet(u"offline"_s))
        syncOnce(true);
}

int Cli::events(const QStringList &args)
{
    if (!args.isEmpty()) {
        err() << "usage: atrium-cli events [--from T] [--to T] [--json]\n";
        return Usage;
    }
    qint64 from = QDateTime::currentMSecsSinceEpoch(), to = std::numeric_limits<qint64>::max();
    if (m_parser.isSet(u"from"_s)) {
        const auto t = timeArg(m_parser.value(u"from"_s));
        if (!t)
            return Usage;
        from = *t;
    }
    if (m_parser.isSet(u"to"_s)) {
        const auto t = timeArg(m_parser.value(u"to"_s));
        if (!t)
            return Usage;
        to = *t;
    }
    readFresh();
    const QString me = m_engine->user().value("id"_L1).toString();
    QList<QCborMap> list = m_cache.entities(entity::Event);
    list.removeIf([&](const QCborMap &e) { return e.value("end"_L1).toInteger() <= from || e.value("start"_L1).toInteger() >= to; });
    std::sort(list.begin(), list.end(), [](const QCborMap &a, const QCborMap &b) { return a.value("start"_L1).toInteger() < b.value("start"_L1).toInteger(); });
    QJsonArray json;
    for (const QCborMap &e : std::as_const(list)) {
        QString mine = u"none"_s;
        for (const QCborValue &a : e.value("attendees"_L1).toArray())
            if (a.toMap().value("member"_L1).toString() == me)
                mine = a.toMap().value("state"_L1).toString();
        const QString location = e.value("location"_L1).toString();
        QJsonObject o{{u"id"_s, e.value("id"_L1).toString()},
                      {u"title"_s, e.value("title"_L1).toString()},
                      {u"location"_s, location},
                      {u"start"_s, iso(e.value("start"_L1).toInteger(), location)},
                      {u"end"_s, iso(e.value("end"_L1).toInteger(), location)},
                      {u"capacity"_s, e.value("capacity"_L1).toInteger()},
                      {u"going"_s, e.value("going"_L1).toInteger()},
                      {u"waitlisted"_s, e.value("waitlisted"_L1).toInteger()},
                      {u"mine"_s, mine},
                      {u"cancelled"_s, e.value("cancelled"_L1).toBool()}};
        if (e.contains("room"_L1))
            o.insert(u"room"_s, e.value("room"_L1).toString());
        json.append(o);
    }
    if (m_json) {
        printJson(json);
        return Done;
    }
    if (json.isEmpty())
        out() << "No events.\n";
    for (const QJsonValue &v : std::as_const(json)) {
        const QJsonObject e = v.toObject();
        const qint64 capacity = e[u"capacity"_s].toInteger();
        out() << e[u"start"_s].toString() << "  " << e[u"title"_s].toString() << (e[u"cancelled"_s].toBool() ? "  (cancelled)" : "") << "\n    "
              << e[u"going"_s].toInteger() << (capacity > 0 ? u"/%1"_s.arg(capacity) : QString()) << " going";
        if (e[u"waitlisted"_s].toInteger() > 0)
            out() << ", " << e[u"waitlisted"_s].toInteger() << " waiting";
        if (e[u"mine"_s].toString() != u"none"_s)
            out() << "; you: " << e[u"mine"_s].toString();
        out() << "  " << e[u"id"_s].toString() << '\n';
    }
    return Done;
}

int Cli::event(const QStringList &args)
{
    const QString usage = u"usage: atrium-cli event create TITLE FROM TO --location ID [--room RESOURCE] [--capacity N] [--description TEXT]\n"
                          "       atrium-cli event rsvp EVENT [--cancel]     going or waitlisted (--json: {\"id\",\"state\"})\n"
                          "       atrium-cli event attendees EVENT\n"
                          "       atrium-cli event cancel EVENT              staff\n"
                          "       atrium-cli event checkin EVENT MEMBER      staff: an attendee arrived\n"_s;
    const QString verb = args.value(0);
    if (verb == u"create"_s && args.size() == 4) {
        const auto range = timeRange(args.at(2), args.at(3));
        if (!range)
            return Usage;
        bool ok = true;
        const int capacity = m_parser.isSet(u"capacity"_s) ? m_parser.value(u"capacity"_s).toInt(&ok) : 0;
        if (!ok || capacity < 0 || !m_parser.isSet(u"location"_s)) {
            err() << usage;
            return Usage;
        }
        const QString id = newUuidV7();
        return submitAs(m_engine->mutate(mutation::CreateEvent, createEventArgs(id, args.at(1), m_parser.value(u"location"_s), range->first,
                                                                                 range->second, m_parser.value(u"room"_s), capacity,
                                                                                 m_parser.value(u"description"_s))),
                        id, u"Event"_s);
    }
    if (verb == u"rsvp"_s && args.size() == 2) {
        QCborMap details;
        QObject ctx;
        QObject::connect(m_engine.get(), &SyncEngine::opApplied, &ctx, [&](const QString &, const QString &, const QCborMap &d) { details = d; });
        bool confirmed = false;
        const int r = await(m_engine->mutate(mutation::Rsvp, rsvpArgs(args.at(1), m_parser.isSet(u"cancel"_s), m_parser.value(u"for"_s))), &confirmed);
        if (r == Rejected)
            return r;
        const QString state = confirmed ? details.value("state"_L1).toString() : u"pending"_s;
        if (m_json)
            printJson(QJsonObject{{u"id"_s, args.at(1)}, {u"state"_s, state}});
        else
            out() << state << '\n';
        if (r != Done)
            explain(r, u"; the answer stays queued and will sync later"_s);
        return r;
    }
    if (verb == u"attendees"_s && args.size() == 2) {
        readFresh();
        const auto e = m_cache.entity(entity::Event, args.at(1));
        if (!e) {
            err() << "atrium-cli: no event '" << args.at(1) << "' (see atrium-cli events)\n";
            return Usage;
        }
        QJsonArray list;
        for (const QCborValue &a : e->value("attendees"_L1).toArray())
            list.append(attendeeJson(a.toMap()));
        if (m_json) {
            printJson(list);
            return Done;
        }
        if (list.isEmpty())
            out() << "Nobody has answered yet.\n";
        for (const QJsonValue &v : std::as_const(list)) {
            const QJsonObject a = v.toObject();
            out() << a[u"name"_s].toString() << (a[u"company"_s].toString().isEmpty() ? QString() : u" ("_s + a[u"company"_s].toString() + u")"_s)
                  << "  " << a[u"state"_s].toString() << (a[u"checkedIn"_s].toBool() ? ", arrived" : "") << '\n';
        }
        return Done;
    }
    if (verb == u"cancel"_s && args.size() == 2)
        return submitAs(m_engine->mutate(mutation::CancelEvent, eventRefArgs(args.at(1))), args.at(1), u"Cancellation"_s);
    if (verb == u"checkin"_s && args.size() == 3)
        return submitAs(m_engine->mutate(mutation::EventCheckin, eventCheckinArgs(args.at(1), args.at(2))), args.at(1), u"Arrival"_s);
    err() << usage;
    return Usage;
}

int Cli::threads(const QStringList &args)
{
    if (args.size() > 1) {
        err() << "usage: atrium-cli threads [THREAD] [--json]   the forum's threads, or one thread's posts\n";
        return Usage;
    }
    readFresh();
    if (args.size() == 1) {
        QList<QCborMap> posts = m_cache.entities(entity::Post);
        posts.removeIf([&](const QCborMap &p) { return p.value("thread"_L1).toString() != args.at(0); });
        std::sort(posts.begin(), posts.end(), [](const QCborMap &a, const QCborMap &b) { return a.value("createdAt"_L1).toInteger() < b.value("createdAt"_L1).toInteger(); });
        QJsonArray list;
        for (const QCborMap &p : std::as_const(posts)) {
            QJsonObject reactions;
            const QCborMap r = p.value("reactions"_L1).toMap();
            for (auto it = r.constBegin(); it != r.constEnd(); ++it)
                reactions.insert(it.key().toString(), it.value().toArray().size());
            QJsonObject o{{u"id"_s, p.value("id"_L1).toString()},       {u"author"_s, p.value("author"_L1).toString()},
                          {u"authorName"_s, p.value("authorName"_L1).toString()}, {u"body"_s, p.value("body"_L1).toString()},
                          {u"at"_s, formatIso(p.value("createdAt"_L1).toInteger(), QTimeZone::systemTimeZone())}, {u"reactions"_s, reactions}};
            if (p.contains("hidden"_L1))
                o.insert(u"hidden"_s, p.value("hidden"_L1).toMap().value("reason"_L1).toString());
            list.append(o);
        }
        if (m_json) {
            printJson(list);
            return Done;
        }
        for (const QJsonValue &v : std::as_const(list)) {
            const QJsonObject p = v.toObject();
            out() << p[u"authorName"_s].toString() << ", " << p[u"at"_s].toString() << (p.contains(u"hidden"_s) ? "  [hidden]" : "") << "\n  "
                  << p[u"body"_s].toString() << "\n  ";
            const QJsonObject r = p[u"reactions"_s].toObject();
            for (auto it = r.constBegin(); it != r.constEnd(); ++it)
                out() << it.key() << ' ' << it.value().toInteger() << "  ";
            out() << p[u"id"_s].toString() << '\n';
        }
        if (list.isEmpty())
            out() << "No posts in that thread.\n";
        return Done;
    }
    QList<QCborMap> list = m_cache.entities(entity::Thread);
    std::sort(list.begin(), list.end(), [](const QCborMap &a, const QCborMap &b) {
        if (a.value("pinned"_L1).toBool() != b.value("pinned"_L1).toBool())
            return a.value("pinned"_L1).toBool();
        return a.value("lastPostAt"_L1).toInteger() > b.value("lastPostAt"_L1).toInteger();
    });
    QJsonArray json;
    for (const QCborMap &t : std::as_const(list))
        json.append(QJsonObject{{u"id"_s, t.value("id"_L1).toString()},
                                {u"title"_s, t.value("title"_L1).toString()},
                                {u"location"_s, t.value("location"_L1).toString()},
                                {u"authorName"_s, t.value("authorName"_L1).toString()},
                                {u"posts"_s, t.value("posts"_L1).toInteger()},
                                {u"pinned"_s, t.value("pinned"_L1).toBool()},
                                {u"lastPostAt"_s, formatIso(t.value("lastPostAt"_L1).toInteger(), QTimeZone::systemTimeZone())}});
    if (m_json) {
        printJson(json);
        return Done;
    }
    if (json.isEmpty())
        out() << "No threads yet: atrium-cli post --new TITLE TEXT starts one.\n";
    for (const QJsonValue &v : std::as_const(json)) {
        const QJsonObject t = v.toObject();
        out() << (t[u"pinned"_s].toBool() ? "📌 " : "") << t[u"title"_s].toString() << "  (" << t[u"posts"_s].toInteger() << (t[u"posts"_s].toInteger() == 1 ? " post, " : " posts, ")
              << t[u"authorName"_s].toString() << ")\n    " << t[u"id"_s].toString() << '\n';
    }
    return Done;
}

int Cli::post(const QStringList &args)
{
    const QString id = newUuidV7();
    if (m_parser.isSet(u"new"_s) && args.size() == 2)
        return submitAs(m_engine->mutate(mutation::Post, postArgs(id, {}, args.at(1), args.at(0), m_parser.value(u"location"_s))), id, u"Thread"_s);
    if (!m_parser.isSet(u"new"_s) && args.size() == 2)
        return submitAs(m_engine->mutate(mutation::Post, postArgs(id, args.at(0), args.at(1))), id, u"Post"_s);
    err() << "usage: atrium-cli post --new TITLE TEXT [--location ID]   a new thread (the whole network without --location)\n"
             "       atrium-cli post THREAD TEXT                        a reply; @m-07 or @name@example.com mentions a member\n";
    return Usage;
}

int Cli::react(const QStringList &args)
{
    if (args.size() != 2) {
        err() << "usage: atrium-cli react POST EMOJI [--cancel]\n";
        return Usage;
    }
    return submitAs(m_engine->mutate(mutation::React, reactArgs(args.at(0), args.at(1), m_parser.isSet(u"cancel"_s))), args.at(0), u"Reaction"_s);
}

int Cli::message(const QStringList &args)
{
    if (args.size() != 2) {
        err() << "usage: atrium-cli message MEMBER[,MEMBER...] TEXT   to one member, or a small group (ids or e-mails)\n";
        return Usage;
    }
    const QString id = newUuidV7();
    return submitAs(m_engine->mutate(mutation::SendMessage, sendMessageArgs(id, args.at(0).split(u',', Qt::SkipEmptyParts), args.at(1))), id,
                    u"Message"_s);
}

int Cli::messages(const QStringList &args)
{
    if (args.size() > 1) {
        err() << "usage: atrium-cli messages [CONVERSATION] [--json]   your messages, oldest first (one conversation: marked read)\n";
        return Usage;
    }
    readFresh();
    QList<QCborMap> list = m_cache.entities(entity::Message);
    if (!args.isEmpty())
        list.removeIf([&](const QCborMap &m) { return m.value("conversation"_L1).toString() != args.at(0); });
    std::sort(list.begin(), list.end(), [](const QCborMap &a, const QCborMap &b) { return a.value("createdAt"_L1).toInteger() < b.value("createdAt"_L1).toInteger(); });
    const QString me = m_engine->user().value("id"_L1).toString();
    QHash<QString, qint64> readAt;
    for (const QCborMap &c : m_cache.entities(entity::Conversation))
        for (const QCborValue &m : c.value("members"_L1).toArray())
            if (m.toMap().value("id"_L1).toString() == me)
                readAt.insert(c.value("id"_L1).toString(), m.toMap().value("readAt"_L1).toInteger());
    QJsonArray json;
    for (const QCborMap &m : std::as_const(list)) {
        const QString conversation = m.value("conversation"_L1).toString();
        json.append(QJsonObject{{u"id"_s, m.value("id"_L1).toString()},
                                {u"conversation"_s, conversation},
                                {u"author"_s, m.value("author"_L1).toString()},
                                {u"authorName"_s, m.value("authorName"_L1).toString()},
                                {u"body"_s, m.value("body"_L1).toString()},
                                {u"at"_s, formatIso(m.value("createdAt"_L1).toInteger(), QTimeZone::systemTimeZone())},
                                {u"read"_s, m.value("author"_L1).toString() == me || m.value("createdAt"_L1).toInteger() <= readAt.value(conversation)}});
    }
    if (m_json)
        printJson(json);
    else if (json.isEmpty())
        out() << "No messages.\n";
    for (const QJsonValue &v : std::as_const(json)) {
        if (m_json)
            break;
        const QJsonObject m = v.toObject();
        out() << (m[u"read"_s].toBool() ? "  " : "* ") << m[u"authorName"_s].toString() << ", " << m[u"at"_s].toString() << ": "
              << m[u"body"_s].toString() << "\n    " << m[u"conversation"_s].toString() << '\n';
    }
    // Reading one conversation marks it read, as opening it in the app does.
    if (!args.isEmpty() && !json.isEmpty()) {
        bool confirmed = false;
        await(m_engine->mutate(mutation::ReadMessages, readMessagesArgs(args.at(0))), &confirmed);
    }
    return Done;
}

int Cli::report(const QStringList &args)
{
    if (args.size() != 1) {
        err() << "usage: atrium-cli report POST [--reason TEXT]   tell the staff about a post\n";
        return Usage;
    }
    return submitAs(m_engine->mutate(mutation::ReportPost, reportPostArgs(args.at(0), m_parser.value(u"reason"_s))), args.at(0), u"Report"_s);
}

int Cli::hide(const QStringList &args)
{
    if (args.size() != 1) {
        err() << "usage: atrium-cli hide POST [--reason TEXT]   staff: out of members' view, kept for staff\n";
        return Usage;
    }
    return submitAs(m_engine->mutate(mutation::HidePost, hidePostArgs(args.at(0), m_parser.value(u"reason"_s))), args.at(0), u"Hiding"_s);
}

int Cli::ban(const QStringList &args)
{
    bool ok = false;
    const int days = args.value(1).toInt(&ok);
    if (args.size() != 2 || !ok || (days > 0 && m_parser.value(u"reason"_s).isEmpty())) {
        err() << "usage: atrium-cli ban MEMBER DAYS --reason TEXT   staff: no posting or messages for DAYS days (0 lifts it)\n";
        return Usage;
    }
    return submitAs(m_engine->mutate(mutation::BanMember, banMemberArgs(args.at(0), days, m_parser.value(u"reason"_s))), args.at(0), u"Ban"_s);
}

} // namespace atrium::cli
