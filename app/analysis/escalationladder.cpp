#include "escalationladder.h"

#include "deadlinecalculator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace plaint {

namespace {

// A text in the user's language, falling back to English.
QString localized(const QJsonValue &value, const QString &language)
{
    if (value.isString())
        return value.toString();
    const QJsonObject texts = value.toObject();
    QString text = texts.value(language).toString();
    // Traditional Chinese missing: Simplified is still Chinese to its reader.
    if (text.isEmpty() && language.startsWith(u"zh"))
        text = texts.value(u"zh_CN"_s).toString();
    return text.isEmpty() ? texts.value(u"en"_s).toString() : text;
}

QDate dateOrNull(const QJsonValue &value)
{
    return value.isString() ? QDate::fromString(value.toString(), Qt::ISODate) : QDate();
}

QString isoDate(const QDate &date)
{
    return QLocale::c().toString(date, u"yyyy-MM-dd"_s);
}

} // namespace

QString EscalationLadder::Advice::sentence() const
{
    return tr("You may escalate to %1 from %2; you will need: %3")
        .arg(toName, QLocale::c().toString(earliest, u"yyyy-MM-dd"_s), needs);
}

QStringList EscalationLadder::Advice::notes() const
{
    QStringList notes;
    if (!ruleChange.isEmpty())
        notes << ruleChange;
    if (openedByFinalAnswer)
        notes << tr("It is open from %1 because the company gave its final answer that day.").arg(isoDate(earliest));
    if (lastDayOffEarliest.isValid())
        notes << tr("The waiting period's last day, %1, is not a working day. If a period that ends on a day off runs on "
                    "to the next working day here, this step opens on %2 instead. %3")
                     .arg(isoDate(earliest.addDays(-1)), isoDate(lastDayOffEarliest), lastDayOffNote);
    bool fromComplaint = false;
    for (const TimeLimit &limit : timeLimitDates) {
        notes << tr("Time limit: act by %1 (%2).").arg(isoDate(limit.by), limit.what);
        fromComplaint = fromComplaint || limit.countedFrom == u"complaint";
    }
    if (fromComplaint)
        notes << tr("Those dates are counted from your first complaint; if what you complain about happened earlier, "
                    "count from that day, and act earlier.");
    if (timeLimitDates.isEmpty() && !timeLimit.isEmpty())
        notes << tr("Time limit: %1").arg(timeLimit);
    if (!warning.isEmpty())
        notes << warning;
    return notes;
}

EscalationLadder::Plan EscalationLadder::plan(const QList<Advice> &advice)
{
    Plan plan;
    QList<Advice> free;
    for (const Advice &a : advice) {
        if (!a.dependsOnEarlierStep)
            free << a;
    }
    std::stable_sort(free.begin(), free.end(), [](const Advice &a, const Advice &b) { return a.order < b.order; });
    for (const Advice &a : std::as_const(free)) {
        if (!a.internalStep) {
            plan.next = a;
            break;
        }
    }
    if (!plan.next && !free.isEmpty())
        plan.next = free.first();
    if (!plan.next && !advice.isEmpty())
        plan.next = advice.first();
    if (!plan.next)
        return plan;
    for (const Advice &a : std::as_const(free)) {
        if (a.routeId != plan.next->routeId)
            plan.alsoOpen << a;
    }
    for (const Advice &a : advice) {
        if (a.dependsOnEarlierStep && a.fromStep == plan.next->toStep)
            plan.afterNext << a;
    }
    return plan;
}

QString EscalationLadder::defaultLanguage()
{
    const QLocale locale;
    if (locale.language() != QLocale::Chinese)
        return u"en"_s;
    const bool traditional = locale.script() == QLocale::TraditionalHanScript
        || (locale.script() != QLocale::SimplifiedHanScript
            && (locale.territory() == QLocale::Taiwan || locale.territory() == QLocale::HongKong
                || locale.territory() == QLocale::Macao));
    return traditional ? u"zh_TW"_s : u"zh_CN"_s;
}

