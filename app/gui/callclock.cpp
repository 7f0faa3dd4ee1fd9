#include "callclock.h"

using namespace Qt::StringLiterals;

namespace plaint {

void CallClock::start()
{
    m_clock.start();
    m_holdStarted = -1;
    m_holdDone = 0;
    m_holdUsed = false;
}

void CallClock::stop()
{
    m_clock.invalidate();
    m_holdStarted = -1;
}

void CallClock::setOnHold(bool onHold)
{
    if (!isRunning() || onHold == isOnHold())
        return;
    if (onHold) {
        m_holdStarted = m_clock.elapsed();
        m_holdUsed = true;
    } else {
        m_holdDone += m_clock.elapsed() - m_holdStarted;
        m_holdStarted = -1;
    }
}

qint64 CallClock::elapsedMs() const
{
    return isRunning() ? m_clock.elapsed() : 0;
}

qint64 CallClock::holdMs() const
{
    if (!isRunning())
        return m_holdDone;
    return m_holdDone + (isOnHold() ? m_clock.elapsed() - m_holdStarted : 0);
}

QString CallClock::text(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    if (seconds >= 3600)
        return u"%1:%2:%3"_s.arg(seconds / 3600).arg((seconds / 60) % 60, 2, 10, QChar(u'0')).arg(seconds % 60, 2, 10, QChar(u'0'));
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
}

} // namespace plaint
