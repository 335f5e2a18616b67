// The Community page and the Notifications card, driven as a member does: answering a full
// event puts them on its waitlist (pending at once, then the server's answer), a thread started
// and replied to reaches the server, a message from the desk shows unread and is read by
// opening it, and the notification choices in Settings land in the member's server-side prefs.
// Each step is shot in English and Spanish, light and dark.

#include "communityactions.h"
#include "communitymodels.h"
#include "domain.h"
#include "pagefixture.h"
#include "settings.h"
#include "uuid.h"

#include <QAbstractItemModelTester>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(AtriumPlugin)

using namespace Qt::Literals::StringLiterals;
using namespace atrium;
using namespace atrium::test;

class TestCommunityPage : public PageTestCase
{
    Q_OBJECT

    // The member's row in the event, as the app's cache holds the server's copy.
    static QString answerOf(client::LocalCache &cache, const QString &eventId, const QString &member)
    {
        const auto e = cache.entity(entity::Event, eventId);
        if (!e)
            return {};
        for (const QCborValue &v : e->value("attendees"_L1).toArray())
            if (v.toMap().value("member"_L1).toString() == member)
                return v.toMap().value("state"_L1).toString();
        return {};
    }

private Q_SLOTS:
    void initTestCase() { setUpPages(); }

