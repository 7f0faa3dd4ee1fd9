#include "format.h"

#include <QCoreApplication>
#include <QLocale>

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

QString channelForPeople(Channel channel)
{
    switch (channel) {
    case Channel::Phone: return QCoreApplication::translate("Format", "phone", "channel");
    case Channel::Store: return QCoreApplication::translate("Format", "store", "channel");
    case Channel::App: return QCoreApplication::translate("Format", "app", "channel");
    case Channel::Chat: return QCoreApplication::translate("Format", "chat", "channel");
    case Channel::Sms: return QCoreApplication::translate("Format", "sms", "channel");
    case Channel::Email: return QCoreApplication::translate("Format", "email", "channel");
    case Channel::Letter: return QCoreApplication::translate("Format", "letter", "channel");
    case Channel::Social: return QCoreApplication::translate("Format", "social", "channel");
    case Channel::Note: return QCoreApplication::translate("Format", "note", "channel");
    }
    return toString(channel);
}

QString directionForPeople(Direction direction)
{
    switch (direction) {
    case Direction::Outgoing: return QCoreApplication::translate("Format", "out", "direction: you contacted them");
    case Direction::Incoming: return QCoreApplication::translate("Format", "in", "direction: they contacted you");
    case Direction::Note: return QCoreApplication::translate("Format", "note", "direction: your own note");
    }
    return toString(direction);
}

QString caseStatusForPeople(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Open: return QCoreApplication::translate("Format", "open", "case status");
    case CaseStatus::Escalated: return QCoreApplication::translate("Format", "escalated", "case status");
    case CaseStatus::Resolved: return QCoreApplication::translate("Format", "resolved", "case status");
    case CaseStatus::Abandoned: return QCoreApplication::translate("Format", "abandoned", "case status");
    }
    return toString(status);
}

QString promiseStatusForPeople(PromiseStatus status)
{
    switch (status) {
    case PromiseStatus::Pending: return QCoreApplication::translate("Format", "pending", "promise status");
    case PromiseStatus::Kept: return QCoreApplication::translate("Format", "kept", "promise status");
    case PromiseStatus::Broken: return QCoreApplication::translate("Format", "broken", "promise status");
    }
    return toString(status);
}

QString jurisdictionForPeople(Jurisdiction jurisdiction)
{
    switch (jurisdiction) {
    case Jurisdiction::CN: return QCoreApplication::translate("Format", "CN", "jurisdiction: mainland China");
    case Jurisdiction::US: return QCoreApplication::translate("Format", "US", "jurisdiction: the United States");
    case Jurisdiction::UK: return QCoreApplication::translate("Format", "UK", "jurisdiction: the United Kingdom");
    case Jurisdiction::EU: return QCoreApplication::translate("Format", "EU", "jurisdiction: the European Union");
    case Jurisdiction::Other: return QCoreApplication::translate("Format", "other", "jurisdiction: anywhere else");
    }
    return toString(jurisdiction);
}

QString placeForPeople(const QString &place)
{
    if (place == u"hotline")
        return QCoreApplication::translate("Format", "hotline", "where a referral sends the user");
    if (place == u"store")
        return QCoreApplication::translate("Format", "store", "where a referral sends the user");
    if (place == u"app")
        return QCoreApplication::translate("Format", "app", "where a referral sends the user");
    if (place == u"department")
        return QCoreApplication::translate("Format", "department", "where a referral sends the user");
    if (place == u"sms")
        return QCoreApplication::translate("Format", "sms", "where a referral sends the user");
    if (place == u"email")
        return QCoreApplication::translate("Format", "email", "where a referral sends the user");
    if (place == u"letter")
        return QCoreApplication::translate("Format", "letter", "where a referral sends the user");
    if (place == u"social")
        return QCoreApplication::translate("Format", "social", "where a referral sends the user");
    return place;
}

QString quoted(const QString &words)
{
    return QCoreApplication::translate("Format", "“%1”", "words someone said, in quotation marks").arg(words);
}

QString countForPeople(qint64 count)
{
    return QLocale().toString(count);
}

QString moneyForPeople(const Money &money)
{
    return money.toLocaleString(QLocale());
}

QString eventBlock(const Event &e, const QDateTime &now)
{
    QStringList head{u"#"_s + QString::number(e.id), timeForPeople(e.occurred), channelForPeople(e.channel),
                     directionForPeople(e.direction)};
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
        lines << u"    "_s + quoted(quote);
    if (!e.outcome.isEmpty())
        lines << u"    "_s + QCoreApplication::translate("Format", "Outcome: %1").arg(e.outcome);
    for (const Promise &p : e.promises) {
        QString status = promiseStatusForPeople(p.status);
        if (p.isOverdue(now))
            status = QCoreApplication::translate("Format", "OVERDUE");
        lines << u"    "_s + QCoreApplication::translate("Format", "Promise #%1 [%2] %3 — due %4").arg(p.id).arg(status, p.text, timeForPeople(p.due));
    }
    for (const Attachment &a : e.attachments)
        lines << u"    "_s + QCoreApplication::translate("Format", "Evidence: %1 (%2, %L3 bytes) sha256 %4").arg(a.fileName, a.mimeType).arg(a.size).arg(a.sha256);
    return lines.join(u'\n');
}

} // namespace plaint::cli
