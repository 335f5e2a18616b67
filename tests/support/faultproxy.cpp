#include "faultproxy.h"

namespace atrium::test {

FaultProxy::FaultProxy(const QUrl &upstream, quint32 seed, FaultPlan plan) : m_upstream(upstream), m_random(seed), m_plan(plan)
{
    m_clock.start();
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        qFatal("fault proxy: cannot listen: %s", qPrintable(m_server.errorString()));
}

FaultProxy::~FaultProxy()
{
    for (auto &link : m_links)
        close(*link, true);
}

QUrl FaultProxy::url() const
{
    QUrl u = m_upstream;
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_server.serverPort());
    return u;
}

void FaultProxy::accept()
{
    while (QTcpSocket *down = m_server.nextPendingConnection()) {
        auto link = std::make_unique<Link>();
        Link *l = link.get();
        l->down = down;
        l->up = new QTcpSocket(this);
        down->setParent(this);
        l->flush.setSingleShot(true);
        connect(&l->flush, &QTimer::timeout, this, [this, l]() { flush(*l); });
        connect(down, &QTcpSocket::readyRead, this, [this, l]() { forward(*l, true); });
        connect(l->up, &QTcpSocket::readyRead, this, [this, l]() { forward(*l, false); });
        connect(l->up, &QTcpSocket::connected, this, [this, l]() {
            if (!l->early.isEmpty())
                schedule(*l, true, std::exchange(l->early, {}), 0);
        });
        // One side gone: so is the other (after what is still queued, for an orderly close).
        connect(down, &QTcpSocket::disconnected, this, [this, l]() { close(*l, false); });
        connect(l->up, &QTcpSocket::disconnected, this, [this, l]() { close(*l, false); });
        connect(l->up, &QTcpSocket::errorOccurred, this, [this, l](QAbstractSocket::SocketError) { close(*l, false); });
        l->up->connectToHost(m_upstream.host(), static_cast<quint16>(m_upstream.port()));
        ++m_counts.connections;
        m_links.push_back(std::move(link));
    }
}

void FaultProxy::forward(Link &link, bool towardsServer)
{
    QTcpSocket *from = towardsServer ? link.down : link.up;
    QByteArray bytes = from->readAll();
    if (link.closed || bytes.isEmpty())
        return;
    if (towardsServer && link.up->state() != QAbstractSocket::ConnectedState) {
        link.early += bytes;
        return;
    }
    if (!m_enabled) {
        schedule(link, towardsServer, std::move(bytes), 0);
        return;
    }
    const double roll = m_random.generateDouble();
    double edge = m_plan.dropChance;
    if (roll < edge) {
        ++m_counts.dropped;
        close(link, true);
        return;
    }
    edge += m_plan.cutChance;
    if (roll < edge) {
        // A prefix gets through, then the line goes dead: a frame cut in half.
        ++m_counts.cut;
        const qsizetype keep = bytes.size() > 1 ? static_cast<qsizetype>(m_random.bounded(static_cast<quint32>(bytes.size()))) : 0;
        schedule(link, towardsServer, bytes.left(keep), 0);
        flush(link);
        close(link, true);
        return;
    }
    edge += m_plan.duplicateChance;
    if (roll < edge) {
        ++m_counts.duplicated;
        bytes += bytes;
    }
    qint64 delay = 0;
    if (m_random.generateDouble() < m_plan.delayChance) {
        ++m_counts.delayed;
        delay = 1 + m_random.bounded(m_plan.maxDelayMs);
    }
    schedule(link, towardsServer, std::move(bytes), delay);
}

void FaultProxy::schedule(Link &link, bool towardsServer, QByteArray bytes, qint64 delayMs)
{
    auto &queue = towardsServer ? link.toUp : link.toDown;
    // Never before what was queued ahead of it: TCP keeps order, and so does a delay.
    const qint64 due = std::max(m_clock.elapsed() + delayMs, queue.empty() ? 0 : queue.back().dueMs);
    queue.push_back({due, std::move(bytes)});
    flush(link);
}

void FaultProxy::flush(Link &link)
{
    if (link.closed)
        return;
    const qint64 now = m_clock.elapsed();
    qint64 next = -1;
    for (auto *queue : {&link.toUp, &link.toDown}) {
        QTcpSocket *to = queue == &link.toUp ? link.up : link.down;
        while (!queue->empty() && queue->front().dueMs <= now) {
            to->write(queue->front().bytes);
            queue->pop_front();
        }
        if (!queue->empty())
            next = next < 0 ? queue->front().dueMs : std::min(next, queue->front().dueMs);
    }
    if (next >= 0)
        link.flush.start(static_cast<int>(std::max<qint64>(0, next - now)));
}

void FaultProxy::close(Link &link, bool abortive)
{
    if (link.closed)
        return;
    if (!abortive) {
        // Deliver what is queued, as a network that closes in order would.
        for (auto &p : link.toUp)
            link.up->write(p.bytes);
        for (auto &p : link.toDown)
            link.down->write(p.bytes);
        link.up->flush();
        link.down->flush();
    }
    link.closed = true;
    link.flush.stop();
    link.toUp.clear();
    link.toDown.clear();
    for (QTcpSocket *s : {link.down, link.up}) {
        s->disconnect(this);
        if (abortive)
            s->abort();
        else
            s->disconnectFromHost();
        s->deleteLater();
    }
}

} // namespace atrium::test
