#include "memberprofile.h"

#include "appcontroller.h"
#include "pendingops.h"
#include "servermessages.h"
#include "uuid.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace atrium::gui {

MemberProfile::MemberProfile(QObject *parent) : QObject(parent)
{
    AppController *app = AppController::instance();
    Q_ASSERT_X(app, "MemberProfile", "create the app controller before QML");
    connect(app, &AppController::dataChanged, this, [this]() {
        reloadPlans();
        reload();
    });
    connect(app, &AppController::syncChanged, this, &MemberProfile::reload);
    connect(app, &AppController::locationChanged, this, &MemberProfile::reload);
    connect(app, &AppController::tick, this, &MemberProfile::reload);
    connect(&app->engine(), &client::SyncEngine::opAppliedMessage, this,
            [this](const QString &opId, const QString &key, const QCborArray &params, const QString &message) {
                if (opId != m_pinOp)
                    return;
                m_pinKey = key;
                m_pinParams = params;
                m_pinEnglish = message;
                Q_EMIT pinChanged();
            });
    // Refused (it cannot be, short of a member removed meanwhile): not waiting any more.
    connect(&app->engine(), &client::SyncEngine::opRejected, this, [this](const QString &opId) {
        if (opId == m_pinOp) {
            m_pinOp.clear();
            Q_EMIT pinChanged();
        }
    });
}

void MemberProfile::setMemberId(const QString &id)
{
    if (id == m_memberId)
        return;
    m_memberId = id;
    Q_EMIT memberIdChanged();
    if (m_plans.isEmpty())
        reloadPlans();
    reload();
    Q_EMIT pinChanged(); // a PIN is shown with its own member only
}

QString MemberProfile::name() const
{
    return m_user.value("name"_L1).toString();
}

QString MemberProfile::initials() const
{
    QString out;
    for (const QString &word : name().split(u' ', Qt::SkipEmptyParts).mid(0, 2))
        out += word.front().toUpper();
    return out;
}

QString MemberProfile::email() const
{
    return m_user.value("email"_L1).toString();
}

QString MemberProfile::company() const
{
    return m_user.value("company"_L1).toString();
}

QString MemberProfile::plan() const
{
    return m_user.value("plan"_L1).toString();
}

QString MemberProfile::pinText() const
{
    if (m_pinOp.isEmpty() || m_pinMember != m_memberId)
        return {};
    if (m_pinKey.isEmpty() && m_pinEnglish.isEmpty())
        return tr("A new badge and PIN are asked for: the PIN shows here when the server answers.");
    return localMessage(m_pinKey, m_pinParams, m_pinEnglish);
}

