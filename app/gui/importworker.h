#pragma once

#include "backupnumbers.h"
#include "importjob.h"
#include "vocabulary.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace plaint {

class Library;

// Runs imports for the import dialog off the window's thread, on its own
// connection to the library: the numbers in a backup, a dry run for the
// preview, the import itself. cancel() may be called from any thread; the
// import then rolls back whole.
class ImportWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWorker)

public:
    explicit ImportWorker(QString libraryPath);
    ~ImportWorker() override;

    // Called in the worker's thread (through QMetaObject::invokeMethod).
    void readNumbers(const QString &path);
    // `promisesFor`: find promises on this jurisdiction's calendar; std::nullopt: none.
    void run(const plaint::ImportJob::Request &request, qint64 caseId, bool commit,
             std::optional<plaint::Jurisdiction> promisesFor);

    void cancel() { m_cancel.store(true); }

Q_SIGNALS:
    void numbersRead(const QString &path, const QList<plaint::BackupNumbers::Number> &numbers, const QString &error);
    void progressed(qint64 done, qint64 total, qint64 items);
    void finished(bool committed, bool ok, bool cancelled, const QString &error, const plaint::ImportJob::Report &report);

private:
    Library *library(QString *error);

    QString m_path;
    std::unique_ptr<Library> m_library;
    std::atomic_bool m_cancel{false};
};

} // namespace plaint

Q_DECLARE_METATYPE(plaint::ImportJob::Report)
Q_DECLARE_METATYPE(plaint::ImportJob::Request)
Q_DECLARE_METATYPE(QList<plaint::BackupNumbers::Number>)
