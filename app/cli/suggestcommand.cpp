#include "command.h"

#include "cli.h"
#include "format.h"
#include "promiseparser.h"
#include "recordjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace plaint::cli {

// plaint suggest --at TIME [--jurisdiction J] [--json] TEXT: the promises
// Plaint would propose for words said at TIME. Reads no library.
int suggestCommand(Command &command)
{
    if (!command.parse({{u"at"_s, Command::tr("When the words were said, e.g. 2021-04-18T10:15+08:00."), u"TIME"_s},
                        {u"jurisdiction"_s, Command::tr("Whose business days and holidays to use: CN, US, UK, EU or other."), u"J"_s},
                        {u"json"_s, Command::tr("Print JSON.")}},
                       1, -1, Command::tr("the text to read"))
        || !command.required({u"at"_s}))
        return ExitCode::BadInput;
    auto at = command.dateTime(u"at"_s);
    if (!at)
        return command.fail(at.error());
    Jurisdiction jurisdiction = Jurisdiction::Other;
    if (command.isSet(u"jurisdiction"_s)) {
        const auto parsed = jurisdictionFromString(command.value(u"jurisdiction"_s));
        if (!parsed)
            return command.fail(Command::tr("--jurisdiction takes one of %1, not \"%2\".")
                                    .arg(jurisdictionNames().join(u", "_s), command.value(u"jurisdiction"_s)));
        jurisdiction = *parsed;
    }
    auto calendar = BusinessCalendar::forJurisdiction(jurisdiction);
    if (!calendar)
        return command.fail(calendar.error());
    const QString text = command.args().positionalArguments().join(u' ');
    // Deadlines they set the user are shown too, marked as such.
    const QList<PromiseSuggestion> found = PromiseParser(*calendar).parse(text, *at, PromiseParser::Scope::AlsoAskedOfUser);

    if (command.isSet(u"json"_s)) {
        QJsonArray list;
        for (const PromiseSuggestion &s : found) {
            QJsonArray missing;
            for (int year : s.yearsWithoutHolidayData)
                missing.append(year);
            QJsonArray provisional;
            for (int year : s.provisionalYears)
                provisional.append(year);
            list.append(QJsonObject{{u"start"_s, qint64(s.start)},
                                    {u"length"_s, qint64(s.length)},
                                    {u"matched"_s, s.matched},
                                    {u"what"_s, s.what},
                                    {u"kind"_s, PromiseSuggestion::kindName(s.kind)},
                                    {u"due"_s, s.due.isValid() ? QJsonValue(json::timeText(s.due)) : QJsonValue()},
                                    {u"vague"_s, s.vague},
                                    {u"confidence"_s, s.confidence},
                                    {u"years_without_holiday_data"_s, missing},
                                    {u"provisional_holiday_years"_s, provisional},
                                    {u"approximate"_s, s.approximate()},
                                    {u"asked_of_user"_s, s.askedOfUser}});
        }
        command.printJson({{u"at"_s, json::timeText(*at)},
                           {u"jurisdiction"_s, toString(jurisdiction)},
                           {u"count"_s, qint64(found.size())},
                           {u"suggestions"_s, list}});
        return ExitCode::Success;
    }
    if (found.isEmpty()) {
        command.print(Command::tr("No time-bound promise found."));
        return ExitCode::Success;
    }
    for (const PromiseSuggestion &s : found) {
        const QString due = s.vague ? Command::tr("no date (vague: ask them by when)") : timeForPeople(s.due);
        command.print(Command::tr("%1  [%2, %3%]  “%4”  %5")
                          .arg(due, PromiseSuggestion::kindName(s.kind))
                          .arg(qRound(s.confidence * 100))
                          .arg(s.matched, s.what));
        if (s.askedOfUser)
            command.print(u"    "_s + Command::tr("Asked of you, not a promise of theirs: a deadline for you to meet."));
        if (!s.yearsWithoutHolidayData.isEmpty()) {
            QStringList years;
            for (int year : s.yearsWithoutHolidayData)
                years << QString::number(year);
            command.print(u"    "_s + Command::tr("No holiday data for %1: only weekends were skipped.").arg(years.join(u", "_s)));
        }
        if (!s.provisionalYears.isEmpty()) {
            QStringList years;
            for (int year : s.provisionalYears)
                years << QString::number(year);
            command.print(u"    "_s + Command::tr("Approximate: the holidays of %1 are provisional (make-up days and weekend working days not yet announced).")
                                          .arg(years.join(u", "_s)));
        }
    }
    return ExitCode::Success;
}

} // namespace plaint::cli
