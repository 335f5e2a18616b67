// Notifications: the bookings module's events become one notification per event and recipient,
// in the recipient's own scope, with the sentence as a key and values; what members do
// themselves tells them nothing; reading and archiving touch the actor's own alone.
#include "demomodules.h"

#include "changelog.h"
#include "domain.h"
#include "protocol.h"
#include "uuid.h"

#include <QCborArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace atrium;
using namespace atrium::server;

class TestNotify : public QObject
{
    Q_OBJECT

    test::DemoModules m_demo;
    qint64 m_day = 0;
    Principal m_admin, m_desk, m_member, m_other;

    qint64 at(int day, int hour, int minute = 0) const { return m_day + day * 86400000LL + hour * 3600000LL + minute * 60000LL; }

    Outcome applied(const Principal &who, QLatin1StringView kind, const QCborMap &args)
    {
        const Outcome o = m_demo.apply(who, kind, args);
        if (!o.applied)
            qFatal("%s failed: %s", kind.data(), qPrintable(o.message));
        return o;
    }
    // The notifications of a member, as their own devices hold them (the self scope), newest last.
    QList<QCborMap> inbox(const QString &memberId)
    {
        QList<QCborMap> out;
        for (const ChangeRow &r : m_demo.modules->snapshot({scope::self(memberId)}))
            if (r.entity == entity::Notification)
                out << QCborValue::fromCbor(r.data).toMap();
        std::sort(out.begin(), out.end(), [](const QCborMap &a, const QCborMap &b) {
            return a.value("createdAt"_L1).toInteger() < b.value("createdAt"_L1).toInteger();
        });
        return out;
    }
    static std::optional<QCborMap> withKey(const QList<QCborMap> &box, const QString &key)
    {
        for (const QCborMap &n : box)
            if (n.value("key"_L1).toString() == key)
                return n;
        return std::nullopt;
    }
    static QList<ChangeRow> notificationRows(const Outcome &o)
    {
        QList<ChangeRow> rows;
        for (const ChangeRow &r : o.changes)
            if (r.entity == entity::Notification)
                rows << r;
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_day = QDateTime(QDate(2030, 3, 6), QTime(0, 0), QTimeZone("Europe/Madrid")).toMSecsSinceEpoch();
        m_demo.open(m_day - 365LL * 86400000, at(0, 9));
        m_admin = m_demo.principal(u"u-admin"_s);
        m_desk = m_demo.principal(u"u-desk"_s);
        m_member = m_demo.principal(u"m-05"_s);
        m_other = m_demo.principal(u"m-06"_s);
    }

    // The desk books for a member and cancels it: told both, in their own scope, with who did
    // it, the space and the time as values the app words itself.
    void theDeskActingForAMemberTellsThem()
    {
        const QString id = newUuidV7(m_demo.clock.nowMs());
        const Outcome placed = applied(m_desk, mutation::Book, bookArgs(id, u"mad-room-s"_s, at(1, 14), at(1, 15), u"m-05"_s));
        const QList<ChangeRow> told = notificationRows(placed);
        QCOMPARE(told.size(), 1);
        QCOMPARE(told.first().scope, scope::self(u"m-05"_s));
        QCborMap n = QCborValue::fromCbor(told.first().data).toMap();
        QCOMPARE(n.value("kind"_L1).toString(), u"booking_placed"_s);
        QCOMPARE(n.value("key"_L1).toString(), u"notify.booking_placed"_s);
        QCOMPARE(n.value("refId"_L1).toString(), id);
        const QCborArray params = n.value("params"_L1).toArray();
        QCOMPARE(params.at(0).toString(), m_desk.name);
        QCOMPARE(params.at(1).toString(), u"Lisbon"_s);
        QCOMPARE(params.at(2).toMap().value("time"_L1).toInteger(), at(1, 14));
        QCOMPARE(params.at(2).toMap().value("zone"_L1).toString(), u"Europe/Madrid"_s);
        QVERIFY2(n.value("text"_L1).toString().startsWith(m_desk.name + u" booked Lisbon for you on "_s),
                 qPrintable(n.value("text"_L1).toString()));
        QVERIFY(!n.contains("readAt"_L1));

        applied(m_desk, mutation::Cancel, bookingRefArgs(id));
        const QList<QCborMap> box = inbox(u"m-05"_s);
        QCOMPARE(box.size(), 2);
        QVERIFY(withKey(box, u"notify.booking_cancelled"_s));
        // Nobody else's devices hold them: not the desk's, not another member's.
        QVERIFY(inbox(u"u-desk"_s).isEmpty());
        QVERIFY(inbox(u"m-06"_s).isEmpty());
        for (const ChangeRow &r : m_demo.modules->snapshot({QString(scope::Staff)}))
            QVERIFY(r.entity != entity::Notification);
    }

