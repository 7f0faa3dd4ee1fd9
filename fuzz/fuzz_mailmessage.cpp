// Any bytes as an e-mail message, and as header values and dates.
#include "mailmessage.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(data, qsizetype(size));
    auto parsed = plaint::MailMessage::parse(bytes);
    if (parsed) {
        for (const plaint::MailMessage::Part &part : parsed->attachments) {
            // Whatever the message says, a stored name never leaves its folder.
            if (part.fileName.contains(u'/') || part.fileName.contains(u'\\') || part.fileName.startsWith(u'.'))
                __builtin_trap();
        }
    }
    (void)plaint::MailMessage::decodeHeader(bytes);
    (void)plaint::MailMessage::parseDate(QString::fromUtf8(bytes));
    (void)plaint::MailMessage::decodeQuotedPrintable(bytes);
    return 0;
}
