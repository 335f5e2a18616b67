#pragma once

#include "clock.h"

#include <QHash>
#include <QString>

namespace atrium::server {

// Growing delays after repeated failures (sign-ins, PINs at a kiosk): the first `free` failures in
// a window cost nothing; each one after doubles the wait, from one second up to `maxDelayMs`.
// A success forgets the key. Kept in memory on each node: a node restart forgives, and several
// nodes each count their own (what a guesser gains from that is bounded by the node count).
class Throttle
{
public:
    Throttle(const Clock &clock, int free, qint64 windowMs = 15 * 60 * 1000, qint64 maxDelayMs = 15 * 60 * 1000)
        : m_clock(clock), m_free(free), m_windowMs(windowMs), m_maxDelayMs(maxDelayMs)
    {
    }
    // Milliseconds until the key may try again; 0 when it may now.
    qint64 waitMs(const QString &key) const;
    void failed(const QString &key);
    void succeeded(const QString &key) { m_entries.remove(key); }
    // Takes back one failure counted ahead of an outcome that turned out well (a password being
    // checked off the event loop is counted as failed until it is known to be right, so guesses
    // sent at once cannot all pass before the first is counted).
    void forgive(const QString &key);

private:
    struct Entry
    {
        int failures = 0;
        qint64 firstMs = 0;
        qint64 blockedUntilMs = 0;
    };
    const Clock &m_clock;
    int m_free;
    qint64 m_windowMs;
    qint64 m_maxDelayMs;
    QHash<QString, Entry> m_entries;
};

// Token buckets, one per key (an account, an address, an endpoint and who calls it): each holds up
// to `burst` tokens and gains `perSecond` a second; a request takes one. Lets a kiosk send its
// offline backlog at once while holding a runaway script to a steady rate. perSecond <= 0 turns
// it off. In memory on each node, like Throttle.
class RateLimiter
{
public:
    RateLimiter(const Clock &clock, double perSecond, double burst) : m_clock(clock), m_perSecond(perSecond), m_burst(burst) {}
    // Takes a token: 0 when there was one, else the milliseconds until there will be (nothing taken).
    qint64 take(const QString &key);
    bool enabled() const { return m_perSecond > 0; }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 atMs = 0;
    };
    const Clock &m_clock;
    double m_perSecond;
    double m_burst;
    QHash<QString, Bucket> m_buckets;
};

// "in 1 min 30 s": a wait as people read it.
QString formatWait(qint64 ms);

} // namespace atrium::server
