#pragma once

#include "dossieroptions.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace plaint {

class Library;

// Makes dossiers off the UI thread, on its own read-only connection to the
// library: the export dialog's preview, and the PDF or bundle the user saves.
// A preview is abandoned as soon as a newer one is asked for.
class DossierExportWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DossierExportWorker)

public:
    enum class Kind { Preview, Pdf, Bundle };
    struct Outcome
    {
        int job = 0;
        Kind kind = Kind::Preview;
        bool ok = false;
        bool cancelled = false;
        QString error;
        QString path;
        int pages = 0;
        int exhibits = 0;
        QStringList warnings;
        QByteArray manifest;
        QStringList problems; // what the check of a saved file found wrong
    };

    explicit DossierExportWorker(QString libraryPath);
    ~DossierExportWorker() override;

    // Called in the worker's thread (through QMetaObject::invokeMethod).
    void run(
        int job, plaint::DossierExportWorker::Kind kind, const plaint::DossierOptions &options, const QString &path);

    // Thread-safe: previews with a lower number than this are abandoned.
    void setLatestPreview(int job) { m_latestPreview->store(job); }
    // Thread-safe: abandons everything (the dialog is closing).
    void stop() { m_stopped->store(true); }

Q_SIGNALS:
    void finished(const plaint::DossierExportWorker::Outcome &outcome);

private:
    Library *library(QString *error);
    QString m_path;
    std::unique_ptr<Library> m_library;
    std::shared_ptr<std::atomic<int>> m_latestPreview = std::make_shared<std::atomic<int>>(0);
    std::shared_ptr<std::atomic<bool>> m_stopped = std::make_shared<std::atomic<bool>>(false);
};

} // namespace plaint

Q_DECLARE_METATYPE(plaint::DossierExportWorker::Outcome)
