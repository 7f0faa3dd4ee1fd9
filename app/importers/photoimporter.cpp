#include "photoimporter.h"

#include "capturetime.h"
#include "sha256.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

using namespace Qt::StringLiterals;

namespace plaint {

PhotoImporter::PhotoImporter(QStringList paths, Channel channel) : m_paths(std::move(paths)), m_channel(channel) {}

QString PhotoImporter::summary(const QString &name, const CaptureTime &capture)
{
    const bool screenshot = name.contains(u"screenshot"_s, Qt::CaseInsensitive) || name.contains(u"截屏"_s)
        || name.contains(u"截图"_s) || name.contains(u"螢幕"_s) || name.contains(u"截圖"_s);
    const QString source = CaptureTime::describe(capture.source);
    return screenshot ? tr("Screenshot %1 (%2)").arg(name, source) : tr("Photo %1 (%2)").arg(name, source);
}

Result<std::optional<ImportItem>> PhotoImporter::next()
{
    using R = Result<std::optional<ImportItem>>;
    while (m_index < m_paths.size()) {
        const QString path = m_paths.at(m_index++);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return R::failure(tr("%1 cannot be read (%2); nothing was imported.").arg(path, file.errorString()));
        if (file.size() == 0) {
            skip(QFileInfo(path).fileName(), tr("the file is empty"));
            continue;
        }
        const QMimeType type = QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchContent);
        if (!type.name().startsWith(u"image/"_s)) {
            skip(QFileInfo(path).fileName(), tr("it is not a picture (%1)").arg(type.name()));
            continue;
        }
        // The same picture is one event however it is named: key it by content.
        Sha256 hash;
        while (!file.atEnd()) {
            const QByteArray chunk = file.read(1 << 20);
            if (chunk.isEmpty() && file.error() != QFileDevice::NoError)
                return R::failure(tr("%1 cannot be read (%2); nothing was imported.").arg(path, file.errorString()));
            hash.addData(chunk);
        }
        const CaptureTime capture = CaptureTime::of(path);
        const QString name = QFileInfo(path).fileName();
        ImportItem item;
        item.event.occurred = capture.when;
        item.event.channel = m_channel;
        item.event.direction = Direction::Note;
        item.event.summary = summary(name, capture);
        item.files = {path};
        item.sourceKey = u"file:"_s + hash.hexResult();
        return std::optional<ImportItem>(std::move(item));
    }
    return std::optional<ImportItem>();
}

} // namespace plaint
