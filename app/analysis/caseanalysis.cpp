#include "caseanalysis.h"

#include "deadlinecalculator.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace plaint {

QList<qint64> CaseAnalysis::Runaround::eventIds() const
{
    QList<qint64> ids;
    for (const Referral &r : referrals)
        ids << r.eventId;
    return ids;
}

CaseAnalysis CaseAnalysis::of(const QList<Event> &input, const QDateTime &now)
{
    QList<Event> events = input;
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.occurred < b.occurred; });

    CaseAnalysis a;
    const ReferralDetector detector;
    QSet<QString> tried; // places the user was at or sent to in the current chain
    QList<Referral> chain;
    auto closeChain = [&] {
        const bool loops = std::any_of(chain.cbegin(), chain.cend(), [](const Referral &r) { return r.backToTried; });
        if (chain.size() >= 2 || loops) {
            a.runarounds << Runaround{chain, loops};
            a.runaroundReferrals += int(chain.size());
        }
        chain.clear();
        tried.clear();
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
        if (e.channel == Channel::Note)
            continue; // the user's own notes are not contacts

        ++a.contacts;
        ++a.contactsByChannel[e.channel];
        if (!a.firstContact.isValid())
            a.firstContact = e.occurred;
        a.lastContact = e.occurred;
        if (!a.firstComplaint.isValid() && e.direction == Direction::Outgoing)
            a.firstComplaint = e.occurred;
        if (e.channel == Channel::Phone) {
            ++a.calls;
            if (e.durationSeconds >= 0)
                a.callSeconds += e.durationSeconds;
            else
                ++a.callsWithoutDuration;
        } else if (e.channel == Channel::Store) {
            ++a.storeVisits;
            if (e.durationSeconds >= 0)
                a.storeVisitSeconds += e.durationSeconds;
            else
                ++a.storeVisitsWithoutDuration;
        }

        const QString place = ReferralDetector::placeOf(e.channel);
        const QString words = QStringList{e.summary, e.quotes.join(u'\n'), e.outcome}.join(u'\n');
        const auto found = detector.detect(words);
        if (found && found->target != place) {
            tried.insert(place);
            Referral r{e.id, e.occurred, place, found->target, found->phrase, tried.contains(found->target)};
            tried.insert(found->target);
            a.referrals << r;
            chain << r;
        } else {
            closeChain(); // this contact did not send the user on
        }
    }
    closeChain();

    if (a.firstContact.isValid() && now.isValid()) {
        const QDateTime first = DeadlineCalculator::withOffset(a.firstContact);
        a.daysSinceFirstContact = first.date().daysTo(now.toOffsetFromUtc(first.offsetFromUtc()).date());
    }
    return a;
}

} // namespace plaint
