#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace plaint {

// When a photo or screenshot was taken: from the picture's EXIF data
// (DateTimeOriginal, with OffsetTimeOriginal when the camera wrote one),
// else from the name phones and apps give such files, else from the file's
// modification time. The user sees which it was.
class CaptureTime final
{
    Q_DECLARE_TR_FUNCTIONS(CaptureTime)

public:
    // Added: nothing in the picture tells (pasted pixels); the time it was added.
    enum class Source { Exif, FileName, FileTime, Added };

    QDateTime when;
    Source source = Source::FileTime;

    static CaptureTime of(const QString &path);
    // From the first bytes of a JPEG file (its APP1 segment is in the first 64 KB + headers).
    static std::optional<QDateTime> fromExif(QByteArrayView jpeg);
    // Screenshot_20210318-101523.png, Screenshot 2021-03-18 at 10.15.23.png,
    // 微信图片_20210318101523.jpg, IMG_20210318_101523.jpg,
    // Screenshot_2021-03-18-10-15-23-123_com.app.png, mmexport1616033723000.jpg...
    static std::optional<QDateTime> fromFileName(const QString &name);
    static QString describe(Source source);
};

} // namespace plaint