    void memberUsesTheCommunity_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<bool>("dark");
        QTest::newRow("en") << u"en"_s << false;
        QTest::newRow("es-dark") << u"es"_s << true;
    }

    void memberUsesTheCommunity()
    {
        QFETCH(QString, lang);
        QFETCH(bool, dark);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        useLanguage(lang);
        g_warnings.clear();
        gui::Preferences preferences{QString(), QString()};
        preferences.overrideLanguage(lang);
        preferences.overrideTheme(dark ? u"dark"_s : u"light"_s);
        App app;

        // The desk plans an event with one seat, which another member takes, and writes to member 1.
        ClientFixture desk(app.server.url(), &app.clock);
        QVERIFY(desk.signInAndSync(u"desk@demo.atrium"_s));
        const QString eventId = newUuidV7(app.clock.nowMs());
        const qint64 start = app.clock.nowMs() + 2 * 24 * 3600 * 1000LL;
        desk.engine().mutate(mutation::CreateEvent, createEventArgs(eventId, u"Friday breakfast"_s, u"mad"_s, start, start + 3600000, {}, 1,
                                                                    u"Coffee and introductions."_s));
        desk.engine().mutate(mutation::SendMessage, sendMessageArgs(newUuidV7(app.clock.nowMs()), {u"m-01"_s}, u"Your parcel is at reception."_s));
        QVERIFY(desk.syncUntilIdle());
        ClientFixture other(app.server.url(), &app.clock);
        QVERIFY(other.signInAndSync(u"member2@demo.atrium"_s));
        other.engine().mutate(mutation::Rsvp, rsvpArgs(eventId));
        QVERIFY(other.syncUntilIdle());

        QVERIFY(app.start(u"member1@demo.atrium"_s));
        client::LocalCache &cache = app.client.cache();
        QVERIFY(QTest::qWaitFor([&]() { return answerOf(cache, eventId, u"m-02"_s) == u"going"_s; }, 10000));
        app.click("nav-community");
        QCOMPARE(app.controller.page(), u"community"_s);
        shoot(app.window, u"community-events-"_s + tag);

        // Full: the answer is the waitlist, shown pending until the server says so.
        app.click(QString(u"event-"_s + eventId));
        settle(app.window);
        {
            // The panel opens beside the list, which makes room for it.
            QQuickItem *panel = app.item("eventPanel");
            QQuickItem *list = app.item("eventList");
            QVERIFY(panel && panel->isVisible() && list);
            QVERIFY(panel->mapToScene({0, 0}).x() >= list->mapToScene({list->width(), 0}).x());
            QVERIFY(panel->mapToScene({panel->width(), 0}).x() <= app.window->width());
        }
        QVERIFY(app.client.goOffline());
        app.click("rsvpButton");
        QVERIFY(QTest::qWaitFor([&]() { return app.item("cancelRsvpButton") != nullptr; }, 5000)); // answered, in the cache's view
        QCOMPARE(answerOf(cache, eventId, u"m-01"_s), QString()); // not the server's yet
        shoot(app.window, u"community-event-pending-"_s + tag);
        app.client.engine().start();
        QVERIFY(QTest::qWaitFor([&]() { return answerOf(cache, eventId, u"m-01"_s) == u"waitlisted"_s; }, 10000));
        shoot(app.window, u"community-event-"_s + tag);
        app.click("eventsMonth");
        shoot(app.window, u"community-month-"_s + tag);

        // The forum: a new thread, and a reply in it.
        app.click("tab-forum");
        app.click("newThread");
        app.typeInto("threadTitleField", u"Lunch spots nearby?"_s);
        app.typeInto("threadBodyField", u"Where do you go for a quick lunch?"_s);
        app.click("postThread");
        const auto posts = [&]() { return cache.entities(entity::Post).size(); };
        QVERIFY(QTest::qWaitFor([&]() { return posts() == 1 && cache.outboxEmpty(); }, 10000));
        app.typeInto("replyField", u"Casa Paco, ask for the croquetas."_s);
        app.click("sendReply");
        QVERIFY(QTest::qWaitFor([&]() { return posts() == 2 && cache.outboxEmpty(); }, 10000));
        shoot(app.window, u"community-forum-"_s + tag);

        // Messages: the desk's is unread until opened; a reply goes to the same conversation.
        const QString conversation = conversationIdOf({u"m-01"_s, u"u-desk"_s});
        const auto readAt = [&]() {
            const auto c = cache.entity(entity::Conversation, conversation);
            for (const QCborValue &v : c ? c->value("members"_L1).toArray() : QCborArray())
                if (v.toMap().value("id"_L1).toString() == u"m-01"_s)
                    return v.toMap().value("readAt"_L1).toInteger();
            return qint64(-1);
        };
        QCOMPARE(readAt(), 0);
        app.click("tab-messages");
        app.click(QString(u"conversation-"_s + conversation));
        QVERIFY(QTest::qWaitFor([&]() { return readAt() > 0; }, 10000));
        app.typeInto("messageField", u"Thanks, on my way."_s);
        app.click("sendMessage");
        QVERIFY(QTest::qWaitFor([&]() { return cache.entities(entity::Message).size() == 2 && cache.outboxEmpty(); }, 10000));
        shoot(app.window, u"community-messages-"_s + tag);

        // Settings: no reminders by e-mail, quiet hours on; the server keeps both.
        app.click("nav-settings");
        app.click("email-booking_reminder");
        app.click("quietSwitch");
        const auto prefs = [&]() { return cache.entity(entity::NotifyPrefs, u"m-01"_s).value_or(QCborMap()); };
        QVERIFY(QTest::qWaitFor([&]() { return prefs().value("settings"_L1).toMap().contains("quietFrom"_L1) && cache.outboxEmpty(); }, 10000));
        QCOMPARE(prefs().value("prefs"_L1).toMap().value("booking_reminder|email"_L1).toBool(true), false);
        QCOMPARE(prefs().value("settings"_L1).toMap().value("quietFrom"_L1).toString(), u"22:00"_s);
        QCOMPARE(prefs().value("settings"_L1).toMap().value("quietTo"_L1).toString(), u"07:00"_s);
        QVERIFY(app.item("email-security") && !app.item("email-security")->isEnabled()); // always sent
        shoot(app.window, u"settings-notifications-"_s + tag);
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(u'\n')));
    }

    // The community's list models keep the item-model contract as rows come and go.
    void modelsKeepTheContract()
    {
        App app;
        QVERIFY(app.start(u"member1@demo.atrium"_s));
        gui::EventListModel events;
        gui::ThreadListModel threads;
        gui::ConversationListModel conversations;
        gui::PostListModel posts;
        gui::MessageListModel messages;
        QAbstractItemModelTester t1(&events, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&threads, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(&conversations, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(&posts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t5(&messages, QAbstractItemModelTester::FailureReportingMode::QtTest);
        gui::Community community;
        const QString thread = community.startThread(u"Hello"_s, u"First post"_s, false);
        posts.setThreadId(thread);
        threads.refresh();
        posts.refresh();
        QCOMPARE(threads.count(), 1);
        QCOMPARE(threads.get(0).value(u"pending"_s).toBool(), true);
        QCOMPARE(posts.count(), 1);
        const QString conversation = community.sendMessage({u"m-02"_s}, u"Hi"_s);
        messages.setConversationId(conversation);
        QCOMPARE(messages.count(), 1);
        QCOMPARE(messages.get(0).value(u"pending"_s).toBool(), true);
        QVERIFY(QTest::qWaitFor([&]() { return app.client.cache().outboxEmpty(); }, 10000));
        threads.refresh();
        posts.refresh();
        messages.refresh();
        conversations.refresh();
        QCOMPARE(threads.count(), 1);
        QCOMPARE(threads.get(0).value(u"pending"_s).toBool(), false);
        QCOMPARE(posts.count(), 1);
        QCOMPARE(messages.count(), 1);
        QCOMPARE(messages.get(0).value(u"pending"_s).toBool(), false);
        QCOMPARE(conversations.count(), 1);
        QCOMPARE(conversations.get(0).value(u"id"_s).toString(), conversation);
    }
};

QTEST_MAIN(TestCommunityPage)
#include "tst_community_page.moc"
