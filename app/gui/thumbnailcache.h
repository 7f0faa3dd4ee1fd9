#pragma once

#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QThreadPool>

namespace plaint {

// Small pictures of image evidence and of a PDF's first page for the
// timeline, made off the UI thread: each worker thread reads the evidence
// through its own connection to the library and decodes (or renders) it at
// thumbnail size. Until one is ready, rows show none.
class ThumbnailCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailCache)

public:
    static constexpr int kHeight = 48;

    ThumbnailCache(QString libraryPath, QObject *parent = nullptr);
    ~ThumbnailCache() override;

    // Images and PDFs get one.
    static bool canShow(const QString &mimeType);
    // The thumbnail when it is ready; otherwise a null image, and it is being made.
    QImage thumbnail(const QString &sha256, const QString &mimeType, qint64 size = 0);
    bool waitForIdle(int msecs);
    // Thumbnails asked for and not made yet; made (or found impossible) so far.
    int pendingCount() const { return int(m_pending.size()); }
    int madeCount() const { return int(m_images.size()); }
    // Made, or found impossible to make.
    bool isDone(const QString &sha256) const { return m_images.contains(sha256); }

Q_SIGNALS:
    void ready(const QString &sha256);
    // Also when it cannot be made.
    void finished(const QString &sha256);

private:
    void store(const QString &sha256, const QImage &image);

    QString m_path;
    QThreadPool m_pool;
    QHash<QString, QImage> m_images;
    QSet<QString> m_pending;
};

} // namespace plaint
