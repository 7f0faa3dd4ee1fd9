#include "evidenceloader.h"

#include "library.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QImageReader>
#include <QPointer>
#include <QThreadPool>

namespace plaint {
namespace {

// Passes what the library reads to the real sink, counting it, and stops when cancelled.
class CountingSink final : public QIODevice
{
public:
    CountingSink(QIODevice *target, std::atomic<bool> *cancelled, std::atomic<qint64> *done)
        : m_target(target), m_cancelled(cancelled), m_done(done)
    {
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override
    {
        if (m_cancelled->load()) {
            setErrorString(EvidenceLoader::tr("cancelled"));
            return -1;
        }
        const qint64 written = m_target->write(data, length);
        if (written < 0)
            setErrorString(m_target->errorString());
        else
            *m_done += written;
        return written;
    }

private:
    QIODevice *m_target;
    std::atomic<bool> *m_cancelled;
    std::atomic<qint64> *m_done;
};

Status readInto(const QString &libraryPath, const QString &sha256, QIODevice &target, std::atomic<bool> *cancelled,
                std::atomic<qint64> *done)
{
    auto library = Library::open(libraryPath, Library::OpenMode::ReadOnly);
    if (!library)
        return Status::failure(library.error());
    CountingSink sink(&target, cancelled, done);
    return library.value()->readEvidence(sha256, sink);
}

} // namespace

EvidenceLoader::EvidenceLoader(QString libraryPath, QString sha256, qint64 size, QObject *parent)
    : QObject(parent), m_libraryPath(std::move(libraryPath)), m_sha256(std::move(sha256)), m_size(size)
{
}

EvidenceLoader::~EvidenceLoader()
{
    cancel();
}

void EvidenceLoader::cancel()
{
    m_state->cancelled = true;
}

void EvidenceLoader::toFile(const QString &path)
{
    m_busy = true;
    QPointer<EvidenceLoader> self(this);
    QThreadPool::globalInstance()->start([self, state = m_state, library = m_libraryPath, sha = m_sha256, path] {
        QFile file(path);
        Status s = file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            ? readInto(library, sha, file, &state->cancelled, &state->done)
            : Status::failure(tr("A private copy could not be written (%1).").arg(file.errorString()));
        if (s && !file.flush())
            s = Status::failure(tr("A private copy could not be written (%1).").arg(file.errorString()));
        file.close();
        const bool ok = s.ok();
        const QString error = s.error();
        QMetaObject::invokeMethod(qApp, [self, ok, error] {
            if (!self)
                return;
            self->m_busy = false;
            Q_EMIT self->fileReady(ok, error);
        }, Qt::QueuedConnection);
    });
}

void EvidenceLoader::toImage()
{
    m_busy = true;
    QPointer<EvidenceLoader> self(this);
    QThreadPool::globalInstance()->start([self, state = m_state, library = m_libraryPath, sha = m_sha256] {
        QBuffer buffer;
        buffer.open(QIODevice::ReadWrite);
        QImage image;
        QString error;
        if (Status s = readInto(library, sha, buffer, &state->cancelled, &state->done); !s) {
            error = s.error();
        } else {
            buffer.seek(0);
            QImageReader reader(&buffer);
            reader.setAutoTransform(true);
            image = reader.read();
            if (image.isNull())
                error = tr("This image cannot be shown (%1). It is kept unchanged; open it with another program.")
                            .arg(reader.errorString());
        }
        QMetaObject::invokeMethod(qApp, [self, image, error] {
            if (!self)
                return;
            self->m_busy = false;
            Q_EMIT self->imageReady(image, error);
        }, Qt::QueuedConnection);
    });
}

} // namespace plaint
