#include "communitymodels.h"

#include "appcontroller.h"
#include "pendingops.h"

#include <QCborArray>
#include <QLocale>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace atrium::gui {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr qint64 kPastEventsMs = 90 * kDayMs;

// "10:30" today, "Thu, Dec 10, 10:30" otherwise: on the location's clock.
QString whenText(AppController &app, qint64 ms)
{
    return client::momentInZone(ms, app.nowMs(), app.zone(), app.viewerZone());
}

QString initials(const QString &name)
{
    QString out;
    for (const QString &word : name.split(u' ', Qt::SkipEmptyParts))
        if (out.size() < 2)
            out += word.at(0).toUpper();
    return out.isEmpty() ? u"?"_s : out;
}

QString locationName(client::LocalCache &cache, const QString &id)
{
    const auto l = cache.entity(entity::Location, id);
    return l ? l->value("name"_L1).toString() : id;
}

} // namespace

// --- Events ---------------------------------------------------------------------------------------

EventListModel::EventListModel(QObject *parent)
    : CacheListModel({"id", "title", "description", "dayIso", "dayText", "timeText", "place", "capacity", "going", "waitlisted", "seatsLeft",
                      "myState", "pending", "cancelled", "attendees", "icsUrl", "firstOfDay"},
                     parent)
{
}

void EventListModel::setPast(bool past)
{
    if (past == m_past)
        return;
    m_past = past;
    Q_EMIT pastChanged();
    refresh();
}

QList<QVariantMap> EventListModel::rows()
{
    AppController &a = app();
    client::LocalCache &cache = a.cache();
    const QString me = a.userId(), location = locationId();
    const qint64 now = a.nowMs();
    // The user's answers on their way, the last one of each event winning.
    QHash<QString, bool> answering; // event → going (false: cancelling)
    for (const client::OutboxOp &op : cache.outbox())
        if (op.kind == mutation::Rsvp && op.args.value("member"_L1).toString().isEmpty())
            answering.insert(op.args.value("event"_L1).toString(), !op.args.value("cancel"_L1).toBool());
    const QTimeZone zone = client::locationZone(cache, location);
    QList<QCborMap> events = cache.entities(entity::Event);
    events.removeIf([&](const QCborMap &e) {
        if (e.value("location"_L1).toString() != location)
            return true;
        const qint64 end = e.value("end"_L1).toInteger();
        return m_past ? end > now || end < now - kPastEventsMs : end <= now;
    });
    std::sort(events.begin(), events.end(), [this](const QCborMap &x, const QCborMap &y) {
        const qint64 a = x.value("start"_L1).toInteger(), b = y.value("start"_L1).toInteger();
        return m_past ? a > b : a < b;
    });
    QUrl base(a.serverUrl());
    base.setQuery(QString());
    QList<QVariantMap> out;
    for (const QCborMap &e : std::as_const(events)) {
        const QString id = e.value("id"_L1).toString();
        const qint64 start = e.value("start"_L1).toInteger(), end = e.value("end"_L1).toInteger();
        const qint64 capacity = e.value("capacity"_L1).toInteger();
        QString myState;
        QVariantList attendees;
        for (const QCborValue &v : e.value("attendees"_L1).toArray()) {
            const QCborMap m = v.toMap();
            if (m.value("member"_L1).toString() == me)
                myState = m.value("state"_L1).toString();
            attendees << QVariantMap{{u"member"_s, m.value("member"_L1).toString()}, {u"name"_s, m.value("name"_L1).toString()},
                                     {u"company"_s, m.value("company"_L1).toString()}, {u"state"_s, m.value("state"_L1).toString()},
                                     {u"checkedIn"_s, m.value("checkedIn"_L1).toBool()}};
        }
        const qint64 going = e.value("going"_L1).toInteger();
        const bool pending = answering.contains(id);
        if (pending) {
            if (!answering.value(id))
                myState.clear();
            else if (myState.isEmpty())
                myState = capacity > 0 && going >= capacity ? u"waitlisted"_s : u"going"_s;
        }
        const QDate day = QDateTime::fromMSecsSinceEpoch(start, zone).date();
        QString place = locationName(cache, e.value("location"_L1).toString());
        if (e.contains("room"_L1))
            place = tr("%1 · %2", "room · building").arg(a.resourceName(e.value("room"_L1).toString()), place);
        QUrl ics = base;
        ics.setPath(u"/events/%1.ics"_s.arg(id));
        out << QVariantMap{{u"id"_s, id},
                           {u"title"_s, e.value("title"_L1).toString()},
                           {u"description"_s, e.value("description"_L1).toString()},
                           {u"dayIso"_s, day.toString(Qt::ISODate)},
                           {u"dayText"_s, QLocale().toString(day, u"dddd, d MMMM"_s)},
                           {u"timeText"_s, client::rangeInZone(start, end, zone, a.viewerZone(), false)},
                           {u"place"_s, place},
                           {u"capacity"_s, capacity},
                           {u"going"_s, going},
                           {u"waitlisted"_s, e.value("waitlisted"_L1).toInteger()},
                           {u"seatsLeft"_s, capacity > 0 ? std::max<qint64>(0, capacity - going) : -1},
                           {u"myState"_s, myState},
                           {u"pending"_s, pending},
                           {u"cancelled"_s, e.value("cancelled"_L1).toBool()},
                           {u"attendees"_s, attendees},
                           {u"icsUrl"_s, ics.toString()},
                           {u"firstOfDay"_s, out.isEmpty() || out.last().value(u"dayIso"_s) != day.toString(Qt::ISODate)}};
    }
    QVariantMap days;
    for (const QVariantMap &row : std::as_const(out)) {
        QVariantList list = days.value(row.value(u"dayIso"_s).toString()).toList();
        list << QVariantMap{{u"id"_s, row.value(u"id"_s)},
                            {u"title"_s, row.value(u"title"_s)},
                            {u"timeText"_s, row.value(u"timeText"_s)},
                            {u"myState"_s, row.value(u"myState"_s)},
                            {u"cancelled"_s, row.value(u"cancelled"_s)}};
        days.insert(row.value(u"dayIso"_s).toString(), list);
    }
    if (days != m_days) {
        m_days = days;
        Q_EMIT daysChanged();
    }
    return out;
}

