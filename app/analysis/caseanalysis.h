#pragma once

#include "event.h"
#include "referraldetector.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace plaint {

// What a case's timeline adds up to, for the case overview and the dossier:
// how often and how the user had to get in touch, the time it cost, the
// promises and what became of them, and the runaround.
//
// What is counted, and what is not:
// - contacts: live events other than the user's own notes, by channel.
// - call time: the recorded durations of phone events. Plaint has no
//   separate hold-time field, so time on hold is inside call time and is not
//   reported on its own (holdTimeRecorded is always false).
// - store visits: store events and their recorded durations. Plaint has no
//   travel field; travel counts only when the user put it in the duration.
// - runaround: see Runaround.
struct CaseAnalysis
{
    // The company sending the user elsewhere, found in an event's words.
    struct Referral
    {
        qint64 eventId = 0;
        QDateTime at;
        QString from;        // where the user was: "hotline", "store", "app", ...
        QString to;          // where they were sent
        QString phrase;
        bool backToTried = false; // sent to a place already tried in the same runaround
    };
    // Consecutive referrals for the same request: contacts in a row, each of
    // which sent the user somewhere else. Two or more in a row are a
    // runaround; one referral that the user followed, after which the next
    // contact did not send them on, is not. loopsBack marks a runaround that
    // sent the user back to a place already tried in it, its usual signature.
    // Plaint cannot tell requests apart, so a case is taken as one request.
    struct Runaround
    {
        QList<Referral> referrals;
        bool loopsBack = false;
        QList<qint64> eventIds() const;
    };

    QMap<Channel, int> contactsByChannel;
    int contacts = 0;
    int calls = 0;
    int callsWithoutDuration = 0;
    qint64 callSeconds = 0;
    bool holdTimeRecorded = false;
    int storeVisits = 0;
    int storeVisitsWithoutDuration = 0;
    qint64 storeVisitSeconds = 0;
    QDateTime firstContact;
    QDateTime lastContact;
    QDateTime firstComplaint;   // the first time the user got in touch with the company
    qint64 daysSinceFirstContact = -1;

    int promisesMade = 0;
    int promisesKept = 0;
    int promisesBroken = 0;
    int promisesPending = 0;    // including the overdue ones
    int promisesOverdue = 0;
    int promisesWithoutDate = 0;

    QMap<QString, int> agents;  // agent ID (or name when no ID was given) → events

    QList<Referral> referrals;
    QList<Runaround> runarounds;
    int runaroundReferrals = 0; // referrals inside runarounds

    // `events` are the case's live timeline with their promises, in any order.
    static CaseAnalysis of(const QList<Event> &events, const QDateTime &now);
};

} // namespace plaint
