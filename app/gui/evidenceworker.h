#pragma once

#include "event.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>

namespace plaint {

class Library;

// Stores evidence off the UI thread, on its own connection to the library:
// dropping a hundred large screenshots never freezes the window. Each request
// is one transaction, as if the user had done it in one go. Requests are done
// in the order they were made, and each answers once, with its ticket.
class EvidenceWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceWorker)

public:
    explicit EvidenceWorker(QString libraryPath);
    ~EvidenceWorker() override;

    // Called in the worker's thread (through QMetaObject::invokeMethod).
    void attachFiles(int ticket, qint64 caseId, qint64 eventId, const QStringList &paths);
    // The event, its files and its promises in one transaction.
    void addEventWithFiles(int ticket, const Event &event, const QStringList &paths, const QList<Promise> &promises = {});
    // Encodes the image as PNG and attaches it to eventId, or, when eventId is 0,
    // to `newEvent`, created in the same transaction.
    void attachImage(int ticket, qint64 caseId, qint64 eventId, const Event &newEvent, const QImage &image,
                     const QString &fileName);
    // Encodes the image as PNG into `path`, to be stored later with the entry being written.
    void writeImage(int ticket, const QImage &image, const QString &path);

Q_SIGNALS:
    // eventId is the event the evidence now belongs to (a new one for addEventWithFiles).
    void finished(int ticket, bool ok, const QString &error, qint64 caseId, qint64 eventId, bool newEvent,
                  const QList<plaint::Attachment> &attached);
    void imageWritten(int ticket, bool ok, const QString &path, const QString &error);

private:
    Library *library(QString *error);
    QString m_path;
    std::unique_ptr<Library> m_library;
};

} // namespace plaint
