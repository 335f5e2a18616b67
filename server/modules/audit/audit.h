#pragma once

#include "changelog.h"
#include "clock.h"
#include "principal.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QList>
#include <QString>

namespace atrium::server {

class Store;

// One thing that happened, as the audit trail keeps it.
struct AuditEvent
{
    QString actorId;     // the account ("" for nobody known: a failed sign-in for an unknown address)
    QString actorRole;   // its role, or "system" for what time does by itself
    QString sessionId;
    QString correlation; // the mutation's op id, a request id, ""
    QString action;      // "book", "sign_in", "sign_in_failed", "password_changed", "session_revoked", "sweep", ...
    QString entity;      // "booking", "user", "session", ...
    QString entityId;
    QCborValue after;    // its state after (undefined: no state of its own)
    QByteArray afterCbor; // or that state already encoded (a change row's)
    QCborMap details;    // anything else worth keeping (why a sign-in failed)
};

// The audit trail: every applied mutation, account operation and timed sweep, with who, when,
// under which session and correlation id, and the entity's state before and after. Rows form a
// hash chain: each row's hash covers the previous row's hash and a digest of the row, whose
// payload (the states, where personal data lives) is digested on its own, so a person's data can
// be erased from a payload (GDPR) without breaking the chain; an edited, deleted or reordered row
// breaks it, and `atrium-server --verify-audit` names the first such row. Rows are appended inside
// the transaction of what they record, under the change log's lock on PostgreSQL, so several
// nodes writing at once leave one gapless chain in commit order.
class Audit
{
public:
    Audit(Store &store, const Clock &clock) : m_store(store), m_clock(clock) {}

    // Inside the caller's transaction.
    void record(const QList<AuditEvent> &events);
    // In a transaction of its own (account operations, which have none).
    void recordNow(const QList<AuditEvent> &events);

    // A mutation's or a sweep's events: one per entity it changed, with the fullest view of it
    // (the staff one), or one for the action itself when it changed none.
    static QList<AuditEvent> fromChanges(const Principal &actor, const QString &correlation, const QString &action,
                                         const QList<ChangeRow> &rows);
    static AuditEvent about(const Principal &actor, const QString &action, const QString &entity, const QString &entityId,
                            const QCborMap &details = {});

    struct Verdict
    {
        bool ok = true;
        qint64 checked = 0;
        qint64 brokenAt = 0; // the seq of the first row that does not hold (or the first missing)
        qint64 anchor = 0;   // the row pruning left the chain to be verified from (0: its start)
        qint64 last = 0;     // the chain's last row and its hash: kept elsewhere, they show a cut-off end
        QByteArray lastHash;
        QString why;
    };
    // Walks the chain from its anchor (or its start) to its end.
    Verdict verify();

    struct Query
    {
        QString actorId;
        QString entity, entityId;
        qint64 fromMs = 0, toMs = 0;
        QString text; // words, all of which an entry must hold (full-text search)
        int limit = 50;
    };
    // Newest first: {seq, at, actor, actorEmail?, actorName?, role, session, correlation, action,
    // entity, entityId, before?, after?, changed? (the fields that differ), details?, redacted}.
    QCborArray search(const Query &query);
    // An account's id from its e-mail (any case) or its id; empty when no account has that e-mail.
    QString actorIdFor(const QString &emailOrId);

    // A person's data erased from every payload that holds it (their account's states, their
    // bookings' and check-ins' states, their name and e-mail anywhere); the chain still holds.
    // Returns how many rows were redacted.
    int redact(const QString &userId);
    // Rows older than this go; the last one removed becomes the anchor the chain is verified from.
    int prune(qint64 olderThanMs);
    // Search's word index is kept off the write path: entries are indexed here, at most `limit`
    // in the caller's transaction (indexPending; returns how many it passed), or in one of its
    // own (indexNow: the sweep does it every few seconds, and search before it reads).
    int indexPending(int limit);
    void indexNow(int limit);
    qint64 count();

private:
    struct Head
    {
        qint64 seq = 0;
        QByteArray hash;
    };
    Head head();

    Store &m_store;
    const Clock &m_clock;
};

} // namespace atrium::server
