<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountCard</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished">Retry now</translation>
    </message>
    <message>
        <source>To use another server, sign out and type its address on the sign-in page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Admin · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n seat(s)</source>
        <translation>
            <numerusform>%1 · %n seat</numerusform>
            <numerusform>%1 · %n seats</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator changes the location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppearanceCard</name>
    <message>
        <source>Language and appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Atrium when I log in to this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingBlock</name>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offered from the waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released: nobody checked in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>New booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1½ hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day (8 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingPanel</name>
    <message>
        <source>Booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending — waiting for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel booking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered from the waitlist — waiting for the member to accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waitlist offer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingRow</name>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <comment>a line&apos;s button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check out</source>
        <comment>a line&apos;s button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in the calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingRules</name>
    <message>
        <source>Choose a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 at a time; this is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 at a time; this is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings here start and end on a %1 grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1–%2; this is outside those hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Members book at most %n day(s) ahead.</source>
        <translation>
            <numerusform>Members book at most %n day ahead.</numerusform>
            <numerusform>Members book at most %n days ahead.</numerusform>
        </translation>
    </message>
    <message>
        <source>Book at least %1 ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the front desk books this space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1 plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too close to the booking %1: this space keeps %2 free between bookings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Up to %n day(s) ahead</source>
        <translation>
            <numerusform>Up to %n day ahead</numerusform>
            <numerusform>Up to %n days ahead</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel up to %1 before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the front desk&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on this day of the week (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n booking</numerusform>
            <numerusform>%n bookings</numerusform>
        </translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelBookingDialog</name>
    <message>
        <source>Cancel this booking?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This one and the following (%n)</source>
        <translation>
            <numerusform>This one and the following (%n)</numerusform>
            <numerusform>This one and the following (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole series (what has not started)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The space becomes free for others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check a member in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins are saved on this computer first, so they work offline too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e-mail or company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · member at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No booking here today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, e-mail or company, then choose the member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInResult</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommunityPage</name>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <source>Offline — the calendar will appear once this computer has synced with the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This location has no spaces yet. Staff add them in Admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDelegate</name>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seats left</source>
        <translation>
            <numerusform>%n seat left</numerusform>
            <numerusform>%n seats left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Full · %n waiting</source>
        <translation>
            <numerusform>Full · %n waiting</numerusform>
            <numerusform>Full · %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n going</source>
        <translation>
            <numerusform>%n going</numerusform>
            <numerusform>%n going</numerusform>
        </translation>
    </message>
    <message>
        <source>Going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, e.g. Friday breakfast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is, who it is for, what to bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then a waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventMonth</name>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventPanel</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event was cancelled. Everyone who answered it was told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n seats taken</source>
        <translation>
            <numerusform>%1 of %n seat taken</numerusform>
            <numerusform>%1 of %n seats taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n on the waitlist</source>
        <translation>
            <numerusform> · %n on the waitlist</numerusform>
            <numerusform> · %n on the waitlist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n going</source>
        <translation>
            <numerusform>%n going</numerusform>
            <numerusform>%n going</numerusform>
        </translation>
    </message>
    <message>
        <source>Your answer is saved on this computer and is sent when the connection allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are going. A reminder comes an hour before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are on the waitlist: if a seat frees, it is yours and you are told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event is full. Join the waitlist and you get the next seat that frees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I can&apos;t go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to my calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is coming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this event?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone going or waiting is told, and its room is freed. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsView</name>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events here in the past three months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events coming up here. Create one: members see it at once and can answer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events coming up here yet. When the team plans one, it shows here and you can say you are going.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedLink</name>
    <message>
        <source>Link copied: paste it into your calendar app as a subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is made by the server: it comes when this device is back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making your link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See your bookings in your own calendar app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy calendar link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get calendar link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindPage</name>
    <message>
        <source>Find a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone booth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not booked: %1. The reason is in the sync chip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking %1: not confirmed by the server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n free</source>
        <translation>
            <numerusform>%n free</numerusform>
            <numerusform>%n free</numerusform>
        </translation>
    </message>
    <message>
        <source>What for (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What for</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No space here fits %n people with all of that. Try fewer features, another kind, or another location.</source>
        <translation>
            <numerusform>No space here fits %n people with all of that. Try fewer features, another kind, or another location.</numerusform>
            <numerusform>No space here fits %n people with all of that. Try fewer features, another kind, or another location.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FloorPlan</name>
    <message>
        <source>Floor plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free, does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free and fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForumView</name>
    <message>
        <source>New thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n posts · %3</source>
        <translation>
            <numerusform>%1 · %2 · %n post · %3</numerusform>
            <numerusform>%1 · %2 · %n posts · %3</numerusform>
        </translation>
    </message>
    <message>
        <source>No threads yet. Start one: ask for a recommendation, share news, or say hello.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a thread to read it and reply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeCard</name>
    <message>
        <source>%1 · not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Today at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arriving in the next hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is due in the next hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is checked in yet today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll call as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This location has no rooms or booths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No booking is waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released as no-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No booking was released today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything sent today was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <comment>a line&apos;s button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check out</source>
        <comment>a line&apos;s button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxButton</name>
    <message numerus="yes">
        <source>Notifications, %n unread</source>
        <translation>
            <numerusform>Notifications, %n unread</numerusform>
            <numerusform>Notifications, %n unread</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new. What happens to your bookings is told here: approvals, cancellations by the desk, no-shows released.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Atrium — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atrium</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberNotes</name>
    <message>
        <source>Add a note for the desk: members never see notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this note for everyone at the desk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet. What the desk should know about this member goes here; members never see it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberProfilePane</name>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a member to see their bookings and arrivals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old badge and PIN stop working at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New badge and PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reissue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing booked from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bookings in the past year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No arrivals in the past year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e-mail or company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1; type to narrow it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagesView</name>
    <message>
        <source>New message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages yet. Write to someone in the community: only the two of you (or your group) read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a conversation, or start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <source>%1, %n booking(s)</source>
        <translation>
            <numerusform>%1, %n booking</numerusform>
            <numerusform>%1, %n bookings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n booking</numerusform>
            <numerusform>%n bookings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveRefusedDialog</name>
    <message>
        <source>It cannot go there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free nearby:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing nearby is free for as long; try another day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it where it is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyBookingsPage</name>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing booked from now on. Book a desk or a room and it shows here, with what you can still change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bookings in the past year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not waiting for any space. When the slot you want is taken, join its waitlist and you are offered it if it frees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New booking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished">Sign out</translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewThreadForm</name>
    <message>
        <source>New thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your post. Mention someone with @ and their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For every location, not only %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationsCard</name>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what Atrium tells you and how. Security notices always come, at any hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (always)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 hours before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minutes before</source>
        <translation>
            <numerusform>%n minute before</numerusform>
            <numerusform>%n minutes before</numerusform>
        </translation>
    </message>
    <message>
        <source>The space&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During quiet hours notices wait in your inbox and arrive when they end (times in %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One e-mail a day (at 8:00) instead of one per notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Getting this location&apos;s bookings from the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline, and nothing synced yet on this device. Changes you make are kept here and sent when the connection returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline — showing bookings as of %1. %n change(s) will be sent when the connection returns.</source>
        <translation>
            <numerusform>Offline — showing bookings as of %1. %n change will be sent when the connection returns.</numerusform>
            <numerusform>Offline — showing bookings as of %1. %n changes will be sent when the connection returns.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — showing bookings as of %1. New bookings will be sent when the connection returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished">Retry now</translation>
    </message>
</context>
<context>
    <name>PasswordCard</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 10 characters; a few words make a good one. Every other device is signed out when it changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingOp</name>
    <message>
        <source>%1, %2</source>
        <comment>a day, then a time range</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring booking of %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waitlist for %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking of %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking of %1, %2, for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation of %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation of a booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval of %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval of a booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline of %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline of a booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-out from %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-out of a booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move of a booking to %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in by badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in by PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo of %1&apos;s check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation of a recurring booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New times for a recurring booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving a waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepting a waitlist offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New badge and PIN for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New booking rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking %1 out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar import for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New calendar link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit of a note about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal of a note about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications marked read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a day, then a time</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostDelegate</name>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report to staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide from members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, yours; take it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a reaction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientPicker</name>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: a name or a company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody by that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody by that name in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RejectionBanner</name>
    <message>
        <source>Book instead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesForm</name>
    <message>
        <source>This location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kind of space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest booking (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest booking (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members book up to (days ahead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members book at least (minutes before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members cancel up to (minutes before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in opens (minutes before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released if nobody checks in (minutes after the start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free between bookings (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members&apos; bookings wait for the front desk&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator changes the rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave a rule empty to take it from the level above. The front desk is held to the length, grid and opening-hours rules too; the others are for members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instead of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as above: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As above: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPalette</name>
    <message>
        <source>Search members, spaces, bookings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search spaces and your bookings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ ↓ to choose · Enter to open · Esc to close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerMessage</name>
    <message>
        <source>%1 is already booked at %2.</source>
        <comment>bookings.already_booked</comment>
        <translation>%1 is already booked at %2.</translation>
    </message>
    <message>
        <source>Only a booking waiting for approval can be declined; this one is %1.</source>
        <comment>bookings.decline_not_tentative</comment>
        <translation>Only a booking waiting for approval can be declined; this one is %1.</translation>
    </message>
    <message>
        <source>That booking was cancelled.</source>
        <comment>checkin.booking_cancelled</comment>
        <translation>That booking was cancelled.</translation>
    </message>
    <message>
        <source>That booking was declined.</source>
        <comment>checkin.booking_declined</comment>
        <translation>That booking was declined.</translation>
    </message>
    <message>
        <source>That booking is at another location.</source>
        <comment>checkin.booking_elsewhere</comment>
        <translation>That booking is at another location.</translation>
    </message>
    <message>
        <source>That booking has already ended.</source>
        <comment>checkin.booking_ended</comment>
        <translation>That booking has already ended.</translation>
    </message>
    <message>
        <source>That slot is held for the member by a waitlist offer; accept the offer first.</source>
        <comment>checkin.booking_held</comment>
        <translation>That slot is held for the member by a waitlist offer; accept the offer first.</translation>
    </message>
    <message>
        <source>That booking belongs to someone else.</source>
        <comment>checkin.booking_of_someone_else</comment>
        <translation>That booking belongs to someone else.</translation>
    </message>
    <message>
        <source>That booking was released because nobody checked in in time; book again if the space is still free.</source>
        <comment>checkin.booking_released</comment>
        <translation>That booking was released because nobody checked in in time; book again if the space is still free.</translation>
    </message>
    <message>
        <source>That booking is still waiting for approval.</source>
        <comment>checkin.booking_tentative</comment>
        <translation>That booking is still waiting for approval.</translation>
    </message>
    <message>
        <source>The new PIN for %1 is %2. It is shown only now; the badge&apos;s QR code is on their devices.</source>
        <comment>checkin.new_pin</comment>
        <translation>The new PIN for %1 is %2. It is shown only now; the badge&apos;s QR code is on their devices.</translation>
    </message>
    <message>
        <source>No free PIN was found; try again.</source>
        <comment>checkin.no_free_pin</comment>
        <translation>No free PIN was found; try again.</translation>
    </message>
    <message>
        <source>Only a booking that is checked in can be checked out; this one is %1.</source>
        <comment>checkin.not_checked_in</comment>
        <translation>Only a booking that is checked in can be checked out; this one is %1.</translation>
    </message>
    <message>
        <source>Too many wrong PINs here; try again in %1.</source>
        <comment>checkin.pin_throttled</comment>
        <translation>Too many wrong PINs here; try again in %1.</translation>
    </message>
    <message>
        <source>This QR code is not a member&apos;s badge (or it was replaced).</source>
        <comment>checkin.unknown_badge</comment>
        <translation>This QR code is not a member&apos;s badge (or it was replaced).</translation>
    </message>
    <message>
        <source>No member has this PIN.</source>
        <comment>checkin.unknown_pin</comment>
        <translation>No member has this PIN.</translation>
    </message>
    <message>
        <source>A walk-in lasts from 5 minutes to 24 hours.</source>
        <comment>checkin.walk_in_length</comment>
        <translation>A walk-in lasts from 5 minutes to 24 hours.</translation>
    </message>
    <message>
        <source>%1 needs staff approval; ask at the front desk.</source>
        <comment>checkin.walk_in_needs_approval</comment>
        <translation>%1 needs staff approval; ask at the front desk.</translation>
    </message>
    <message>
        <source>There is no bookable resource &apos;%1&apos;.</source>
        <comment>common.no_bookable_resource</comment>
        <translation>There is no bookable resource &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is no booking &apos;%1&apos;.</source>
        <comment>common.no_booking</comment>
        <translation>There is no booking &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is no location &apos;%1&apos;.</source>
        <comment>common.no_location</comment>
        <translation>There is no location &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is no resource &apos;%1&apos;.</source>
        <comment>common.no_resource</comment>
        <translation>There is no resource &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is no such member.</source>
        <comment>common.no_such_member</comment>
        <translation>There is no such member.</translation>
    </message>
    <message>
        <source>The server could not save this change.</source>
        <comment>kernel.not_saved</comment>
        <translation>The server could not save this change.</translation>
    </message>
    <message>
        <source>%1 is for members on the %2 plan(s); this member is on %3.</source>
        <comment>rules.allowed_plans</comment>
        <translation>%1 is for members on the %2 plan(s); this member is on %3.</translation>
    </message>
    <message>
        <source>%1 is for members on the %2 plan(s); this member has no plan.</source>
        <comment>rules.allowed_plans_none</comment>
        <translation>%1 is for members on the %2 plan(s); this member has no plan.</translation>
    </message>
    <message>
        <source>%1 can be booked by %2 only.</source>
        <comment>rules.allowed_roles</comment>
        <translation>%1 can be booked by %2 only.</translation>
    </message>
    <message>
        <source>%1 keeps %2 free between bookings, and another booking is closer than that.</source>
        <comment>rules.buffer_minutes</comment>
        <translation>%1 keeps %2 free between bookings, and another booking is closer than that.</translation>
    </message>
    <message>
        <source>Bookings of %1 can be cancelled up to %2 before they start; this one starts in %3. The front desk can still cancel it.</source>
        <comment>rules.cancel_deadline_minutes</comment>
        <translation>Bookings of %1 can be cancelled up to %2 before they start; this one starts in %3. The front desk can still cancel it.</translation>
    </message>
    <message>
        <source>Check-in for this booking opens %1 before it starts, at %2.</source>
        <comment>rules.check_in_before_minutes</comment>
        <translation>Check-in for this booking opens %1 before it starts, at %2.</translation>
    </message>
    <message>
        <source>%1 is closed on %2.</source>
        <comment>rules.closed_dates</comment>
        <translation>%1 is closed on %2.</translation>
    </message>
    <message>
        <source>%1 is closed on %2.</source>
        <comment>rules.closed_days</comment>
        <translation>%1 is closed on %2.</translation>
    </message>
    <message>
        <source>%1 is released %2 after the start when nobody checks in, so a booking must last longer than that; this one lasts %3.</source>
        <comment>rules.grace_minutes</comment>
        <translation>%1 is released %2 after the start when nobody checks in, so a booking must last longer than that; this one lasts %3.</translation>
    </message>
    <message>
        <source>%1 is booked in steps of %2 from midnight; this booking runs %3–%4.</source>
        <comment>rules.granularity_minutes</comment>
        <translation>%1 is booked in steps of %2 from midnight; this booking runs %3–%4.</translation>
    </message>
    <message>
        <source>A member can hold %1 upcoming bookings of this kind here at a time, and already has %2.</source>
        <comment>rules.max_active_bookings</comment>
        <translation>A member can hold %1 upcoming bookings of this kind here at a time, and already has %2.</translation>
    </message>
    <message>
        <source>%1 can be booked at most %2 days ahead; this booking is %3 days ahead.</source>
        <comment>rules.max_days_ahead</comment>
        <translation>%1 can be booked at most %2 days ahead; this booking is %3 days ahead.</translation>
    </message>
    <message>
        <source>%1 can be booked for at most %2; this booking lasts %3.</source>
        <comment>rules.max_minutes</comment>
        <translation>%1 can be booked for at most %2; this booking lasts %3.</translation>
    </message>
    <message>
        <source>%1 must be booked at least %2 before it starts; this booking starts in %3.</source>
        <comment>rules.min_lead_minutes</comment>
        <translation>%1 must be booked at least %2 before it starts; this booking starts in %3.</translation>
    </message>
    <message>
        <source>%1 is booked for at least %2; this booking lasts %3.</source>
        <comment>rules.min_minutes</comment>
        <translation>%1 is booked for at least %2; this booking lasts %3.</translation>
    </message>
    <message>
        <source>There is no policy level &apos;%1&apos;.</source>
        <comment>rules.no_policy_level</comment>
        <translation>There is no policy level &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is no %1 &apos;%2&apos; to set a policy on.</source>
        <comment>rules.no_policy_target</comment>
        <translation>There is no %1 &apos;%2&apos; to set a policy on.</translation>
    </message>
    <message>
        <source>The policy was not saved: %1.</source>
        <comment>rules.rules_invalid</comment>
        <translation>The policy was not saved: %1.</translation>
    </message>
    <message>
        <source>A policy needs its rules as a map.</source>
        <comment>rules.rules_not_map</comment>
        <translation>A policy needs its rules as a map.</translation>
    </message>
    <message>
        <source>%1 is open %2–%3; this booking runs %4–%5.</source>
        <comment>rules.within_opening_hours</comment>
        <translation>%1 is open %2–%3; this booking runs %4–%5.</translation>
    </message>
    <message>
        <source>%1 occurrence(s) inside the cancellation deadline stay booked; the front desk can cancel them.</source>
        <comment>series.kept_inside_deadline</comment>
        <translation>%1 occurrence(s) inside the cancellation deadline stay booked; the front desk can cancel them.</translation>
    </message>
    <message>
        <source>Only a booking that has not started can be moved; this one is %1.</source>
        <comment>series.move_started</comment>
        <translation>Only a booking that has not started can be moved; this one is %1.</translation>
    </message>
    <message>
        <source>None of the %1 occurrences could be booked; the first: %2</source>
        <comment>series.none_booked</comment>
        <translation>None of the %1 occurrences could be booked; the first: %2</translation>
    </message>
    <message>
        <source>You are already waiting for this slot.</source>
        <comment>waitlist.already_waiting</comment>
        <translation>You are already waiting for this slot.</translation>
    </message>
    <message>
        <source>A waitlist entry with this id already exists.</source>
        <comment>waitlist.id_exists</comment>
        <translation>A waitlist entry with this id already exists.</translation>
    </message>
    <message>
        <source>There is no such waitlist entry.</source>
        <comment>waitlist.no_such_entry</comment>
        <translation>There is no such waitlist entry.</translation>
    </message>
    <message>
        <source>Nothing has been offered yet; you are still in line.</source>
        <comment>waitlist.nothing_offered_yet</comment>
        <translation>Nothing has been offered yet; you are still in line.</translation>
    </message>
    <message>
        <source>This offer is no longer open (it was %1).</source>
        <comment>waitlist.offer_closed</comment>
        <translation>This offer is no longer open (it was %1).</translation>
    </message>
    <message>
        <source>This offer is no longer open (it was not taken in time).</source>
        <comment>waitlist.offer_lapsed</comment>
        <translation>This offer is no longer open (it was not taken in time).</translation>
    </message>
    <message>
        <source>This offer is no longer open.</source>
        <comment>waitlist.offer_no_longer_open</comment>
        <translation>This offer is no longer open.</translation>
    </message>
    <message>
        <source>That time has already begun; there is nothing to wait for.</source>
        <comment>waitlist.slot_begun</comment>
        <translation>That time has already begun; there is nothing to wait for.</translation>
    </message>
    <message>
        <source>%1 is free then: book it instead of waiting.</source>
        <comment>waitlist.slot_free</comment>
        <translation>%1 is free then: book it instead of waiting.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>The address can be at most %1 characters.</source>
        <comment>spaces.address_too_long</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An area name can be at most %1 characters.</source>
        <comment>spaces.area_too_long</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity is a number of people from 1 to %1.</source>
        <comment>spaces.capacity_range</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed dates are written YYYY-MM-DD; &apos;%1&apos; is not one.</source>
        <comment>spaces.closed_date_format</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A feature is a short lower-case word such as projector or video; &apos;%1&apos; is not.</source>
        <comment>spaces.feature_malformed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A location needs a name of at most %1 characters.</source>
        <comment>spaces.location_name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours are two times HH:mm, opening before closing; got %1–%2.</source>
        <comment>spaces.opening_hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resource id is 1 to 64 letters, digits, dots, dashes or underscores.</source>
        <comment>spaces.resource_id</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A space needs a name of at most %1 characters.</source>
        <comment>spaces.resource_name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A space can list at most 32 features.</source>
        <comment>spaces.too_many_features</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of space; it is one of %2.</source>
        <comment>spaces.unknown_kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time zone; use an IANA name such as Europe/Madrid.</source>
        <comment>spaces.unknown_time_zone</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan is a short lower-case name such as resident or flex (empty for none).</source>
        <comment>accounts.plan_malformed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan is a name, or &quot;&quot; for none.</source>
        <comment>accounts.plan_not_text</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a booking waiting for approval can be approved; this one is %1.</source>
        <comment>bookings.approve_not_tentative</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A booking must end after it starts.</source>
        <comment>bookings.ends_before_start</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A booking with this id already exists.</source>
        <comment>bookings.id_exists</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A booking can last at most 24 hours.</source>
        <comment>bookings.longer_than_a_day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A booking needs a start and an end time.</source>
        <comment>bookings.needs_times</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A booking needs a client-made UUID as its id.</source>
        <comment>bookings.needs_uuid</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no member &apos;%1&apos;.</source>
        <comment>bookings.no_member</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note can be at most 500 characters.</source>
        <comment>bookings.note_too_long</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 upcoming booking(s) at its location; cancel or move them before moving the space.</source>
        <comment>bookings.relocate_with_bookings</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 upcoming booking(s); cancel or move them before retiring it.</source>
        <comment>bookings.retire_with_bookings</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booking&apos;s times are out of range.</source>
        <comment>bookings.times_out_of_range</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title can be at most %1 characters.</source>
        <comment>bookings.title_too_long</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calendar feed is of a member or of a resource.</source>
        <comment>calendar.feed_kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is an .ics file of at most %1 KB.</source>
        <comment>calendar.import_too_large</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check-in with this id already exists.</source>
        <comment>checkin.id_exists</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check-in needs a client-made UUID as its id.</source>
        <comment>checkin.needs_uuid</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no check-in &apos;%1&apos;.</source>
        <comment>checkin.no_checkin</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member has already checked out; the visit cannot be undone now.</source>
        <comment>checkin.undo_after_checkout</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say at which location the member is checking in.</source>
        <comment>checkin.which_location</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is at most %2 texts of at most 200 characters.</source>
        <comment>kernel.argument_list_too_long</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing.</source>
        <comment>kernel.argument_missing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments are named by text.</source>
        <comment>kernel.argument_names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is at most %2 characters.</source>
        <comment>kernel.argument_too_long</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only staff can do that.</source>
        <comment>kernel.staff_only</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an argument of this operation.</source>
        <comment>kernel.unknown_argument</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown operation &apos;%1&apos;.</source>
        <comment>kernel.unknown_operation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A series with this id already exists.</source>
        <comment>series.id_exists</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such booking.</source>
        <comment>series.no_such_booking</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such series.</source>
        <comment>series.no_such_series</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That booking is not an occurrence of this series.</source>
        <comment>series.not_an_occurrence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which occurrence the edit starts from (one of this series&apos; bookings).</source>
        <comment>series.which_occurrence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories nest at most 16 deep.</source>
        <comment>spaces.categories_too_deep</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category cannot be filed under itself or under one of its own subcategories.</source>
        <comment>spaces.category_cycle</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category id is 1 to 64 letters, digits, dots, dashes or underscores.</source>
        <comment>spaces.category_id</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category still files %1 space(s) and %2 subcategory(ies); move them first.</source>
        <comment>spaces.category_in_use</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category needs a name of at most %1 characters.</source>
        <comment>spaces.category_name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location still has %1 space(s) in service; retire them first.</source>
        <comment>spaces.location_in_use</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no category &apos;%1&apos;.</source>
        <comment>spaces.no_category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a location, a resource or a category can be retired.</source>
        <comment>spaces.retire_what</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That note is not there any more.</source>
        <comment>accounts.no_such_note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <comment>accounts.note_empty</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That note is about someone else; write a new one.</source>
        <comment>accounts.note_other_member</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note is at most %1 characters.</source>
        <comment>accounts.note_too_long</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2.</source>
        <comment>kernel.argument_type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk can only %1 at its own location (%2).</source>
        <comment>kernel.kiosk_own_location</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members can only %1.</source>
        <comment>kernel.members_only_own</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accounts cannot %2.</source>
        <comment>kernel.role_cannot</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This series was %1; there is nothing left to edit.</source>
        <comment>series.nothing_left</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your booking of %1 on %2 was approved.</source>
        <comment>notify.booking_approved</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your booking of %1 on %2 was approved: &quot;%3&quot;</source>
        <comment>notify.booking_approved_note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cancelled your booking of %2 on %3.</source>
        <comment>notify.booking_cancelled</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your booking of %1 on %2 was declined.</source>
        <comment>notify.booking_declined</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your booking of %1 on %2 was declined: &quot;%3&quot;</source>
        <comment>notify.booking_declined_note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your booking of %1 on %2 was not approved in time, so it does not hold the space.</source>
        <comment>notify.booking_lapsed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 booked %2 for you on %3.</source>
        <comment>notify.booking_placed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your booking of %1 on %2 was released: nobody checked in in time.</source>
        <comment>notify.booking_released</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold on %1 on %2 lapsed untaken: it passed to the next in line.</source>
        <comment>notify.offer_lapsed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is free on %2 and held for you until %3: accept it in My bookings.</source>
        <comment>notify.offer_made</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications go by %2, not &apos;%1&apos;.</source>
        <comment>notify.no_such_channel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no kind of notification &apos;%1&apos;; there are %2.</source>
        <comment>notify.no_such_kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether it is on: true or false.</source>
        <comment>notify.on_missing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security notices (a password changed, a session signed out) are always sent: they cannot be turned off.</source>
        <comment>notify.security_always</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to change: reminderMinutes, quietFrom and quietTo, or digest.</source>
        <comment>notify.settings_empty</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours and the digest are each member&apos;s own; the operator sets the default reminder only.</source>
        <comment>notify.settings_own</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder comes between 0 (none) and %1 minutes before the start.</source>
        <comment>notify.reminder_range</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours run from one time of day to another, as HH:MM (22:00 to 07:00).</source>
        <comment>notify.quiet_times</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours start and end at the same time; to have none, turn them off.</source>
        <comment>notify.quiet_same</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account&apos;s password was changed. If it was not you, reset it at once and tell the front desk.</source>
        <comment>notify.password_changed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account&apos;s password was changed and your other sessions (%1) were signed out. If it was not you, reset it at once and tell the front desk.</source>
        <comment>notify.password_changed_signed_out</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account&apos;s password was reset with a code sent by e-mail, and every session was signed out. If it was not you, tell the front desk at once.</source>
        <comment>notify.password_reset</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of your sessions was signed out from another of your devices. If it was not you, change your password.</source>
        <comment>notify.session_revoked</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder: your booking of %1 starts on %2.</source>
        <comment>notify.booking_reminder</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event needs a title.</source>
        <comment>community.event_title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no location &apos;%1&apos;.</source>
        <comment>community.no_location</comment>
        <translation type="unfinished">There is no location &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>An event ends after it starts, within a week.</source>
        <comment>community.event_times</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event starts in the future.</source>
        <comment>community.event_past</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event&apos;s capacity is from 1 to %1 people (0: no limit).</source>
        <comment>community.event_capacity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is an event with this id already.</source>
        <comment>community.event_exists</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not at this event&apos;s location.</source>
        <comment>community.room_elsewhere</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such event.</source>
        <comment>community.no_event</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 was cancelled.</source>
        <comment>community.event_cancelled</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event is over or cancelled: it takes no answers.</source>
        <comment>community.event_closed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A seat came free at %1 on %2: you are going.</source>
        <comment>community.event_promoted</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on this event&apos;s list of who is going.</source>
        <comment>community.not_going</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts on %2.</source>
        <comment>community.event_reminder</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot post or write in the community until %1: %2</source>
        <comment>community.banned</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A post needs some text.</source>
        <comment>community.post_empty</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A post either starts a thread (with a title) or replies in one (naming it).</source>
        <comment>community.post_where</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a post with this id already.</source>
        <comment>community.post_exists</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such thread.</source>
        <comment>community.no_thread</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mentioned you in &quot;%2&quot;: %3</source>
        <comment>community.mentioned</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such post.</source>
        <comment>community.no_post</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reaction is one emoji.</source>
        <comment>community.emoji</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message needs some text.</source>
        <comment>community.message_empty</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no member &apos;%1&apos; to write to.</source>
        <comment>community.no_recipient</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a device, not a person: it reads no messages.</source>
        <comment>community.not_a_person</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whom the message is for (up to %1 people).</source>
        <comment>community.message_to</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a message with this id already.</source>
        <comment>community.message_exists</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wrote to you: %2</source>
        <comment>community.message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no conversation by that id.</source>
        <comment>community.no_conversation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported: the staff will look at it.</source>
        <comment>community.reported</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ban lasts from 1 to 3650 days (0 lifts it).</source>
        <comment>community.ban_days</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why: the member is told the reason when they try to post.</source>
        <comment>community.ban_reason</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerTerm</name>
    <message>
        <source>check members in</source>
        <comment>action:checkin</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check themselves in</source>
        <comment>own_action:checkin</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check in by QR code or PIN</source>
        <comment>action:checkin_credential</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check members out</source>
        <comment>action:checkout</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check themselves out</source>
        <comment>own_action:checkout</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo members&apos; check-ins</source>
        <comment>action:undo_checkin</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo their own check-ins</source>
        <comment>own_action:undo_checkin</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue badges and PINs</source>
        <comment>action:issue_credentials</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renew their own badge and PIN</source>
        <comment>own_action:issue_credentials</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create or edit spaces</source>
        <comment>action:save_resource</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit categories</source>
        <comment>action:save_category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create or edit locations</source>
        <comment>action:save_location</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retire spaces</source>
        <comment>action:retire_resource</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retire categories</source>
        <comment>action:retire_category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retire locations</source>
        <comment>action:retire_location</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make bookings</source>
        <comment>action:book</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>book for themselves</source>
        <comment>own_action:book</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make recurring bookings</source>
        <comment>action:book_series</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>book for themselves</source>
        <comment>own_action:book_series</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move bookings</source>
        <comment>action:move</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move their own bookings</source>
        <comment>own_action:move</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel bookings</source>
        <comment>action:cancel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel their own bookings</source>
        <comment>own_action:cancel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel recurring bookings</source>
        <comment>action:cancel_series</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change their own bookings</source>
        <comment>own_action:cancel_series</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change recurring bookings</source>
        <comment>action:edit_series</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change their own bookings</source>
        <comment>own_action:edit_series</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve bookings</source>
        <comment>action:approve</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decline bookings</source>
        <comment>action:decline</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change booking policies</source>
        <comment>action:set_policy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>join waitlists</source>
        <comment>action:join_waitlist</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait for a slot themselves</source>
        <comment>own_action:join_waitlist</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave waitlists</source>
        <comment>action:leave_waitlist</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act on their own place in a waitlist</source>
        <comment>own_action:leave_waitlist</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept waitlist offers</source>
        <comment>action:accept_offer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act on their own place in a waitlist</source>
        <comment>own_action:accept_offer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a member&apos;s plan</source>
        <comment>action:set_plan</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write notes about members</source>
        <comment>action:save_member_note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove notes about members</source>
        <comment>action:delete_member_note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make calendar feeds</source>
        <comment>action:calendar_feed_member</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a calendar feed of their own bookings</source>
        <comment>own_action:calendar_feed_member</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a space&apos;s calendar feed</source>
        <comment>action:calendar_feed_resource</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import busy times</source>
        <comment>action:import_busy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <comment>role:admin</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front desk</source>
        <comment>role:front_desk</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <comment>role:member</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk</source>
        <comment>role:kiosk</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <comment>type:text</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <comment>type:integer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <comment>type:number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <comment>type:boolean</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a map</source>
        <comment>type:map</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of texts</source>
        <comment>type:text_list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>series_status:cancelled</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced</source>
        <comment>series_status:replaced</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read notifications</source>
        <comment>action:read_notifications</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read their own notifications</source>
        <comment>own_action:read_notifications</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive notifications</source>
        <comment>action:archive_notifications</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive their own notifications</source>
        <comment>own_action:archive_notifications</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change notification settings</source>
        <comment>action:set_notify_pref</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change their own notification settings</source>
        <comment>own_action:set_notify_pref</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change everyone&apos;s notification defaults</source>
        <comment>action:set_notify_default</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change reminder and quiet-hour settings</source>
        <comment>action:set_notify_settings</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change their own reminder and quiet-hour settings</source>
        <comment>own_action:set_notify_settings</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change everyone&apos;s default reminder</source>
        <comment>action:set_notify_settings_default</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create events</source>
        <comment>action:create_event</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel events</source>
        <comment>action:cancel_event</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer events for members</source>
        <comment>action:rsvp</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer events for themselves</source>
        <comment>own_action:rsvp</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check attendees in at events</source>
        <comment>action:event_checkin</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post in the forum</source>
        <comment>action:post</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post in the forum as themselves</source>
        <comment>own_action:post</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>react to posts</source>
        <comment>action:react</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>react to posts as themselves</source>
        <comment>own_action:react</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pin forum threads</source>
        <comment>action:pin_thread</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send messages</source>
        <comment>action:send_message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send messages as themselves</source>
        <comment>own_action:send_message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark messages read</source>
        <comment>action:read_messages</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark their own messages read</source>
        <comment>own_action:read_messages</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report posts</source>
        <comment>action:report_post</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report posts as themselves</source>
        <comment>own_action:report_post</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hide posts</source>
        <comment>action:hide_post</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ban members from the community</source>
        <comment>action:ban_member</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change directory profiles</source>
        <comment>action:set_profile</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change their own directory profile</source>
        <comment>own_action:set_profile</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsCard</name>
    <message>
        <source>Where you are signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the server lists your devices when this one is connected again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out everywhere else</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShellPage</name>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search members, spaces, bookings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search spaces and your bookings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to run your space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOutDialog</name>
    <message numerus="yes">
        <source>%n change(s) not sent yet. They stay on this computer for your account and go out when you sign in again.</source>
        <translation>
            <numerusform>%n change not sent yet. It stays on this computer for your account and goes out when you sign in again.</numerusform>
            <numerusform>%n changes not sent yet. They stay on this computer for your account and go out when you sign in again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation>Sign out?</translation>
    </message>
    <message>
        <source>Your copy of the bookings is removed from this computer. It syncs again when you sign in.</source>
        <translation>Your copy of the bookings is removed from this computer. It syncs again when you sign in.</translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>Stay signed in</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
</context>
<context>
    <name>SpaceForm</name>
    <message>
        <source>New space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of service: not on the calendar and not bookable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor 1, Studio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screen, whiteboard, video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 out of service? Its upcoming bookings must be moved or cancelled first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpaceResult</name>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join waitlist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncChip</name>
    <message>
        <source>Retry now</source>
        <translation>Retry now</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n pending</source>
        <translation>
            <numerusform>%1 · %n pending</numerusform>
            <numerusform>%1 · %n pending</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — new bookings are kept on this computer and sent when the connection returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TabChip</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tab name · count</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreadPane</name>
    <message>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin to the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this post?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report this post?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members no longer see it; staff still do, with your reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff read it and decide. The author is not told who reported it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <source>%n space(s)</source>
        <translation>
            <numerusform>%n space</numerusform>
            <numerusform>%n spaces</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This location has no spaces yet. Staff add them in Admin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atrium::client::SyncEngine</name>
    <message>
        <source>The server&apos;s certificate is not trusted (%1). Trust it with its CA or pin it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pin is the SHA-256 of the server&apos;s key as atrium-server prints it: 64 hexadecimal digits, colons allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not the one this device was set up for (its pin differs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server uses TLS: try %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer. Check its address, or try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atrium::gui::AccountSettings</name>
    <message>
        <source>Too many wrong passwords: wait a few minutes and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters; a few words make a good one.</source>
        <translation>
            <numerusform>A password needs at least %n characters; a few words make a good one.</numerusform>
            <numerusform>A password needs at least %n characters; a few words make a good one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A password can be at most %n characters.</source>
        <translation>
            <numerusform>A password can be at most %n characters.</numerusform>
            <numerusform>A password can be at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>A password cannot be your e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: this is asked of the server, so it needs a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your current password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the only device signed in to your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out on every other device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That session had already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed. Every other device was signed out and needs the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atrium::gui::Admin</name>
    <message>
        <source>Each rule is a whole number, 0 or more; leave it empty to take the rule from the level above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this computer; waiting for the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a rule&apos;s value · the level it comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No · default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atrium::gui::AppController</name>
    <message>
        <source>Enter your email and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your booking of %1 (%2) was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email or password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached. Check the address and your connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot sign anyone in just now; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already booked at that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is checked in: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in of %1 undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll call — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n people in the building</source>
        <translation>
            <numerusform>%1 · %n person in the building</numerusform>
            <numerusform>%1 · %n people in the building</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a week within one month: first day – last day, month and year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a week across months</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atrium::gui::CalendarEdits</name>
    <message>
        <source>%1 · %2</source>
        <comment>space · when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This booking is no longer in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A booking needs some time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atrium::gui::Community</name>
    <message>
        <source>Give the event a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the day of the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event ends after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event starts in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of seats is 0 (no limit) or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seats)</source>
        <translation>
            <numerusform>%1 (%n seat)</numerusform>
            <numerusform>%1 (%n seats)</numerusform>
        </translation>
    </message>
    <message>
        <source>No room (somewhere else in the building)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atrium::gui::ConversationListModel</name>
    <message>
        <source>You: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atrium::gui::EventListModel</name>
    <message>
        <source>%1 · %2</source>
        <comment>room · building</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atrium::gui::FindSpaceModel</name>
    <message>
        <source>Meeting room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone booth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, times</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whiteboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken then. You are on its waitlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken then. Join the waitlist to be offered it if it frees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The front desk approves bookings of this space; it is held for you until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · up to %n</source>
        <translation>
            <numerusform>%1 · %2 · up to %n</numerusform>
            <numerusform>%1 · %2 · up to %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atrium::gui::MemberBookingsModel</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held for you for %1 more, until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins the line when this device is back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it frees, it is offered to you, in the order people joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival without a booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atrium::gui::MemberNotesModel</name>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atrium::gui::MemberProfile</name>
    <message>
        <source>A new badge and PIN are asked for: the PIN shows here when the server answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing booked here today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a member first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note is at most %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atrium::gui::MemberSearchModel</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atrium::gui::MonthModel</name>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>time space</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <comment>time space · who</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atrium::gui::NotificationSettings</name>
    <message>
        <source>Bookings made or confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings cancelled by staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings released (no-show)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A waitlisted space is free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A waitlist offer ran out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events: invitations and changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions in the forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security: password and sign-outs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atrium::gui::PostListModel</name>
    <message>
        <source>Hidden by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atrium::gui::Preferences</name>
    <message>
        <source>Starting at login is not supported on this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front desk and bookings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atrium::gui::SearchModel</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atrium::gui::SelfService</name>
    <message>
        <source>%1, %2</source>
        <comment>day, time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released: nobody checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has started; check out to free the rest of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free to cancel until it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free to cancel until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline to cancel was %1; the front desk can still cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This booking is not on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This booking is not part of that series.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atrium::gui::ThreadListModel</name>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atrium::gui::TodayModel</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Free, %n people</source>
        <translation>
            <numerusform>Free, %n person</numerusform>
            <numerusform>Free, %n people</numerusform>
        </translation>
    </message>
    <message>
        <source>rest of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opens at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed for today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atrium::gui::Undo</name>
    <message>
        <source>Booked %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo: that booking is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking taken back: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo: its old time has begun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved back to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo: its time has begun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked again: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s booking moved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
