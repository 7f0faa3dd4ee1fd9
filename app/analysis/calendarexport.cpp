#include "calendarexport.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace plaint {

QString CalendarExport::escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u';' || c == u',') {
            escaped += u'\\';
            escaped += c;
        } else if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            escaped += u"\\n"_s;
        } else if (c == u'\n') {
            escaped += u"\\n"_s;
        } else if (c.unicode() < 0x20 && c != u'\t') {
            continue; // other control characters are not allowed in TEXT
        } else {
            escaped += c;
        }
    }
    return escaped;
}

QByteArray CalendarExport::foldLine(const QByteArray &line)
{
    QByteArray folded;
    qsizetype pos = 0;
    qsizetype room = 75; // the first line holds 75 octets, the next ones a space and 74
    while (line.size() - pos > room) {
        qsizetype cut = pos + room;
        // Never cut inside a UTF-8 sequence: back up to the start of the character.
        while (cut > pos && (quint8(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        folded += line.mid(pos, cut - pos);
        folded += "\r\n ";
        pos = cut;
        room = 74;
    }
    folded += line.mid(pos);
    folded += "\r\n";
    return folded;
}

QByteArray CalendarExport::utcText(const QDateTime &when)
{
    return when.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s).toLatin1();
}

QByteArray CalendarExport::toIcs(const QList<Entry> &entries, const QDateTime &stamp)
{
    QByteArray ics;
    auto line = [&](const QString &text) { ics += foldLine(text.toUtf8()); };
    line(u"BEGIN:VCALENDAR"_s);
    line(u"VERSION:2.0"_s);
    line(u"PRODID:-//Plaint//Plaint " PLAINT_VERSION "//EN"_s);
    line(u"CALSCALE:GREGORIAN"_s);
    line(u"METHOD:PUBLISH"_s);
    const QString stampText = QString::fromLatin1(utcText(stamp));
    for (const Entry &e : entries) {
        const QString start = QString::fromLatin1(utcText(e.start));
        line(u"BEGIN:VEVENT"_s);
        line(u"UID:"_s + e.uid);
        line(u"DTSTAMP:"_s + stampText);
        // No DTEND: a deadline is an instant, and RFC 5545 wants DTEND later than
        // DTSTART; without it the event ends when it starts (section 3.6.1).
        line(u"DTSTART:"_s + start);
        line(u"SUMMARY:"_s + escapeText(e.summary));
        line(u"DESCRIPTION:"_s + escapeText(e.description));
        line(u"TRANSP:TRANSPARENT"_s);
        line(u"BEGIN:VALARM"_s);
        line(u"ACTION:DISPLAY"_s);
        line(u"DESCRIPTION:"_s + escapeText(e.summary));
        line(u"TRIGGER:-PT1H"_s);
        line(u"END:VALARM"_s);
        line(u"END:VEVENT"_s);
    }
    line(u"END:VCALENDAR"_s);
    return ics;
}

Status CalendarExport::write(const QString &path, const QByteArray &ics)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (file.write(ics) != ics.size() || !file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace plaint
