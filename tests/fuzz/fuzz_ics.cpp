// An .ics file staff import: whatever it holds, reading busy times from it ends, bounded, with
// events whose ends come after their starts.
#include "icsimport.h"

#include <cstdlib>

using namespace atrium;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QTimeZone madrid("Europe/Madrid");
    constexpr qint64 from = 1'893'456'000'000; // 2030-01-01
    constexpr qint64 until = from + ics::kWindowDays * 86'400'000LL;
    QString error;
    const auto read = ics::read(QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)), madrid, from, until, &error);
    if (!read)
        return error.isEmpty() ? (std::abort(), 0) : 0; // refused, and it says why
    if (read->busy.size() > ics::kMaxBusyTimes)
        std::abort();
    for (const ics::BusyTime &e : read->busy)
        if (e.endMs <= e.startMs || e.endMs <= from || e.startMs >= until)
            std::abort();
    return 0;
}
