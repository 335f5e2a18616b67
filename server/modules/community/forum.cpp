// The community's forum (threads, replies, reactions, @mentions, pins), direct messages,
// moderation (reports, hiding, bans) and the opt-in directory.

#include "community.h"

#include "auth.h"

#include "protocol.h"
#include "store.h"

#include <QCryptographicHash>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace atrium::server {

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;
constexpr int kMaxMentions = 20;

QString excerpt(const QString &text)
{
    const QString flat = text.simplified();
    return flat.size() <= 140 ? flat : flat.left(139) + u"…"_s;
}

} // namespace

std::optional<Outcome> Community::banned(const Principal &actor)
{
    SqlQuery &q = m_store.exec(u"SELECT until_ms, reason FROM bans WHERE member_id = ? AND until_ms > ?"_s, {actor.userId, m_clock.nowMs()});
    if (!q.next()) {
        q.finish();
        return std::nullopt;
    }
    const qint64 until = q.int64(0);
    const QString reason = q.text(1);
    q.finish();
    const QString zone = m_spaces.locationMap(m_members.homeLocation(actor.userId)).value("timezone"_L1).toString();
    return Outcome::reject(proto::code::Forbidden, say("community.banned", u"You cannot post or write in the community until %1: %2"_s,
                                                       {arg::time(until, zone), reason}));
}

QStringList Community::mentioned(const QString &text, const QString &author)
{
    // @m-07 or @julia@example.com: a member by id or e-mail, as the apps write a mention.
    static const QRegularExpression mention(u"(?<![\\w@])@([A-Za-z0-9._%+-]+(?:@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)?)"_s);
    QStringList out;
    for (auto it = mention.globalMatch(text); it.hasNext() && out.size() < kMaxMentions;) {
        QString name = it.next().captured(1);
        while (name.endsWith(u'.'))
            name.chop(1); // the end of a sentence
        if (const auto id = m_members.resolveMember(name); id && *id != author && !out.contains(*id))
            out << *id;
    }
    return out;
}

QList<ChangeRow> Community::threadViews(const QString &id)
{
    SqlQuery &q = m_store.exec(u"SELECT location_id, title, author_id, created_at, last_post_at, pinned,"
                               " (SELECT COUNT(*) FROM posts p WHERE p.thread_id = t.id AND p.hidden_at IS NULL) FROM threads t WHERE id = ?"_s,
                               {id});
    if (!q.next()) {
        q.finish();
        return {};
    }
    QCborMap view{{"id"_L1, id},         {"title"_L1, q.text(1)},         {"author"_L1, q.text(2)}, {"createdAt"_L1, q.int64(3)},
                  {"lastPostAt"_L1, q.int64(4)}, {"posts"_L1, q.int64(6)}};
    if (!q.text(0).isEmpty())
        view.insert("location"_L1, q.text(0));
    if (q.int64(5) != 0)
        view.insert("pinned"_L1, true);
    const QString author = q.text(2);
    q.finish();
    view.insert("authorName"_L1, person(author).name);
    return {changeRow(entity::Thread, id, view, QString(scope::Community))};
}

QList<ChangeRow> Community::postViews(const QString &id)
{
    SqlQuery &q = m_store.exec(u"SELECT thread_id, author_id, body, created_at, hidden_at, hidden_by, hidden_reason FROM posts WHERE id = ?"_s, {id});
    if (!q.next()) {
        q.finish();
        return {};
    }
    const QString author = q.text(1);
    QCborMap view{{"id"_L1, id}, {"thread"_L1, q.text(0)}, {"author"_L1, author}, {"body"_L1, q.text(2)}, {"createdAt"_L1, q.int64(3)}};
    const bool hidden = !q.isNull(4);
    const qint64 hiddenAt = hidden ? q.int64(4) : 0;
    const QString hiddenBy = q.text(5), reason = q.text(6);
    q.finish();
    const Person p = person(author);
    view.insert("authorName"_L1, p.name);
    view.insert("company"_L1, p.company);
    QCborMap reactions;
    SqlQuery &r = m_store.exec(u"SELECT emoji, member_id FROM reactions WHERE post_id = ? ORDER BY created_at"_s, {id});
    while (r.next()) {
        QCborArray who = reactions.value(r.text(0)).toArray();
        who.append(r.text(1));
        reactions.insert(r.text(0), who);
    }
    view.insert("reactions"_L1, reactions);
    if (!hidden)
        return {changeRow(entity::Post, id, view, QString(scope::Community))};
    // Hidden: gone from members' caches, kept for staff with who hid it and why.
    view.insert("hidden"_L1, QCborMap{{"at"_L1, hiddenAt}, {"by"_L1, hiddenBy}, {"byName"_L1, person(hiddenBy).name}, {"reason"_L1, reason}});
    return {changeRow(entity::Post, id, QByteArray(), QString(scope::Community), true), changeRow(entity::Post, id, view, QString(scope::Staff))};
}

