#pragma once

#include "eventenricher.h"
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
    SmsBackupImporter(QIODevice &device, QStringList numbers, bool suggestPromises = false);
    Result<std::optional<ImportItem>> next() override;

private:
    Result<std::optional<ImportItem>> readSms();
    Result<std::optional<ImportItem>> readMms();
    Result<std::optional<ImportItem>> damaged();
    QString where() const;

    QXmlStreamReader m_xml;
    QStringList m_numbers;
    EventEnricher m_enricher;
    bool m_started = false;
    bool m_finished = false;
    qint64 m_otherNumbers = 0;
};

} // namespace plaint
