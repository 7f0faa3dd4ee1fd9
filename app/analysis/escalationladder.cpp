#include "escalationladder.h"

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

} // namespace

QString EscalationLadder::Advice::sentence() const
{
    return tr("You may escalate to %1 from %2; you will need: %3")
        .arg(toName, QLocale::c().toString(earliest, u"yyyy-MM-dd"_s), needs);
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
    return fromJson(file.readAll(), file.fileName(), language);
}

Result<EscalationLadder> EscalationLadder::fromJson(const QByteArray &json, const QString &origin, const QString &language)
{
    const QString lang = language.isEmpty() ? defaultLanguage() : language;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        return Result<EscalationLadder>::failure(
            tr("The escalation rules in %1 are damaged: %2").arg(origin, error.errorString()));
    const QJsonObject root = document.object();
    EscalationLadder ladder;
    ladder.m_jurisdiction = root.value(u"jurisdiction"_s).toString();
    ladder.m_name = localized(root.value(u"name"_s), lang);
    ladder.m_countingNote = localized(root.value(u"counting_note"_s), lang);
    for (const QJsonValue &value : root.value(u"steps"_s).toArray()) {
        const QJsonObject step = value.toObject();
        ladder.m_steps << Step{step.value(u"id"_s).toString(), localized(step.value(u"name"_s), lang)};
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
        r.from = dateOrNull(o.value(u"in_force_from"_s));
        r.until = dateOrNull(o.value(u"in_force_until"_s));
        if (r.id.isEmpty() || ladder.stepName(r.after).isEmpty() || ladder.stepName(r.to).isEmpty() || r.waitDays < 0
            || r.source.isEmpty())
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
    a.earliest = earliest;
    a.dependsOnEarlierStep = chained;
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
            a.ruleChange = tr("A newer rule is in force from %1; under it this step would open on %2. Check which applies to you.")
                               .arg(QLocale::c().toString(other.from, u"yyyy-MM-dd"_s),
                                    QLocale::c().toString(underNew, u"yyyy-MM-dd"_s));
        }
    }
    return a;
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
            if (route.unlessFinalAnswer && i == 0 && finalAnswer.isValid() && finalAnswer >= complained)
                earliest = std::min(earliest, finalAnswer);
            advice << adviceFor(route, start, earliest, i > 0);
            reached << std::pair{route.to, earliest};
        }
    }
    return advice;
}

} // namespace plaint