Outcome Community::post(const Principal &actor, const QCborMap &args)
{
    if (auto refused = banned(actor))
        return *refused;
    const QString id = args.value("id"_L1).toString(), body = args.value("body"_L1).toString().trimmed();
    const QString title = args.value("title"_L1).toString().trimmed();
    QString thread = args.value("thread"_L1).toString();
    if (body.isEmpty())
        return Outcome::reject(proto::code::Invalid, say("community.post_empty", u"A post needs some text."_s));
    if (thread.isEmpty() == title.isEmpty())
        return Outcome::reject(proto::code::Invalid, say("community.post_where", u"A post either starts a thread (with a title) or replies in one (naming it)."_s));
    {
        SqlQuery &q = m_store.exec(u"SELECT 1 FROM posts WHERE id = ?"_s, {id});
        const bool exists = q.next();
        q.finish();
        if (exists)
            return Outcome::reject(proto::code::Conflict, say("community.post_exists", u"There is a post with this id already."_s));
    }
    const qint64 now = m_clock.nowMs();
    QString threadTitle = title;
    if (thread.isEmpty()) {
        const QString location = args.value("location"_L1).toString(u""_s);
        if (!location.isEmpty() && m_spaces.locationMap(location).isEmpty())
            return Outcome::reject(proto::code::NotFound, say("community.no_location", u"There is no location '%1'."_s, {location.left(64)}));
        thread = id;
        m_store.exec(u"INSERT INTO threads(id, location_id, title, author_id, created_at, last_post_at) VALUES(?,?,?,?,?,?)"_s,
                     {thread, location, title, actor.userId, now, now});
    } else {
        SqlQuery &q = m_store.exec(u"SELECT title FROM threads WHERE id = ?"_s, {thread});
        if (!q.next()) {
            q.finish();
            return Outcome::reject(proto::code::NotFound, say("community.no_thread", u"There is no such thread."_s));
        }
        threadTitle = q.text(0);
        q.finish();
        m_store.exec(u"UPDATE threads SET last_post_at = ? WHERE id = ?"_s, {now, thread});
    }
    m_store.exec(u"INSERT INTO posts(id, thread_id, author_id, body, created_at) VALUES(?,?,?,?,?)"_s, {id, thread, actor.userId, body, now});
    Outcome o;
    o.applied = true;
    o.changes << threadViews(thread) << postViews(id);
    const QString by = person(actor.userId).name;
    for (const QString &member : mentioned(body, actor.userId))
        o.changes << tell({member, "mention"_L1, u"mention:%1"_s.arg(id),
                           say("community.mentioned", u"%1 mentioned you in \"%2\": %3"_s, {by, threadTitle, excerpt(body)}), entity::Post, id});
    return o;
}

Outcome Community::react(const Principal &actor, const QCborMap &args)
{
    if (auto refused = banned(actor))
        return *refused;
    const QString id = args.value("post"_L1).toString(), emoji = args.value("emoji"_L1).toString().trimmed();
    SqlQuery &q = m_store.exec(u"SELECT 1 FROM posts WHERE id = ? AND hidden_at IS NULL"_s, {id});
    const bool exists = q.next();
    q.finish();
    if (!exists)
        return Outcome::reject(proto::code::NotFound, say("community.no_post", u"There is no such post."_s));
    if (emoji.isEmpty() || emoji.contains(u' '))
        return Outcome::reject(proto::code::Invalid, say("community.emoji", u"A reaction is one emoji."_s));
    if (args.value("off"_L1).toBool())
        m_store.exec(u"DELETE FROM reactions WHERE post_id = ? AND member_id = ? AND emoji = ?"_s, {id, actor.userId, emoji});
    else
        m_store.exec(u"INSERT INTO reactions(post_id, member_id, emoji, created_at) VALUES(?,?,?,?) ON CONFLICT(post_id, member_id, emoji) DO NOTHING"_s,
                     {id, actor.userId, emoji, m_clock.nowMs()});
    Outcome o;
    o.applied = true;
    o.changes = postViews(id);
    return o;
}

