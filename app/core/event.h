#pragma once

#include "attachment.h"
#include "promise.h"
#include "vocabulary.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace plaint {

// One row of the timeline: a call, a visit, a message, a letter or a note.
struct Event
{
    qint64 id = 0;
    qint64 caseId = 0;
    QDateTime occurred;     // an instant that also carries the UTC offset the user was in
    Channel channel = Channel::Note;
    Direction direction = Direction::Outgoing;
    qint64 durationSeconds = -1; // -1: not recorded
    qint64 holdSeconds = -1;     // of the duration, the time kept on hold; -1: not recorded
    qint64 travelSeconds = -1;   // getting there and back (a visit to a shop); -1: not recorded
    qint64 agentId = 0;     // in the agent registry; 0 when no agent ID was given
    QString agentCode;      // e.g. "23338"
    QString agentName;
    QString reference;      // ticket or reference number
    QString summary;
    QStringList quotes;     // verbatim words, each as said
    QString outcome;
    bool finalAnswer = false;    // the company's final answer (or deadlock letter) on the complaint
    QDateTime created;
    QDateTime updated;
    int revision = 1;
    bool trashed = false;

    // Filled by reads that ask for them.
    QList<Promise> promises;
    QList<Attachment> attachments;

    bool wasEdited() const { return revision > 1; }
};

// An earlier version of an edited record, kept when it was replaced.
struct Revision
{
    QString entity;         // "case", "event" or "promise"
    qint64 entityId = 0;
    int revision = 0;
    QDateTime replaced;     // UTC
    QString data;           // the record as it was, as JSON
};

} // namespace plaint
