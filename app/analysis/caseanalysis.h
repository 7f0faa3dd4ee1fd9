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
// - call time: the recorded durations of phone events. Time on hold is part
//   of a call's duration; where an event records it (holdSeconds), it is
//   added up on its own too, and holdTimeRecorded says whether any did.
// - store visits: store events and their recorded durations; travel there
//   and back is added up where an event records it (travelSeconds), else
//   it is "not recorded" (and counts only where the user put it in the duration).
// - final answer: the first event marked as the company's final answer
//   (or deadlock letter) on or after the first complaint; it opens some
//   escalation steps before their waiting period ends.
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
        QString request;     // the reference number of the request, when the events give one
        bool backToTried = false; // sent to a place already tried in the same runaround
    };
    // Consecutive referrals for the same request: contacts in a row, each of
    // which sent the user from one channel or department to another. Two or
    // more in a row are a runaround; one referral that the user followed,
    // after which the next contact did not send them on, is not. loopsBack
    // marks a runaround that sent the user back to a place already tried in
    // it, its usual signature.
    //
    // What counts as a referral: an event in which the company told the
    // user to go elsewhere, i.e. the user's own contact (outgoing) or a
    // conversation (a call, a visit, a chat), where "请您到营业厅办理" or
    // "please call the hotline" is enough; a message the company sent out
    // (an SMS, an e-mail, a letter) counts only with firm words ("只能",
    // "can only be done in a shop"), and boilerplate never does (see
    // ReferralDetector).
    //
    // What breaks a chain: a contact about the same request, from the user
    // or in a conversation, that did not send them on. A message the company
    // sent out without a referral ("your complaint has been received") does
    // not break it, nor do the user's notes.
    //
    // What "the same request" means: the events say it with their reference
    // (ticket) numbers. Events without a reference belong to the request of
    // the event before them (a case starts as one request). A reference
    // seen for the first time names the request in progress if it had none
    // yet (the hotline gives a ticket number after the shop and the app sent
    // the user on), else starts a new request; a reference seen before goes
    // back to its request. Each request has its own chain, so two requests
    // interleaved in one case are two runarounds, or none.
    struct Runaround
    {
        QList<Referral> referrals;
        bool loopsBack = false;
        QString request;      // its reference number, empty when none was given
        QList<qint64> eventIds() const;
    };

    QMap<Channel, int> contactsByChannel;
    int contacts = 0;
    int calls = 0;
    int callsWithoutDuration = 0;
    qint64 callSeconds = 0;
    bool holdTimeRecorded = false;
    int callsWithHold = 0;      // calls that record their hold time
    qint64 holdSeconds = 0;     // of callSeconds, the time on hold, over those calls
    int storeVisits = 0;
    int storeVisitsWithoutDuration = 0;
    qint64 storeVisitSeconds = 0;
    bool travelTimeRecorded = false;
    int eventsWithTravel = 0;   // events that record the time travelling there and back
    qint64 travelSeconds = 0;
    QDateTime firstContact;
    QDateTime lastContact;
    QDateTime firstComplaint;   // the first time the user got in touch with the company
    QDateTime finalAnswer;      // the company's final answer (deadlock letter), when an event says so
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

    // The days the escalation ladder counts from, on the clock of the event.
    QDate complaintDay() const;
    QDate finalAnswerDay() const;
};

} // namespace plaint
