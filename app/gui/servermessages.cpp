#include "servermessages.h"

#include "pendingops.h"
#include "policy.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace atrium::gui {

namespace {

struct Known
{
    const char *key;
    // The server's template for the key, and the key again as its disambiguation (two keys may
    // share an English template): what the translations are filed under.
    struct
    {
        const char *source;
        const char *comment;
    } text;
};

// The words of the server's own vocabulary a sentence names ({"term": kind, "id": ...}): roles,
// what each access rule lets one do, kinds of value, a series' state. Filed under "kind:id";
// tests/translations/check_message_keys.cmake fails on an access rule missing here.
struct Term
{
    const char *id; // "kind:id"
    struct
    {
        const char *source;
        const char *comment;
    } text;
};
const Term kTerms[] = {
    {"action:checkin", QT_TRANSLATE_NOOP3("ServerTerm", "check members in", "action:checkin")},
    {"own_action:checkin", QT_TRANSLATE_NOOP3("ServerTerm", "check themselves in", "own_action:checkin")},
    {"action:checkin_credential", QT_TRANSLATE_NOOP3("ServerTerm", "check in by QR code or PIN", "action:checkin_credential")},
    {"action:checkout", QT_TRANSLATE_NOOP3("ServerTerm", "check members out", "action:checkout")},
    {"own_action:checkout", QT_TRANSLATE_NOOP3("ServerTerm", "check themselves out", "own_action:checkout")},
    {"action:undo_checkin", QT_TRANSLATE_NOOP3("ServerTerm", "undo members' check-ins", "action:undo_checkin")},
    {"own_action:undo_checkin", QT_TRANSLATE_NOOP3("ServerTerm", "undo their own check-ins", "own_action:undo_checkin")},
    {"action:issue_credentials", QT_TRANSLATE_NOOP3("ServerTerm", "issue badges and PINs", "action:issue_credentials")},
    {"own_action:issue_credentials", QT_TRANSLATE_NOOP3("ServerTerm", "renew their own badge and PIN", "own_action:issue_credentials")},
    {"action:save_resource", QT_TRANSLATE_NOOP3("ServerTerm", "create or edit spaces", "action:save_resource")},
    {"action:save_category", QT_TRANSLATE_NOOP3("ServerTerm", "edit categories", "action:save_category")},
    {"action:save_location", QT_TRANSLATE_NOOP3("ServerTerm", "create or edit locations", "action:save_location")},
    {"action:retire_resource", QT_TRANSLATE_NOOP3("ServerTerm", "retire spaces", "action:retire_resource")},
    {"action:retire_category", QT_TRANSLATE_NOOP3("ServerTerm", "retire categories", "action:retire_category")},
    {"action:retire_location", QT_TRANSLATE_NOOP3("ServerTerm", "retire locations", "action:retire_location")},
    {"action:book", QT_TRANSLATE_NOOP3("ServerTerm", "make bookings", "action:book")},
    {"own_action:book", QT_TRANSLATE_NOOP3("ServerTerm", "book for themselves", "own_action:book")},
    {"action:book_series", QT_TRANSLATE_NOOP3("ServerTerm", "make recurring bookings", "action:book_series")},
    {"own_action:book_series", QT_TRANSLATE_NOOP3("ServerTerm", "book for themselves", "own_action:book_series")},
    {"action:move", QT_TRANSLATE_NOOP3("ServerTerm", "move bookings", "action:move")},
    {"own_action:move", QT_TRANSLATE_NOOP3("ServerTerm", "move their own bookings", "own_action:move")},
    {"action:cancel", QT_TRANSLATE_NOOP3("ServerTerm", "cancel bookings", "action:cancel")},
    {"own_action:cancel", QT_TRANSLATE_NOOP3("ServerTerm", "cancel their own bookings", "own_action:cancel")},
    {"action:cancel_series", QT_TRANSLATE_NOOP3("ServerTerm", "cancel recurring bookings", "action:cancel_series")},
    {"own_action:cancel_series", QT_TRANSLATE_NOOP3("ServerTerm", "change their own bookings", "own_action:cancel_series")},
    {"action:edit_series", QT_TRANSLATE_NOOP3("ServerTerm", "change recurring bookings", "action:edit_series")},
    {"own_action:edit_series", QT_TRANSLATE_NOOP3("ServerTerm", "change their own bookings", "own_action:edit_series")},
    {"action:approve", QT_TRANSLATE_NOOP3("ServerTerm", "approve bookings", "action:approve")},
    {"action:decline", QT_TRANSLATE_NOOP3("ServerTerm", "decline bookings", "action:decline")},
    {"action:set_policy", QT_TRANSLATE_NOOP3("ServerTerm", "change booking policies", "action:set_policy")},
    {"action:join_waitlist", QT_TRANSLATE_NOOP3("ServerTerm", "join waitlists", "action:join_waitlist")},
    {"own_action:join_waitlist", QT_TRANSLATE_NOOP3("ServerTerm", "wait for a slot themselves", "own_action:join_waitlist")},
    {"action:leave_waitlist", QT_TRANSLATE_NOOP3("ServerTerm", "leave waitlists", "action:leave_waitlist")},
    {"own_action:leave_waitlist", QT_TRANSLATE_NOOP3("ServerTerm", "act on their own place in a waitlist", "own_action:leave_waitlist")},
    {"action:accept_offer", QT_TRANSLATE_NOOP3("ServerTerm", "accept waitlist offers", "action:accept_offer")},
    {"own_action:accept_offer", QT_TRANSLATE_NOOP3("ServerTerm", "act on their own place in a waitlist", "own_action:accept_offer")},
    {"action:set_plan", QT_TRANSLATE_NOOP3("ServerTerm", "change a member's plan", "action:set_plan")},
    {"action:save_member_note", QT_TRANSLATE_NOOP3("ServerTerm", "write notes about members", "action:save_member_note")},
    {"action:delete_member_note", QT_TRANSLATE_NOOP3("ServerTerm", "remove notes about members", "action:delete_member_note")},
    {"action:calendar_feed_member", QT_TRANSLATE_NOOP3("ServerTerm", "make calendar feeds", "action:calendar_feed_member")},
    {"own_action:calendar_feed_member", QT_TRANSLATE_NOOP3("ServerTerm", "make a calendar feed of their own bookings", "own_action:calendar_feed_member")},
    {"action:calendar_feed_resource", QT_TRANSLATE_NOOP3("ServerTerm", "make a space's calendar feed", "action:calendar_feed_resource")},
    {"action:import_busy", QT_TRANSLATE_NOOP3("ServerTerm", "import busy times", "action:import_busy")},
    {"action:read_notifications", QT_TRANSLATE_NOOP3("ServerTerm", "read notifications", "action:read_notifications")},
    {"own_action:read_notifications", QT_TRANSLATE_NOOP3("ServerTerm", "read their own notifications", "own_action:read_notifications")},
    {"action:archive_notifications", QT_TRANSLATE_NOOP3("ServerTerm", "archive notifications", "action:archive_notifications")},
    {"own_action:archive_notifications", QT_TRANSLATE_NOOP3("ServerTerm", "archive their own notifications", "own_action:archive_notifications")},
    {"action:set_notify_pref", QT_TRANSLATE_NOOP3("ServerTerm", "change notification settings", "action:set_notify_pref")},
    {"own_action:set_notify_pref", QT_TRANSLATE_NOOP3("ServerTerm", "change their own notification settings", "own_action:set_notify_pref")},
    {"action:set_notify_default", QT_TRANSLATE_NOOP3("ServerTerm", "change everyone's notification defaults", "action:set_notify_default")},
    {"action:set_notify_settings", QT_TRANSLATE_NOOP3("ServerTerm", "change reminder and quiet-hour settings", "action:set_notify_settings")},
    {"own_action:set_notify_settings", QT_TRANSLATE_NOOP3("ServerTerm", "change their own reminder and quiet-hour settings", "own_action:set_notify_settings")},
    {"action:set_notify_settings_default", QT_TRANSLATE_NOOP3("ServerTerm", "change everyone's default reminder", "action:set_notify_settings_default")},
    {"action:create_event", QT_TRANSLATE_NOOP3("ServerTerm", "create events", "action:create_event")},
    {"action:cancel_event", QT_TRANSLATE_NOOP3("ServerTerm", "cancel events", "action:cancel_event")},
    {"action:rsvp", QT_TRANSLATE_NOOP3("ServerTerm", "answer events for members", "action:rsvp")},
    {"own_action:rsvp", QT_TRANSLATE_NOOP3("ServerTerm", "answer events for themselves", "own_action:rsvp")},
    {"action:event_checkin", QT_TRANSLATE_NOOP3("ServerTerm", "check attendees in at events", "action:event_checkin")},
    {"action:post", QT_TRANSLATE_NOOP3("ServerTerm", "post in the forum", "action:post")},
    {"own_action:post", QT_TRANSLATE_NOOP3("ServerTerm", "post in the forum as themselves", "own_action:post")},
    {"action:react", QT_TRANSLATE_NOOP3("ServerTerm", "react to posts", "action:react")},
    {"own_action:react", QT_TRANSLATE_NOOP3("ServerTerm", "react to posts as themselves", "own_action:react")},
    {"action:pin_thread", QT_TRANSLATE_NOOP3("ServerTerm", "pin forum threads", "action:pin_thread")},
    {"action:send_message", QT_TRANSLATE_NOOP3("ServerTerm", "send messages", "action:send_message")},
    {"own_action:send_message", QT_TRANSLATE_NOOP3("ServerTerm", "send messages as themselves", "own_action:send_message")},
    {"action:read_messages", QT_TRANSLATE_NOOP3("ServerTerm", "mark messages read", "action:read_messages")},
    {"own_action:read_messages", QT_TRANSLATE_NOOP3("ServerTerm", "mark their own messages read", "own_action:read_messages")},
    {"action:report_post", QT_TRANSLATE_NOOP3("ServerTerm", "report posts", "action:report_post")},
    {"own_action:report_post", QT_TRANSLATE_NOOP3("ServerTerm", "report posts as themselves", "own_action:report_post")},
    {"action:hide_post", QT_TRANSLATE_NOOP3("ServerTerm", "hide posts", "action:hide_post")},
    {"action:ban_member", QT_TRANSLATE_NOOP3("ServerTerm", "ban members from the community", "action:ban_member")},
    {"action:set_profile", QT_TRANSLATE_NOOP3("ServerTerm", "change directory profiles", "action:set_profile")},
    {"own_action:set_profile", QT_TRANSLATE_NOOP3("ServerTerm", "change their own directory profile", "own_action:set_profile")},
    {"role:admin", QT_TRANSLATE_NOOP3("ServerTerm", "Admin", "role:admin")},
    {"role:front_desk", QT_TRANSLATE_NOOP3("ServerTerm", "Front desk", "role:front_desk")},
    {"role:member", QT_TRANSLATE_NOOP3("ServerTerm", "Member", "role:member")},
    {"role:kiosk", QT_TRANSLATE_NOOP3("ServerTerm", "Kiosk", "role:kiosk")},
    {"type:text", QT_TRANSLATE_NOOP3("ServerTerm", "text", "type:text")},
    {"type:integer", QT_TRANSLATE_NOOP3("ServerTerm", "a whole number", "type:integer")},
    {"type:number", QT_TRANSLATE_NOOP3("ServerTerm", "a number", "type:number")},
    {"type:boolean", QT_TRANSLATE_NOOP3("ServerTerm", "true or false", "type:boolean")},
    {"type:map", QT_TRANSLATE_NOOP3("ServerTerm", "a map", "type:map")},
    {"type:text_list", QT_TRANSLATE_NOOP3("ServerTerm", "a list of texts", "type:text_list")},
    {"series_status:cancelled", QT_TRANSLATE_NOOP3("ServerTerm", "cancelled", "series_status:cancelled")},
    {"series_status:replaced", QT_TRANSLATE_NOOP3("ServerTerm", "replaced", "series_status:replaced")},
};

// Every sentence the server says with a key, in the user's language; the few it still says only
// in English are listed, with why, in tests/translations/check_message_keys.cmake, which fails
// on a server key in neither place.
const Known kKnown[] = {
    {"accounts.no_such_note", QT_TRANSLATE_NOOP3("ServerMessage", "That note is not there any more.", "accounts.no_such_note")},
    {"accounts.note_empty", QT_TRANSLATE_NOOP3("ServerMessage", "A note needs some text.", "accounts.note_empty")},
    {"accounts.note_other_member", QT_TRANSLATE_NOOP3("ServerMessage", "That note is about someone else; write a new one.", "accounts.note_other_member")},
    {"accounts.note_too_long", QT_TRANSLATE_NOOP3("ServerMessage", "A note is at most %1 characters.", "accounts.note_too_long")},
    {"accounts.plan_malformed", QT_TRANSLATE_NOOP3("ServerMessage", "A plan is a short lower-case name such as resident or flex (empty for none).", "accounts.plan_malformed")},
    {"accounts.plan_not_text", QT_TRANSLATE_NOOP3("ServerMessage", "A plan is a name, or \"\" for none.", "accounts.plan_not_text")},
    {"bookings.already_booked", QT_TRANSLATE_NOOP3("ServerMessage", "%1 is already booked at %2.", "bookings.already_booked")},
    {"bookings.approve_not_tentative", QT_TRANSLATE_NOOP3("ServerMessage", "Only a booking waiting for approval can be approved; this one is %1.", "bookings.approve_not_tentative")},
    {"bookings.decline_not_tentative", QT_TRANSLATE_NOOP3("ServerMessage", "Only a booking waiting for approval can be declined; this one is %1.", "bookings.decline_not_tentative")},
    {"bookings.ends_before_start", QT_TRANSLATE_NOOP3("ServerMessage", "A booking must end after it starts.", "bookings.ends_before_start")},
    {"bookings.id_exists", QT_TRANSLATE_NOOP3("ServerMessage", "A booking with this id already exists.", "bookings.id_exists")},
    {"bookings.longer_than_a_day", QT_TRANSLATE_NOOP3("ServerMessage", "A booking can last at most 24 hours.", "bookings.longer_than_a_day")},
    {"bookings.needs_times", QT_TRANSLATE_NOOP3("ServerMessage", "A booking needs a start and an end time.", "bookings.needs_times")},
    {"bookings.needs_uuid", QT_TRANSLATE_NOOP3("ServerMessage", "A booking needs a client-made UUID as its id.", "bookings.needs_uuid")},
    {"bookings.no_member", QT_TRANSLATE_NOOP3("ServerMessage", "There is no member '%1'.", "bookings.no_member")},
    {"bookings.note_too_long", QT_TRANSLATE_NOOP3("ServerMessage", "A note can be at most 500 characters.", "bookings.note_too_long")},
    {"bookings.relocate_with_bookings", QT_TRANSLATE_NOOP3("ServerMessage", "%1 has %2 upcoming booking(s) at its location; cancel or move them before moving the space.", "bookings.relocate_with_bookings")},
    {"bookings.retire_with_bookings", QT_TRANSLATE_NOOP3("ServerMessage", "%1 has %2 upcoming booking(s); cancel or move them before retiring it.", "bookings.retire_with_bookings")},
    {"bookings.times_out_of_range", QT_TRANSLATE_NOOP3("ServerMessage", "The booking's times are out of range.", "bookings.times_out_of_range")},
    {"bookings.title_too_long", QT_TRANSLATE_NOOP3("ServerMessage", "The title can be at most %1 characters.", "bookings.title_too_long")},
    {"calendar.feed_kind", QT_TRANSLATE_NOOP3("ServerMessage", "A calendar feed is of a member or of a resource.", "calendar.feed_kind")},
    {"calendar.import_too_large", QT_TRANSLATE_NOOP3("ServerMessage", "An import is an .ics file of at most %1 KB.", "calendar.import_too_large")},
    {"checkin.booking_cancelled", QT_TRANSLATE_NOOP3("ServerMessage", "That booking was cancelled.", "checkin.booking_cancelled")},
    {"checkin.booking_declined", QT_TRANSLATE_NOOP3("ServerMessage", "That booking was declined.", "checkin.booking_declined")},
    {"checkin.booking_elsewhere", QT_TRANSLATE_NOOP3("ServerMessage", "That booking is at another location.", "checkin.booking_elsewhere")},
    {"checkin.booking_ended", QT_TRANSLATE_NOOP3("ServerMessage", "That booking has already ended.", "checkin.booking_ended")},
    {"checkin.booking_held", QT_TRANSLATE_NOOP3("ServerMessage", "That slot is held for the member by a waitlist offer; accept the offer first.", "checkin.booking_held")},
    {"checkin.booking_of_someone_else", QT_TRANSLATE_NOOP3("ServerMessage", "That booking belongs to someone else.", "checkin.booking_of_someone_else")},
    {"checkin.booking_released", QT_TRANSLATE_NOOP3("ServerMessage", "That booking was released because nobody checked in in time; book again if the space is still free.", "checkin.booking_released")},
    {"checkin.booking_tentative", QT_TRANSLATE_NOOP3("ServerMessage", "That booking is still waiting for approval.", "checkin.booking_tentative")},
    {"checkin.id_exists", QT_TRANSLATE_NOOP3("ServerMessage", "A check-in with this id already exists.", "checkin.id_exists")},
    {"checkin.needs_uuid", QT_TRANSLATE_NOOP3("ServerMessage", "A check-in needs a client-made UUID as its id.", "checkin.needs_uuid")},
    {"checkin.new_pin", QT_TRANSLATE_NOOP3("ServerMessage", "The new PIN for %1 is %2. It is shown only now; the badge's QR code is on their devices.", "checkin.new_pin")},
    {"checkin.no_checkin", QT_TRANSLATE_NOOP3("ServerMessage", "There is no check-in '%1'.", "checkin.no_checkin")},
    {"checkin.no_free_pin", QT_TRANSLATE_NOOP3("ServerMessage", "No free PIN was found; try again.", "checkin.no_free_pin")},
    {"checkin.not_checked_in", QT_TRANSLATE_NOOP3("ServerMessage", "Only a booking that is checked in can be checked out; this one is %1.", "checkin.not_checked_in")},
    {"checkin.pin_throttled", QT_TRANSLATE_NOOP3("ServerMessage", "Too many wrong PINs here; try again in %1.", "checkin.pin_throttled")},
    {"checkin.undo_after_checkout", QT_TRANSLATE_NOOP3("ServerMessage", "This member has already checked out; the visit cannot be undone now.", "checkin.undo_after_checkout")},
    {"checkin.unknown_badge", QT_TRANSLATE_NOOP3("ServerMessage", "This QR code is not a member's badge (or it was replaced).", "checkin.unknown_badge")},
    {"checkin.unknown_pin", QT_TRANSLATE_NOOP3("ServerMessage", "No member has this PIN.", "checkin.unknown_pin")},
    {"checkin.walk_in_length", QT_TRANSLATE_NOOP3("ServerMessage", "A walk-in lasts from 5 minutes to 24 hours.", "checkin.walk_in_length")},
    {"checkin.walk_in_needs_approval", QT_TRANSLATE_NOOP3("ServerMessage", "%1 needs staff approval; ask at the front desk.", "checkin.walk_in_needs_approval")},
    {"checkin.which_location", QT_TRANSLATE_NOOP3("ServerMessage", "Say at which location the member is checking in.", "checkin.which_location")},
    {"common.no_bookable_resource", QT_TRANSLATE_NOOP3("ServerMessage", "There is no bookable resource '%1'.", "common.no_bookable_resource")},
    {"common.no_booking", QT_TRANSLATE_NOOP3("ServerMessage", "There is no booking '%1'.", "common.no_booking")},
    {"common.no_location", QT_TRANSLATE_NOOP3("ServerMessage", "There is no location '%1'.", "common.no_location")},
    {"common.no_resource", QT_TRANSLATE_NOOP3("ServerMessage", "There is no resource '%1'.", "common.no_resource")},
    {"common.no_such_member", QT_TRANSLATE_NOOP3("ServerMessage", "There is no such member.", "common.no_such_member")},
    {"kernel.argument_list_too_long", QT_TRANSLATE_NOOP3("ServerMessage", "'%1' is at most %2 texts of at most 200 characters.", "kernel.argument_list_too_long")},
    {"kernel.argument_missing", QT_TRANSLATE_NOOP3("ServerMessage", "'%1' is missing.", "kernel.argument_missing")},
    {"kernel.argument_names", QT_TRANSLATE_NOOP3("ServerMessage", "Arguments are named by text.", "kernel.argument_names")},
    {"kernel.argument_too_long", QT_TRANSLATE_NOOP3("ServerMessage", "'%1' is at most %2 characters.", "kernel.argument_too_long")},
    {"kernel.not_saved", QT_TRANSLATE_NOOP3("ServerMessage", "The server could not save this change.", "kernel.not_saved")},
    {"kernel.argument_type", QT_TRANSLATE_NOOP3("ServerMessage", "'%1' must be %2.", "kernel.argument_type")},
    {"kernel.kiosk_own_location", QT_TRANSLATE_NOOP3("ServerMessage", "This kiosk can only %1 at its own location (%2).", "kernel.kiosk_own_location")},
    {"kernel.members_only_own", QT_TRANSLATE_NOOP3("ServerMessage", "Members can only %1.", "kernel.members_only_own")},
    {"kernel.role_cannot", QT_TRANSLATE_NOOP3("ServerMessage", "%1 accounts cannot %2.", "kernel.role_cannot")},
    {"kernel.staff_only", QT_TRANSLATE_NOOP3("ServerMessage", "Only staff can do that.", "kernel.staff_only")},
    {"kernel.unknown_argument", QT_TRANSLATE_NOOP3("ServerMessage", "'%1' is not an argument of this operation.", "kernel.unknown_argument")},
    {"kernel.unknown_operation", QT_TRANSLATE_NOOP3("ServerMessage", "Unknown operation '%1'.", "kernel.unknown_operation")},
    {"notify.booking_approved", QT_TRANSLATE_NOOP3("ServerMessage", "Your booking of %1 on %2 was approved.", "notify.booking_approved")},
    {"notify.booking_approved_note", QT_TRANSLATE_NOOP3("ServerMessage", "Your booking of %1 on %2 was approved: \"%3\"", "notify.booking_approved_note")},
    {"notify.booking_cancelled", QT_TRANSLATE_NOOP3("ServerMessage", "%1 cancelled your booking of %2 on %3.", "notify.booking_cancelled")},
    {"notify.booking_declined", QT_TRANSLATE_NOOP3("ServerMessage", "Your booking of %1 on %2 was declined.", "notify.booking_declined")},
    {"notify.booking_declined_note", QT_TRANSLATE_NOOP3("ServerMessage", "Your booking of %1 on %2 was declined: \"%3\"", "notify.booking_declined_note")},
    {"notify.booking_lapsed", QT_TRANSLATE_NOOP3("ServerMessage", "Your booking of %1 on %2 was not approved in time, so it does not hold the space.", "notify.booking_lapsed")},
    {"notify.booking_placed", QT_TRANSLATE_NOOP3("ServerMessage", "%1 booked %2 for you on %3.", "notify.booking_placed")},
    {"notify.booking_released", QT_TRANSLATE_NOOP3("ServerMessage", "Your booking of %1 on %2 was released: nobody checked in in time.", "notify.booking_released")},
    {"notify.offer_lapsed", QT_TRANSLATE_NOOP3("ServerMessage", "The hold on %1 on %2 lapsed untaken: it passed to the next in line.", "notify.offer_lapsed")},
    {"notify.offer_made", QT_TRANSLATE_NOOP3("ServerMessage", "%1 is free on %2 and held for you until %3: accept it in My bookings.", "notify.offer_made")},
    {"notify.no_such_channel", QT_TRANSLATE_NOOP3("ServerMessage", "Notifications go by %2, not '%1'.", "notify.no_such_channel")},
    {"notify.no_such_kind", QT_TRANSLATE_NOOP3("ServerMessage", "There is no kind of notification '%1'; there are %2.", "notify.no_such_kind")},
    {"notify.on_missing", QT_TRANSLATE_NOOP3("ServerMessage", "Say whether it is on: true or false.", "notify.on_missing")},
    {"community.event_title", QT_TRANSLATE_NOOP3("ServerMessage", "An event needs a title.", "community.event_title")},
    {"community.no_location", QT_TRANSLATE_NOOP3("ServerMessage", "There is no location '%1'.", "community.no_location")},
    {"community.event_times", QT_TRANSLATE_NOOP3("ServerMessage", "An event ends after it starts, within a week.", "community.event_times")},
    {"community.event_past", QT_TRANSLATE_NOOP3("ServerMessage", "An event starts in the future.", "community.event_past")},
    {"community.event_capacity", QT_TRANSLATE_NOOP3("ServerMessage", "An event's capacity is from 1 to %1 people (0: no limit).", "community.event_capacity")},
    {"community.event_exists", QT_TRANSLATE_NOOP3("ServerMessage", "There is an event with this id already.", "community.event_exists")},
    {"community.room_elsewhere", QT_TRANSLATE_NOOP3("ServerMessage", "%1 is not at this event's location.", "community.room_elsewhere")},
    {"community.no_event", QT_TRANSLATE_NOOP3("ServerMessage", "There is no such event.", "community.no_event")},
    {"community.event_cancelled", QT_TRANSLATE_NOOP3("ServerMessage", "%1 on %2 was cancelled.", "community.event_cancelled")},
    {"community.event_closed", QT_TRANSLATE_NOOP3("ServerMessage", "This event is over or cancelled: it takes no answers.", "community.event_closed")},
    {"community.event_promoted", QT_TRANSLATE_NOOP3("ServerMessage", "A seat came free at %1 on %2: you are going.", "community.event_promoted")},
    {"community.not_going", QT_TRANSLATE_NOOP3("ServerMessage", "%1 is not on this event's list of who is going.", "community.not_going")},
    {"community.event_reminder", QT_TRANSLATE_NOOP3("ServerMessage", "%1 starts on %2.", "community.event_reminder")},
    {"community.banned", QT_TRANSLATE_NOOP3("ServerMessage", "You cannot post or write in the community until %1: %2", "community.banned")},
    {"community.post_empty", QT_TRANSLATE_NOOP3("ServerMessage", "A post needs some text.", "community.post_empty")},
    {"community.post_where", QT_TRANSLATE_NOOP3("ServerMessage", "A post either starts a thread (with a title) or replies in one (naming it).", "community.post_where")},
    {"community.post_exists", QT_TRANSLATE_NOOP3("ServerMessage", "There is a post with this id already.", "community.post_exists")},
    {"community.no_thread", QT_TRANSLATE_NOOP3("ServerMessage", "There is no such thread.", "community.no_thread")},
    {"community.mentioned", QT_TRANSLATE_NOOP3("ServerMessage", "%1 mentioned you in \"%2\": %3", "community.mentioned")},
    {"community.no_post", QT_TRANSLATE_NOOP3("ServerMessage", "There is no such post.", "community.no_post")},
    {"community.emoji", QT_TRANSLATE_NOOP3("ServerMessage", "A reaction is one emoji.", "community.emoji")},
    {"community.message_empty", QT_TRANSLATE_NOOP3("ServerMessage", "A message needs some text.", "community.message_empty")},
    {"community.no_recipient", QT_TRANSLATE_NOOP3("ServerMessage", "There is no member '%1' to write to.", "community.no_recipient")},
    {"community.not_a_person", QT_TRANSLATE_NOOP3("ServerMessage", "%1 is a device, not a person: it reads no messages.", "community.not_a_person")},
    {"community.message_to", QT_TRANSLATE_NOOP3("ServerMessage", "Say whom the message is for (up to %1 people).", "community.message_to")},
    {"community.message_exists", QT_TRANSLATE_NOOP3("ServerMessage", "There is a message with this id already.", "community.message_exists")},
    {"community.message", QT_TRANSLATE_NOOP3("ServerMessage", "%1 wrote to you: %2", "community.message")},
    {"community.no_conversation", QT_TRANSLATE_NOOP3("ServerMessage", "You have no conversation by that id.", "community.no_conversation")},
    {"community.reported", QT_TRANSLATE_NOOP3("ServerMessage", "Reported: the staff will look at it.", "community.reported")},
    {"community.ban_days", QT_TRANSLATE_NOOP3("ServerMessage", "A ban lasts from 1 to 3650 days (0 lifts it).", "community.ban_days")},
    {"community.ban_reason", QT_TRANSLATE_NOOP3("ServerMessage", "Say why: the member is told the reason when they try to post.", "community.ban_reason")},
    {"notify.security_always", QT_TRANSLATE_NOOP3("ServerMessage", "Security notices (a password changed, a session signed out) are always sent: they cannot be turned off.", "notify.security_always")},
    {"notify.settings_empty", QT_TRANSLATE_NOOP3("ServerMessage", "Say what to change: reminderMinutes, quietFrom and quietTo, or digest.", "notify.settings_empty")},
    {"notify.settings_own", QT_TRANSLATE_NOOP3("ServerMessage", "Quiet hours and the digest are each member's own; the operator sets the default reminder only.", "notify.settings_own")},
    {"notify.reminder_range", QT_TRANSLATE_NOOP3("ServerMessage", "A reminder comes between 0 (none) and %1 minutes before the start.", "notify.reminder_range")},
    {"notify.quiet_times", QT_TRANSLATE_NOOP3("ServerMessage", "Quiet hours run from one time of day to another, as HH:MM (22:00 to 07:00).", "notify.quiet_times")},
    {"notify.quiet_same", QT_TRANSLATE_NOOP3("ServerMessage", "Quiet hours start and end at the same time; to have none, turn them off.", "notify.quiet_same")},
    {"notify.password_changed", QT_TRANSLATE_NOOP3("ServerMessage", "Your account's password was changed. If it was not you, reset it at once and tell the front desk.", "notify.password_changed")},
    {"notify.password_changed_signed_out", QT_TRANSLATE_NOOP3("ServerMessage", "Your account's password was changed and your other sessions (%1) were signed out. If it was not you, reset it at once and tell the front desk.", "notify.password_changed_signed_out")},
    {"notify.password_reset", QT_TRANSLATE_NOOP3("ServerMessage", "Your account's password was reset with a code sent by e-mail, and every session was signed out. If it was not you, tell the front desk at once.", "notify.password_reset")},
    {"notify.session_revoked", QT_TRANSLATE_NOOP3("ServerMessage", "One of your sessions was signed out from another of your devices. If it was not you, change your password.", "notify.session_revoked")},
    {"notify.booking_reminder", QT_TRANSLATE_NOOP3("ServerMessage", "Reminder: your booking of %1 starts on %2.", "notify.booking_reminder")},
    {"rules.allowed_plans", QT_TRANSLATE_NOOP3("ServerMessage", "%1 is for members on the %2 plan(s); this member is on %3.", "rules.allowed_plans")},
    {"rules.allowed_plans_none", QT_TRANSLATE_NOOP3("ServerMessage", "%1 is for members on the %2 plan(s); this member has no plan.", "rules.allowed_plans_none")},
    {"rules.allowed_roles", QT_TRANSLATE_NOOP3("ServerMessage", "%1 can be booked by %2 only.", "rules.allowed_roles")},
    {"rules.buffer_minutes", QT_TRANSLATE_NOOP3("ServerMessage", "%1 keeps %2 free between bookings, and another booking is closer than that.", "rules.buffer_minutes")},
    {"rules.cancel_deadline_minutes", QT_TRANSLATE_NOOP3("ServerMessage", "Bookings of %1 can be cancelled up to %2 before they start; this one starts in %3. The front desk can still cancel it.", "rules.cancel_deadline_minutes")},
    {"rules.check_in_before_minutes", QT_TRANSLATE_NOOP3("ServerMessage", "Check-in for this booking opens %1 before it starts, at %2.", "rules.check_in_before_minutes")},
    {"rules.closed_dates", QT_TRANSLATE_NOOP3("ServerMessage", "%1 is closed on %2.", "rules.closed_dates")},
    {"rules.closed_days", QT_TRANSLATE_NOOP3("ServerMessage", "%1 is closed on %2.", "rules.closed_days")},
    {"rules.grace_minutes", QT_TRANSLATE_NOOP3("ServerMessage", "%1 is released %2 after the start when nobody checks in, so a booking must last longer than that; this one lasts %3.", "rules.grace_minutes")},
    {"rules.granularity_minutes", QT_TRANSLATE_NOOP3("ServerMessage", "%1 is booked in steps of %2 from midnight; this booking runs %3–%4.", "rules.granularity_minutes")},
    {"rules.max_active_bookings", QT_TRANSLATE_NOOP3("ServerMessage", "A member can hold %1 upcoming bookings of this kind here at a time, and already has %2.", "rules.max_active_bookings")},
    {"rules.max_days_ahead", QT_TRANSLATE_NOOP3("ServerMessage", "%1 can be booked at most %2 days ahead; this booking is %3 days ahead.", "rules.max_days_ahead")},
    {"rules.max_minutes", QT_TRANSLATE_NOOP3("ServerMessage", "%1 can be booked for at most %2; this booking lasts %3.", "rules.max_minutes")},
    {"rules.min_lead_minutes", QT_TRANSLATE_NOOP3("ServerMessage", "%1 must be booked at least %2 before it starts; this booking starts in %3.", "rules.min_lead_minutes")},
    {"rules.min_minutes", QT_TRANSLATE_NOOP3("ServerMessage", "%1 is booked for at least %2; this booking lasts %3.", "rules.min_minutes")},
    {"rules.no_policy_level", QT_TRANSLATE_NOOP3("ServerMessage", "There is no policy level '%1'.", "rules.no_policy_level")},
    {"rules.no_policy_target", QT_TRANSLATE_NOOP3("ServerMessage", "There is no %1 '%2' to set a policy on.", "rules.no_policy_target")},
    {"rules.rules_invalid", QT_TRANSLATE_NOOP3("ServerMessage", "The policy was not saved: %1.", "rules.rules_invalid")},
    {"rules.rules_not_map", QT_TRANSLATE_NOOP3("ServerMessage", "A policy needs its rules as a map.", "rules.rules_not_map")},
    {"rules.within_opening_hours", QT_TRANSLATE_NOOP3("ServerMessage", "%1 is open %2–%3; this booking runs %4–%5.", "rules.within_opening_hours")},
    {"series.nothing_left", QT_TRANSLATE_NOOP3("ServerMessage", "This series was %1; there is nothing left to edit.", "series.nothing_left")},
    {"series.id_exists", QT_TRANSLATE_NOOP3("ServerMessage", "A series with this id already exists.", "series.id_exists")},
    {"series.kept_inside_deadline", QT_TRANSLATE_NOOP3("ServerMessage", "%1 occurrence(s) inside the cancellation deadline stay booked; the front desk can cancel them.", "series.kept_inside_deadline")},
    {"series.move_started", QT_TRANSLATE_NOOP3("ServerMessage", "Only a booking that has not started can be moved; this one is %1.", "series.move_started")},
    {"series.no_such_booking", QT_TRANSLATE_NOOP3("ServerMessage", "There is no such booking.", "series.no_such_booking")},
    {"series.no_such_series", QT_TRANSLATE_NOOP3("ServerMessage", "There is no such series.", "series.no_such_series")},
    {"series.none_booked", QT_TRANSLATE_NOOP3("ServerMessage", "None of the %1 occurrences could be booked; the first: %2", "series.none_booked")},
    {"series.not_an_occurrence", QT_TRANSLATE_NOOP3("ServerMessage", "That booking is not an occurrence of this series.", "series.not_an_occurrence")},
    {"series.which_occurrence", QT_TRANSLATE_NOOP3("ServerMessage", "Say which occurrence the edit starts from (one of this series' bookings).", "series.which_occurrence")},
    {"spaces.address_too_long", QT_TRANSLATE_NOOP3("ServerMessage", "The address can be at most %1 characters.", "spaces.address_too_long")},
    {"spaces.area_too_long", QT_TRANSLATE_NOOP3("ServerMessage", "An area name can be at most %1 characters.", "spaces.area_too_long")},
    {"spaces.capacity_range", QT_TRANSLATE_NOOP3("ServerMessage", "Capacity is a number of people from 1 to %1.", "spaces.capacity_range")},
    {"spaces.categories_too_deep", QT_TRANSLATE_NOOP3("ServerMessage", "Categories nest at most 16 deep.", "spaces.categories_too_deep")},
    {"spaces.category_cycle", QT_TRANSLATE_NOOP3("ServerMessage", "A category cannot be filed under itself or under one of its own subcategories.", "spaces.category_cycle")},
    {"spaces.category_id", QT_TRANSLATE_NOOP3("ServerMessage", "A category id is 1 to 64 letters, digits, dots, dashes or underscores.", "spaces.category_id")},
    {"spaces.category_in_use", QT_TRANSLATE_NOOP3("ServerMessage", "The category still files %1 space(s) and %2 subcategory(ies); move them first.", "spaces.category_in_use")},
    {"spaces.category_name", QT_TRANSLATE_NOOP3("ServerMessage", "A category needs a name of at most %1 characters.", "spaces.category_name")},
    {"spaces.closed_date_format", QT_TRANSLATE_NOOP3("ServerMessage", "Closed dates are written YYYY-MM-DD; '%1' is not one.", "spaces.closed_date_format")},
    {"spaces.feature_malformed", QT_TRANSLATE_NOOP3("ServerMessage", "A feature is a short lower-case word such as projector or video; '%1' is not.", "spaces.feature_malformed")},
    {"spaces.location_in_use", QT_TRANSLATE_NOOP3("ServerMessage", "The location still has %1 space(s) in service; retire them first.", "spaces.location_in_use")},
    {"spaces.location_name", QT_TRANSLATE_NOOP3("ServerMessage", "A location needs a name of at most %1 characters.", "spaces.location_name")},
    {"spaces.no_category", QT_TRANSLATE_NOOP3("ServerMessage", "There is no category '%1'.", "spaces.no_category")},
    {"spaces.opening_hours", QT_TRANSLATE_NOOP3("ServerMessage", "Opening hours are two times HH:mm, opening before closing; got %1–%2.", "spaces.opening_hours")},
    {"spaces.resource_id", QT_TRANSLATE_NOOP3("ServerMessage", "A resource id is 1 to 64 letters, digits, dots, dashes or underscores.", "spaces.resource_id")},
    {"spaces.resource_name", QT_TRANSLATE_NOOP3("ServerMessage", "A space needs a name of at most %1 characters.", "spaces.resource_name")},
    {"spaces.retire_what", QT_TRANSLATE_NOOP3("ServerMessage", "Only a location, a resource or a category can be retired.", "spaces.retire_what")},
    {"spaces.too_many_features", QT_TRANSLATE_NOOP3("ServerMessage", "A space can list at most 32 features.", "spaces.too_many_features")},
    {"spaces.unknown_kind", QT_TRANSLATE_NOOP3("ServerMessage", "'%1' is not a kind of space; it is one of %2.", "spaces.unknown_kind")},
    {"spaces.unknown_time_zone", QT_TRANSLATE_NOOP3("ServerMessage", "'%1' is not a time zone; use an IANA name such as Europe/Madrid.", "spaces.unknown_time_zone")},
    {"waitlist.already_waiting", QT_TRANSLATE_NOOP3("ServerMessage", "You are already waiting for this slot.", "waitlist.already_waiting")},
    {"waitlist.id_exists", QT_TRANSLATE_NOOP3("ServerMessage", "A waitlist entry with this id already exists.", "waitlist.id_exists")},
    {"waitlist.no_such_entry", QT_TRANSLATE_NOOP3("ServerMessage", "There is no such waitlist entry.", "waitlist.no_such_entry")},
    {"waitlist.nothing_offered_yet", QT_TRANSLATE_NOOP3("ServerMessage", "Nothing has been offered yet; you are still in line.", "waitlist.nothing_offered_yet")},
    {"waitlist.offer_closed", QT_TRANSLATE_NOOP3("ServerMessage", "This offer is no longer open (it was %1).", "waitlist.offer_closed")},
    {"waitlist.offer_lapsed", QT_TRANSLATE_NOOP3("ServerMessage", "This offer is no longer open (it was not taken in time).", "waitlist.offer_lapsed")},
    {"waitlist.offer_no_longer_open", QT_TRANSLATE_NOOP3("ServerMessage", "This offer is no longer open.", "waitlist.offer_no_longer_open")},
    {"waitlist.slot_begun", QT_TRANSLATE_NOOP3("ServerMessage", "That time has already begun; there is nothing to wait for.", "waitlist.slot_begun")},
    {"waitlist.slot_free", QT_TRANSLATE_NOOP3("ServerMessage", "%1 is free then: book it instead of waiting.", "waitlist.slot_free")},
};

const QHash<QString, const Known *> &known()
{
    static const QHash<QString, const Known *> table = [] {
        QHash<QString, const Known *> t;
        for (const Known &k : kKnown)
            t.insert(QString::fromLatin1(k.key), &k);
        return t;
    }();
    return table;
}

QString render(const QCborValue &value)
{
    const QLocale locale;
    if (value.isString())
        return value.toString();
    if (value.isInteger())
        return locale.toString(value.toInteger());
    if (value.isDouble())
        return locale.toString(value.toDouble());
    if (!value.isMap())
        return {};
    const QCborMap m = value.toMap();
    if (m.contains("minutes"_L1))
        return formatMinutes(m.value("minutes"_L1).toInteger()); // "1 h 30 min" reads the same in both
    if (m.contains("time"_L1)) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(m.value("time"_L1).toInteger(),
                                                            QTimeZone(m.value("zone"_L1).toString().toLatin1()));
        return client::shortDay(at.date(), locale) + u", "_s + locale.toString(at.time(), QLocale::ShortFormat);
    }
    if (m.contains("date"_L1))
        return locale.toString(QDate::fromString(m.value("date"_L1).toString(), Qt::ISODate), QLocale::LongFormat);
    if (m.contains("weekday"_L1))
        return locale.dayName(static_cast<int>(m.value("weekday"_L1).toInteger()));
    if (m.contains("weekdays"_L1)) {
        // Every Monday: "Mondays"; in Spanish the plural of lunes..viernes is the same word.
        const QString day = locale.dayName(static_cast<int>(m.value("weekdays"_L1).toInteger()));
        return day.endsWith(u's') ? day : day + u's';
    }
    if (m.contains("list"_L1)) {
        QStringList items;
        for (const QCborValue &item : m.value("list"_L1).toArray())
            items << item.toString();
        return items.join(u", "_s);
    }
    if (m.contains("waitMs"_L1)) {
        const int minutes = static_cast<int>((m.value("waitMs"_L1).toInteger() + 59999) / 60000);
        return QCoreApplication::translate("ServerMessage", "%n minute(s)", nullptr, minutes);
    }
    if (m.contains("key"_L1))
        return localMessage(m.value("key"_L1).toString(), m.value("params"_L1).toArray(), m.value("text"_L1).toString());
    if (m.contains("term"_L1)) {
        static const QHash<QString, const Term *> terms = [] {
            QHash<QString, const Term *> byId;
            for (const Term &t : kTerms)
                byId.insert(QString::fromLatin1(t.id), &t);
            return byId;
        }();
        const QString english = m.value("text"_L1).toString();
        if (const Term *t = terms.value(m.value("term"_L1).toString() + u':' + m.value("id"_L1).toString())) {
            const QString words = QCoreApplication::translate("ServerTerm", t->text.source, t->text.comment);
            if (words != QLatin1StringView(t->text.source))
                return words;
        }
        return english; // the server's English: this build has no other words for it
    }
    return m.value("text"_L1).toString();
}

} // namespace

QString localMessage(const QString &key, const QCborArray &params, const QString &english)
{
    const auto it = known().constFind(key);
    if (key.isEmpty() || it == known().cend())
        return english;
    const QString text = QCoreApplication::translate("ServerMessage", (*it)->text.source, (*it)->text.comment);
    // %1..%9 replaced in one pass, as the server does.
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'%' && i + 1 < text.size() && text.at(i + 1).isDigit()) {
            const int n = text.at(i + 1).digitValue();
            if (n >= 1 && n <= params.size()) {
                out += render(params.at(n - 1));
                ++i;
                continue;
            }
        }
        out += text.at(i);
    }
    return out;
}

} // namespace atrium::gui
