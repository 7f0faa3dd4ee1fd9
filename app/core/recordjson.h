#pragma once

#include "agent.h"
#include "attachment.h"
#include "case.h"
#include "event.h"
#include "promise.h"

#include <QDateTime>
#include <QJsonObject>

namespace plaint::json {

// The one JSON form of each record: written into the journal and the list of
// earlier versions, and printed by the CLI's --json output. README documents
// it; fields are only ever added, never renamed.

QString timeText(const QDateTime &when); // ISO 8601 with the offset it carries, null when invalid
QJsonObject toJson(const Case &c);
QJsonObject toJson(const Event &e, bool withChildren = false);
QJsonObject toJson(const Promise &p);
QJsonObject toJson(const Attachment &a);
QJsonObject toJson(const Agent &a);

} // namespace plaint::json
