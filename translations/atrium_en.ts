<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BookingBlock</name>
    <message>
        <source>Busy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>checked in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting for approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>checked out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>offered from the waitlist</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>New booking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>15 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>30 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1½ hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2 hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3 hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>4 hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All day (8 hours)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Book</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BookingPanel</name>
    <message>
        <source>Booking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pending — waiting for the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel booking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offered from the waitlist — waiting for the member to accept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waitlist offer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Previous day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next day</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation><numerusform>%n booking</numerusform><numerusform>%n bookings</numerusform></translation>
    </message>
    <message>
        <source>Offline — the calendar will appear once this computer has synced with the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading the calendar…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CancelBookingDialog</name>
    <message>
        <source>Cancel this booking?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Booking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel booking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2. The space becomes free for others.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check a member in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check-ins are saved on this computer first, so they work offline too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Atrium — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Atrium</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <source>Calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RejectionBanner</name>
    <message>
        <source>Book instead:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShellPage</name>
    <message>
        <source>Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check in member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New booking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Front desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to run your space.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>you@example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignOutDialog</name>
    <message numerus="yes">
        <source>%n change(s) not sent yet. They stay on this computer for your account and go out when you sign in again.</source>
        <translation><numerusform>%n change not sent yet. It stays on this computer for your account and goes out when you sign in again.</numerusform><numerusform>%n changes not sent yet. They stay on this computer for your account and go out when you sign in again.</numerusform></translation>
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
    <name>SyncChip</name>
    <message>
        <source>Retry now</source>
        <translation>Retry now</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Syncing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 · %n pending</source>
        <translation><numerusform>%1 · %n pending</numerusform><numerusform>%1 · %n pending</numerusform></translation>
    </message>
    <message>
        <source>Offline — new bookings are kept on this computer and sent when the connection returns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything is up to date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>atrium::gui::AppController</name>
    <message>
        <source>Enter your email and password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last synced at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Booking %1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancellation of a booking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your booking of %1 at %2 was not accepted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A change was not accepted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The email or password is not right.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server could not be reached. Check the address and your connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server cannot sign anyone in just now; try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is already booked at that time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>