void MemberProfile::reload()
{
    AppController *app = AppController::instance();
    client::LocalCache &cache = app->cache();
    const auto user = m_memberId.isEmpty() ? std::nullopt : cache.entity(entity::User, m_memberId);
    m_user = user ? *user : QCborMap();
    m_home.clear();
    if (const auto l = cache.entity(entity::Location, m_user.value("homeLocation"_L1).toString()))
        m_home = l->value("name"_L1).toString();

    // Today at the desk's location.
    m_checkedIn = false;
    m_checkedInBooking.clear();
    m_today.clear();
    if (!m_user.isEmpty()) {
        const QString location = app->locationId();
        const QTimeZone zone = client::locationZone(cache, location);
        const qint64 now = app->nowMs();
        const QDate day = QDateTime::fromMSecsSinceEpoch(now, zone).date();
        const qint64 dayStart = QDateTime(day, QTime(0, 0), zone).toMSecsSinceEpoch();
        const qint64 dayEnd = QDateTime(day.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
        client::BookingFilter filter;
        filter.memberId = m_memberId;
        filter.fromMs = dayStart;
        filter.toMs = dayEnd;
        std::optional<client::BookingView> next;
        for (const client::BookingView &v : cache.bookings(filter)) {
            if (v.booking.locationId != location)
                continue;
            if (v.booking.status == booking_status::CheckedIn) {
                m_checkedIn = true;
                m_checkedInBooking = v.booking.id;
            } else if (!next && v.booking.endMs > now && v.booking.status != booking_status::CheckedOut) {
                next = v;
            }
        }
        std::optional<client::CheckinView> arrival;
        for (const client::CheckinView &c : cache.checkins(location, dayStart, dayEnd))
            if (c.memberId == m_memberId)
                arrival = c;
        if (arrival && arrival->bookingId.isEmpty())
            m_checkedIn = true; // an arrival without a booking stays in for the day
        if (m_checkedIn && arrival)
            m_today = tr("In since %1").arg(client::timeInZone(arrival->atMs, zone, app->viewerZone()));
        else if (next)
            m_today = tr("Booked %1, %2").arg(app->resourceName(next->booking.resourceId),
                                              client::rangeInZone(next->booking.startMs, next->booking.endMs, zone, app->viewerZone(), false));
        else
            m_today = tr("Nothing booked here today");
    }
    Q_EMIT changed();
}

void MemberProfile::reloadPlans()
{
    // Plans: those members are on, and those the booking rules name. Every user is read, so only
    // when the data changes (not on every minute's tick or sync chip).
    client::LocalCache &cache = AppController::instance()->cache();
    QSet<QString> plans;
    for (const QCborMap &u : cache.entities(entity::User))
        plans.insert(u.value("plan"_L1).toString());
    for (const QCborMap &p : cache.entities(entity::Policy))
        for (const QCborValue &v : p.value("rules"_L1).toMap().value("allowedPlans"_L1).toArray())
            plans.insert(v.toString());
    plans.insert(QString());
    m_plans = QStringList(plans.begin(), plans.end());
    std::sort(m_plans.begin(), m_plans.end());
}

void MemberProfile::setPlan(const QString &plan)
{
    if (m_user.isEmpty() || plan == this->plan())
        return;
    AppController::instance()->engine().mutate(mutation::SetPlan, QCborMap{{u"member"_s, m_memberId}, {u"plan"_s, plan}});
}

void MemberProfile::reissueCredentials()
{
    if (m_user.isEmpty())
        return;
    m_pinMember = m_memberId;
    m_pinKey.clear();
    m_pinParams = {};
    m_pinEnglish.clear();
    m_pinOp = AppController::instance()->engine().mutate(mutation::IssueCredentials, QCborMap{{u"member"_s, m_memberId}});
    Q_EMIT pinChanged();
}

void MemberProfile::checkIn()
{
    if (!m_user.isEmpty())
        AppController::instance()->checkIn(m_memberId, {});
}

void MemberProfile::checkOut()
{
    if (!m_checkedInBooking.isEmpty())
        AppController::instance()->checkOut(m_checkedInBooking);
}

QString MemberProfile::saveNote(const QString &noteId, const QString &text)
{
    if (m_user.isEmpty())
        return tr("Choose a member first.");
    const QString words = text.trimmed();
    if (words.isEmpty())
        return tr("A note needs some text.");
    if (words.size() > kMaxMemberNote)
        return tr("A note is at most %1 characters; this one has %2.").arg(kMaxMemberNote).arg(words.size());
    AppController *app = AppController::instance();
    const QString id = noteId.isEmpty() ? newUuidV7(app->nowMs()) : noteId;
    app->engine().mutate(mutation::SaveMemberNote, memberNoteArgs(id, m_memberId, words));
    return {};
}

void MemberProfile::deleteNote(const QString &noteId)
{
    if (!noteId.isEmpty())
        AppController::instance()->engine().mutate(mutation::DeleteMemberNote, deleteMemberNoteArgs(noteId));
}

int MemberProfile::noteLimit() const
{
    return static_cast<int>(kMaxMemberNote);
}

// --- MemberNotesModel ----------------------------------------------------------------------------

MemberNotesModel::MemberNotesModel(QObject *parent) : CacheListModel({"id", "text", "byline", "pending"}, parent) {}

void MemberNotesModel::setMemberId(const QString &memberId)
{
    if (memberId == m_memberId)
        return;
    m_memberId = memberId;
    Q_EMIT memberIdChanged();
    refreshLater();
}

QList<QVariantMap> MemberNotesModel::rows()
{
    if (m_memberId.isEmpty())
        return {};
    client::LocalCache &cache = app().cache();
    const QTimeZone zone = client::locationZone(cache, app().locationId());
    const QTimeZone viewer = app().viewerZone();
    QList<QVariantMap> out;
    for (const client::MemberNoteView &n : cache.memberNotes(m_memberId)) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(n.createdAtMs, zone);
        QStringList byline{n.authorName.isEmpty() ? tr("Staff") : n.authorName,
                           tr("%1, %2").arg(client::shortDay(at.date()), client::timeInZone(n.createdAtMs, zone, viewer))};
        if (!n.editedByName.isEmpty())
            byline << tr("edited by %1").arg(n.editedByName);
        else if (n.updatedAtMs > n.createdAtMs + 60000)
            byline << tr("edited");
        if (n.pending)
            byline << tr("Not sent yet");
        out << QVariantMap{{u"id"_s, n.id}, {u"text"_s, n.text}, {u"byline"_s, byline.join(u" · "_s)}, {u"pending"_s, n.pending}};
    }
    return out;
}

} // namespace atrium::gui
