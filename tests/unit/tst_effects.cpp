// Effects (mail, later payment calls) staged in a transaction and delivered after it commits, on
// an injected clock: never for a rolled-back transaction, retried with growing waits while the
// other side is away, given up after five days, never again once accepted; with two servers on
// one database, each effect is delivered by one of them.
#include "demomodules.h"
#include "effects.h"
#include "pgcluster.h"
#include "store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace atrium;
using namespace atrium::server;
using atrium::test::scalar;

namespace {

struct Outbox
{
    QList<QCborMap> delivered;
    bool accepting = true;
    QStringList noSuchMailbox; // refused for good
    // The other side answers at once: yes, "away", or "no such mailbox".
    Effects::Deliverer deliverer()
    {
        return [this](const QCborMap &payload, const Effects::Done &done) {
            if (noSuchMailbox.contains(payload.value("to"_L1).toString())) {
                done({Effects::Delivery::Refused, u"550 no such mailbox"_s});
                return;
            }
            if (accepting)
                delivered << payload;
            done({accepting ? Effects::Delivery::Accepted : Effects::Delivery::TryLater, accepting ? QString() : u"the relay is away"_s});
        };
    }
};

} // namespace

class TestEffects : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void afterCommitOnly()
    {
        Store store;
        store.open(test::testDatabase(m_dir.filePath(u"commit.sqlite"_s)));
        ManualClock clock(1'800'000'000'000);
        Effects effects(store, clock);
        Outbox out;
        effects.setDeliverer(u"mail"_s, out.deliverer());
        store.begin();
        effects.stage(u"mail"_s, QCborMap{{u"to"_s, u"kept@example.org"_s}});
        store.commit();
        store.begin();
        effects.stage(u"mail"_s, QCborMap{{u"to"_s, u"rolled-back@example.org"_s}});
        store.rollback();
        QCOMPARE(effects.deliverDue(), 1);
        QCOMPARE(out.delivered.size(), 1);
        QCOMPARE(out.delivered.first().value("to"_L1).toString(), u"kept@example.org"_s);
        QCOMPARE(effects.deliverDue(), 0); // accepted: never again
        QCOMPARE(effects.pendingCount(), 0);
    }

    void retriedThenGivenUp()
    {
        Store store;
        store.open(test::testDatabase(m_dir.filePath(u"retry.sqlite"_s)));
        ManualClock clock(1'800'000'000'000);
        Effects effects(store, clock);
        Outbox out;
        out.accepting = false;
        effects.setDeliverer(u"mail"_s, out.deliverer());
        store.begin();
        effects.stage(u"mail"_s, QCborMap{{u"to"_s, u"someone@example.org"_s}});
        store.commit();
        QCOMPARE(effects.deliverDue(), 1); // first try: refused
        // 30 s, then 60 s, 120 s ...: not a millisecond before each.
        for (const qint64 wait : {30'000LL, 60'000LL, 120'000LL, 240'000LL}) {
            clock.advanceMs(wait - 1);
            QCOMPARE(effects.deliverDue(), 0);
            clock.advanceMs(1);
            QCOMPARE(effects.deliverDue(), 1);
        }
        QCOMPARE(scalar(store, u"SELECT attempts FROM effects"_s), 5);
        // The relay is back at the next try.
        out.accepting = true;
        clock.advanceMs(Effects::kMaxRetryMs);
        QCOMPARE(effects.deliverDue(), 1);
        QCOMPARE(out.delivered.size(), 1);
        QCOMPARE(effects.pendingCount(), 0);

        // One that never gets through is given up after five days, and says why.
        out.accepting = false;
        store.begin();
        effects.stage(u"mail"_s, QCborMap{{u"to"_s, u"nobody@example.org"_s}});
        store.commit();
        const qint64 staged = clock.nowMs();
        while (clock.nowMs() - staged < Effects::kGiveUpMs + Effects::kMaxRetryMs) {
            effects.deliverDue();
            clock.advanceMs(Effects::kMaxRetryMs);
        }
        effects.deliverDue();
        QCOMPARE(effects.pendingCount(), 0);
        SqlQuery &q = store.exec(u"SELECT last_error FROM effects WHERE done_at IS NOT NULL AND last_error IS NOT NULL"_s);
        QVERIFY(q.next());
        QVERIFY(q.text(0).startsWith(u"gave up: the relay is away"_s));
        q.finish();
    }

    // A refusal for good (no such mailbox) is not tried again; whoever listens is told how each
    // effect ended, and only once it has: accepted, refused, or given up after five days.
    void refusedForGoodIsNotRetriedAndSettled()
    {
        Store store;
        store.open(test::testDatabase(m_dir.filePath(u"refused.sqlite"_s)));
        ManualClock clock(1'800'000'000'000);
        Effects effects(store, clock);
        Outbox out;
        out.noSuchMailbox << u"gone@example.org"_s;
        effects.setDeliverer(u"mail"_s, out.deliverer());
        QList<std::pair<QString, Effects::Delivery::Result>> settled;
        QString why;
        effects.onSettled(u"mail"_s, [&](const QCborMap &payload, const Effects::Delivery &outcome) {
            settled.append({payload.value("to"_L1).toString(), outcome.result});
            if (outcome.result == Effects::Delivery::Refused)
                why = outcome.why;
        });
        store.begin();
        effects.stage(u"mail"_s, QCborMap{{u"to"_s, u"gone@example.org"_s}});
        effects.stage(u"mail"_s, QCborMap{{u"to"_s, u"Kept@Example.org"_s}});
        store.commit();
        QCOMPARE(effects.deliverDue(), 2);
        QCOMPARE(effects.pendingCount(), 0);
        clock.advanceMs(Effects::kMaxRetryMs);
        QCOMPARE(effects.deliverDue(), 0); // never again
        QCOMPARE(settled.size(), 2);
        QVERIFY(settled.contains(std::pair{u"gone@example.org"_s, Effects::Delivery::Refused}));
        QVERIFY(settled.contains(std::pair{u"Kept@Example.org"_s, Effects::Delivery::Accepted}));
        QCOMPARE(why, u"refused: 550 no such mailbox"_s);
        // Whom each went to is kept beside it (lower case), for the delivery log.
        QCOMPARE(scalar(store, u"SELECT COUNT(*) FROM effects WHERE target = 'kept@example.org' AND done_at IS NOT NULL"_s), 1);

        // Away for five days: told once, when it is given up, not at each try.
        settled.clear();
        out.accepting = false;
        store.begin();
        effects.stage(u"mail"_s, QCborMap{{u"to"_s, u"away@example.org"_s}});
        store.commit();
        const qint64 staged = clock.nowMs();
        while (clock.nowMs() - staged < Effects::kGiveUpMs) {
            effects.deliverDue();
            QVERIFY(settled.isEmpty());
            clock.advanceMs(Effects::kMaxRetryMs);
        }
        effects.deliverDue();
        QCOMPARE(settled.size(), 1);
        QCOMPARE(settled.first().second, Effects::Delivery::Refused);
        QVERIFY(why.startsWith(u"gave up: the relay is away"_s));
    }

    // Many at once (a notice to every member): at most kMaxInFlight under way, and as each one is
    // accepted the next goes at once, without waiting for the timer; every one exactly once.
    void manyGoAFewAtATime()
    {
        Store store;
        store.open(test::testDatabase(m_dir.filePath(u"many.sqlite"_s)));
        ManualClock clock(1'800'000'000'000);
        Effects effects(store, clock);
        QList<Effects::Done> underWay;
        QStringList delivered;
        int most = 0;
        effects.setDeliverer(u"mail"_s, [&](const QCborMap &payload, const Effects::Done &done) {
            delivered << payload.value("to"_L1).toString();
            underWay << done;
            most = std::max(most, static_cast<int>(underWay.size()));
        });
        const int count = 95;
        store.begin();
        for (int i = 0; i < count; ++i)
            effects.stage(u"mail"_s, QCborMap{{u"to"_s, u"m%1@example.org"_s.arg(i)}});
        store.commit();
        QCOMPARE(effects.deliverDue(), Effects::kMaxInFlight);
        QCOMPARE(effects.deliverDue(), 0); // full
        // The relay accepts them one by one; the clock does not move.
        QVERIFY(QTest::qWaitFor([&]() {
            if (!underWay.isEmpty())
                underWay.takeFirst()({Effects::Delivery::Accepted, {}});
            return delivered.size() == count && underWay.isEmpty();
        }, 10000));
        QCOMPARE(most, Effects::kMaxInFlight);
        QCOMPARE(QSet<QString>(delivered.begin(), delivered.end()).size(), count);
        QCOMPARE(effects.pendingCount(), 0);
    }

    // Two servers on one database (or one restarted while the other runs): each effect once.
    void oneDeliveryAcrossServers()
    {
        const QString path = test::testDatabase(m_dir.filePath(u"shared.sqlite"_s));
        Store a, b;
        a.open(path);
        b.open(path);
        ManualClock clock(1'800'000'000'000);
        Effects first(a, clock), second(b, clock);
        Outbox out;
        // The first server's relay takes long: its delivery is still under way when the second looks.
        Effects::Done pending;
        first.setDeliverer(u"mail"_s, [&](const QCborMap &payload, const Effects::Done &done) {
            out.delivered << payload;
            pending = done;
        });
        second.setDeliverer(u"mail"_s, out.deliverer());
        a.begin();
        first.stage(u"mail"_s, QCborMap{{u"to"_s, u"once@example.org"_s}});
        a.commit();
        QCOMPARE(first.deliverDue(), 1);
        QCOMPARE(second.deliverDue(), 0); // claimed by the first
        pending({Effects::Delivery::Accepted, {}});
        clock.advanceMs(Effects::kClaimMs);
        QCOMPARE(second.deliverDue(), 0); // done: never again
        QCOMPARE(out.delivered.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEffects)
#include "tst_effects.moc"
