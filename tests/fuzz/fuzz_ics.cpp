// An .ics file staff import: whatever it holds, reading busy times from it ends, bounded, with
// events whose ends come after their starts.
#include "icsimport.h"

#include <cstdlib>

using namespace atrium;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QTimeZone madrid("Europe/Madrid");
    constexpr qint64 from = 1'893'456'000'000; // 2030-01-01
    constexpr qint64 until = from + 366LL * 86'400'000;
    const auto read = ics::busyTimes(QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)), madrid, from, until, 2000);
    if (!read)
        return 0;
    if (read->events.size() > 2000)
        std::abort();
    for (const ics::BusyTime &e : read->events)
        if (e.endMs <= e.startMs || e.endMs <= from || e.startMs >= until)
            std::abort();
    return 0;
}
