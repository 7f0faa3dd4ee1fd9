#pragma once

#include <QElapsedTimer>
#include <QString>

namespace plaint {

// The clock of a call being logged: how long since the user dialled, and of
// that, how long they were kept on hold (the toggle is pressed when put on
// hold and again when a person answers; the spells add up).
class CallClock final
{
public:
    void start();
    void stop();
    bool isRunning() const { return m_clock.isValid(); }

    void setOnHold(bool onHold);
    bool isOnHold() const { return m_holdStarted >= 0; }
    // Whether the hold toggle was used at all: without it, the time on hold is not recorded.
    bool holdRecorded() const { return m_holdUsed; }

    qint64 elapsedMs() const;
    qint64 holdMs() const;

    // "4:05", "37:12", "1:02:03".
    static QString text(qint64 seconds);

private:
    QElapsedTimer m_clock;
    qint64 m_holdStarted = -1; // ms on m_clock when the current spell on hold began
    qint64 m_holdDone = 0;     // ms of the earlier spells
    bool m_holdUsed = false;
};

} // namespace plaint
