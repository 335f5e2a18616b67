// A recurrence rule from a client's book_series or edit_series: expanded or refused with a reason,
// never more than a year of occurrences, each later than the one before.
#include "recurrence.h"

#include <cstdlib>

using namespace atrium;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QTimeZone newYork("America/New_York");
    constexpr qint64 first = 1'899'982'800'000; // 2030-03-17 14:20 UTC, a week after the DST change
    const QString rule = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QString error;
    const auto e = recurrence::expand(rule, first, newYork, &error);
    if (!e) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    for (qsizetype i = 1; i < e->startsMs.size(); ++i)
        if (e->startsMs[i] <= e->startsMs[i - 1] || e->startsMs[i] - first > recurrence::kMaxSpanMs)
            std::abort();
    (void)recurrence::withCount(rule, 3);
    (void)recurrence::endingBefore(rule, first + 86'400'000);
    return 0;
}
