#pragma once

#include "vocabulary.h"

#include <QDate>
#include <QList>
#include <QString>

namespace plaint {

// What the timeline shows: every condition given must hold.
struct EventFilter
{
    QList<Channel> channels;    // empty: every channel
    QString agentCode;          // empty: any agent
    bool onlyWithPromises = false;
    QDate from;                 // inclusive, on the clock the user was on at the time
    QDate to;                   // inclusive
    QString text;               // full-text search; empty: no search

    bool isEmpty() const
    {
        return channels.isEmpty() && agentCode.isEmpty() && !onlyWithPromises && !from.isValid() && !to.isValid()
            && text.trimmed().isEmpty();
    }
};

} // namespace plaint
