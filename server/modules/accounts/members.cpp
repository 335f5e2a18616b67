#include "members.h"

#include "auth.h"
#include "domain.h"
#include "protocol.h"
#include "store.h"

using namespace Qt::Literals::StringLiterals;

namespace atrium::server {

using namespace kernel::declare;

Members::Members(kernel::Host &host) : Module(host, "accounts"_L1), m_store(host.store()), m_clock(host.clock())
{
    // clang-format off
    //                                 action                    admin desk member kiosk
    host.registry().add({mutation::SetPlan, {{text("member", true, 320), text("plan", true, 64)}},
                         {rule("set_plan",                   A,    A,   N,     N, "change a member's plan")},
                         {}, {}, handler(this, &Members::setPlan)});
    const auto noteSubject = [this](const Principal &, const QCborMap &args, const QString &) { return this->noteSubject(args); };
    host.registry().add({mutation::SaveMemberNote, {{text("id", true, 64), text("member", true, 320), text("text", true, kMaxMemberNote + 200)}},
                         {rule("save_member_note",           A,    A,   N,     N, "write notes about members")},
                         {}, noteSubject, handler(this, &Members::saveNote)});
    host.registry().add({mutation::DeleteMemberNote, {{text("id", true, 64)}},
                         {rule("delete_member_note",         A,    A,   N,     N, "remove notes about members")},
                         {}, noteSubject, handler(this, &Members::deleteNote)});
    // clang-format on
    // The accounts module's own schema, after the store's (whose first tables it shares).
    host.addMigrations({u"accounts"_s,
                        {
                            // 1: the company a member works for, shown at the desk and searched by.
                            {u"ALTER TABLE users ADD COLUMN company TEXT NOT NULL DEFAULT ''"_s},
                            // 2: staff's notes about a member (notes.cpp).
                            {u"CREATE TABLE member_notes(id TEXT PRIMARY KEY, member_id TEXT NOT NULL REFERENCES users(id),"
                             " text TEXT NOT NULL, author_id TEXT NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,"
                             " updated_by TEXT NOT NULL)"_s,
                             u"CREATE INDEX member_notes_member ON member_notes(member_id, created_at)"_s},
                        }});
    host.addEntity({ entity::User,
        kernel::listByIds(m_store, u"SELECT id FROM users ORDER BY id"_s, [this](const QString &id) { return userViews(id); }),
        { u"users"_s } });
    host.addEntity({ entity::MemberNote,
        kernel::listByIds(m_store, u"SELECT id FROM member_notes ORDER BY id"_s, [this](const QString &id) { return noteViews(id); }), {} });
}

void Members::checkCaches()
{
    if (m_cacheGeneration == m_store.watchedGeneration())
        return;
    m_memberNames.clear();
    m_memberPlans.clear();
    m_cacheGeneration = m_store.watchedGeneration();
}

std::optional<QString> Members::resolveMember(const QString &idOrEmail)
{
    checkCaches();
    if (m_memberNames.contains(idOrEmail))
        return idOrEmail; // a member id seen since the users table last changed
    SqlQuery &q = m_store.exec(u"SELECT id FROM users WHERE id = ? OR email = ?"_s, {idOrEmail, idOrEmail});
    if (q.next())
        return q.value(0).toString();
    return std::nullopt;
}

QString Members::namedMember(const Principal &actor, const QString &given)
{
    if (given.isEmpty() || given == actor.userId || given.compare(actor.email, Qt::CaseInsensitive) == 0)
        return actor.userId;
    return resolveMember(given).value_or(given);
}

QString Members::memberName(const QString &memberId)
{
    checkCaches();
    if (auto it = m_memberNames.constFind(memberId); it != m_memberNames.cend())
        return *it;
    SqlQuery &q = m_store.exec(u"SELECT name FROM users WHERE id = ?"_s, {memberId});
    if (!q.next())
        return {};
    const QString name = q.text(0);
    q.finish();
    if (m_memberNames.size() >= 100000)
        m_memberNames.clear();
    m_memberNames.insert(memberId, name);
    return name;
}

QString Members::memberPlan(const QString &memberId)
{
    checkCaches();
    if (auto it = m_memberPlans.constFind(memberId); it != m_memberPlans.cend())
        return *it;
    SqlQuery &q = m_store.exec(u"SELECT plan FROM users WHERE id = ?"_s, {memberId});
    const QString plan = q.next() ? q.text(0) : QString();
    q.finish();
    if (m_memberPlans.size() >= 100000)
        m_memberPlans.clear();
    m_memberPlans.insert(memberId, plan);
    return plan;
}

QList<ChangeRow> Members::userViews(const QString &id)
{
    const auto p = loadPrincipal(m_store, id);
    if (!p)
        return {};
    const QByteArray staff = p->toCbor().toCborValue().toCbor();
    // The member's own devices also get their badge's QR token, to show it; staff do not.
    QCborMap own = p->toCbor();
    SqlQuery &q = m_store.exec(u"SELECT checkin_token FROM users WHERE id = ? AND checkin_token IS NOT NULL"_s, {id});
    if (q.next())
        own.insert("checkinToken"_L1, q.text(0));
    q.finish();
    return {ChangeRow{0, QString(entity::User), id, u"upsert"_s, staff, QString(scope::Staff)},
            ChangeRow{0, QString(entity::User), id, u"upsert"_s, own.toCborValue().toCbor(), scope::member(id)}};
}

QString Members::homeLocation(const QString &memberId)
{
    SqlQuery &q = m_store.exec(u"SELECT COALESCE(home_location, '') FROM users WHERE id = ?"_s, {memberId});
    const QString location = q.next() ? q.text(0) : QString();
    q.finish();
    return location;
}

void Members::setCredentials(const QString &memberId, const QString &badgeToken, const QString &pinDigest)
{
    m_store.exec(u"UPDATE users SET checkin_token = ?, pin_digest = ? WHERE id = ?"_s, {badgeToken, pinDigest, memberId});
}

std::optional<QString> Members::byCredential(Credential kind, const QString &value)
{
    SqlQuery &q = m_store.exec(kind == Credential::Badge ? u"SELECT id FROM users WHERE checkin_token = ?"_s
                                                         : u"SELECT id FROM users WHERE pin_digest = ?"_s,
                               {value});
    if (!q.next())
        return std::nullopt;
    const QString id = q.text(0);
    q.finish();
    return id;
}

Outcome Members::setPlan(const QCborMap &args)
{
    const auto memberId = resolveMember(args.value("member"_L1).toString());
    if (!memberId)
        return Outcome::reject(proto::code::NotFound, say("common.no_such_member", u"There is no such member."_s));
    if (!args.value("plan"_L1).isString())
        return Outcome::reject(proto::code::Invalid, say("accounts.plan_not_text", u"A plan is a name, or \"\" for none."_s));
    const QString plan = args.value("plan"_L1).toString();
    if (plan.size() > 32
        || !std::all_of(plan.begin(), plan.end(), [](QChar c) { return c.isLower() || c.isDigit() || c == u'_' || c == u'-'; }))
        return Outcome::reject(proto::code::Invalid,
            say("accounts.plan_malformed", u"A plan is a short lower-case name such as resident or flex (empty for none)."_s));
    m_store.exec(u"UPDATE users SET plan = ? WHERE id = ?"_s, {plan, *memberId});
    Outcome o;
    o.applied = true;
    o.changes = userViews(*memberId);
    return o;
}

} // namespace atrium::server
