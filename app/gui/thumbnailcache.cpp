#include "thumbnailcache.h"

#include "backgroundpriority.h"
#include "library.h"

#include <QBuffer>
#include <QImageReader>
#include <QMetaObject>
#include <QPainter>
#include <QPdfDocument>
#include <QPointer>
#include <QTemporaryFile>

#include <memory>

using namespace Qt::StringLiterals;

namespace plaint {
namespace {

// Images whose pixels would take more than this are decoded at thumbnail
// size by the reader (JPEG does it while decoding) instead of whole; evidence
// larger than this is read through a temporary file rather than memory.
constexpr qint64 kLargestDecoded = 64 * 1024 * 1024;

const QSize kLargest(ThumbnailCache::kHeight * 4, ThumbnailCache::kHeight * 2);

Library *threadLibrary(const QString &path)
{
    // One connection per worker thread, closed when the thread ends.
    thread_local std::unique_ptr<Library> library;
    thread_local QString openedPath;
    if (!library || openedPath != path) {
        library.reset();
        auto opened = Library::open(path, Library::OpenMode::ReadOnly);
        if (!opened)
            return nullptr;
        library = std::move(opened).value();
        openedPath = path;
    }
    return library.get();
}

QImage fitted(const QImage &image)
{
    if (image.isNull())
        return {};
    return image.height() == kLargest.height() ? image : image.scaledToHeight(kLargest.height(), Qt::SmoothTransformation);
}

QImage pdfFirstPage(const QString &file)
{
    QPdfDocument document;
    if (document.load(file) != QPdfDocument::Error::None || document.pageCount() < 1)
        return {};
    const QSizeF points = document.pagePointSize(0);
    if (points.isEmpty())
        return {};
    const QSize size = points.scaled(QSizeF(kLargest), Qt::KeepAspectRatio).toSize().expandedTo(QSize(1, 1));
    const QImage page = document.render(0, size);
    document.close();
    if (page.isNull())
        return {};
    // Pages are paper: white under what PDFium leaves transparent.
    QImage paper(page.size(), QImage::Format_RGB32);
    paper.fill(Qt::white);
    QPainter painter(&paper);
    painter.drawImage(0, 0, page);
    painter.end();
    return paper;
}

QImage decodedImage(QIODevice &device)
{
    QImageReader reader(&device);
    reader.setAutoTransform(true);
    QSize size = reader.size();
    if (size.isValid() && reader.transformation().testFlag(QImageIOHandler::TransformationRotate90))
        size.transpose();
    if (size.isValid() && size.height() > kLargest.height()) {
        const QSize target = size.scaled(kLargest, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
        if (qint64(size.width()) * size.height() * 4 > kLargestDecoded)
            reader.setScaledSize(reader.transformation().testFlag(QImageIOHandler::TransformationRotate90)
                                     ? target.transposed() : target);
    }
    return fitted(reader.read());
}

QImage makeThumbnail(const QString &path, const QString &sha256, const QString &mimeType, qint64 size)
{
    Library *library = threadLibrary(path);
    if (!library)
        return {};
    if (mimeType == u"application/pdf" || size > kLargestDecoded) {
        QTemporaryFile file;
        if (!file.open() || !library->readEvidence(sha256, file) || !file.flush())
            return {};
        if (mimeType == u"application/pdf")
            return pdfFirstPage(file.fileName());
        file.seek(0);
        return decodedImage(file);
    }
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    if (!library->readEvidence(sha256, buffer))
        return {};
    buffer.seek(0);
    return decodedImage(buffer);
}

} // namespace

ThumbnailCache::ThumbnailCache(QString libraryPath, QObject *parent) : QObject(parent), m_path(std::move(libraryPath))
{
    m_pool.setMaxThreadCount(2);
    m_pool.setExpiryTimeout(30000);
}

ThumbnailCache::~ThumbnailCache()
{
    m_pool.clear();
    m_pool.waitForDone();
}

bool ThumbnailCache::canShow(const QString &mimeType)
{
    return mimeType.startsWith(u"image/") || mimeType == u"application/pdf";
}

bool ThumbnailCache::waitForIdle(int msecs)
{
    return m_pool.waitForDone(msecs);
}

QImage ThumbnailCache::thumbnail(const QString &sha256, const QString &mimeType, qint64 size)
{
    if (m_images.contains(sha256))
        return m_images.value(sha256);
    if (!canShow(mimeType) || m_pending.contains(sha256))
        return {};
    m_pending.insert(sha256);
    const QString path = m_path;
    QPointer<ThumbnailCache> self(this);
    m_pool.start([self, path, sha256, mimeType, size] {
        lowerThisThreadsPriority();
        const QImage image = makeThumbnail(path, sha256, mimeType, size);
        if (self)
            QMetaObject::invokeMethod(self, [self, sha256, image] {
                if (self)
                    self->store(sha256, image);
            }, Qt::QueuedConnection);
    });
    return {};
}

void ThumbnailCache::store(const QString &sha256, const QImage &image)
{
    m_pending.remove(sha256);
    m_images.insert(sha256, image); // a null image means "cannot be shown": not tried again
    if (!image.isNull())
        Q_EMIT ready(sha256);
    Q_EMIT finished(sha256);
}

} // namespace plaint