// --- Forum ----------------------------------------------------------------------------------------

ThreadListModel::ThreadListModel(QObject *parent)
    : CacheListModel({"id", "title", "authorName", "posts", "lastText", "pinned", "place", "pending"}, parent)
{
}

QList<QVariantMap> ThreadListModel::rows()
{
    AppController &a = app();
    const QString location = locationId();
    struct Row
    {
        QVariantMap map;
        bool pinned;
        qint64 last;
    };
    QList<Row> list;
    for (const QCborMap &t : a.cache().entities(entity::Thread)) {
        const QString where = t.value("location"_L1).toString();
        if (!where.isEmpty() && where != location)
            continue;
        const qint64 last = t.value("lastPostAt"_L1).toInteger();
        list.append({QVariantMap{{u"id"_s, t.value("id"_L1).toString()},
                                 {u"title"_s, t.value("title"_L1).toString()},
                                 {u"authorName"_s, t.value("authorName"_L1).toString()},
                                 {u"posts"_s, t.value("posts"_L1).toInteger()},
                                 {u"lastText"_s, whenText(a, last)},
                                 {u"pinned"_s, t.value("pinned"_L1).toBool()},
                                 {u"place"_s, where.isEmpty() ? tr("Everyone") : locationName(a.cache(), where)},
                                 {u"pending"_s, false}},
                     t.value("pinned"_L1).toBool(), last});
    }
    // Threads started here and not sent yet come first: they are the newest. One the server has
    // already answered for is listed once, as the server has it.
    QSet<QString> known;
    for (const Row &r : std::as_const(list))
        known.insert(r.map.value(u"id"_s).toString());
    for (const client::OutboxOp &op : a.cache().outbox()) {
        if (op.kind != mutation::Post || !op.args.value("thread"_L1).toString().isEmpty() || known.contains(op.args.value("id"_L1).toString()))
            continue;
        const QString where = op.args.value("location"_L1).toString();
        list.append({QVariantMap{{u"id"_s, op.args.value("id"_L1).toString()},
                                 {u"title"_s, op.args.value("title"_L1).toString()},
                                 {u"authorName"_s, a.userName()},
                                 {u"posts"_s, 1},
                                 {u"lastText"_s, whenText(a, op.createdAtMs)},
                                 {u"pinned"_s, false},
                                 {u"place"_s, where.isEmpty() ? tr("Everyone") : locationName(a.cache(), where)},
                                 {u"pending"_s, true}},
                     false, op.createdAtMs});
    }
    std::stable_sort(list.begin(), list.end(), [](const Row &x, const Row &y) { return x.pinned != y.pinned ? x.pinned : x.last > y.last; });
    QList<QVariantMap> out;
    out.reserve(list.size());
    for (const Row &r : std::as_const(list))
        out << r.map;
    return out;
}

PostListModel::PostListModel(QObject *parent)
    : CacheListModel({"id", "authorName", "company", "initials", "body", "when", "mine", "reactions", "hidden", "hiddenNote", "pending"}, parent)
{
}

