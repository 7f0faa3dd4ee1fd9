#include "droppedfiles.h"

#include "capturetime.h"
#include "photoimporter.h"

#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace plaint {

Event DroppedFiles::forFiles(qint64 caseId, const QStringList &paths, const QDateTime &now)
{
    Event e;
    e.caseId = caseId;
    e.occurred = now;
    e.channel = Channel::Note;
    e.direction = Direction::Note;
    QStringList names;
    QString earliestName;
    CaptureTime earliest;
    const QMimeDatabase mimes;
    for (const QString &path : paths) {
        names << QFileInfo(path).fileName();
        if (!mimes.mimeTypeForFile(path, QMimeDatabase::MatchContent).name().startsWith(u"image/"_s))
            continue;
        const CaptureTime capture = CaptureTime::of(path);
        if (capture.when.isValid() && (earliestName.isEmpty() || capture.when < earliest.when)) {
            earliest = capture;
            earliestName = names.last();
        }
    }
    if (earliestName.isEmpty()) {
        e.summary = tr("Evidence added: %1").arg(QLocale().createSeparatedList(names));
        return e;
    }
    e.occurred = earliest.when;
    if (paths.size() == 1)
        e.summary = PhotoImporter::summary(earliestName, earliest);
    else
        e.summary = tr("Evidence added: %1 (dated from %2: %3)")
                        .arg(QLocale().createSeparatedList(names), earliestName, CaptureTime::describe(earliest.source));
    return e;
}

Event DroppedFiles::forImage(qint64 caseId, const QString &source, const QDateTime &now)
{
    Event e;
    e.caseId = caseId;
    e.direction = Direction::Note;
    e.channel = source.isEmpty() ? Channel::Note : Channel::App;
    CaptureTime capture;
    capture.source = CaptureTime::Source::Added;
    capture.when = now;
    if (!source.isEmpty()) {
        // "https://…/Screenshot_20210318-101523.png": the name still tells.
        if (auto t = CaptureTime::fromFileName(QUrl(source).fileName())) {
            capture.when = *t;
            capture.source = CaptureTime::Source::FileName;
        }
    }
    e.occurred = capture.when;
    const QString how = CaptureTime::describe(capture.source);
    e.summary = source.isEmpty() ? tr("Screenshot added (%1)").arg(how) : tr("Image from %1 (%2)").arg(source, how);
    return e;
}

} // namespace plaint