Result<EscalationLadder> EscalationLadder::forJurisdiction(Jurisdiction jurisdiction, const QString &language)
{
    const QString code = toString(jurisdiction);
    QFile file(u":/plaint/escalation/"_s + code + u".json"_s);
    if (!file.exists())
        return Result<EscalationLadder>::failure(
            tr("Plaint has no escalation rules for the jurisdiction \"%1\" yet.").arg(code));
    if (!file.open(QIODevice::ReadOnly))
        return Result<EscalationLadder>::failure(tr("Cannot read the escalation rules for %1.").arg(code));
    // The ladder's periods may end on a day off: it needs the same calendar as the deadlines.
    auto calendar = BusinessCalendar::forJurisdiction(jurisdiction);
    if (!calendar)
        return Result<EscalationLadder>::failure(calendar.error());
    return fromJson(file.readAll(), file.fileName(), language, *calendar);
}

Result<EscalationLadder> EscalationLadder::fromJson(const QByteArray &json, const QString &origin, const QString &language,
                                                    const BusinessCalendar &calendar)
{
    const QString lang = language.isEmpty() ? defaultLanguage() : language;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        return Result<EscalationLadder>::failure(
            tr("The escalation rules in %1 are damaged: %2").arg(origin, error.errorString()));
    const QJsonObject root = document.object();
    EscalationLadder ladder;
    ladder.m_calendar = calendar;
    ladder.m_jurisdiction = root.value(u"jurisdiction"_s).toString();
    ladder.m_name = localized(root.value(u"name"_s), lang);
    ladder.m_countingNote = localized(root.value(u"counting_note"_s), lang);
    for (const QJsonValue &value : root.value(u"steps"_s).toArray()) {
        const QJsonObject step = value.toObject();
        ladder.m_steps << Step{step.value(u"id"_s).toString(), localized(step.value(u"name"_s), lang),
                               step.value(u"internal"_s).toBool()};
    }
    for (const QJsonValue &value : root.value(u"routes"_s).toArray()) {
        const QJsonObject o = value.toObject();
        Route r;
        r.id = o.value(u"id"_s).toString();
        r.after = o.value(u"after"_s).toString();
        r.to = o.value(u"to"_s).toString();
        r.waitDays = o.value(u"wait_days"_s).toInt(-1);
        r.dayAfter = o.value(u"counting"_s).toString() == u"day_after";
        r.unlessFinalAnswer = o.value(u"unless_final_answer"_s).toBool();
        r.needs = localized(o.value(u"needs"_s), lang);
        r.timeLimit = localized(o.value(u"time_limit"_s), lang);
        r.source = o.value(u"source"_s).toString();
        r.uncertain = localized(o.value(u"uncertain"_s), lang);
        r.warning = localized(o.value(u"warning"_s), lang);
        r.lastDayOffNote = localized(o.value(u"last_day_off"_s), lang);
        bool limitsOk = true;
        for (const QJsonValue &limit : o.value(u"time_limits"_s).toArray()) {
            const QJsonObject l = limit.toObject();
            Route::Limit parsed{localized(l.value(u"what"_s), lang), l.value(u"months"_s).toInt(), l.value(u"counted_from"_s).toString()};
            limitsOk = limitsOk && parsed.months > 0
                && (parsed.countedFrom == u"complaint" || parsed.countedFrom == u"final_answer");
            r.limits << parsed;
        }
        r.from = dateOrNull(o.value(u"in_force_from"_s));
        r.until = dateOrNull(o.value(u"in_force_until"_s));
        if (r.id.isEmpty() || ladder.stepName(r.after).isEmpty() || ladder.stepName(r.to).isEmpty() || r.waitDays < 0
            || r.source.isEmpty() || !limitsOk)
            return Result<EscalationLadder>::failure(
                tr("The escalation rules in %1 are damaged: route \"%2\" is incomplete.").arg(origin, r.id));
        ladder.m_routes << r;
    }
    return ladder;
}

QString EscalationLadder::stepName(const QString &id) const
{
    for (const Step &s : m_steps) {
        if (s.id == id)
            return s.name;
    }
    return {};
}

