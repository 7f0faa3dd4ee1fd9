#pragma once

#include "capturetime.h"
#include "importer.h"
#include "vocabulary.h"

#include <QCoreApplication>
#include <QStringList>

namespace plaint {

// Screenshots and photos: one event per picture at the time it was taken
// (see CaptureTime), with the picture as its evidence. The event says which
// source the time came from. The same picture imported twice is one event.
class PhotoImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(PhotoImporter)
    Q_DISABLE_COPY_MOVE(PhotoImporter)

public:
    PhotoImporter(QStringList paths, Channel channel = Channel::Note);
    Result<std::optional<ImportItem>> next() override;
    qsizetype position() const { return m_index; }
    // "Screenshot Screenshot_20210318-101523.png (time from the file's name)":
    // what the event of a picture says, here and when a picture is dropped.
    static QString summary(const QString &fileName, const CaptureTime &capture);

private:
    QStringList m_paths;
    Channel m_channel;
    qsizetype m_index = 0;
};

} // namespace plaint
