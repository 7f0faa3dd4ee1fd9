#pragma once

#include "vocabulary.h"

#include <QDateTime>
#include <QString>

namespace plaint {

// Something the company's staff said they would do, with a deadline.
struct Promise
{
    qint64 id = 0;
    qint64 eventId = 0;     // the event in which it was made
    qint64 agentId = 0;     // who made it (0: not known)
    QString agentCode;
    QString text;
    QDateTime due;          // carries the UTC offset the user gave; invalid when no date was given
    PromiseStatus status = PromiseStatus::Pending;
    qint64 settledByEventId = 0;
    QDateTime created;
    QDateTime updated;
    int revision = 1;
    bool trashed = false;

    // Overdue is derived from the clock, never stored.
    bool isOverdue(const QDateTime &now) const
    {
        return status == PromiseStatus::Pending && due.isValid() && due < now;
    }

    // "overdue" when it is, else the stored status ("pending", "kept", "broken").
    QString stateName(const QDateTime &now) const
    {
        return isOverdue(now) ? QStringLiteral("overdue") : toString(status);
    }
};

} // namespace plaint
