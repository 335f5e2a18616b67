#pragma once

#include <QCborMap>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

// Domain vocabulary shared by server and clients: roles, entity names, booking states and the
// wire shape of each entity.
namespace atrium {

enum class Role { Admin, FrontDesk, Member, Kiosk };
QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);
inline bool isStaff(Role role) { return role == Role::Admin || role == Role::FrontDesk; }

namespace entity {
inline constexpr auto Location = QLatin1StringView("location");
inline constexpr auto Resource = QLatin1StringView("resource");
inline constexpr auto User = QLatin1StringView("user");
inline constexpr auto Booking = QLatin1StringView("booking");
inline constexpr auto Busy = QLatin1StringView("busy"); // someone else's booking, without names
inline constexpr auto Checkin = QLatin1StringView("checkin");
inline constexpr auto Policy = QLatin1StringView("policy"); // the rules set at one level, id "level|target"
inline constexpr auto Category = QLatin1StringView("category"); // a node of the tree spaces are filed under
inline constexpr auto Waitlist = QLatin1StringView("waitlist"); // a place in line for a taken slot
inline constexpr auto Series = QLatin1StringView("series");
inline constexpr auto Feed = QLatin1StringView("feed"); // a secret calendar URL, id "member|<id>" or "resource|<id>"
inline constexpr auto MemberNote = QLatin1StringView("member_note"); // what staff wrote about a member; staff alone read it
inline constexpr auto Notification = QLatin1StringView("notification"); // told to one account: on its own devices only
inline constexpr auto Event = QLatin1StringView("event");     // a community event, with who is going and who waits
inline constexpr auto Thread = QLatin1StringView("thread");   // a forum thread (its posts are `post`)
inline constexpr auto Post = QLatin1StringView("post");       // hidden ones are the staff's alone
inline constexpr auto Conversation = QLatin1StringView("conversation"); // direct messages' members and read state, theirs alone
inline constexpr auto Message = QLatin1StringView("message");
inline constexpr auto Profile = QLatin1StringView("profile"); // a member listed in the directory (opt-in)
inline constexpr auto Ban = QLatin1StringView("ban");         // staff: who may not post, until when and why
inline constexpr auto Report = QLatin1StringView("report");   // staff: a post a member reported
inline constexpr auto NotifyPrefs = QLatin1StringView("notify_prefs"); // an account's own choices per kind and channel; "*": the operator's defaults
} // namespace entity

