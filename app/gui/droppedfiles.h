#pragma once

#include "event.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QStringList>

namespace plaint {

// The event that files dropped (or pasted) onto the timeline's empty space
// start: one event for what was dropped together, at the time the earliest
// screenshot or photo among them was taken (EXIF, else its file name, else
// its file's time; see CaptureTime), saying which; at the moment they were
// added when there is no picture. Pixels without a file (a pasted
// screenshot) are dated from the name they came with, else from the moment
// they were pasted, and say so.
class DroppedFiles final
{
    Q_DECLARE_TR_FUNCTIONS(DroppedFiles)

public:
    static Event forFiles(qint64 caseId, const QStringList &paths, const QDateTime &now);
    // `source`: the address the pixels came from, if any (a browser's drag).
    static Event forImage(qint64 caseId, const QString &source, const QDateTime &now);
};

} // namespace plaint
