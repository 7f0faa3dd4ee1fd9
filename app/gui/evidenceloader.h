#pragma once

#include <QImage>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace plaint {

// Reads one piece of evidence out of the library off the window's thread, on
// its own read-only connection: into a file (for the PDF viewer, the player,
// or another program) or decoded as an image. A large recording never
// freezes the window; progress() says how far it got, cancel() stops it.
class EvidenceLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceLoader)

public:
    EvidenceLoader(QString libraryPath, QString sha256, qint64 size, QObject *parent = nullptr);
    ~EvidenceLoader() override;

    // Writes the evidence into `path` (which must exist or be creatable), then fileReady.
    void toFile(const QString &path);
    // Reads and decodes the evidence as an image, then imageReady.
    void toImage();
    void cancel();

    bool isBusy() const { return m_busy; }
    qint64 size() const { return m_size; }
    // Bytes read so far.
    qint64 done() const { return m_state->done.load(); }

Q_SIGNALS:
    void fileReady(bool ok, const QString &error);
    void imageReady(const QImage &image, const QString &error);

private:
    struct State
    {
        std::atomic<bool> cancelled{false};
        std::atomic<qint64> done{0};
    };

    QString m_libraryPath;
    QString m_sha256;
    qint64 m_size;
    bool m_busy = false;
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

} // namespace plaint