    // What a member does themselves tells them nothing.
    void membersAreNotToldWhatTheyDid()
    {
        const qsizetype before = inbox(u"m-06"_s).size();
        const QString id = newUuidV7(m_demo.clock.nowMs());
        QVERIFY(notificationRows(applied(m_other, mutation::Book, bookArgs(id, u"mad-room-m"_s, at(2, 10), at(2, 11)))).isEmpty());
        QVERIFY(notificationRows(applied(m_other, mutation::Cancel, bookingRefArgs(id))).isEmpty());
        QCOMPARE(inbox(u"m-06"_s).size(), before);
    }

    // Approval with a note: the note is in the sentence; deciding twice tells once.
    void anApprovalCarriesItsNoteOnce()
    {
        applied(m_admin, mutation::SetPolicy, setPolicyArgs(u"resource"_s, u"mad-room-xl"_s, QCborMap{{u"approvalRequired"_s, true}}));
        const QString id = newUuidV7(m_demo.clock.nowMs());
        applied(m_member, mutation::Book, bookArgs(id, u"mad-room-xl"_s, at(3, 10), at(3, 12)));
        const qsizetype before = inbox(u"m-05"_s).size();
        applied(m_desk, mutation::Approve, bookingRefArgs(id, u"Chairs for 20 are ready"_s));
        applied(m_desk, mutation::Approve, bookingRefArgs(id, u"Chairs for 20 are ready"_s));
        const QList<QCborMap> box = inbox(u"m-05"_s);
        QCOMPARE(box.size(), before + 1);
        const auto approved = withKey(box, u"notify.booking_approved_note"_s);
        QVERIFY(approved);
        QCOMPARE(approved->value("params"_L1).toArray().at(2).toString(), u"Chairs for 20 are ready"_s);
        QVERIFY(approved->value("text"_L1).toString().endsWith(u"was approved: \"Chairs for 20 are ready\""_s));
    }

    // Time tells too: a no-show released by the sweep (no actor) reaches its member.
    void aNoShowReleasedIsTold()
    {
        applied(m_admin, mutation::SetPolicy, setPolicyArgs(u"resource"_s, u"mad-booth-2"_s, QCborMap{{u"graceMinutes"_s, 15}}));
        const QString id = newUuidV7(m_demo.clock.nowMs());
        applied(m_desk, mutation::Book, bookArgs(id, u"mad-booth-2"_s, at(0, 9), at(0, 10), u"m-06"_s));
        const qsizetype before = inbox(u"m-06"_s).size();
        m_demo.clock.setMs(at(0, 9, 20));
        m_demo.modules->sweep(m_demo.clock.nowMs());
        QCOMPARE(m_demo.modules->bookings.booking(id)->status, u"released"_s);
        const QList<QCborMap> box = inbox(u"m-06"_s);
        QCOMPARE(box.size(), before + 1);
        QVERIFY(withKey(box, u"notify.booking_released"_s));
        m_demo.modules->sweep(m_demo.clock.nowMs()); // again: nothing new
        QCOMPARE(inbox(u"m-06"_s).size(), before + 1);
    }

