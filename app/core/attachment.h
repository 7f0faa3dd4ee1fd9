#pragma once

#include <QDateTime>
#include <QString>

namespace plaint {

// A piece of evidence attached to an event. The content lives in the library,
// addressed by its SHA-256, stored once however often it is attached.
struct Attachment
{
    qint64 id = 0;         // the link between an event and the content
    qint64 eventId = 0;
    QString sha256;        // lower-case hex
    QString fileName;      // as the user had it, without any folder
    QString mimeType;      // detected from the content
    qint64 size = 0;
    QDateTime added;       // UTC
    bool trashed = false;
};

} // namespace plaint