void PostListModel::setThreadId(const QString &id)
{
    if (id == m_threadId)
        return;
    m_threadId = id;
    Q_EMIT threadIdChanged();
    refresh();
}

QList<QVariantMap> PostListModel::rows()
{
    if (m_threadId.isEmpty())
        return {};
    AppController &a = app();
    const QString me = a.userId();
    QList<QCborMap> posts = a.cache().entities(entity::Post);
    posts.removeIf([this](const QCborMap &p) { return p.value("thread"_L1).toString() != m_threadId; });
    std::sort(posts.begin(), posts.end(), [](const QCborMap &x, const QCborMap &y) {
        return x.value("createdAt"_L1).toInteger() < y.value("createdAt"_L1).toInteger();
    });
    // Reactions on their way, in order: each adds the user's, or takes it back.
    QList<client::OutboxOp> reacting;
    QList<QCborMap> sending;
    for (const client::OutboxOp &op : a.cache().outbox()) {
        if (op.kind == mutation::React)
            reacting << op;
        else if (op.kind == mutation::Post && (op.args.value("thread"_L1).toString() == m_threadId || op.args.value("id"_L1).toString() == m_threadId))
            sending << QCborMap{{"id"_L1, op.args.value("id"_L1)}, {"author"_L1, me},         {"authorName"_L1, a.userName()},
                                {"body"_L1, op.args.value("body"_L1)}, {"createdAt"_L1, op.createdAtMs}, {"pending"_L1, true}};
    }
    QSet<QString> known;
    for (const QCborMap &p : std::as_const(posts))
        known.insert(p.value("id"_L1).toString());
    for (const QCborMap &p : std::as_const(sending))
        if (!known.contains(p.value("id"_L1).toString()))
            posts << p;
    QList<QVariantMap> out;
    for (const QCborMap &p : std::as_const(posts)) {
        const QString id = p.value("id"_L1).toString();
        QMap<QString, QStringList> who; // emoji → members, in the order they reacted
        const QCborMap reactions = p.value("reactions"_L1).toMap();
        for (auto it = reactions.constBegin(); it != reactions.constEnd(); ++it)
            for (const QCborValue &m : it.value().toArray())
                who[it.key().toString()] << m.toString();
        for (const client::OutboxOp &op : std::as_const(reacting)) {
            if (op.args.value("post"_L1).toString() != id)
                continue;
            QStringList &list = who[op.args.value("emoji"_L1).toString()];
            list.removeAll(me);
            if (!op.args.value("off"_L1).toBool())
                list << me;
        }
        QVariantList shown;
        for (auto it = who.constBegin(); it != who.constEnd(); ++it)
            if (!it.value().isEmpty())
                shown << QVariantMap{{u"emoji"_s, it.key()}, {u"count"_s, it.value().size()}, {u"mine"_s, it.value().contains(me)}};
        const QCborMap hidden = p.value("hidden"_L1).toMap();
        const QString name = p.value("authorName"_L1).toString();
        out << QVariantMap{{u"id"_s, id},
                           {u"authorName"_s, name},
                           {u"company"_s, p.value("company"_L1).toString()},
                           {u"initials"_s, initials(name)},
                           {u"body"_s, p.value("body"_L1).toString()},
                           {u"when"_s, whenText(a, p.value("createdAt"_L1).toInteger())},
                           {u"mine"_s, p.value("author"_L1).toString() == me},
                           {u"reactions"_s, shown},
                           {u"hidden"_s, !hidden.isEmpty()},
                           {u"hiddenNote"_s, hidden.isEmpty() ? QString()
                                                              : hidden.value("reason"_L1).toString().isEmpty()
                                                                  ? tr("Hidden by %1").arg(hidden.value("byName"_L1).toString())
                                                                  : tr("Hidden by %1: %2").arg(hidden.value("byName"_L1).toString(), hidden.value("reason"_L1).toString())},
                           {u"pending"_s, p.value("pending"_L1).toBool()}};
    }
    return out;
}

// --- Messages -------------------------------------------------------------------------------------

ConversationListModel::ConversationListModel(QObject *parent)
    : CacheListModel({"id", "title", "preview", "when", "unread", "memberIds"}, parent)
{
}