const EscalationLadder::Step *EscalationLadder::step(const QString &id) const
{
    for (const Step &s : m_steps) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

QDate EscalationLadder::Route::earliestFrom(const QDate &start) const
{
    if (waitDays == 0)
        return start;
    // "Not answered within 15 days": the day of the complaint is not counted,
    // the 15th day is the company's, the next one is the user's.
    return start.addDays(waitDays + (dayAfter ? 1 : 0));
}

EscalationLadder::Advice EscalationLadder::adviceFor(const Route &route, const QDate &start, const QDate &earliest,
                                                     bool chained) const
{
    Advice a;
    a.routeId = route.id;
    a.fromStep = route.after;
    a.toStep = route.to;
    a.toName = stepName(route.to);
    a.fromName = stepName(route.after);
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).id == route.to) {
            a.order = int(i);
            a.internalStep = m_steps.at(i).internal;
        }
    }
    a.earliest = earliest;
    a.dependsOnEarlierStep = chained;
    a.waitDays = route.waitDays;
    a.dayAfter = route.dayAfter;
    a.warning = route.warning;
    a.needs = route.needs;
    a.timeLimit = route.timeLimit;
    a.source = route.source;
    a.uncertain = route.uncertain;
    a.inForceFrom = route.from;
    a.inForceUntil = route.until;
    // A newer version of the same rule taking effect before that day may change it.
    for (const Route &other : m_routes) {
        if (other.id != route.id && other.after == route.after && other.to == route.to && other.from.isValid()
            && other.from > start && other.from <= earliest) {
            const QDate underNew = std::max(other.from, other.earliestFrom(start));
            a.ruleChangeFrom = other.from;
            a.ruleChangeEarliest = underNew;
            a.ruleChange = tr("A newer rule is in force from %1; under it this step would open on %2. Check which applies to you.")
                               .arg(QLocale::c().toString(other.from, u"yyyy-MM-dd"_s),
                                    QLocale::c().toString(underNew, u"yyyy-MM-dd"_s));
        }
    }
    return a;
}

void EscalationLadder::addDates(Advice &a, const Route &route, const QDate &start, const QDate &complained,
                                const QDate &finalAnswer) const
{
    if (a.dependsOnEarlierStep)
        return; // its dates count from a step the user has yet to take
    for (const Route::Limit &limit : route.limits) {
        const QDate from = limit.countedFrom == u"final_answer" ? finalAnswer : complained;
        // Months end on the same day of the month, or the month's last day
        // when it has none (China's Civil Code art. 202; QDate does the same).
        if (from.isValid())
            a.timeLimitDates << TimeLimit{limit.what, from.addMonths(limit.months), limit.countedFrom};
    }
    // The period's last day: the company's, the day before the step opens.
    const QDate lastDay = start.addDays(route.waitDays);
    if (!route.lastDayOffNote.isEmpty() && route.dayAfter && route.waitDays > 0 && !a.openedByFinalAnswer
        && m_calendar.hasDataFor(lastDay.year()) && !m_calendar.isBusinessDay(lastDay)) {
        const DeadlineCalculator days(m_calendar);
        a.lastDayOffEarliest = days.nextBusinessDay(lastDay).addDays(1);
        a.lastDayOffNote = route.lastDayOffNote;
    }
}

QList<EscalationLadder::Advice> EscalationLadder::advise(const QDate &complained, const QDate &finalAnswer) const
{
    QList<Advice> advice;
    if (!complained.isValid())
        return advice;
    // Steps reached so far, with the day each may be taken at the earliest.
    QList<std::pair<QString, QDate>> reached{{u"company"_s, complained}};
    for (qsizetype i = 0; i < reached.size(); ++i) {
        const auto [step, start] = reached.at(i);
        for (const Route &route : m_routes) {
            if (route.after != step || !route.inForceOn(start))
                continue;
            if (std::any_of(reached.cbegin(), reached.cend(), [&](const auto &r) { return r.first == route.to; }))
                continue;
            QDate earliest = route.earliestFrom(start);
            const bool answered = route.unlessFinalAnswer && i == 0 && finalAnswer.isValid() && finalAnswer >= complained
                && finalAnswer < earliest;
            if (answered)
                earliest = finalAnswer;
            Advice a = adviceFor(route, start, earliest, i > 0);
            a.openedByFinalAnswer = answered;
            addDates(a, route, start, complained, finalAnswer);
            advice << a;
            reached << std::pair{route.to, earliest};
        }
    }
    return advice;
}

} // namespace plaint
