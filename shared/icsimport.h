#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

// Busy times from an iCalendar file that staff import for a space (Google Calendar, Outlook and
// Exchange, Apple Calendar exports): what the space's own calendar must treat as taken.
namespace atrium::ics {

// How far ahead an import reaches from now: 18 months. The server extends it as time passes.
inline constexpr int kWindowDays = 548;
// The most busy times one import brings (the nearest first); what is left out is said.
inline constexpr int kMaxBusyTimes = 2000;

struct BusyTime
{
    QString uid, summary;
    qint64 startMs = 0, endMs = 0;
    // Which instance of its event this is: the start its rule (or RDATE) gave it, kept when an
    // override (RECURRENCE-ID) moves it; 0 for an event that does not repeat.
    qint64 instanceMs = 0;
};

// What became of one event (one UID, its overrides included).
struct EventReport
{
    QString uid, summary;
    int busyTimes = 0; // in the window
    QString skipped;   // why it brought none, in words; empty when it brought some
};

struct Import
{
    QString calendarName;     // X-WR-CALNAME, when the file has one
    QList<BusyTime> busy;     // earliest first
    QList<EventReport> events; // in file order
    int leftOut = 0;          // busy times past kMaxBusyTimes (the latest ones)
};

// The busy times between fromMs and untilMs. Events are read as RFC 5545 says: RRULE expanded
// on the event's own wall clock however long ago it began, RDATE added, EXDATE left out, and an
// override (same UID, RECURRENCE-ID) replacing its instance, or removing it when cancelled.
// Cancelled events and those marked free (TRANSP:TRANSPARENT) are not busy. A TZID is read from
// the file's own VTIMEZONE when it defines one (Outlook's "W. Europe Standard Time"), else as an
// IANA or Windows zone name; floating times in the calendar's X-WR-TIMEZONE, else in `zone`, and
// all-day events as the day in `zone`. nullopt with *error in words when the file is not iCalendar
// or an event holds a rule, date or time that cannot be read (naming the event and the property).
std::optional<Import> read(const QByteArray &ics, const QTimeZone &zone, qint64 fromMs, qint64 untilMs, QString *error);

} // namespace atrium::ics