QList<QVariantMap> ConversationListModel::rows()
{
    AppController &a = app();
    const QString me = a.userId();
    // The newest message of each conversation.
    QHash<QString, QCborMap> last;
    for (const QCborMap &m : a.cache().entities(entity::Message)) {
        const QString c = m.value("conversation"_L1).toString();
        if (!last.contains(c) || last.value(c).value("createdAt"_L1).toInteger() < m.value("createdAt"_L1).toInteger())
            last.insert(c, m);
    }
    QSet<QString> reading;
    for (const client::OutboxOp &op : a.cache().outbox())
        if (op.kind == mutation::ReadMessages)
            reading.insert(op.args.value("conversation"_L1).toString());
    QList<QCborMap> conversations = a.cache().entities(entity::Conversation);
    std::sort(conversations.begin(), conversations.end(), [](const QCborMap &x, const QCborMap &y) {
        return x.value("lastAt"_L1).toInteger() > y.value("lastAt"_L1).toInteger();
    });
    QList<QVariantMap> out;
    int unread = 0;
    for (const QCborMap &c : std::as_const(conversations)) {
        const QString id = c.value("id"_L1).toString();
        QStringList names, ids;
        qint64 readAt = 0;
        for (const QCborValue &v : c.value("members"_L1).toArray()) {
            const QCborMap m = v.toMap();
            ids << m.value("id"_L1).toString();
            if (m.value("id"_L1).toString() == me)
                readAt = m.value("readAt"_L1).toInteger();
            else
                names << m.value("name"_L1).toString();
        }
        const QCborMap newest = last.value(id);
        const bool isUnread = !reading.contains(id) && !newest.isEmpty() && newest.value("author"_L1).toString() != me
                              && newest.value("createdAt"_L1).toInteger() > readAt;
        unread += isUnread ? 1 : 0;
        const QString preview = newest.value("author"_L1).toString() == me ? tr("You: %1").arg(newest.value("body"_L1).toString())
                                                                           : newest.value("body"_L1).toString();
        out << QVariantMap{{u"id"_s, id},
                           {u"title"_s, QLocale().createSeparatedList(names)},
                           {u"preview"_s, preview.simplified().left(140)},
                           {u"when"_s, whenText(a, c.value("lastAt"_L1).toInteger())},
                           {u"unread"_s, isUnread},
                           {u"memberIds"_s, ids}};
    }
    if (unread != m_unread) {
        m_unread = unread;
        Q_EMIT unreadChanged();
    }
    return out;
}

MessageListModel::MessageListModel(QObject *parent) : CacheListModel({"id", "authorName", "body", "when", "mine", "pending"}, parent) {}

void MessageListModel::setConversationId(const QString &id)
{
    if (id == m_conversationId)
        return;
    m_conversationId = id;
    Q_EMIT conversationIdChanged();
    refresh();
}

QList<QVariantMap> MessageListModel::rows()
{
    if (m_conversationId.isEmpty())
        return {};
    AppController &a = app();
    const QString me = a.userId();
    QList<QCborMap> messages = a.cache().entities(entity::Message);
    messages.removeIf([this](const QCborMap &m) { return m.value("conversation"_L1).toString() != m_conversationId; });
    QSet<QString> known;
    for (const QCborMap &m : std::as_const(messages))
        known.insert(m.value("id"_L1).toString());
    // What the user sent here and the server has not answered: where it goes is known already.
    QHash<QString, QString> byEmail;
    for (const client::OutboxOp &op : a.cache().outbox()) {
        if (op.kind != mutation::SendMessage || known.contains(op.args.value("id"_L1).toString()))
            continue;
        QStringList members{me};
        for (const QCborValue &v : op.args.value("to"_L1).toArray())
            members << a.cache().memberNamed(v.toString(), byEmail);
        if (conversationIdOf(members) == m_conversationId)
            messages << QCborMap{{"id"_L1, op.args.value("id"_L1)}, {"author"_L1, me},         {"authorName"_L1, a.userName()},
                                 {"body"_L1, op.args.value("body"_L1)}, {"createdAt"_L1, op.createdAtMs}, {"pending"_L1, true}};
    }
    std::stable_sort(messages.begin(), messages.end(), [](const QCborMap &x, const QCborMap &y) {
        return x.value("createdAt"_L1).toInteger() < y.value("createdAt"_L1).toInteger();
    });
    QList<QVariantMap> out;
    for (const QCborMap &m : std::as_const(messages))
        out << QVariantMap{{u"id"_s, m.value("id"_L1).toString()},
                           {u"authorName"_s, m.value("authorName"_L1).toString()},
                           {u"body"_s, m.value("body"_L1).toString()},
                           {u"when"_s, whenText(a, m.value("createdAt"_L1).toInteger())},
                           {u"mine"_s, m.value("author"_L1).toString() == me},
                           {u"pending"_s, m.value("pending"_L1).toBool()}};
    return out;
}

} // namespace atrium::gui
