#pragma once

#include "importer.h"

#include <QCoreApplication>
#include <QStringList>
#include <QXmlStreamReader>

class QIODevice;

namespace plaint {

// Reads the "smses" file of Android's SMS Backup & Restore: <sms> elements
// (date in ms since the epoch, type 1 received / 2 sent, body) and <mms>
// elements (msg_box 1 / 2, text parts, pictures as base64 in a part's data
// attribute, which become evidence). Only messages with the wanted numbers
// become events; the file is streamed, never read whole.
class SmsBackupImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(SmsBackupImporter)
    Q_DISABLE_COPY_MOVE(SmsBackupImporter)

public:
    // A part larger than this is skipped with its reason, never decoded.
    static constexpr qint64 kMaxPartBytes = 32LL * 1024 * 1024;
    static constexpr qint64 kMaxMessageBytes = 64LL * 1024 * 1024;

    SmsBackupImporter(QIODevice &device, QStringList numbers);
    Result<std::optional<ImportItem>> next() override;

private:
    Result<std::optional<ImportItem>> readSms();
    Result<std::optional<ImportItem>> readMms();
    Result<std::optional<ImportItem>> damaged();
    QString where() const;

    QXmlStreamReader m_xml;
    QStringList m_numbers;
    bool m_started = false;
    bool m_finished = false;
    qint64 m_otherNumbers = 0;
};

} // namespace plaint
