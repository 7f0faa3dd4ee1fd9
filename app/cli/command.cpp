#include "command.h"

#include "cli.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace plaint::cli {

Command::Command(QString verb, QStringList arguments, QString libraryPath, QTextStream &out, QTextStream &err)
    : m_verb(std::move(verb)), m_arguments(std::move(arguments)), m_libraryPath(std::move(libraryPath)),
      m_out(out), m_err(err)
{
}

bool Command::parse(const QList<QCommandLineOption> &options, int positionalMin, int positionalMax,
                    const QString &positionalName)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOptions(options);
    m_parser.addOption(QCommandLineOption(u"library"_s, tr("The library file to use."), tr("FILE")));
    if (!m_parser.parse(QStringList{u"plaint "_s + m_verb} + m_arguments)) {
        fail(tr("%1: %2 (see plaint --help)").arg(m_verb, m_parser.errorText()));
        return false;
    }
    if (m_parser.isSet(u"library"_s))
        m_libraryPath = m_parser.value(u"library"_s);
    const qsizetype positional = m_parser.positionalArguments().size();
    if (positional < positionalMin) {
        fail(tr("%1: %2 is missing.").arg(m_verb, positionalName));
        return false;
    }
    if (positionalMax >= 0 && positional > positionalMax) {
        fail(tr("%1: unexpected argument \"%2\".").arg(m_verb, m_parser.positionalArguments().value(positionalMax)));
        return false;
    }
    return true;
}

bool Command::libraryExists() const
{
    return QFileInfo::exists(m_libraryPath);
}

Library *Command::library(Library::OpenMode mode, Create create)
{
    if (!m_library) {
        if (create == Create::No && !libraryExists()) {
            fail(tr("There is no library at %1 yet; start one with: plaint case add --title T --company C")
                     .arg(m_libraryPath));
            return nullptr;
        }
        auto opened = Library::open(m_libraryPath, mode);
        if (!opened && mode == Library::OpenMode::ReadOnly) {
            // A library written by an earlier Plaint is upgraded (in one
            // transaction) by a read-write open; reading verbs use that.
            if (auto upgraded = Library::open(m_libraryPath, Library::OpenMode::ReadWrite))
                opened = std::move(upgraded);
        }
        if (!opened) {
            fail(opened.error());
            return nullptr;
        }
        m_library = std::move(opened).value();
    }
    return m_library.get();
}

std::optional<Command::CaseTimeline> Command::caseWithTimeline(qint64 caseId)
{
    Library *opened = library(Library::OpenMode::ReadOnly);
    if (!opened)
        return std::nullopt;
    auto found = opened->caseById(caseId);
    if (!found) {
        fail(found.error());
        return std::nullopt;
    }
    auto events = opened->timeline(caseId, 0, -1, true);
    if (!events) {
        fail(events.error());
        return std::nullopt;
    }
    return CaseTimeline{opened, *found, *events};
}

int Command::fail(const QString &message)
{
    // One line, whatever the message held.
    QString line = message;
    line.replace(u'\n', u' ');
    m_err << u"plaint: "_s << line << Qt::endl;
    return ExitCode::BadInput;
}

void Command::print(const QString &line)
{
    m_out << line << u'\n';
}

void Command::note(const QString &line)
{
    m_out.flush(); // the id comes first, also when both streams go to one terminal
    m_err << line << Qt::endl;
}

void Command::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

bool Command::required(const QStringList &options)
{
    for (const QString &name : options) {
        if (!m_parser.isSet(name) || m_parser.value(name).trimmed().isEmpty()) {
            fail(tr("%1: --%2 is required.").arg(m_verb, name));
            return false;
        }
    }
    return true;
}

Result<qint64> Command::id(const QString &option)
{
    bool ok = false;
    const qint64 value = m_parser.value(option).trimmed().toLongLong(&ok);
    if (!ok || value <= 0)
        return Result<qint64>::failure(
            tr("--%1 takes a number such as 12, not \"%2\".").arg(option, m_parser.value(option)));
    return value;
}

Result<QDateTime> Command::dateTime(const QString &option, bool endOfDayWhenDateOnly)
{
    const QString text = m_parser.value(option).trimmed();
    static const QRegularExpression form(
        u"^(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,3})?)?))?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?$"_s);
    const auto match = form.match(text);
    auto bad = [&] {
        return Result<QDateTime>::failure(
            tr("--%1: \"%2\" is not a date and time; write it like 2021-04-18T10:15+08:00.").arg(option, text));
    };
    if (!match.hasMatch())
        return bad();
    const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
    QTime time(0, 0);
    if (match.hasCaptured(2)) {
        time = QTime::fromString(match.captured(2), Qt::ISODateWithMs);
    } else if (endOfDayWhenDateOnly) {
        time = QTime(23, 59, 59);
    }
    if (!date.isValid() || !time.isValid())
        return bad();
    if (!match.hasCaptured(3)) {
        // No offset given: the user means their own clock.
        const QDateTime local(date, time);
        if (!local.isValid())
            return bad();
        return local.toOffsetFromUtc(local.offsetFromUtc());
    }
    const QString zone = match.captured(3);
    int offset = 0;
    if (zone != u"Z") {
        const int sign = zone.startsWith(u'-') ? -1 : 1;
        QString digits = zone.mid(1);
        digits.remove(u':');
        const int hours = digits.left(2).toInt();
        const int minutes = digits.size() > 2 ? digits.mid(2, 2).toInt() : 0;
        if (hours > 14 || minutes > 59)
            return bad();
        offset = sign * (hours * 3600 + minutes * 60);
    }
    const QDateTime result = QDateTime(date, time, Qt::UTC).addSecs(-offset).toOffsetFromUtc(offset);
    if (!result.isValid())
        return bad();
    return result;
}

Result<QDateTime> Command::asOf()
{
    if (!m_parser.isSet(u"as-of"_s))
        return QDateTime::currentDateTimeUtc();
    return dateTime(u"as-of"_s);
}

Result<qint64> Command::minutesAsSeconds(const QString &option)
{
    const QString text = m_parser.value(option).trimmed();
    static const QRegularExpression minutes(u"^(\\d{1,6})(?:\\.(\\d{1,2}))?$"_s);
    static const QRegularExpression clock(u"^(\\d{1,4}):([0-5]\\d)$"_s);
    if (const auto m = minutes.match(text); m.hasMatch()) {
        const double value = text.toDouble();
        return qint64(value * 60.0 + 0.5);
    }
    if (const auto m = clock.match(text); m.hasMatch())
        return m.captured(1).toLongLong() * 60 + m.captured(2).toLongLong();
    return Result<qint64>::failure(
        tr("--%1 takes minutes, such as 25, 12.5 or 12:30 (minutes:seconds), not \"%2\".").arg(option, text));
}

} // namespace plaint::cli
