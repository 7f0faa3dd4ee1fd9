#include "dossierexportworker.h"

#include "dossierverifier.h"
#include "dossierwriter.h"
#include "library.h"

namespace plaint {

DossierExportWorker::DossierExportWorker(QString libraryPath) : m_path(std::move(libraryPath))
{
}

DossierExportWorker::~DossierExportWorker() = default;

Library *DossierExportWorker::library(QString *error)
{
    // Opened in the worker's own thread: a connection belongs to the thread that made it.
    if (!m_library) {
        auto opened = Library::open(m_path, Library::OpenMode::ReadOnly);
        if (!opened) {
            *error = opened.error();
            return nullptr;
        }
        m_library = std::move(opened).value();
    }
    return m_library.get();
}

void DossierExportWorker::run(int job, Kind kind, const DossierOptions &options, const QString &path)
{
    Outcome outcome;
    outcome.job = job;
    outcome.kind = kind;
    outcome.path = path;
    const auto latest = m_latestPreview;
    const auto stopped = m_stopped;
    const DossierWriter::Cancelled cancelled
        = [kind, job, latest, stopped] { return stopped->load() || (kind == Kind::Preview && latest->load() != job); };
    // A preview asked for while this one waited in the queue makes it pointless.
    if (cancelled()) {
        outcome.cancelled = true;
        Q_EMIT finished(outcome);
        return;
    }
    Library *lib = library(&outcome.error);
    if (!lib) {
        Q_EMIT finished(outcome);
        return;
    }
    auto written = kind == Kind::Bundle ? DossierWriter::writeBundle(*lib, options, path, cancelled)
                                        : DossierWriter::writePdf(*lib, options, path, cancelled);
    if (!written) {
        outcome.cancelled = cancelled();
        outcome.error = written.error();
        Q_EMIT finished(outcome);
        return;
    }
    outcome.ok = true;
    outcome.pages = written->pages;
    outcome.exhibits = written->exhibits;
    outcome.warnings = written->warnings;
    outcome.manifest = written->manifest;
    if (kind != Kind::Preview) {
        // Read back as its reader would, before telling the user it is done.
        const DossierVerifier::Report report = DossierVerifier::verify(path, lib);
        if (!report.ok) {
            outcome.ok = false;
            outcome.problems = report.problems;
        }
    }
    Q_EMIT finished(outcome);
}

} // namespace plaint
