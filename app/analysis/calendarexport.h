#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace plaint {

// Deadlines as an iCalendar file (RFC 5545) that calendar applications
// import: one VEVENT with a reminder per deadline, CRLF line endings, lines
// folded at 75 octets without splitting a UTF-8 sequence, text escaped.
class CalendarExport final
{
    Q_DECLARE_TR_FUNCTIONS(CalendarExport)

public:
    struct Entry
    {
        QString uid;          // stable across exports, so a re-import updates instead of duplicating
        QDateTime start;
        QString summary;
        QString description;
    };

    static QByteArray toIcs(const QList<Entry> &entries, const QDateTime &stamp);
    // Written whole or not at all.
    static Status write(const QString &path, const QByteArray &ics);

    static QString escapeText(const QString &text);
    static QByteArray foldLine(const QByteArray &line);
    static QByteArray utcText(const QDateTime &when);
};

} // namespace plaint
