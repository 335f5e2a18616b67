#pragma once

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <deque>
#include <memory>

namespace atrium::test {

// What the network does to each chunk of bytes that passes, as chances per chunk.
struct FaultPlan
{
    double delayChance = 0.3;   // held back 1..maxDelayMs (order within a direction is kept)
    int maxDelayMs = 15;
    double duplicateChance = 0.02; // sent twice (a frame repeated, or the stream corrupted)
    double cutChance = 0.01;    // a random prefix goes through, then both sides are closed
    double dropChance = 0.01;   // the connection is reset: neither this chunk nor anything after arrives
};

// A TCP proxy on 127.0.0.1, port 0, in front of one server, that delays, duplicates, cuts and drops
// at random points. Every decision comes from one generator seeded by the test, so a failing seed
// names the sequence of faults that broke it. Faults are on only while enabled.
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    FaultProxy(const QUrl &upstream, quint32 seed, FaultPlan plan = {});
    ~FaultProxy() override;
    // The proxy's address in the upstream's scheme: give it to clients instead of the server's.
    QUrl url() const;
    void setFaultsEnabled(bool on) { m_enabled = on; }

    struct Counts
    {
        int connections = 0, delayed = 0, duplicated = 0, cut = 0, dropped = 0;
    };
    Counts counts() const { return m_counts; }

private:
    struct Pending
    {
        qint64 dueMs;
        QByteArray bytes;
    };
    struct Link
    {
        QTcpSocket *down = nullptr; // the client's side
        QTcpSocket *up = nullptr;   // the server's side
        QByteArray early;           // from the client before the server side connected
        std::deque<Pending> toUp, toDown;
        QTimer flush;
        bool closed = false;
    };
    void accept();
    void forward(Link &link, bool towardsServer);
    void schedule(Link &link, bool towardsServer, QByteArray bytes, qint64 delayMs);
    void flush(Link &link);
    void close(Link &link, bool abortive);

    QUrl m_upstream;
    QRandomGenerator m_random;
    FaultPlan m_plan;
    bool m_enabled = false;
    QTcpServer m_server;
    QElapsedTimer m_clock; // network time is real time: the delays are what a client waits through
    std::vector<std::unique_ptr<Link>> m_links;
    Counts m_counts;
};

} // namespace atrium::test
