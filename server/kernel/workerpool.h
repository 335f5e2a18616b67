#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <utility>

namespace atrium::server {

// Heavy work (password hashing today; PDFs and exports later) runs here, off the event loop that
// serves every session, and its result comes back to that loop. The work itself must touch
// nothing shared: it gets its inputs by value and returns its output.
class WorkerPool : public QObject
{
    Q_OBJECT
public:
    // threads 0: one fewer than the machine has cores (at least one, at most four), so the
    // event loop keeps a core of its own.
    explicit WorkerPool(int threads = 0, QObject *parent = nullptr);
    ~WorkerPool() override;

    // Runs work() on a worker, then done(result) on this object's thread, unless `context` is
    // gone by then.
    template<typename Work, typename Done>
    void run(QObject *context, Work work, Done done)
    {
        ++m_inFlight;
        QPointer<QObject> guard(context);
        m_pool.start([this, guard, work = std::move(work), done = std::move(done)]() mutable {
            auto result = work();
            QMetaObject::invokeMethod(
                this,
                [this, guard, done = std::move(done), result = std::move(result)]() mutable {
                    --m_inFlight;
                    if (guard)
                        done(std::move(result));
                },
                Qt::QueuedConnection);
        });
    }
    // Work handed out whose result has not come back yet.
    int inFlight() const { return m_inFlight; }

private:
    QThreadPool m_pool;
    int m_inFlight = 0;
};

} // namespace atrium::server