namespace mutation {
inline constexpr auto Book = QLatin1StringView("book");
inline constexpr auto Cancel = QLatin1StringView("cancel");
inline constexpr auto Checkin = QLatin1StringView("checkin");
inline constexpr auto SetPolicy = QLatin1StringView("set_policy"); // admins: replace the rules at one level
inline constexpr auto Approve = QLatin1StringView("approve");       // staff: a tentative booking becomes confirmed
inline constexpr auto Decline = QLatin1StringView("decline");       // staff: a tentative booking is turned down
inline constexpr auto Checkout = QLatin1StringView("checkout");     // the member leaves: the rest of the booking is free
inline constexpr auto UndoCheckin = QLatin1StringView("undo_checkin"); // a check-in made by mistake: as if it never was
inline constexpr auto SaveLocation = QLatin1StringView("save_location"); // admins: create or edit a location
inline constexpr auto SaveResource = QLatin1StringView("save_resource"); // staff: create or edit a space or item
inline constexpr auto SaveCategory = QLatin1StringView("save_category"); // staff: create or edit a category
inline constexpr auto Retire = QLatin1StringView("retire");              // staff: a location, resource or category leaves service
inline constexpr auto BookSeries = QLatin1StringView("book_series");     // a recurring booking (RFC 5545 rule)
inline constexpr auto CancelSeries = QLatin1StringView("cancel_series"); // all of it, or one occurrence and the ones after
inline constexpr auto EditSeries = QLatin1StringView("edit_series");     // one occurrence and the ones after get new times
inline constexpr auto JoinWaitlist = QLatin1StringView("join_waitlist");   // wait for a taken slot
inline constexpr auto LeaveWaitlist = QLatin1StringView("leave_waitlist"); // stop waiting (or turn an offer down)
inline constexpr auto AcceptOffer = QLatin1StringView("accept_offer");     // take the slot a waitlist offer holds
inline constexpr auto SetPlan = QLatin1StringView("set_plan"); // staff: the membership plan a member is on
inline constexpr auto IssueCredentials = QLatin1StringView("issue_credentials"); // a member's new QR badge and PIN
inline constexpr auto CalendarFeed = QLatin1StringView("calendar_feed"); // make (or remake) a feed's secret URL
inline constexpr auto ImportBusy = QLatin1StringView("import_busy");     // staff: an .ics file's events block a resource
inline constexpr auto Move = QLatin1StringView("move");                  // one booking (or occurrence) to a new time or space
inline constexpr auto SaveMemberNote = QLatin1StringView("save_member_note");     // staff: write or edit a note about a member
inline constexpr auto DeleteMemberNote = QLatin1StringView("delete_member_note"); // staff: remove one
inline constexpr auto ReadNotifications = QLatin1StringView("read_notifications");       // one's own, by id or all
inline constexpr auto ArchiveNotifications = QLatin1StringView("archive_notifications"); // out of one's inbox
inline constexpr auto SetNotifyPref = QLatin1StringView("set_notify_pref"); // a kind on a channel, on or off (admins: "*", everyone's default)
inline constexpr auto SetNotifySettings = QLatin1StringView("set_notify_settings"); // reminder lead, quiet hours, daily digest
inline constexpr auto CreateEvent = QLatin1StringView("create_event"); // staff: a community event (its room booked with it)
inline constexpr auto CancelEvent = QLatin1StringView("cancel_event");
inline constexpr auto Rsvp = QLatin1StringView("rsvp");                 // going (or waitlisted), or cancel
inline constexpr auto EventCheckin = QLatin1StringView("event_checkin"); // staff: an attendee arrived
inline constexpr auto Post = QLatin1StringView("post");                 // a new thread, or a reply in one
inline constexpr auto React = QLatin1StringView("react");
inline constexpr auto PinThread = QLatin1StringView("pin_thread");      // staff
inline constexpr auto SendMessage = QLatin1StringView("send_message");  // to one member or a small group
inline constexpr auto ReadMessages = QLatin1StringView("read_messages");
inline constexpr auto ReportPost = QLatin1StringView("report_post");
inline constexpr auto HidePost = QLatin1StringView("hide_post");        // staff: out of members' caches, kept for staff
inline constexpr auto BanMember = QLatin1StringView("ban_member");      // staff: no posting for some days, with the reason
inline constexpr auto SetProfile = QLatin1StringView("set_profile");    // one's own entry in the directory (opt-in)
} // namespace mutation

// The arguments of each mutation as they travel in Mutate.args: built here, once, for every sender.
QCborMap bookArgs(const QString &id, const QString &resourceId, qint64 startMs, qint64 endMs, const QString &member = {},
                  const QString &title = {});
// cancel, checkout, approve and decline all name just the booking (approve and decline may add a
// note for the member).
QCborMap bookingRefArgs(const QString &bookingId, const QString &note = {});
QCborMap setPolicyArgs(const QString &level, const QString &target, const QCborMap &rules);

// A series: its id (client-made UUID), the first occurrence and the rule that repeats it.
QCborMap bookSeriesArgs(const QString &id, const QString &resourceId, qint64 startMs, qint64 endMs, const QString &rrule,
                        const QString &member = {}, const QString &title = {});
