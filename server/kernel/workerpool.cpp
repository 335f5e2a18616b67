#include "workerpool.h"

#include <QThread>

#include <algorithm>

namespace atrium::server {

WorkerPool::WorkerPool(int threads, QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(threads > 0 ? threads : std::clamp(QThread::idealThreadCount() - 1, 1, 4));
}

WorkerPool::~WorkerPool()
{
    m_pool.waitForDone(); // what is still running finishes; its results are not delivered
}

} // namespace atrium::server
