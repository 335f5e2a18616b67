#include "throttle.h"

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace atrium::server {

qint64 Throttle::waitMs(const QString &key) const
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.cend())
        return 0;
    return std::max<qint64>(0, it->blockedUntilMs - m_clock.nowMs());
}

void Throttle::failed(const QString &key)
{
    const qint64 now = m_clock.nowMs();
    if (m_entries.size() > 100000)
        m_entries.clear(); // a flood of distinct keys must not grow memory without end
    Entry &e = m_entries[key];
    if (e.failures == 0 || now - e.firstMs > m_windowMs) {
        e = Entry{0, now, 0};
    }
    ++e.failures;
    if (e.failures > m_free) {
        const int over = std::min(e.failures - m_free - 1, 30);
        e.blockedUntilMs = now + std::min<qint64>(m_maxDelayMs, 1000LL << over);
    }
}

void Throttle::forgive(const QString &key)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    if (--it->failures <= 0) {
        m_entries.erase(it);
        return;
    }
    if (it->failures <= m_free)
        it->blockedUntilMs = 0;
}

qint64 RateLimiter::take(const QString &key)
{
    if (m_perSecond <= 0)
        return 0;
    const qint64 now = m_clock.nowMs();
    if (m_buckets.size() > 100000) {
        // Many distinct keys: forget the buckets that have refilled (they would start full anyway).
        for (auto it = m_buckets.begin(); it != m_buckets.end();)
            it = it->tokens + (now - it->atMs) * m_perSecond / 1000 >= m_burst ? m_buckets.erase(it) : std::next(it);
        // Still that many, all busy: a flood of distinct keys. Forget them all (each starts full
        // again) rather than scan them on every request that follows.
        if (m_buckets.size() > 100000)
            m_buckets.clear();
    }
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{m_burst, now});
    Bucket &b = *it;
    b.tokens = std::min(m_burst, b.tokens + std::max<qint64>(0, now - b.atMs) * m_perSecond / 1000);
    b.atMs = now;
    if (b.tokens >= 1) {
        b.tokens -= 1;
        return 0;
    }
    // (less a hair, so 0.999 tokens at one a second is 1 ms to wait, not 2 by rounding)
    return std::max<qint64>(1, static_cast<qint64>(std::ceil((1 - b.tokens) * 1000 / m_perSecond - 1e-6)));
}

QString formatWait(qint64 ms)
{
    const qint64 s = (ms + 999) / 1000;
    if (s < 60)
        return u"%1 s"_s.arg(s);
    return s % 60 ? u"%1 min %2 s"_s.arg(s / 60).arg(s % 60) : u"%1 min"_s.arg(s / 60);
}

} // namespace atrium::server