    // A waitlist offer tells its member until when it is held; its lapse tells them too.
    void aWaitlistOfferAndItsLapseAreTold()
    {
        const QString taken = newUuidV7(m_demo.clock.nowMs());
        applied(m_member, mutation::Book, bookArgs(taken, u"mad-booth-1"_s, at(4, 10), at(4, 11)));
        const QString entry = newUuidV7(m_demo.clock.nowMs());
        applied(m_other, mutation::JoinWaitlist, bookArgs(entry, u"mad-booth-1"_s, at(4, 10), at(4, 11)));
        const qsizetype before = inbox(u"m-06"_s).size();
        applied(m_member, mutation::Cancel, bookingRefArgs(taken));
        auto offer = withKey(inbox(u"m-06"_s), u"notify.offer_made"_s);
        QVERIFY(offer);
        QCOMPARE(offer->value("refEntity"_L1).toString(), u"waitlist"_s);
        QCOMPARE(offer->value("refId"_L1).toString(), entry);
        const QCborArray params = offer->value("params"_L1).toArray();
        QCOMPARE(params.at(1).toMap().value("time"_L1).toInteger(), at(4, 10));
        QCOMPARE(params.at(2).toMap().value("time"_L1).toInteger(), m_demo.clock.nowMs() + 30 * 60000); // held 30 minutes by default
        m_demo.clock.advanceMs(31 * 60000);
        m_demo.modules->sweep(m_demo.clock.nowMs());
        QVERIFY(withKey(inbox(u"m-06"_s), u"notify.offer_lapsed"_s));
        QCOMPARE(inbox(u"m-06"_s).size(), before + 2);
    }

    // The same event told again (a replay, another node) writes nothing.
    void oneEventTellsEachMemberOnce()
    {
        Notify::Notice n{u"test:once"_s, u"m-07"_s, u"booking_placed"_s, say("notify.booking_placed", u"%1 booked %2 for you on %3."_s,
                                                                            {u"A"_s, u"B"_s, u"C"_s}), {}, {}, {}};
        QCOMPARE(m_demo.modules->notify.tell(n).size(), 1);
        QCOMPARE(m_demo.modules->notify.tell(n).size(), 0);
        n.memberId = u"m-08"_s;
        QCOMPARE(m_demo.modules->notify.tell(n).size(), 1);
        QCOMPARE(inbox(u"m-07"_s).size(), 1);
    }

    // A kind turned off is not told; the operator's default applies to whoever has not chosen,
    // and a member's own choice wins over it. The choices travel to the account's own devices,
    // the operator's to everyone's.
    void preferencesDecideWhatIsTold()
    {
        Principal third = m_demo.principal(u"m-09"_s);
        applied(third, mutation::SetNotifyPref, setNotifyPrefArgs(u"booking_cancelled"_s, u"inbox"_s, false));
        const QString id = newUuidV7(m_demo.clock.nowMs());
        applied(m_desk, mutation::Book, bookArgs(id, u"mad-room-m"_s, at(5, 10), at(5, 11), u"m-09"_s));
        QCOMPARE(inbox(u"m-09"_s).size(), 1); // placed: told
        QVERIFY(notificationRows(applied(m_desk, mutation::Cancel, bookingRefArgs(id))).isEmpty());
        QCOMPARE(inbox(u"m-09"_s).size(), 1);

        applied(m_admin, mutation::SetNotifyPref, setNotifyPrefArgs(u"booking_placed"_s, u"inbox"_s, false, u"*"_s));
        applied(third, mutation::SetNotifyPref, setNotifyPrefArgs(u"booking_placed"_s, u"inbox"_s, true));
        QVERIFY(notificationRows(applied(m_desk, mutation::Book, bookArgs(newUuidV7(m_demo.clock.nowMs()), u"mad-room-m"_s, at(5, 12),
                                                                           at(5, 13), u"m-10"_s))).isEmpty());
        QCOMPARE(notificationRows(applied(m_desk, mutation::Book, bookArgs(newUuidV7(m_demo.clock.nowMs()), u"mad-room-m"_s, at(5, 14),
                                                                            at(5, 15), u"m-09"_s))).size(), 1);
        bool own = false, everyone = false;
        for (const ChangeRow &r : m_demo.modules->snapshot({scope::self(u"m-09"_s), QString(scope::Public)})) {
            if (r.entity != entity::NotifyPrefs)
                continue;
            const QCborMap prefs = QCborValue::fromCbor(r.data).toMap().value("prefs"_L1).toMap();
            if (r.id == u"m-09"_s)
                own = prefs.value(u"booking_cancelled|inbox"_s).toBool() == false && prefs.value(u"booking_placed|inbox"_s).toBool();
            if (r.id == u"*"_s)
                everyone = r.scope == scope::Public && prefs.value(u"booking_placed|inbox"_s).toBool() == false;
        }
        QVERIFY(own && everyone);
        // Refused in words: an unknown kind or channel.
        QCOMPARE(m_demo.apply(third, mutation::SetNotifyPref, setNotifyPrefArgs(u"weather"_s, u"inbox"_s, true)).code, proto::code::Invalid);
        QCOMPARE(m_demo.apply(third, mutation::SetNotifyPref, setNotifyPrefArgs(u"booking_placed"_s, u"pigeon"_s, true)).code,
                 proto::code::Invalid);
        applied(m_admin, mutation::SetNotifyPref, setNotifyPrefArgs(u"booking_placed"_s, u"inbox"_s, true, u"*"_s));
    }