// fromBookingId empty: the whole series (what has not started); else that occurrence and the later ones.
QCborMap cancelSeriesArgs(const QString &seriesId, const QString &fromBookingId = {});
// From one occurrence on, the series moves to new times (and optionally another space): the part
// from there becomes a new series, newSeriesId.
QCborMap editSeriesArgs(const QString &seriesId, const QString &fromBookingId, const QString &newSeriesId, qint64 startMs, qint64 endMs,
                        const QString &resourceId = {});
// join_waitlist: like a booking (its id is the entry's); leave_waitlist and accept_offer name the entry.
QCborMap waitlistRefArgs(const QString &entryId);
// kind: "member" (target a member id; members only their own) or "resource" (staff).
QCborMap calendarFeedArgs(const QString &kind, const QString &target);
// calendar: which calendar the file is an export of (a newer export of it replaces what the last
// one brought); empty: the file's own name for it (X-WR-CALNAME).
QCborMap importBusyArgs(const QString &resourceId, const QByteArray &ics, const QString &calendar = {});
QCborMap moveArgs(const QString &bookingId, qint64 startMs, qint64 endMs, const QString &resourceId = {});
// A note about a member (id: client-made UUID; the same id again edits it); deleting names the note.
// read_notifications and archive_notifications: these ids, or every one (unread ones, to read).
QCborMap notificationsArgs(const QStringList &ids, bool all = false);

// What notifications are told through, and what about; a kind on a channel is on unless the
// account (or, for everyone, the operator) turned it off, but e-mail starts off for bookings made
// for the member and for the desk's own approvals of them.
namespace notify {
inline constexpr auto Inbox = QLatin1StringView("inbox");
inline constexpr auto Email = QLatin1StringView("email");
const QStringList &channels();
inline constexpr auto Security = QLatin1StringView("security"); // password changed, sessions signed out: always told, never held
// booking_placed, booking_cancelled, booking_approved, booking_declined, booking_released,
// booking_reminder, waitlist_offer, waitlist_lapsed, event_update, event_reminder, mention,
// message, security
const QStringList &kinds();
// Whether an account (or the operator) may turn a kind off: every kind but security.
bool isMutable(const QString &kind);
bool builtInDefault(const QString &kind, const QString &channel);
// Reminders come this many minutes before a booking starts unless the account or the operator
// chose otherwise; a lead is between kMinReminder and kMaxReminder (0: no reminders).
inline constexpr int kDefaultReminderMinutes = 30;
inline constexpr int kMaxReminderMinutes = 24 * 60;
// The daily digest goes out at this hour of the member's own day.
inline constexpr int kDigestHour = 8;
// Whether a kind goes out on a channel: the account's choice, else the operator's, else built in.
bool isOn(const QCborMap &own, const QCborMap &operatorDefaults, const QString &kind, const QString &channel);
} // namespace notify
// member "" is oneself; "*" the operator's default for everyone (administrators).
QCborMap setNotifyPrefArgs(const QString &kind, const QString &channel, bool on, const QString &member = {});
// The community's mutations (ids are client-made UUIDs; members by id or e-mail).
QCborMap createEventArgs(const QString &id, const QString &title, const QString &locationId, qint64 startMs, qint64 endMs,
                         const QString &roomId = {}, int capacity = 0, const QString &description = {});
QCborMap eventRefArgs(const QString &eventId);
QCborMap rsvpArgs(const QString &eventId, bool cancel = false, const QString &member = {});
QCborMap eventCheckinArgs(const QString &eventId, const QString &member);
// threadId empty: a new thread with this title (at a location, or the whole network when empty).
QCborMap postArgs(const QString &id, const QString &threadId, const QString &body, const QString &title = {}, const QString &locationId = {});
QCborMap reactArgs(const QString &postId, const QString &emoji, bool off = false);
QCborMap pinThreadArgs(const QString &threadId, bool pinned);
QCborMap sendMessageArgs(const QString &id, const QStringList &to, const QString &body);
// The one conversation of a set of people (the author among them), whoever writes first: a
// client knows where a message it sends will go before the server answers.
QString conversationIdOf(QStringList memberIds);
QCborMap readMessagesArgs(const QString &conversationId);
QCborMap reportPostArgs(const QString &postId, const QString &reason = {});
QCborMap hidePostArgs(const QString &postId, const QString &reason = {});
QCborMap banMemberArgs(const QString &member, int days, const QString &reason);

