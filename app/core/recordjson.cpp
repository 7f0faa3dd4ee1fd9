#include "recordjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace plaint::json {

QString timeText(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    const bool wholeSecond = when.time().msec() == 0;
    return when.toString(wholeSecond ? Qt::ISODate : Qt::ISODateWithMs);
}

static QJsonValue timeValue(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(timeText(when)) : QJsonValue(QJsonValue::Null);
}

static QJsonValue idValue(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const Case &c)
{
    QJsonObject o{
        {u"id"_s, c.id},
        {u"title"_s, c.title},
        {u"company"_s, c.company},
        {u"account"_s, c.account},
        {u"jurisdiction"_s, toString(c.jurisdiction)},
        {u"desired_outcome"_s, c.desiredOutcome},
        {u"status"_s, toString(c.status)},
        {u"created"_s, timeValue(c.created)},
        {u"updated"_s, timeValue(c.updated)},
        {u"revision"_s, c.revision},
        {u"trashed"_s, c.trashed},
    };
    if (c.amount.isNull()) {
        o.insert(u"amount"_s, QJsonValue::Null);
    } else {
        o.insert(u"amount"_s, QJsonObject{{u"value"_s, c.amount.amountText()},
                                          {u"currency"_s, c.amount.currency}});
    }
    return o;
}

QJsonObject toJson(const Event &e, bool withChildren)
{
    QJsonObject o{
        {u"id"_s, e.id},
        {u"case_id"_s, e.caseId},
        {u"at"_s, timeValue(e.occurred)},
        {u"utc_offset_seconds"_s, e.occurred.offsetFromUtc()},
        {u"channel"_s, toString(e.channel)},
        {u"direction"_s, toString(e.direction)},
        {u"duration_seconds"_s, e.durationSeconds >= 0 ? QJsonValue(e.durationSeconds) : QJsonValue(QJsonValue::Null)},
        {u"agent_id"_s, idValue(e.agentId)},
        {u"agent_code"_s, e.agentCode},
        {u"agent_name"_s, e.agentName},
        {u"reference"_s, e.reference},
        {u"summary"_s, e.summary},
        {u"quotes"_s, QJsonArray::fromStringList(e.quotes)},
        {u"outcome"_s, e.outcome},
        {u"created"_s, timeValue(e.created)},
        {u"updated"_s, timeValue(e.updated)},
        {u"revision"_s, e.revision},
        {u"trashed"_s, e.trashed},
    };
    // Only when recorded, so an event stored before Plaint kept these reads,
    // and is journaled, exactly as it was.
    if (e.holdSeconds >= 0)
        o.insert(u"hold_seconds"_s, e.holdSeconds);
    if (e.travelSeconds >= 0)
        o.insert(u"travel_seconds"_s, e.travelSeconds);
    if (e.finalAnswer)
        o.insert(u"final_answer"_s, true);
    if (withChildren) {
        QJsonArray promises;
        for (const Promise &p : e.promises)
            promises.append(toJson(p));
        QJsonArray attachments;
        for (const Attachment &a : e.attachments)
            attachments.append(toJson(a));
        o.insert(u"promises"_s, promises);
        o.insert(u"attachments"_s, attachments);
    }
    return o;
}

QJsonObject toJson(const Promise &p)
{
    return QJsonObject{
        {u"id"_s, p.id},
        {u"event_id"_s, p.eventId},
        {u"agent_id"_s, idValue(p.agentId)},
        {u"agent_code"_s, p.agentCode},
        {u"text"_s, p.text},
        {u"due"_s, timeValue(p.due)},
        {u"status"_s, toString(p.status)},
        {u"settled_by_event_id"_s, idValue(p.settledByEventId)},
        {u"created"_s, timeValue(p.created)},
        {u"updated"_s, timeValue(p.updated)},
        {u"revision"_s, p.revision},
        {u"trashed"_s, p.trashed},
    };
}

QJsonObject toJson(const Attachment &a)
{
    return QJsonObject{
        {u"id"_s, a.id},
        {u"event_id"_s, a.eventId},
        {u"sha256"_s, a.sha256},
        {u"file_name"_s, a.fileName},
        {u"mime_type"_s, a.mimeType},
        {u"size"_s, a.size},
        {u"added"_s, timeValue(a.added)},
        {u"trashed"_s, a.trashed},
    };
}

QJsonObject toJson(const Agent &a)
{
    return QJsonObject{
        {u"id"_s, a.id},
        {u"company"_s, a.company},
        {u"code"_s, a.code},
        {u"name"_s, a.name},
    };
}

} // namespace plaint::json
