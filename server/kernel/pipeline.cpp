#include "pipeline.h"

#include "protocol.h"
#include "store.h"

using namespace Qt::Literals::StringLiterals;

namespace atrium::server::kernel {

void Pipeline::record(const Request &request, QList<ChangeRow> &changes)
{
    appendChanges(m_store, changes, m_clock.nowMs());
    for (const Hook &hook : m_hooks)
        hook(request, changes);
}

std::optional<Applied> Pipeline::applyInTransaction(const Request &request, bool isolate)
{
    Applied done;
    {
        SqlQuery &stored
            = m_store.exec(u"SELECT result FROM applied_ops WHERE client_id = ? AND op_id = ?"_s, { request.clientId, request.opId });
        if (stored.next()) {
            // A replay (the caller never saw our answer): the same answer, applied once.
            done.result = QCborValue::fromCbor(stored.blob(0)).toMap();
            done.replay = true;
            stored.finish();
            return done;
        }
    }
    if (isolate)
        m_store.exec(u"SAVEPOINT op"_s);
    const qint64 writesBefore = m_store.totalChanges();
    Outcome o;
    try {
        o = m_dispatcher.apply(request.actor, request.kind, request.args);
        if (o.applied)
            record(request, o.changes);
    } catch (const StoreError &e) {
        if (!isolate)
            throw;
        qWarning("pipeline: %s failed: %s", qPrintable(request.kind), e.what());
        o = Outcome::reject(proto::code::Unavailable, say("kernel.not_saved", u"The server could not save this change."_s));
    }
    if (!o.applied && !isolate && m_store.totalChanges() != writesBefore)
        return std::nullopt; // a rejection that wrote: only a savepoint can undo just this request
    done.result.insert("opId"_L1, request.opId);
    if (!o.messageKey.isEmpty()) {
        done.result.insert("messageKey"_L1, o.messageKey);
        if (!o.messageParams.isEmpty())
            done.result.insert("messageParams"_L1, o.messageParams);
    }
    if (o.applied) {
        done.applied = true;
        done.changes = o.changes;
        done.result.insert("status"_L1, u"applied"_s);
        if (!o.changes.isEmpty())
            done.result.insert("seq"_L1, o.changes.last().seq);
        if (!o.message.isEmpty())
            done.result.insert("message"_L1, o.message); // a note for its author (an import's summary)
        if (!o.details.isEmpty())
            done.result.insert("details"_L1, o.details);
    } else {
        if (isolate)
            m_store.exec(u"ROLLBACK TO op"_s);
        done.result.insert("status"_L1, u"rejected"_s);
        done.result.insert("code"_L1, QString(o.code));
        done.result.insert("message"_L1, o.message);
        if (!o.alternatives.isEmpty())
            done.result.insert("alternatives"_L1, o.alternatives);
        if (!o.policy.isEmpty())
            done.result.insert("policy"_L1, o.policy);
    }
    m_store.exec(u"INSERT INTO applied_ops(client_id, op_id, user_id, result, at_ms) VALUES(?,?,?,?,?)"_s,
                 {request.clientId, request.opId, request.actor.userId, done.result.toCborValue().toCbor(), m_clock.nowMs()});
    if (isolate)
        m_store.exec(u"RELEASE op"_s);
    return done;
}

Applied Pipeline::apply(const Request &request)
{
    for (bool isolate : {false, true}) {
        m_store.begin();
        try {
            std::optional<Applied> done = applyInTransaction(request, isolate);
            if (!done) {
                m_store.rollback();
                continue;
            }
            m_store.commit();
            return *done;
        } catch (...) {
            m_store.rollback();
            throw;
        }
    }
    return {}; // not reached: isolated, every request gets an answer
}

} // namespace atrium::server::kernel
