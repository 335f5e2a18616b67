#pragma once

#include "listmodel.h"

#include <QPointer>
#include <QQuickItem>

namespace atrium::gui {

class AppController;

// The base of the models pages make for themselves: refreshed when sync changes the cache, when
// the outbox changes and as time passes (a minute tick), on the app controller's location unless
// a page sets `locationId`. While the item it was made in is hidden (a page not shown) it does no
// work: news only marks it stale, and it catches up the moment the item shows again.
class CacheListModel : public atrium::gui::ListModel, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ANONYMOUS
    Q_PROPERTY(QString locationId READ locationId WRITE setLocationId NOTIFY locationIdChanged)

public:
    CacheListModel(QList<QByteArray> roles, QObject *parent);

    QString locationId() const;
    void setLocationId(const QString &id);

    void classBegin() override {}
    void componentComplete() override;

Q_SIGNALS:
    void locationIdChanged();

protected:
    AppController &app() const { return *m_app; }
    void refreshLater();

private:
    AppController *m_app;
    QPointer<QQuickItem> m_item; // the item it was made in; refreshes wait while it is hidden
    bool m_stale = false;
    QString m_locationId; // empty: the controller's
    bool m_complete = false;
    bool m_refreshQueued = false;
};

// Members found as the desk types (staff): every word of `search` in the name, e-mail or company,
// accents and case aside; nobody for an empty search, so nobody is ever preselected. Each row
// says who it is: e-mail, company, home location, and today's booking at the location with
// whether it is checked in. Roles: id, name, email, company, home, today, bookingId, checkedIn.
class MemberSearchModel : public atrium::gui::CacheListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY limitChanged)
    // An empty search lists every member, by name (the Members page), not nobody (check-in).
    Q_PROPERTY(bool everyone READ everyone WRITE setEveryone NOTIFY everyoneChanged)

public:
    explicit MemberSearchModel(QObject *parent = nullptr);
    bool everyone() const { return m_everyone; }
    void setEveryone(bool everyone);
    QString search() const { return m_search; }
    void setSearch(const QString &search);
    int limit() const { return m_limit; }
    void setLimit(int limit);

    // Lower case, without accents: "Álvaro" finds "alvaro".
    static QString folded(const QString &text);

Q_SIGNALS:
    void searchChanged();
    void limitChanged();
    void everyoneChanged();

protected:
    QList<QVariantMap> rows() override;

private:
    QString m_search;
    int m_limit = 8;
    bool m_everyone = false;
};

// One list of the front desk's Home, for today at the location, by `section`:
//   arrivals  — bookings starting within the next hour (or started and not checked in), with Check in
//   present   — who is in the building: today's check-ins, less those who checked out (the roll call)
//   rooms     — rooms, booths and offices: in use now (by whom, until when) or free (until when)
//   released  — bookings released today as no-shows
//   approvals — bookings waiting for staff approval, from today on
//   rejections — what the server refused today, with its reason
// Roles: id, title, detail, time, state, memberId, bookingId, resourceId, pending, startMs,
// and action: what the line offers now (checkin, checkout, book, approve (and decline), show,
// dismiss; "" for nothing), decided here by the rules and the cache, not in the page.
class TodayModel : public atrium::gui::CacheListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString section READ section WRITE setSection NOTIFY sectionChanged)

public:
    explicit TodayModel(QObject *parent = nullptr);
    QString section() const { return m_section; }
    void setSection(const QString &section);

Q_SIGNALS:
    void sectionChanged();

protected:
    QList<QVariantMap> rows() override;

private:
    QString m_section = QStringLiteral("arrivals");
};

} // namespace atrium::gui
