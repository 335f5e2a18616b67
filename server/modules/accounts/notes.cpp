// Notes staff keep about a member ("prefers the quiet room", "owes a key card"): written and
// edited by the desk, read by staff alone. They travel in the staff scope only, so no member's
// device, the member's own included, ever holds one.

#include "members.h"

#include "domain.h"
#include "protocol.h"
#include "store.h"

using namespace Qt::Literals::StringLiterals;

namespace atrium::server {

QList<ChangeRow> Members::noteViews(const QString &id)
{
    SqlQuery &q = m_store.exec(u"SELECT n.member_id, n.text, n.author_id, COALESCE(a.name, ''), n.created_at, n.updated_at,"
                               " n.updated_by, COALESCE(e.name, '') FROM member_notes n LEFT JOIN users a ON a.id = n.author_id"
                               " LEFT JOIN users e ON e.id = n.updated_by WHERE n.id = ?"_s,
                               {id});
    if (!q.next()) {
        q.finish();
        return {ChangeRow{0, QString(entity::MemberNote), id, u"delete"_s, {}, QString(scope::Staff)}};
    }
    QCborMap view{{"id"_L1, id},
                  {"member"_L1, q.text(0)},
                  {"text"_L1, q.text(1)},
                  {"author"_L1, q.text(2)},
                  {"authorName"_L1, q.text(3)},
                  {"createdAt"_L1, q.int64(4)},
                  {"updatedAt"_L1, q.int64(5)}};
    if (!q.text(6).isEmpty() && q.text(6) != q.text(2)) {
        view.insert("editedBy"_L1, q.text(6));
        view.insert("editedByName"_L1, q.text(7));
    }
    q.finish();
    return {ChangeRow{0, QString(entity::MemberNote), id, u"upsert"_s, view.toCborValue().toCbor(), QString(scope::Staff)}};
}

kernel::Subject Members::noteSubject(const QCborMap &args)
{
    const QString id = args.value("id"_L1).toString();
    SqlQuery &q = m_store.exec(u"SELECT member_id FROM member_notes WHERE id = ?"_s, {id});
    const QString existing = q.next() ? q.text(0) : QString();
    q.finish();
    if (!existing.isEmpty())
        return kernel::Subject{existing, {}, true};
    const QString named = args.value("member"_L1).toString();
    return kernel::Subject{resolveMember(named).value_or(named), {}, !named.isEmpty() || args.contains("text"_L1)};
}

Outcome Members::saveNote(const Principal &actor, const QCborMap &args)
{
    const QString id = args.value("id"_L1).toString();
    const QString text = args.value("text"_L1).toString().trimmed();
    if (text.isEmpty())
        return Outcome::reject(proto::code::Invalid, say("accounts.note_empty", u"A note needs some text."_s));
    if (text.size() > kMaxMemberNote)
        return Outcome::reject(proto::code::Invalid,
                               say("accounts.note_too_long", u"A note is at most %1 characters."_s, {kMaxMemberNote}));
    const qint64 now = m_clock.nowMs();
    SqlQuery &q = m_store.exec(u"SELECT member_id FROM member_notes WHERE id = ?"_s, {id});
    const QString existing = q.next() ? q.text(0) : QString();
    q.finish();
    if (!existing.isEmpty()) {
        // An edit keeps the note's member: a note named for someone else is a new note.
        const auto named = resolveMember(args.value("member"_L1).toString());
        if (named && *named != existing)
            return Outcome::reject(proto::code::Conflict,
                                   say("accounts.note_other_member", u"That note is about someone else; write a new one."_s));
        m_store.exec(u"UPDATE member_notes SET text = ?, updated_at = ?, updated_by = ? WHERE id = ?"_s, {text, now, actor.userId, id});
    } else {
        const auto memberId = resolveMember(args.value("member"_L1).toString());
        if (!memberId)
            return Outcome::reject(proto::code::NotFound, say("common.no_such_member", u"There is no such member."_s));
        m_store.exec(u"INSERT INTO member_notes(id, member_id, text, author_id, created_at, updated_at, updated_by)"
                     " VALUES(?,?,?,?,?,?,?)"_s,
                     {id, *memberId, text, actor.userId, now, now, actor.userId});
    }
    Outcome o;
    o.applied = true;
    o.changes = noteViews(id);
    return o;
}

Outcome Members::deleteNote(const QCborMap &args)
{
    const QString id = args.value("id"_L1).toString();
    SqlQuery &q = m_store.exec(u"SELECT 1 FROM member_notes WHERE id = ?"_s, {id});
    const bool found = q.next();
    q.finish();
    if (!found)
        return Outcome::reject(proto::code::NotFound, say("accounts.no_such_note", u"That note is not there any more."_s));
    m_store.exec(u"DELETE FROM member_notes WHERE id = ?"_s, {id});
    Outcome o;
    o.applied = true;
    o.changes = noteViews(id);
    return o;
}

} // namespace atrium::server
