#pragma once

#include <QCborArray>
#include <QCborValue>
#include <QDate>
#include <QString>

// What the server says to a person, as a key its translations are filed under, the values it
// names, and its English text: clients (and later notification templates) look the key up in
// the user's language and put the values in, formatted the way that language writes them.
// Values are plain text and numbers, or one of the typed values below (a duration, an instant
// at a location, a date, a weekday, a wait) that each language formats itself.
namespace atrium::server {

struct Said
{
    QString key;        // "bookings.already_booked"; its English template is `english`
    QString english;    // with %1, %2... where the values go, as Qt's tr() writes them
    QCborArray params;  // the values, in %N order

    // The English sentence: the template with the values in.
    QString text() const;
};

// A sentence the server says, for Outcome::reject and the like.
Said say(const char *key, const QString &english, QCborArray params = {});

namespace arg {
QCborValue minutes(qint64 minutes);                // {"minutes": 90}: "1 h 30 min"
QCborValue time(qint64 ms, const QString &zone);   // {"time": ms, "zone": "Europe/Madrid"}: "Tue 8 Dec 10:00" there
QCborValue date(const QDate &date);                // {"date": "2026-12-08"}: "Tuesday 8 December 2026"
QCborValue weekday(int isoDay);                    // {"weekday": 2}: "Tuesday"
QCborValue wait(qint64 ms);                        // {"waitMs": 90000}: "2 minutes"
QCborValue weekdays(int isoDay);                   // {"weekdays": 1}: "Mondays" (every one of them)
// A word of the program's own vocabulary (a role, an action, a kind of value), by its id, with
// its English: {"term": "role", "id": "kiosk", "text": "Kiosk"}.
QCborValue term(const char *kind, const QString &id, const QString &english);
// Several values ({"list": [...]}): "a, b, c" in English.
QCborValue list(const QStringList &items);
// Another sentence inside this one: {"key": ..., "params": [...], "text": its English}.
QCborValue said(const QString &key, const QCborArray &params, const QString &text);
} // namespace arg

// One typed value as English says it (text and numbers as they are).
QString english(const QCborValue &value);

} // namespace atrium::server