Outcome Community::pin(const Principal &, const QCborMap &args)
{
    const QString id = args.value("thread"_L1).toString();
    m_store.exec(u"UPDATE threads SET pinned = ? WHERE id = ?"_s, {args.value("pinned"_L1).toBool(true) ? 1 : 0, id});
    Outcome o;
    o.changes = threadViews(id);
    if (o.changes.isEmpty())
        return Outcome::reject(proto::code::NotFound, say("community.no_thread", u"There is no such thread."_s));
    o.applied = true;
    return o;
}

QList<ChangeRow> Community::conversationViews(const QString &id)
{
    struct Member
    {
        QString id;
        qint64 readAt;
    };
    QList<Member> members;
    SqlQuery &q = m_store.exec(u"SELECT member_id, read_at FROM conversation_members WHERE conversation_id = ? ORDER BY member_id"_s, {id});
    while (q.next())
        members.append({q.text(0), q.int64(1)});
    SqlQuery &c = m_store.exec(u"SELECT last_at FROM conversations WHERE id = ?"_s, {id});
    const qint64 last = c.next() ? c.int64(0) : 0;
    c.finish();
    QCborArray list;
    for (const Member &m : std::as_const(members)) {
        const Person p = person(m.id);
        list.append(QCborMap{{"id"_L1, m.id}, {"name"_L1, p.name}, {"company"_L1, p.company}, {"readAt"_L1, m.readAt}});
    }
    const QCborMap view{{"id"_L1, id}, {"members"_L1, list}, {"lastAt"_L1, last}};
    QList<ChangeRow> rows;
    for (const Member &m : std::as_const(members))
        rows << changeRow(entity::Conversation, id, view, scope::self(m.id));
    return rows;
}

QList<ChangeRow> Community::messageViews(const QString &id)
{
    SqlQuery &q = m_store.exec(u"SELECT conversation_id, author_id, body, created_at FROM messages WHERE id = ?"_s, {id});
    if (!q.next()) {
        q.finish();
        return {};
    }
    const QString conversation = q.text(0), author = q.text(1);
    QCborMap view{{"id"_L1, id}, {"conversation"_L1, conversation}, {"author"_L1, author}, {"body"_L1, q.text(2)}, {"createdAt"_L1, q.int64(3)}};
    q.finish();
    view.insert("authorName"_L1, person(author).name);
    QStringList members;
    SqlQuery &m = m_store.exec(u"SELECT member_id FROM conversation_members WHERE conversation_id = ?"_s, {conversation});
    while (m.next())
        members << m.text(0);
    QList<ChangeRow> rows;
    for (const QString &member : std::as_const(members))
        rows << changeRow(entity::Message, id, view, scope::self(member));
    return rows;
}

Outcome Community::sendMessage(const Principal &actor, const QCborMap &args)
{
    if (auto refused = banned(actor))
        return *refused;
    const QString id = args.value("id"_L1).toString(), body = args.value("body"_L1).toString().trimmed();
    if (body.isEmpty())
        return Outcome::reject(proto::code::Invalid, say("community.message_empty", u"A message needs some text."_s));
    QStringList members{actor.userId};
    for (const QCborValue &v : args.value("to"_L1).toArray()) {
        const auto member = m_members.resolveMember(v.toString());
        if (!member)
            return Outcome::reject(proto::code::NotFound, say("community.no_recipient", u"There is no member '%1' to write to."_s, {v.toString().left(64)}));
        if (const auto who = loadPrincipal(m_store, *member); !who || who->role == Role::Kiosk)
            return Outcome::reject(proto::code::Invalid, say("community.not_a_person", u"%1 is a device, not a person: it reads no messages."_s, {v.toString().left(64)}));
        members << *member;
    }
    members.removeDuplicates();
    if (members.size() < 2)
        return Outcome::reject(proto::code::Invalid, say("community.message_to", u"Say whom the message is for (up to %1 people)."_s, {kMaxGroup - 1}));
    {
        SqlQuery &q = m_store.exec(u"SELECT 1 FROM messages WHERE id = ?"_s, {id});
        const bool exists = q.next();
        q.finish();
        if (exists)
            return Outcome::reject(proto::code::Conflict, say("community.message_exists", u"There is a message with this id already."_s));
    }
    const qint64 now = m_clock.nowMs();
    const QString conversation = conversationIdOf(members);
    m_store.exec(u"INSERT INTO conversations(id, created_at, last_at) VALUES(?,?,?) ON CONFLICT(id) DO UPDATE SET last_at = excluded.last_at"_s,
                 {conversation, now, now});
    for (const QString &member : std::as_const(members))
        m_store.exec(u"INSERT INTO conversation_members(conversation_id, member_id, read_at) VALUES(?,?,0)"
                     " ON CONFLICT(conversation_id, member_id) DO NOTHING"_s,
                     {conversation, member});
    m_store.exec(u"UPDATE conversation_members SET read_at = ? WHERE conversation_id = ? AND member_id = ?"_s, {now, conversation, actor.userId});
    m_store.exec(u"INSERT INTO messages(id, conversation_id, author_id, body, created_at) VALUES(?,?,?,?,?)"_s,
                 {id, conversation, actor.userId, body, now});
    Outcome o;
    o.applied = true;
    o.details = QCborMap{{"id"_L1, id}, {"conversation"_L1, conversation}};
    o.changes << conversationViews(conversation) << messageViews(id);
    const QString by = person(actor.userId).name;
    for (const QString &member : std::as_const(members))
        if (member != actor.userId)
            o.changes << tell({member, "message"_L1, u"message:%1"_s.arg(id),
                               say("community.message", u"%1 wrote to you: %2"_s, {by, excerpt(body)}), entity::Conversation, conversation});
    return o;
}

