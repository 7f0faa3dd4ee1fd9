#pragma once

#include "businesscalendar.h"
#include "result.h"
#include "vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace plaint {

// The steps a consumer climbs when a company does not put things right, per
// jurisdiction: the company, its complaint department, a regulator or
// consumer body, a court. The rules (how long each step must be given, what
// the next one needs) come from resources/escalation/<JURISDICTION>.json,
// where each rule carries the dates it is in force and its source. A rule
// that changed (the UK's 8 weeks before ADR became 6 on 8 April 2026) is two
// rules with adjoining dates; the one in force on the day the complaint was
// made applies.
class EscalationLadder final
{
    Q_DECLARE_TR_FUNCTIONS(EscalationLadder)

public:
    struct Step
    {
        QString id;
        QString name;
        bool internal = false; // the company's own (its complaint department), not a step beyond it
    };

    // A time limit with a date: "appeal by 2026-08-02 (billing disputes)".
    struct TimeLimit
    {
        QString what;  // what it is for, in the ladder's language ("billing disputes")
        QDate by;      // the last day
        QString countedFrom; // "complaint" or "final_answer"
    };

    // What the user may do next, and from when.
    struct Advice
    {
        QString routeId;
        QString fromStep;
        QString toStep;
        QString toName;
        QString fromName;     // the step this one follows
        int order = 0;        // the step's place in the ladder, lowest first
        bool internalStep = false;
        QDate earliest;       // the first day the step may be taken
        // Counted from the earliest date of the step before, which the user
        // has to take first: the real date is waitDays after they do.
        bool dependsOnEarlierStep = false;
        int waitDays = 0;
        bool dayAfter = false; // the waiting period's days start the day after
        bool openedByFinalAnswer = false; // the company's final answer opened it before the waiting period ended
        QString needs;
        QString timeLimit;
        QList<TimeLimit> timeLimitDates; // the dates the time limit gives, where Plaint can count them
        QString source;
        QString uncertain;
        QString warning;      // what taking (or not taking) this step closes off, with its source
        QString ruleChange;   // set when a newer version of the rule starts before `earliest`
        QDate ruleChangeFrom; // that newer rule's first day
        QDate ruleChangeEarliest; // the day the step would open under it
        // The waiting period's last day is a day off: under a rule like China's
        // Civil Code art. 203 the period would end on the next working day.
        // Plaint does not apply it when it is uncertain whether it applies;
        // it says so, with the date it would give.
        QString lastDayOffNote;
        QDate lastDayOffEarliest;
        QDate inForceFrom;    // invalid: no known start
        QDate inForceUntil;   // invalid: still in force

        // "You may escalate to X from DATE; you will need …"
        QString sentence() const;
        // What else the user should know, in plain words, most important
        // first: a newer rule, the final answer, a day off at the end of the
        // period, the dates to act by, what it closes off. Without the
        // uncertainty note, which is `uncertain`.
        QStringList notes() const;
    };

    // What to do next, from the advice for a complaint.
    struct Plan
    {
        // The step to take next: the lowest step beyond the company that
        // does not wait on another step of the ladder (so the free FCC
        // informal complaint, open today, comes before the formal one that
        // waits 30 days on it; the 12300 appeal before 12315, which would close it).
        std::optional<Advice> next;
        QList<Advice> alsoOpen;  // other steps that wait on no other step, in the ladder's order
        QList<Advice> afterNext; // steps that wait on the next one: counted from when the user takes it
    };
    static Plan plan(const QList<Advice> &advice);

    static Result<EscalationLadder> forJurisdiction(Jurisdiction jurisdiction, const QString &language = {});
    static Result<EscalationLadder> fromJson(const QByteArray &json, const QString &origin, const QString &language = {},
                                             const BusinessCalendar &calendar = {});
    // "zh_TW" for Traditional Chinese (Taiwan, Hong Kong, Macao), "zh_CN" for
    // other Chinese, "en" otherwise: from the default QLocale.
    static QString defaultLanguage();

    QString jurisdiction() const { return m_jurisdiction; }
    QString name() const { return m_name; }
    QString countingNote() const { return m_countingNote; }
    QList<Step> steps() const { return m_steps; }

    // Advice for a complaint first made to the company on `complained`;
    // `finalAnswer`, when valid, is the day the company gave a final answer
    // the user is not satisfied with (a deadlock letter), which opens some
    // steps at once.
    QList<Advice> advise(const QDate &complained, const QDate &finalAnswer = {}) const;

private:
    struct Route
    {
        QString id;
        QString after;
        QString to;
        int waitDays = 0;
        bool dayAfter = false;
        bool unlessFinalAnswer = false;
        QString needs;
        QString timeLimit;
        struct Limit
        {
            QString what;
            int months = 0;
            QString countedFrom;
        };
        QList<Limit> limits;
        QString source;
        QString uncertain;
        QString warning;
        QString lastDayOffNote; // set: the rule on a period ending on a day off is worth a word
        QDate from;
        QDate until;

        bool inForceOn(const QDate &day) const
        {
            return (!from.isValid() || day >= from) && (!until.isValid() || day <= until);
        }
        QDate earliestFrom(const QDate &start) const;
    };

    QString stepName(const QString &id) const;
    const Step *step(const QString &id) const;
    Advice adviceFor(const Route &route, const QDate &start, const QDate &earliest, bool chained) const;
    void addDates(Advice &a, const Route &route, const QDate &start, const QDate &complained, const QDate &finalAnswer) const;

    QString m_jurisdiction;
    QString m_name;
    QString m_countingNote;
    QList<Step> m_steps;
    QList<Route> m_routes;
    BusinessCalendar m_calendar;
};

} // namespace plaint
