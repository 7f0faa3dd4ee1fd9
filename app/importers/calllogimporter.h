#pragma once

#include "importer.h"

#include <QCoreApplication>
#include <QStringList>
#include <QXmlStreamReader>

class QIODevice;

namespace plaint {

// Reads the "calls" file of Android's SMS Backup & Restore: <call number
// date duration type/>, where date is ms since the epoch, duration is in
// seconds and type is 1 incoming, 2 outgoing, 3 missed, 4 voicemail,
// 5 rejected, 6 blocked, 7 answered elsewhere. Calls with the wanted numbers
// become phone events; the file is streamed.
class CallLogImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(CallLogImporter)
    Q_DISABLE_COPY_MOVE(CallLogImporter)

public:
    CallLogImporter(QIODevice &device, QStringList numbers);
    Result<std::optional<ImportItem>> next() override;

private:
    Result<std::optional<ImportItem>> readCall();
    Result<std::optional<ImportItem>> damaged();
    QString where() const;

    QXmlStreamReader m_xml;
    QStringList m_numbers;
    bool m_started = false;
    bool m_finished = false;
    qint64 m_otherNumbers = 0;
};

} // namespace plaint
