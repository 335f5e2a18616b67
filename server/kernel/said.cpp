#include "said.h"

#include "policy.h"
#include "throttle.h"

#include <QCborMap>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace atrium::server {

Said say(const char *key, const QString &english, QCborArray params)
{
    return Said{QString::fromLatin1(key), english, std::move(params)};
}

namespace arg {
QCborValue minutes(qint64 minutes)
{
    return QCborMap{{u"minutes"_s, minutes}};
}
QCborValue time(qint64 ms, const QString &zone)
{
    return QCborMap{{u"time"_s, ms}, {u"zone"_s, zone}};
}
QCborValue date(const QDate &date)
{
    return QCborMap{{u"date"_s, date.toString(Qt::ISODate)}};
}
QCborValue weekday(int isoDay)
{
    return QCborMap{{u"weekday"_s, isoDay}};
}
QCborValue wait(qint64 ms)
{
    return QCborMap{{u"waitMs"_s, ms}};
}
QCborValue weekdays(int isoDay)
{
    return QCborMap{{u"weekdays"_s, isoDay}};
}
QCborValue term(const char *kind, const QString &id, const QString &english)
{
    return QCborMap{{u"term"_s, QString::fromLatin1(kind)}, {u"id"_s, id}, {u"text"_s, english}};
}
QCborValue list(const QStringList &items)
{
    return QCborMap{{u"list"_s, QCborArray::fromStringList(items)}};
}
QCborValue said(const QString &key, const QCborArray &params, const QString &text)
{
    return QCborMap{{u"key"_s, key}, {u"params"_s, params}, {u"text"_s, text}};
}
} // namespace arg

QString english(const QCborValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isInteger())
        return QString::number(value.toInteger());
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? u"yes"_s : u"no"_s;
    if (!value.isMap())
        return {};
    const QCborMap m = value.toMap();
    if (m.contains("minutes"_L1))
        return formatMinutes(m.value("minutes"_L1).toInteger());
    if (m.contains("time"_L1))
        return QDateTime::fromMSecsSinceEpoch(m.value("time"_L1).toInteger(), QTimeZone(m.value("zone"_L1).toString().toLatin1()))
            .toString(u"ddd d MMM HH:mm"_s);
    if (m.contains("date"_L1))
        return QLocale(QLocale::English).toString(QDate::fromString(m.value("date"_L1).toString(), Qt::ISODate), u"dddd d MMMM yyyy"_s);
    if (m.contains("weekday"_L1))
        return QLocale(QLocale::English).dayName(static_cast<int>(m.value("weekday"_L1).toInteger()));
    if (m.contains("key"_L1) || m.contains("term"_L1))
        return m.value("text"_L1).toString();
    if (m.contains("list"_L1))
    {
        QStringList items;
        for (const QCborValue &item : m.value("list"_L1).toArray())
            items << item.toString();
        return items.join(u", "_s);
    }
    if (m.contains("weekdays"_L1))
        return QLocale(QLocale::English).dayName(static_cast<int>(m.value("weekdays"_L1).toInteger())) + u's';
    if (m.contains("waitMs"_L1))
        return formatWait(m.value("waitMs"_L1).toInteger());
    return {};
}

QString Said::text() const
{
    // %1..%99 replaced in one pass (a value that itself holds "%2" stays as it is).
    QString out;
    out.reserve(english.size() + 32);
    for (qsizetype i = 0; i < english.size(); ++i) {
        const QChar c = english.at(i);
        if (c == u'%' && i + 1 < english.size() && english.at(i + 1).isDigit()) {
            qsizetype j = i + 1;
            int n = 0;
            while (j < english.size() && english.at(j).isDigit() && n < 100)
                n = n * 10 + english.at(j++).digitValue();
            if (n >= 1 && n <= params.size()) {
                out += server::english(params.at(n - 1));
                i = j - 1;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace atrium::server
