#include "caseanalysis.h"

#include "deadlinecalculator.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace plaint {

namespace {

// A conversation: what was said to the user there was said to them, about their request.
bool isConversation(Channel channel)
{
    return channel == Channel::Phone || channel == Channel::Store || channel == Channel::Chat;
}

// One request followed through the timeline, with its chain of referrals so far.
struct Request
{
    QString reference;
    QList<CaseAnalysis::Referral> chain;
    QSet<QString> tried; // places the user was at or sent to in the current chain
};

} // namespace

QList<qint64> CaseAnalysis::Runaround::eventIds() const
{
    QList<qint64> ids;
    for (const Referral &r : referrals)
        ids << r.eventId;
    return ids;
}

QDate CaseAnalysis::complaintDay() const
{
    return DeadlineCalculator::withOffset(firstComplaint).date();
}

QDate CaseAnalysis::finalAnswerDay() const
{
    return finalAnswer.isValid() ? DeadlineCalculator::withOffset(finalAnswer).date() : QDate();
}

CaseAnalysis CaseAnalysis::of(const QList<Event> &input, const QDateTime &now)
{
    QList<Event> events = input;
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.occurred < b.occurred; });

    CaseAnalysis a;
    const ReferralDetector detector;
    QList<Request> requests{Request{}};
    QHash<QString, qsizetype> requestOf; // reference → index in requests
    qsizetype current = 0;
    auto closeChain = [&](Request &request) {
        const bool loops = std::any_of(request.chain.cbegin(), request.chain.cend(), [](const Referral &r) { return r.backToTried; });
        if (request.chain.size() >= 2 || loops) {
            for (Referral &r : request.chain)
                r.request = request.reference; // a reference given late names the whole chain
            a.runarounds << Runaround{request.chain, loops, request.reference};
            a.runaroundReferrals += int(request.chain.size());
        }
        request.chain.clear();
        request.tried.clear();
    };

    for (const Event &e : std::as_const(events)) {
        if (e.trashed)
            continue;
        for (const Promise &p : e.promises) {
            if (p.trashed)
                continue;
            ++a.promisesMade;
            if (p.status == PromiseStatus::Kept)
                ++a.promisesKept;
            else if (p.status == PromiseStatus::Broken)
                ++a.promisesBroken;
            else
                ++a.promisesPending;
            if (p.isOverdue(now))
                ++a.promisesOverdue;
            if (p.status == PromiseStatus::Pending && !p.due.isValid())
                ++a.promisesWithoutDate;
        }
        const QString agent = e.agentCode.isEmpty() ? e.agentName : e.agentCode;
        if (!agent.isEmpty())
            ++a.agents[agent];
        if (const qint64 travel = e.travelSeconds; travel >= 0) {
            a.travelTimeRecorded = true;
            ++a.eventsWithTravel;
            a.travelSeconds += travel;
        }
        if (e.channel == Channel::Note)
            continue; // the user's own notes are not contacts

        ++a.contacts;
        ++a.contactsByChannel[e.channel];
        if (!a.firstContact.isValid())
            a.firstContact = e.occurred;
        a.lastContact = e.occurred;
        if (!a.firstComplaint.isValid() && e.direction == Direction::Outgoing)
            a.firstComplaint = e.occurred;
        if (!a.finalAnswer.isValid() && a.firstComplaint.isValid() && e.finalAnswer)
            a.finalAnswer = e.occurred;
        if (e.channel == Channel::Phone) {
            ++a.calls;
            if (e.durationSeconds >= 0)
                a.callSeconds += e.durationSeconds;
            else
                ++a.callsWithoutDuration;
            if (const qint64 hold = e.holdSeconds; hold >= 0) {
                a.holdTimeRecorded = true;
                ++a.callsWithHold;
                a.holdSeconds += hold;
            }
        } else if (e.channel == Channel::Store) {
            ++a.storeVisits;
            if (e.durationSeconds >= 0)
                a.storeVisitSeconds += e.durationSeconds;
            else
                ++a.storeVisitsWithoutDuration;
        }

        // Which request this event is about.
        if (!e.reference.isEmpty()) {
            if (const auto known = requestOf.constFind(e.reference); known != requestOf.cend()) {
                current = *known;
            } else if (requests.at(current).reference.isEmpty()) {
                requests[current].reference = e.reference;
                requestOf.insert(e.reference, current);
            } else {
                requests << Request{e.reference, {}, {}};
                current = requests.size() - 1;
                requestOf.insert(e.reference, current);
            }
        }
        Request &request = requests[current];

        const bool answered = e.direction == Direction::Outgoing || isConversation(e.channel);
        const QString place = ReferralDetector::placeOf(e.channel);
        const QString words = QStringList{e.summary, e.quotes.join(u'\n'), e.outcome}.join(u'\n');
        auto found = detector.detect(words);
        if (found && (found->target == place || (!answered && !found->firm)))
            found.reset();
        if (found) {
            request.tried.insert(place);
            Referral r{e.id, e.occurred, place, found->target, found->phrase, request.reference,
                       request.tried.contains(found->target)};
            request.tried.insert(found->target);
            a.referrals << r;
            request.chain << r;
        } else if (answered) {
            closeChain(request); // this contact did not send the user on
        }
    }
    for (Request &request : requests)
        closeChain(request);
    std::stable_sort(a.runarounds.begin(), a.runarounds.end(), [](const Runaround &x, const Runaround &y) {
        return x.referrals.first().at < y.referrals.first().at;
    });

    if (a.firstContact.isValid() && now.isValid()) {
        const QDateTime first = DeadlineCalculator::withOffset(a.firstContact);
        a.daysSinceFirstContact = first.date().daysTo(now.toOffsetFromUtc(first.offsetFromUtc()).date());
    }
    return a;
}

} // namespace plaint
