#include "monthmodel.h"

#include "appcontroller.h"
#include "domain.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace atrium::gui {

MonthModel::MonthModel(QObject *parent)
    : CacheListModel({"id", "dayNumber", "inMonth", "isToday", "isChosen", "count", "share", "lines", "more"}, parent)
{
    connect(&app(), &AppController::dayChanged, this, &MonthModel::refreshLater);
}

QList<QVariantMap> MonthModel::rows()
{
    AppController &a = app();
    const QDate chosen = a.day();
    if (!chosen.isValid())
        return {};
    const QTimeZone zone = a.zone();
    const QDate first(chosen.year(), chosen.month(), 1);
    const QDate start = first.addDays(-((first.dayOfWeek() - static_cast<int>(QLocale().firstDayOfWeek()) + 7) % 7));
    constexpr int kDays = 42;
    const auto midnight = [&](const QDate &d) { return QDateTime(d, QTime(0, 0), zone).toMSecsSinceEpoch(); };
    const QDate today = QDateTime::fromMSecsSinceEpoch(a.nowMs(), zone).date();

    // The spaces of this location, and how many minutes a day they are open together.
    QHash<QString, QString> names;
    for (const QCborMap &r : a.cache().entities(entity::Resource))
        if (r.value("location"_L1).toString() == locationId() && r.value("active"_L1).toBool())
            names.insert(r.value("id"_L1).toString(), r.value("name"_L1).toString());
    const qint64 openMinutes = std::max(60, a.closesMinute() - a.opensMinute()) * std::max<qint64>(1, names.size());

    struct Day
    {
        int count = 0;
        qint64 minutes = 0;
        QStringList lines;
    };
    QList<Day> days(kDays);
    client::BookingFilter filter;
    filter.fromMs = midnight(start);
    filter.toMs = midnight(start.addDays(kDays));
    filter.nowMs = a.nowMs();
    qint64 dayStart[kDays + 1];
    for (int i = 0; i <= kDays; ++i)
        dayStart[i] = midnight(start.addDays(i));
    for (const client::BookingView &v : a.cache().bookings(filter)) {
        const auto name = names.constFind(v.booking.resourceId);
        if (name == names.constEnd())
            continue;
        for (int i = 0; i < kDays; ++i) {
            if (v.booking.endMs <= dayStart[i] || v.booking.startMs >= dayStart[i + 1])
                continue;
            Day &d = days[i];
            ++d.count;
            d.minutes += (std::min(v.booking.endMs, dayStart[i + 1]) - std::max(v.booking.startMs, dayStart[i])) / 60000;
            if (d.lines.size() < 3) {
                const QString time = QLocale().toString(QDateTime::fromMSecsSinceEpoch(std::max(v.booking.startMs, dayStart[i]), zone).time(),
                                                        QLocale::ShortFormat);
                const QString who = v.busy ? MonthModel::tr("Busy") : v.booking.memberName;
                d.lines << (who.isEmpty() ? MonthModel::tr("%1 %2", "time space").arg(time, *name)
                                          : MonthModel::tr("%1 %2 · %3", "time space · who").arg(time, *name, who));
            }
        }
    }

    QList<QVariantMap> out;
    out.reserve(kDays);
    for (int i = 0; i < kDays; ++i) {
        const QDate d = start.addDays(i);
        const Day &day = days.at(i);
        out << QVariantMap{{u"id"_s, d.toString(Qt::ISODate)},
                           {u"dayNumber"_s, d.day()},
                           {u"inMonth"_s, d.month() == chosen.month()},
                           {u"isToday"_s, d == today},
                           {u"isChosen"_s, d == chosen},
                           {u"count"_s, day.count},
                           {u"share"_s, std::min(1.0, static_cast<double>(day.minutes) / static_cast<double>(openMinutes))},
                           {u"lines"_s, day.lines},
                           {u"more"_s, std::max<qsizetype>(0, day.count - day.lines.size())}};
    }
    return out;
}

} // namespace atrium::gui
