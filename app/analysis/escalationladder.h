#pragma once

#include "result.h"
#include "vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

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
    };

    // What the user may do next, and from when.
    struct Advice
    {
        QString routeId;
        QString fromStep;
        QString toStep;
        QString toName;
        QDate earliest;       // the first day the step may be taken
        bool dependsOnEarlierStep = false; // counted from the earliest date of the step before
        QString needs;
        QString timeLimit;
        QString source;
        QString uncertain;
        QString ruleChange;   // set when a newer version of the rule starts before `earliest`
        QDate inForceFrom;    // invalid: no known start
        QDate inForceUntil;   // invalid: still in force

        // "You may escalate to X from DATE; you will need …"
        QString sentence() const;
    };

    static Result<EscalationLadder> forJurisdiction(Jurisdiction jurisdiction, const QString &language = {});
    static Result<EscalationLadder> fromJson(const QByteArray &json, const QString &origin, const QString &language = {});
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
        QString source;
        QString uncertain;
        QDate from;
        QDate until;

        bool inForceOn(const QDate &day) const
        {
            return (!from.isValid() || day >= from) && (!until.isValid() || day <= until);
        }
        QDate earliestFrom(const QDate &start) const;
    };

    QString stepName(const QString &id) const;
    Advice adviceFor(const Route &route, const QDate &start, const QDate &earliest, bool chained) const;

    QString m_jurisdiction;
    QString m_name;
    QString m_countingNote;
    QList<Step> m_steps;
    QList<Route> m_routes;
};

} // namespace plaint
