#include "command.h"

#include "caseanalysis.h"
#include "cli.h"
#include "escalationladder.h"
#include "format.h"
#include "recordjson.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace plaint::cli {

namespace {

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue timeOrNull(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(json::timeText(when)) : QJsonValue();
}

QJsonObject referralJson(const CaseAnalysis::Referral &r)
{
    return {{u"event_id"_s, r.eventId}, {u"at"_s, timeOrNull(r.at)}, {u"from"_s, r.from}, {u"to"_s, r.to},
            {u"phrase"_s, r.phrase}, {u"request"_s, r.request.isEmpty() ? QJsonValue() : QJsonValue(r.request)},
            {u"back_to_tried"_s, r.backToTried}};
}

} // namespace

// plaint analyse --case ID [--final-answer DATE] [--as-of TIME] [--json]:
// contacts, time lost, promises, agents, runarounds and where to go next.
int analyseCommand(Command &command)
{
    if (!command.parse({{u"case"_s, Command::tr("The case."), u"ID"_s},
                        {u"final-answer"_s, Command::tr("The day the company gave a final answer you do not accept (a deadlock letter)."), u"DATE"_s},
                        {u"as-of"_s, Command::tr("Judge overdue and elapsed days at this time instead of now."), u"TIME"_s},
                        {u"json"_s, Command::tr("Print JSON.")}})
        || !command.required({u"case"_s}))
        return ExitCode::BadInput;
    auto caseId = command.id(u"case"_s);
    if (!caseId)
        return command.fail(caseId.error());
    const auto asOf = command.asOf();
    if (!asOf)
        return command.fail(asOf.error());
    const QDateTime now = *asOf;
    QDate finalAnswer;
    if (command.isSet(u"final-answer"_s)) {
        auto answered = command.dateTime(u"final-answer"_s);
        if (!answered)
            return command.fail(answered.error());
        finalAnswer = answered->date();
    }
    const auto loaded = command.caseWithTimeline(*caseId);
    if (!loaded)
        return ExitCode::BadInput;
    const Case *c = &loaded->info;
    const QList<Event> *events = &loaded->events;

    const CaseAnalysis a = CaseAnalysis::of(*events, now);
    // The event marked as the company's final answer, unless the command line says otherwise.
    if (!finalAnswer.isValid())
        finalAnswer = a.finalAnswerDay();
    // No ladder for a jurisdiction is not an error: the analysis still stands.
    auto ladder = EscalationLadder::forJurisdiction(c->jurisdiction);
    QList<EscalationLadder::Advice> advice;
    if (ladder && a.firstComplaint.isValid())
        advice = ladder->advise(a.complaintDay(), finalAnswer);
    const EscalationLadder::Plan plan = EscalationLadder::plan(advice);
    const QString noLadder = ladder ? QString() : ladder.error();

    if (command.isSet(u"json"_s)) {
        QJsonObject byChannel;
        for (auto it = a.contactsByChannel.cbegin(); it != a.contactsByChannel.cend(); ++it)
            byChannel.insert(toString(it.key()), it.value());
        QJsonArray agents;
        for (auto it = a.agents.cbegin(); it != a.agents.cend(); ++it)
            agents.append(QJsonObject{{u"agent"_s, it.key()}, {u"events"_s, it.value()}});
        QJsonArray referrals;
        for (const CaseAnalysis::Referral &r : a.referrals)
            referrals.append(referralJson(r));
        QJsonArray runarounds;
        for (const CaseAnalysis::Runaround &r : a.runarounds) {
            QJsonArray ids;
            QJsonArray steps;
            for (const CaseAnalysis::Referral &ref : r.referrals) {
                ids.append(ref.eventId);
                steps.append(referralJson(ref));
            }
            runarounds.append(QJsonObject{{u"referral_count"_s, qint64(r.referrals.size())},
                                          {u"loops_back"_s, r.loopsBack},
                                          {u"request"_s, r.request.isEmpty() ? QJsonValue() : QJsonValue(r.request)},
                                          {u"event_ids"_s, ids},
                                          {u"referrals"_s, steps}});
        }
        QJsonArray steps;
        for (const EscalationLadder::Advice &s : advice) {
            QJsonArray limits;
            for (const EscalationLadder::TimeLimit &l : s.timeLimitDates)
                limits.append(QJsonObject{{u"what"_s, l.what}, {u"by"_s, dateOrNull(l.by)}, {u"counted_from"_s, l.countedFrom}});
            steps.append(QJsonObject{{u"route"_s, s.routeId},
                                     {u"next"_s, plan.next && plan.next->routeId == s.routeId},
                                     {u"opened_by_final_answer"_s, s.openedByFinalAnswer},
                                     {u"time_limit_dates"_s, limits},
                                     {u"warning"_s, s.warning},
                                     {u"rule_change_earliest"_s, dateOrNull(s.ruleChangeEarliest)},
                                     {u"last_day_off_earliest"_s, dateOrNull(s.lastDayOffEarliest)},
                                     {u"notes"_s, QJsonArray::fromStringList(s.notes())},
                                     {u"from"_s, s.fromStep},
                                     {u"to"_s, s.toStep},
                                     {u"name"_s, s.toName},
                                     {u"earliest"_s, dateOrNull(s.earliest)},
                                     {u"after_earlier_step"_s, s.dependsOnEarlierStep},
                                     {u"needs"_s, s.needs},
                                     {u"time_limit"_s, s.timeLimit},
                                     {u"source"_s, s.source},
                                     {u"uncertain"_s, s.uncertain},
                                     {u"rule_change"_s, s.ruleChange},
                                     {u"in_force_from"_s, dateOrNull(s.inForceFrom)},
                                     {u"in_force_until"_s, dateOrNull(s.inForceUntil)}});
        }
        command.printJson(
            {{u"case_id"_s, *caseId},
             {u"jurisdiction"_s, toString(c->jurisdiction)},
             {u"as_of"_s, json::timeText(now)},
             {u"contacts"_s, QJsonObject{{u"total"_s, a.contacts}, {u"by_channel"_s, byChannel}}},
             {u"calls"_s, QJsonObject{{u"count"_s, a.calls}, {u"seconds"_s, a.callSeconds},
                                      {u"without_duration"_s, a.callsWithoutDuration}}},
             {u"hold_seconds"_s, a.holdTimeRecorded ? QJsonValue(a.holdSeconds) : QJsonValue()},
             {u"calls_with_hold"_s, a.callsWithHold},
             {u"travel_seconds"_s, a.travelTimeRecorded ? QJsonValue(a.travelSeconds) : QJsonValue()},
             {u"events_with_travel"_s, a.eventsWithTravel},
             {u"final_answer"_s, timeOrNull(a.finalAnswer)},
             {u"store_visits"_s, QJsonObject{{u"count"_s, a.storeVisits}, {u"seconds"_s, a.storeVisitSeconds},
                                             {u"without_duration"_s, a.storeVisitsWithoutDuration}}},
             {u"first_contact"_s, timeOrNull(a.firstContact)},
             {u"last_contact"_s, timeOrNull(a.lastContact)},
             {u"first_complaint"_s, timeOrNull(a.firstComplaint)},
             {u"days_since_first_contact"_s, a.daysSinceFirstContact >= 0 ? QJsonValue(a.daysSinceFirstContact) : QJsonValue()},
             {u"promises"_s, QJsonObject{{u"made"_s, a.promisesMade}, {u"kept"_s, a.promisesKept},
                                         {u"broken"_s, a.promisesBroken}, {u"pending"_s, a.promisesPending},
                                         {u"overdue"_s, a.promisesOverdue}, {u"without_date"_s, a.promisesWithoutDate}}},
             {u"agents"_s, agents},
             {u"referrals"_s, referrals},
             {u"runarounds"_s, runarounds},
             {u"runaround_referrals"_s, a.runaroundReferrals},
             {u"escalation"_s, QJsonObject{{u"ladder"_s, ladder ? ladder->name() : QString()},
                                           {u"note"_s, ladder ? ladder->countingNote() : noLadder},
                                           {u"next"_s, plan.next ? QJsonValue(plan.next->routeId) : QJsonValue()},
                                           {u"final_answer"_s, dateOrNull(finalAnswer)},
                                           {u"steps"_s, steps}}}});
        return ExitCode::Success;
    }

    command.print(Command::tr("Case %1: %2 (%3)").arg(c->id).arg(c->title, jurisdictionForPeople(c->jurisdiction)));
    QStringList channels;
    for (auto it = a.contactsByChannel.cbegin(); it != a.contactsByChannel.cend(); ++it)
        channels << Command::tr("%1 %L2", "a channel and how many contacts went through it")
                        .arg(channelForPeople(it.key()))
                        .arg(it.value());
    command.print(Command::tr("Contacts: %L1 (%2)").arg(a.contacts).arg(channels.join(Command::tr(", ", "between items of a list"))));
    command.print(Command::tr("Time on calls: %1 in %2 call(s); %3 without a recorded duration.")
                      .arg(durationForPeople(a.callSeconds))
                      .arg(a.calls)
                      .arg(a.callsWithoutDuration));
    if (a.holdTimeRecorded)
        command.print(Command::tr("Time on hold (part of the call time): %1, recorded for %2 of %3 call(s).")
                          .arg(durationForPeople(a.holdSeconds))
                          .arg(a.callsWithHold)
                          .arg(a.calls));
    else
        command.print(Command::tr("Time on hold: not recorded."));
    command.print(Command::tr("Store visits: %1, recorded time %2, %3 without a recorded duration.")
                      .arg(a.storeVisits)
                      .arg(durationForPeople(a.storeVisitSeconds))
                      .arg(a.storeVisitsWithoutDuration));
    if (a.travelTimeRecorded)
        command.print(Command::tr("Time travelling: %1, recorded for %2 event(s).")
                          .arg(durationForPeople(a.travelSeconds))
                          .arg(a.eventsWithTravel));
    else
        command.print(Command::tr("Time travelling: not recorded (it counts only where you included it in a visit's duration)."));
    if (a.daysSinceFirstContact >= 0)
        command.print(Command::tr("Days since first contact: %1 (first contact %2).")
                          .arg(a.daysSinceFirstContact)
                          .arg(timeForPeople(a.firstContact)));
    command.print(Command::tr("Promises: %1 made, %2 kept, %3 broken, %4 pending, of which %5 OVERDUE.")
                      .arg(a.promisesMade)
                      .arg(a.promisesKept)
                      .arg(a.promisesBroken)
                      .arg(a.promisesPending)
                      .arg(a.promisesOverdue));
    if (!a.agents.isEmpty())
        command.print(Command::tr("Agents involved: %1").arg(QStringList(a.agents.keys()).join(u", "_s)));
    if (a.runarounds.isEmpty()) {
        command.print(Command::tr("Runaround: none found (%1 referral(s)).").arg(a.referrals.size()));
    } else {
        command.print(Command::tr("Runaround: %1 referral(s) in %2 runaround(s).").arg(a.runaroundReferrals).arg(a.runarounds.size()));
        for (const CaseAnalysis::Runaround &r : a.runarounds) {
            if (!r.request.isEmpty())
                command.print(u"  "_s + Command::tr("request %1:").arg(r.request));
            for (const CaseAnalysis::Referral &ref : r.referrals) {
                const QString back = ref.backToTried ? Command::tr(" (back to a place already tried)") : QString();
                command.print(u"    "_s + Command::tr("event #%1 %2: %3 → %4%5 “%6”")
                                             .arg(ref.eventId)
                                             .arg(timeForPeople(ref.at), placeForPeople(ref.from),
                                                 placeForPeople(ref.to), back, ref.phrase));
            }
        }
    }
    if (!ladder) {
        command.print(noLadder);
    } else if (advice.isEmpty()) {
        command.print(Command::tr("Escalation: no contact with the company recorded yet, or no rule in force on that date."));
    } else {
        command.print(Command::tr("Escalation (%1), counting from your first complaint on %2:")
                          .arg(ladder->name(), timeForPeople(a.firstComplaint)));
        if (finalAnswer.isValid())
            command.print(u"  "_s + Command::tr("The company's final answer: %1.").arg(finalAnswer.toString(Qt::ISODate)));
        // The next step first, then the others open now, then those that wait on it.
        QList<EscalationLadder::Advice> ordered;
        if (plan.next)
            ordered << *plan.next;
        ordered << plan.alsoOpen << plan.afterNext;
        for (const EscalationLadder::Advice &s : advice) {
            if (std::none_of(ordered.cbegin(), ordered.cend(), [&](const auto &o) { return o.routeId == s.routeId; }))
                ordered << s;
        }
        for (const EscalationLadder::Advice &s : std::as_const(ordered)) {
            if (plan.next && s.routeId == plan.next->routeId)
                command.print(u"  * "_s + Command::tr("Next: %1").arg(s.sentence()));
            else if (s.dependsOnEarlierStep)
                command.print(u"  - "_s + Command::tr("After %1: %2, %3 day(s) after you have taken that step; you will need: %4")
                                              .arg(s.fromName, s.toName)
                                              .arg(s.waitDays + (s.dayAfter ? 1 : 0))
                                              .arg(s.needs));
            else
                command.print(u"  - "_s + s.sentence());
            for (const QString &note : s.notes())
                command.print(u"    "_s + note);
            command.print(u"    "_s + Command::tr("Source: %1").arg(s.source));
            if (!s.uncertain.isEmpty())
                command.print(u"    "_s + Command::tr("Uncertain: %1").arg(s.uncertain));
        }
    }
    return ExitCode::Success;
}

} // namespace plaint::cli
