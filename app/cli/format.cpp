#include "format.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace plaint::cli {

QString timeForPeople(const QDateTime &when)
{
    if (!when.isValid())
        return QCoreApplication::translate("Format", "no date");
    const int offset = when.offsetFromUtc();
    const QString zone = (offset < 0 ? u"-"_s : u"+"_s)
        + QStringLiteral("%1:%2").arg(qAbs(offset) / 3600, 2, 10, QChar(u'0')).arg((qAbs(offset) % 3600) / 60, 2, 10, QChar(u'0'));
    return when.toString(u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s + zone;
}

QString durationForPeople(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 3600)
        return QCoreApplication::translate("Format", "%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
    return QCoreApplication::translate("Format", "%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QChar(u'0'));
}

QString eventBlock(const Event &e, const QDateTime &now)
{
    QStringList head{u"#"_s + QString::number(e.id), timeForPeople(e.occurred), toString(e.channel),
                     toString(e.direction)};
    if (e.durationSeconds >= 0)
        head << durationForPeople(e.durationSeconds);
    if (e.holdSeconds >= 0)
        head << QCoreApplication::translate("Format", "on hold %1").arg(durationForPeople(e.holdSeconds));
    if (e.travelSeconds >= 0)
        head << QCoreApplication::translate("Format", "travel %1").arg(durationForPeople(e.travelSeconds));
    if (e.finalAnswer)
        head << QCoreApplication::translate("Format", "(final answer)");
    if (!e.agentCode.isEmpty() || !e.agentName.isEmpty())
        head << QCoreApplication::translate("Format", "agent %1").arg(QStringList{e.agentCode, e.agentName}.join(u' ').trimmed());
    if (!e.reference.isEmpty())
        head << QCoreApplication::translate("Format", "ref %1").arg(e.reference);
    if (e.wasEdited())
        head << QCoreApplication::translate("Format", "(edited, revision %1)").arg(e.revision);
    QStringList lines{head.join(u"  "_s), u"    "_s + e.summary};
    for (const QString &quote : e.quotes)
        lines << u"    “"_s + quote + u"”"_s;
    if (!e.outcome.isEmpty())
        lines << u"    "_s + QCoreApplication::translate("Format", "Outcome: %1").arg(e.outcome);
    for (const Promise &p : e.promises) {
        QString status = toString(p.status);
        if (p.isOverdue(now))
            status = QCoreApplication::translate("Format", "OVERDUE");
        lines << u"    "_s + QCoreApplication::translate("Format", "Promise #%1 [%2] %3 — due %4").arg(p.id).arg(status, p.text, timeForPeople(p.due));
    }
    for (const Attachment &a : e.attachments)
        lines << u"    "_s + QCoreApplication::translate("Format", "Evidence: %1 (%2, %3 bytes) sha256 %4").arg(a.fileName, a.mimeType).arg(a.size).arg(a.sha256);
    return lines.join(u'\n');
}

} // namespace plaint::cli
