#!/usr/bin/python3
# The busy times each fixture holds, by an expander nobody here wrote (python3-recurring-ical-events
# over python3-icalendar, Debian's packages): what tst_icsimport compares Atrium's import with.
# Window: from NOW (2026-12-01T00:00:00Z) for 548 days, as ics::kWindowDays; floating times and
# dates are read in Europe/Madrid (the resource's zone in the test). Cancelled events and those
# marked free (TRANSP:TRANSPARENT) are not busy. Floating times are read in the calendar's
# X-WR-TIMEZONE when it has one (as recurring-ical-events does). Windows zone names (Outlook) that
# icalendar cannot place are mapped to IANA as Microsoft documents (the import reads the file's own
# VTIMEZONE instead: both must agree).
#   /usr/bin/python3 tests/data/ics/expect.py tests/data/ics/google.ics > tests/data/ics/google.expected
import datetime, sys, zoneinfo
import icalendar, recurring_ical_events

NOW = datetime.datetime(2026, 12, 1, tzinfo=datetime.timezone.utc)
UNTIL = NOW + datetime.timedelta(days=548)
ZONE = zoneinfo.ZoneInfo("Europe/Madrid")
WINDOWS = {"W. Europe Standard Time": "Europe/Berlin", "Eastern Standard Time": "America/New_York"}

def utc(value):
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=ZONE)
        elif getattr(value.tzinfo, "key", None) is None and str(value.tzinfo) in WINDOWS:
            value = value.replace(tzinfo=zoneinfo.ZoneInfo(WINDOWS[str(value.tzinfo)]))
        return value.astimezone(datetime.timezone.utc)
    return datetime.datetime.combine(value, datetime.time(), ZONE).astimezone(datetime.timezone.utc)

text = open(sys.argv[1], "rb").read()
calendar = icalendar.Calendar.from_ical(text)
lines = []
for event in recurring_ical_events.of(calendar).between(NOW, UNTIL):
    if str(event.get("STATUS", "")).upper() == "CANCELLED" or str(event.get("TRANSP", "")).upper() == "TRANSPARENT":
        continue
    start = utc(event["DTSTART"].dt)
    end = utc(event["DTEND"].dt) if "DTEND" in event else start + event["DURATION"].dt
    if end <= NOW or start >= UNTIL:
        continue
    lines.append("%s %s %s" % (str(event["UID"]), start.strftime("%Y-%m-%dT%H:%M:%SZ"), end.strftime("%Y-%m-%dT%H:%M:%SZ")))
for line in sorted(lines):
    print(line)
