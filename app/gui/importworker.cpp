#include "importworker.h"

#include "importedpromisefinder.h"
#include "library.h"

#include <QFile>

namespace plaint {

ImportWorker::ImportWorker(QString libraryPath) : m_path(std::move(libraryPath)) {}

ImportWorker::~ImportWorker() = default;

Library *ImportWorker::library(QString *error)
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

void ImportWorker::readNumbers(const QString &path)
{
    m_cancel.store(false);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT numbersRead(path, {}, tr("%1 cannot be read (%2).").arg(path, file.errorString()));
        return;
    }
    auto numbers = BackupNumbers::read(file, &m_cancel);
    Q_EMIT numbersRead(path, numbers ? *numbers : QList<BackupNumbers::Number>{}, numbers.error());
}

void ImportWorker::run(const ImportJob::Request &request, qint64 caseId, bool commit, std::optional<Jurisdiction> promisesFor)
{
    m_cancel.store(false);
    QString error;
    Library *lib = library(&error);
    if (!lib) {
        Q_EMIT finished(commit, false, false, error, {});
        return;
    }
    ImportJob job(request);
    std::optional<ImportedPromiseFinder> finder;
    if (promisesFor) {
        auto made = ImportedPromiseFinder::forJurisdiction(*promisesFor);
        if (!made) {
            Q_EMIT finished(commit, false, false, made.error(), {});
            return;
        }
        finder = std::move(*made);
        job.setDecorator([&finder](ImportItem &item) { finder->addPromises(item); });
    }
    job.setProgress([this](const ImportJob::Progress &p) { Q_EMIT progressed(p.done, p.total, p.items); }, 100);
    job.setCancelFlag(&m_cancel);
    auto report = job.run(*lib, caseId, commit);
    Q_EMIT finished(commit, report.ok(), job.wasCancelled(), report.error(), report ? *report : ImportJob::Report{});
}

} // namespace plaint