// set_notify_settings: only what `settings` holds changes, of reminderMinutes (0..1440, 0: none),
// quietFrom and quietTo ("HH:MM" in the member's zone; both "" turn quiet hours off) and digest
// (true: mail once a day instead of one by one). member as for set_notify_pref.
QCborMap setNotifySettingsArgs(const QCborMap &settings, const QString &member = {});

inline constexpr qsizetype kMaxMemberNote = 2000; // characters of one note
QCborMap memberNoteArgs(const QString &id, const QString &member, const QString &text);
QCborMap deleteMemberNoteArgs(const QString &id);

QCborMap checkinArgs(const QString &id, const QString &member, const QString &bookingId = {}, const QString &locationId = {});
// undo_checkin: the check-in's id.
QCborMap undoCheckinArgs(const QString &checkinId);
// A check-in by badge or PIN (kiosks, the desk): credential is "qr" or "pin".
QCborMap credentialCheckinArgs(const QString &id, QLatin1StringView credential, const QString &value, const QString &locationId = {},
                               const QString &resourceId = {});
// A walk-in: check in on a space, booking it from now when the member has no booking there.
QCborMap walkInArgs(const QString &id, const QString &member, const QString &resourceId, int minutes);

// What a resource can be; the server refuses any other kind.
const QStringList &resourceKinds();

// Inventory mutations: `fields` are the entity's fields as its view carries them (see
// docs/protocol.md); the id says which one to create or edit.
QCborMap saveArgs(const QString &id, const QCborMap &fields);
QCborMap retireArgs(QLatin1StringView entity, const QString &id);

namespace booking_status {
inline constexpr auto Confirmed = QLatin1StringView("confirmed");
inline constexpr auto CheckedIn = QLatin1StringView("checked_in");
inline constexpr auto Cancelled = QLatin1StringView("cancelled");
inline constexpr auto Released = QLatin1StringView("released"); // nobody checked in within the grace period
inline constexpr auto Tentative = QLatin1StringView("tentative"); // holds the slot until staff approve or decline it
inline constexpr auto Declined = QLatin1StringView("declined");   // staff declined it, or nobody approved it in time
inline constexpr auto Held = QLatin1StringView("held"); // a waitlist offer holds the slot for its member until it is accepted or lapses
inline constexpr auto CheckedOut = QLatin1StringView("checked_out"); // left (early: the rest is free), or ended while checked in
} // namespace booking_status

struct Booking
{
    QString id;
    QString resourceId;
    QString locationId;
    QString memberId;
    QString memberName;
    QString title;
    QString status;
    QString createdBy;
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    QString note;          // what staff said when they approved or declined it
    QString seriesId;      // set for an occurrence of a recurring booking
    qint64 occurrenceMs = 0; // the start its rule gave it (RFC 5545 RECURRENCE-ID), kept when it is moved
    qint64 revision = 0;     // raised by every change after it was made (iCalendar SEQUENCE)

    bool isActive() const
    {
        return status != booking_status::Cancelled && status != booking_status::Released && status != booking_status::Declined;
    }
    bool overlaps(qint64 start, qint64 end) const { return startMs < end && start < endMs; }
    QCborMap toCbor() const;
    static Booking fromCbor(const QCborMap &map);
};

// ISO 8601 with an explicit offset ("2026-11-30T10:00:00+01:00" or "...Z"); nothing else, so a
// time is never silently read in the wrong zone.
std::optional<qint64> parseIsoTimestamp(const QString &text);
QString formatIso(qint64 unixMs, const QTimeZone &zone);

} // namespace atrium
