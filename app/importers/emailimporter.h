#pragma once

#include "importer.h"

#include <QCoreApplication>

class QIODevice;

namespace plaint {

// E-mail as people keep it: one message in an .eml file, or a whole mailbox
// in mbox form (messages after "From " lines, ">From " unescaped). Each
// message becomes an e-mail event; the raw message and its attachments
// become evidence. A mailbox is read one message at a time.
class EmailImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(EmailImporter)
    Q_DISABLE_COPY_MOVE(EmailImporter)

public:
    static constexpr qint64 kMaxMessageBytes = 256LL * 1024 * 1024;

    // `myAddresses`: the user's own addresses, whose messages are outgoing.
    explicit EmailImporter(QIODevice &device, QStringList myAddresses = {});
    Result<std::optional<ImportItem>> next() override;

    // One message's bytes to an item; std::nullopt (and a skip) when it has no date.
    Result<std::optional<ImportItem>> fromMessage(const QByteArray &raw);

private:
    Result<std::optional<QByteArray>> nextMessage();

    QIODevice &m_device;
    QStringList m_myAddresses;
    bool m_started = false;
    bool m_mbox = false;
    QByteArray m_pendingFromLine;
    qsizetype m_leadingBlank = 0;
    int m_index = 0;
};

} // namespace plaint