    // Each channel on its own: with the inbox off and e-mail on, the member gets the mail and no
    // inbox row on any device (before, an inbox turned off kept the mail from being sent too).
    void anInboxTurnedOffStillMails()
    {
        m_demo.modules->notify.enableMail(QUrl(u"https://atrium.example"_s));
        const auto mails = [this] { return test::scalar(m_demo.store, u"SELECT COUNT(*) FROM effects WHERE kind = 'mail'"_s); };
        Principal eleventh = m_demo.principal(u"m-11"_s);
        applied(eleventh, mutation::SetNotifyPref, setNotifyPrefArgs(u"booking_cancelled"_s, u"inbox"_s, false));
        applied(eleventh, mutation::SetNotifyPref, setNotifyPrefArgs(u"booking_cancelled"_s, u"email"_s, true));
        const QString id = newUuidV7(m_demo.clock.nowMs());
        applied(m_desk, mutation::Book, bookArgs(id, u"mad-room-m"_s, at(6, 10), at(6, 11), u"m-11"_s));
        const qint64 before = mails();
        const qsizetype boxed = inbox(u"m-11"_s).size();
        QVERIFY(notificationRows(applied(m_desk, mutation::Cancel, bookingRefArgs(id))).isEmpty());
        QCOMPARE(mails(), before + 1);
        QCOMPARE(inbox(u"m-11"_s).size(), boxed);
        m_demo.modules->notify.enableMail(QUrl());
    }

    // Read by id and all at once, archived out of the devices; nobody reaches another's.
    void readAndArchiveOnlyOnesOwn()
    {
        const QList<QCborMap> box = inbox(u"m-05"_s);
        QVERIFY(box.size() >= 3);
        const QString first = box.first().value("id"_L1).toString();
        // Another member naming m-05's notification changes nothing.
        QVERIFY(applied(m_other, mutation::ReadNotifications, notificationsArgs({first})).changes.isEmpty());
        QVERIFY(!inbox(u"m-05"_s).first().contains("readAt"_L1));

        const Outcome one = applied(m_member, mutation::ReadNotifications, notificationsArgs({first}));
        QCOMPARE(one.changes.size(), 1);
        QCOMPARE(inbox(u"m-05"_s).first().value("readAt"_L1).toInteger(), m_demo.clock.nowMs());
        const Outcome rest = applied(m_member, mutation::ReadNotifications, notificationsArgs({}, true));
        QCOMPARE(rest.changes.size(), box.size() - 1);
        for (const QCborMap &n : inbox(u"m-05"_s))
            QVERIFY(n.contains("readAt"_L1));

        const Outcome archived = applied(m_member, mutation::ArchiveNotifications, notificationsArgs({first}));
        QCOMPARE(archived.changes.size(), 1);
        QCOMPARE(archived.changes.first().op, u"delete"_s);
        QCOMPARE(archived.changes.first().scope, scope::self(u"m-05"_s));
        QCOMPARE(inbox(u"m-05"_s).size(), box.size() - 1);
        QVERIFY(applied(m_member, mutation::ArchiveNotifications, notificationsArgs({first})).changes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNotify)
#include "tst_notify.moc"
