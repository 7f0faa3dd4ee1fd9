#include "evidenceworker.h"

#include "library.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

namespace plaint {

EvidenceWorker::EvidenceWorker(QString libraryPath) : m_path(std::move(libraryPath)) {}

EvidenceWorker::~EvidenceWorker() = default;

Library *EvidenceWorker::library(QString *error)
{
    // Opened in the worker's own thread: a connection belongs to the thread that made it.
    if (!m_library) {
        auto opened = Library::open(m_path);
        if (!opened) {
            *error = opened.error();
            return nullptr;
        }
        m_library = std::move(opened).value();
    }
    return m_library.get();
}

void EvidenceWorker::attachFiles(int ticket, qint64 caseId, qint64 eventId, const QStringList &paths)
{
    QString error;
    Library *lib = library(&error);
    if (!lib) {
        Q_EMIT finished(ticket, false, error, caseId, eventId, false, {});
        return;
    }
    auto attached = lib->attachFiles(eventId, paths);
    Q_EMIT finished(ticket, attached.ok(), attached.error(), caseId, eventId, false,
                    attached ? *attached : QList<Attachment>{});
}

void EvidenceWorker::addEventWithFiles(int ticket, const Event &event, const QStringList &paths,
                                       const QList<Promise> &promises)
{
    QString error;
    Library *lib = library(&error);
    if (!lib) {
        Q_EMIT finished(ticket, false, error, event.caseId, 0, true, {});
        return;
    }
    auto id = lib->addEvent(event, paths, promises);
    if (!id) {
        Q_EMIT finished(ticket, false, id.error(), event.caseId, 0, true, {});
        return;
    }
    auto attached = lib->attachments(*id);
    Q_EMIT finished(ticket, true, QString(), event.caseId, *id, true, attached ? *attached : QList<Attachment>{});
}

void EvidenceWorker::attachImage(int ticket, qint64 caseId, qint64 eventId, const Event &newEvent, const QImage &image,
                                 const QString &fileName)
{
    // Written to a file of the name the user will see, then stored like any
    // dropped file: the event and its evidence land in one transaction.
    QTemporaryDir dir;
    const QString path = dir.filePath(QFileInfo(fileName).fileName());
    if (!dir.isValid() || !image.save(path, "PNG")) {
        Q_EMIT finished(ticket, false, tr("The image could not be prepared for storing."), caseId, eventId, eventId == 0, {});
        return;
    }
    if (eventId > 0)
        attachFiles(ticket, caseId, eventId, {path});
    else
        addEventWithFiles(ticket, newEvent, {path});
}

void EvidenceWorker::writeImage(int ticket, const QImage &image, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        Q_EMIT imageWritten(ticket, false, path, tr("The image could not be prepared for storing (%1).").arg(file.errorString()));
        return;
    }
    Q_EMIT imageWritten(ticket, true, path, QString());
}

} // namespace plaint
