#include "searchmodel.h"

#include "appcontroller.h"
#include "pendingops.h"

using namespace Qt::Literals::StringLiterals;

namespace atrium::gui {

namespace {

constexpr int kPerKind = 5;
constexpr qint64 kDay = 24LL * 3600 * 1000;

bool matchesAll(const QString &haystack, const QStringList &words)
{
    const QString folded = MemberSearchModel::folded(haystack);
    return std::all_of(words.begin(), words.end(), [&](const QString &w) { return folded.contains(w); });
}

} // namespace

SearchModel::SearchModel(QObject *parent) : CacheListModel({"id", "kind", "title", "detail", "section", "sectionStarts"}, parent) {}

void SearchModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    refresh(); // typing is answered at once
}

QList<QVariantMap> SearchModel::rows()
{
    const QStringList words = MemberSearchModel::folded(m_query).split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    client::LocalCache &cache = app().cache();
    const bool staff = app().isStaff();
    QList<QVariantMap> out;
    QHash<QString, QString> locationNames;
    for (const QCborMap &l : cache.entities(entity::Location))
        locationNames.insert(l.value("id"_L1).toString(), l.value("name"_L1).toString());

    if (staff) {
        int n = 0;
        QList<QCborMap> users = cache.entities(entity::User);
        std::sort(users.begin(), users.end(), [](const QCborMap &a, const QCborMap &b) {
            return QString::localeAwareCompare(a.value("name"_L1).toString(), b.value("name"_L1).toString()) < 0;
        });
        for (const QCborMap &u : std::as_const(users)) {
            if (u.value("role"_L1).toString() != u"member"_s)
                continue;
            const QString company = u.value("company"_L1).toString();
            if (!matchesAll(u.value("name"_L1).toString() + u' ' + u.value("email"_L1).toString() + u' ' + company, words))
                continue;
            out << QVariantMap{{u"id"_s, u.value("id"_L1).toString()},
                               {u"kind"_s, u"member"_s},
                               {u"title"_s, u.value("name"_L1).toString()},
                               {u"detail"_s, company.isEmpty() ? u.value("email"_L1).toString() : tr("%1 · %2").arg(company, u.value("email"_L1).toString())},
                               {u"section"_s, tr("Members")}};
            if (++n == kPerKind)
                break;
        }
    }

    int spaces = 0;
    for (const SpaceMatch &m : cache.findAvailable({})) {
        const QCborMap &r = m.resource;
        const QString where = locationNames.value(r.value("location"_L1).toString());
        if (!matchesAll(r.value("name"_L1).toString() + u' ' + r.value("area"_L1).toString() + u' ' + where, words))
            continue;
        out << QVariantMap{{u"id"_s, r.value("id"_L1).toString()},
                           {u"kind"_s, u"space"_s},
                           {u"title"_s, r.value("name"_L1).toString()},
                           {u"detail"_s, tr("%1 · %2").arg(where, r.value("area"_L1).toString())},
                           {u"section"_s, tr("Spaces")}};
        if (++spaces == kPerKind)
            break;
    }

    const qint64 now = app().nowMs();
    client::BookingFilter filter;
    filter.fromMs = staff ? now - kDay : now;
    filter.toMs = now + 14 * kDay;
    if (!staff)
        filter.memberId = app().userId();
    // What is still to come first, then what has ended (yesterday's), soonest first.
    QList<client::BookingView> hits;
    QHash<QString, QString> spaceNames;
    for (const client::BookingView &v : cache.bookings(filter)) {
        if (v.busy)
            continue;
        const Booking &b = v.booking;
        auto name = spaceNames.constFind(b.resourceId);
        if (name == spaceNames.constEnd())
            name = spaceNames.insert(b.resourceId, app().resourceName(b.resourceId));
        if (matchesAll(b.memberName + u' ' + b.title + u' ' + *name, words))
            hits << v;
    }
    std::stable_sort(hits.begin(), hits.end(), [now](const client::BookingView &a, const client::BookingView &b) {
        return (a.booking.endMs <= now) < (b.booking.endMs <= now);
    });
    if (hits.size() > kPerKind)
        hits.resize(kPerKind);
    for (const client::BookingView &v : std::as_const(hits)) {
        const Booking &b = v.booking;
        const QTimeZone zone = client::locationZone(cache, b.locationId);
        const QString who = staff ? b.memberName : b.title;
        const QString space = spaceNames.value(b.resourceId);
        out << QVariantMap{{u"id"_s, b.id},
                           {u"kind"_s, u"booking"_s},
                           {u"title"_s, who.isEmpty() ? space : tr("%1 · %2").arg(who, space)},
                           {u"detail"_s, tr("%1 · %2").arg(client::rangeInZone(b.startMs, b.endMs, zone, app().viewerZone(), true),
                                                           locationNames.value(b.locationId))},
                           {u"section"_s, tr("Bookings")}};
    }
    for (qsizetype i = 0; i < out.size(); ++i)
        out[i].insert(u"sectionStarts"_s, i == 0 || out[i - 1].value(u"kind"_s) != out[i].value(u"kind"_s));
    return out;
}

QString SearchModel::open(int row)
{
    const QVariantMap r = get(row);
    const QString kind = r.value(u"kind"_s).toString(), id = r.value(u"id"_s).toString();
    if (kind == u"member"_s) {
        app().setPage(u"members"_s);
        Q_EMIT memberRequested(id);
    } else if (kind == u"space"_s) {
        if (const auto res = app().cache().entity(entity::Resource, id))
            app().setLocationId(res->value("location"_L1).toString());
        app().showToday();
        app().setPage(u"calendar"_s);
    } else if (kind == u"booking"_s) {
        app().showBooking(id);
    }
    return app().page();
}

} // namespace atrium::gui