Outcome Community::readMessages(const Principal &actor, const QCborMap &args)
{
    const QString conversation = args.value("conversation"_L1).toString();
    SqlQuery &q = m_store.exec(u"SELECT 1 FROM conversation_members WHERE conversation_id = ? AND member_id = ?"_s, {conversation, actor.userId});
    const bool mine = q.next();
    q.finish();
    if (!mine)
        return Outcome::reject(proto::code::NotFound, say("community.no_conversation", u"You have no conversation by that id."_s));
    m_store.exec(u"UPDATE conversation_members SET read_at = ? WHERE conversation_id = ? AND member_id = ?"_s, {m_clock.nowMs(), conversation, actor.userId});
    Outcome o;
    o.applied = true;
    o.changes = conversationViews(conversation);
    return o;
}

QList<ChangeRow> Community::reportViews(const QString &id)
{
    SqlQuery &q = m_store.exec(u"SELECT post_id, reporter_id, reason, created_at FROM reports WHERE id = ?"_s, {id});
    if (!q.next()) {
        q.finish();
        return {};
    }
    QCborMap view{{"id"_L1, id}, {"post"_L1, q.text(0)}, {"reporter"_L1, q.text(1)}, {"reason"_L1, q.text(2)}, {"createdAt"_L1, q.int64(3)}};
    const QString reporter = q.text(1);
    q.finish();
    view.insert("reporterName"_L1, person(reporter).name);
    return {changeRow(entity::Report, id, view, QString(scope::Staff))};
}

Outcome Community::report(const Principal &actor, const QCborMap &args)
{
    const QString post = args.value("post"_L1).toString();
    SqlQuery &q = m_store.exec(u"SELECT 1 FROM posts WHERE id = ?"_s, {post});
    const bool exists = q.next();
    q.finish();
    if (!exists)
        return Outcome::reject(proto::code::NotFound, say("community.no_post", u"There is no such post."_s));
    // One report per post and member: reporting again changes nothing.
    const QString id = u"r-"_s + QString::fromLatin1(QCryptographicHash::hash((post + u'|' + actor.userId).toUtf8(), QCryptographicHash::Sha256).toHex().left(24));
    m_store.exec(u"INSERT INTO reports(id, post_id, reporter_id, reason, created_at) VALUES(?,?,?,?,?) ON CONFLICT(id) DO NOTHING"_s,
                 {id, post, actor.userId, args.value("reason"_L1).toString(u""_s), m_clock.nowMs()});
    Outcome o;
    o.applied = true;
    o.changes = reportViews(id);
    o.setMessage(say("community.reported", u"Reported: the staff will look at it."_s));
    return o;
}

Outcome Community::hide(const Principal &actor, const QCborMap &args)
{
    const QString id = args.value("post"_L1).toString();
    SqlQuery &q = m_store.exec(u"SELECT thread_id, hidden_at FROM posts WHERE id = ?"_s, {id});
    if (!q.next()) {
        q.finish();
        return Outcome::reject(proto::code::NotFound, say("community.no_post", u"There is no such post."_s));
    }
    const QString thread = q.text(0);
    const bool already = !q.isNull(1);
    q.finish();
    Outcome o;
    o.applied = true;
    if (already)
        return o;
    m_store.exec(u"UPDATE posts SET hidden_at = ?, hidden_by = ?, hidden_reason = ? WHERE id = ?"_s,
                 {m_clock.nowMs(), actor.userId, args.value("reason"_L1).toString(u""_s), id});
    o.changes << postViews(id) << threadViews(thread);
    return o;
}

