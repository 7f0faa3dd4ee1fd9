#include "thumbnailcache.h"

#include "backgroundpriority.h"
#include "library.h"

#include <QBuffer>
#include <QImageReader>
#include <QMetaObject>
#include <QPointer>

#include <memory>

namespace plaint {
namespace {

// Evidence larger than this is not decoded for a thumbnail.
constexpr qint64 kLargestDecoded = 64 * 1024 * 1024;

QImage makeThumbnail(const QString &path, const QString &sha256)
{
    // One connection per worker thread, closed when the thread ends.
    thread_local std::unique_ptr<Library> library;
    thread_local QString openedPath;
    if (!library || openedPath != path) {
        library.reset();
        auto opened = Library::open(path, Library::OpenMode::ReadOnly);
        if (!opened)
            return {};
        library = std::move(opened).value();
        openedPath = path;
    }
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    if (!library->readEvidence(sha256, buffer))
        return {};
    buffer.seek(0);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && size.height() > ThumbnailCache::kHeight * 2)
        reader.setScaledSize(size.scaled(QSize(ThumbnailCache::kHeight * 4, ThumbnailCache::kHeight * 2), Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull())
        return {};
    return image.scaledToHeight(ThumbnailCache::kHeight * 2, Qt::SmoothTransformation);
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

bool ThumbnailCache::waitForIdle(int msecs)
{
    return m_pool.waitForDone(msecs);
}

QImage ThumbnailCache::thumbnail(const QString &sha256, const QString &mimeType)
{
    if (m_images.contains(sha256))
        return m_images.value(sha256);
    if (!mimeType.startsWith(u"image/") || m_pending.contains(sha256))
        return {};
    m_pending.insert(sha256);
    const QString path = m_path;
    QPointer<ThumbnailCache> self(this);
    m_pool.start([self, path, sha256] {
        lowerThisThreadsPriority();
        const QImage image = makeThumbnail(path, sha256);
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
}

} // namespace plaint