QList<ChangeRow> Community::banViews(const QString &memberId)
{
    SqlQuery &q = m_store.exec(u"SELECT until_ms, reason, banned_by, created_at FROM bans WHERE member_id = ?"_s, {memberId});
    if (!q.next()) {
        q.finish();
        return {changeRow(entity::Ban, memberId, QByteArray(), QString(scope::Staff), true)};
    }
    QCborMap view{{"id"_L1, memberId}, {"until"_L1, q.int64(0)}, {"reason"_L1, q.text(1)}, {"by"_L1, q.text(2)}, {"createdAt"_L1, q.int64(3)}};
    q.finish();
    view.insert("name"_L1, person(memberId).name);
    return {changeRow(entity::Ban, memberId, view, QString(scope::Staff))};
}

Outcome Community::ban(const Principal &actor, const QCborMap &args)
{
    const QString member = m_members.namedMember(actor, args.value("member"_L1).toString());
    const qint64 days = args.value("days"_L1).toInteger();
    const QString reason = args.value("reason"_L1).toString().trimmed();
    if (m_members.memberName(member).isEmpty())
        return Outcome::reject(proto::code::NotFound, say("common.no_such_member", u"There is no such member."_s));
    if (days < 0 || days > 3650)
        return Outcome::reject(proto::code::Invalid, say("community.ban_days", u"A ban lasts from 1 to 3650 days (0 lifts it)."_s));
    if (reason.isEmpty() && days > 0)
        return Outcome::reject(proto::code::Invalid, say("community.ban_reason", u"Say why: the member is told the reason when they try to post."_s));
    const qint64 now = m_clock.nowMs();
    if (days == 0)
        m_store.exec(u"DELETE FROM bans WHERE member_id = ?"_s, {member});
    else
        m_store.exec(u"INSERT INTO bans(member_id, until_ms, reason, banned_by, created_at) VALUES(?,?,?,?,?) ON CONFLICT(member_id)"
                     " DO UPDATE SET until_ms = excluded.until_ms, reason = excluded.reason, banned_by = excluded.banned_by,"
                     " created_at = excluded.created_at"_s,
                     {member, now + days * kDay, reason, actor.userId, now});
    Outcome o;
    o.applied = true;
    o.changes = banViews(member);
    return o;
}

QList<ChangeRow> Community::profileViews(const QString &memberId)
{
    SqlQuery &q = m_store.exec(u"SELECT p.listed, p.bio, p.show_email, u.name, u.company, u.email FROM profiles p JOIN users u ON u.id = p.member_id"
                               " WHERE p.member_id = ?"_s,
                               {memberId});
    if (!q.next() || q.int64(0) == 0) {
        q.finish();
        return {changeRow(entity::Profile, memberId, QByteArray(), QString(scope::Community), true)};
    }
    QCborMap view{{"id"_L1, memberId}, {"name"_L1, q.text(3)}, {"company"_L1, q.text(4)}, {"bio"_L1, q.text(1)}};
    if (q.int64(2) != 0)
        view.insert("email"_L1, q.text(5));
    q.finish();
    return {changeRow(entity::Profile, memberId, view, QString(scope::Community))};
}

Outcome Community::setProfile(const Principal &actor, const QCborMap &args)
{
    m_store.exec(u"INSERT INTO profiles(member_id) VALUES(?) ON CONFLICT(member_id) DO NOTHING"_s, {actor.userId});
    if (args.contains("listed"_L1))
        m_store.exec(u"UPDATE profiles SET listed = ? WHERE member_id = ?"_s, {args.value("listed"_L1).toBool() ? 1 : 0, actor.userId});
    if (args.contains("bio"_L1))
        m_store.exec(u"UPDATE profiles SET bio = ? WHERE member_id = ?"_s, {args.value("bio"_L1).toString().trimmed(), actor.userId});
    if (args.contains("showEmail"_L1))
        m_store.exec(u"UPDATE profiles SET show_email = ? WHERE member_id = ?"_s, {args.value("showEmail"_L1).toBool() ? 1 : 0, actor.userId});
    Outcome o;
    o.applied = true;
    o.changes = profileViews(actor.userId);
    return o;
}

} // namespace atrium::server
