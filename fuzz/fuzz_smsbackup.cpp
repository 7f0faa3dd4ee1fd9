// Any bytes as an SMS Backup & Restore file, read as messages and as calls.
#include "calllogimporter.h"
#include "smsbackupimporter.h"

#include <QBuffer>
#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace {

void drain(plaint::Importer &importer)
{
    for (int i = 0; i < 100000; ++i) {
        auto item = importer.next();
        if (!item || !item->has_value())
            return;
        const plaint::ImportItem &one = **item;
        if (!one.event.occurred.isValid() || one.event.summary.isEmpty() || one.sourceKey.isEmpty())
            __builtin_trap(); // the library would refuse it: the importer must not hand it over
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        plaint::SmsBackupImporter importer(buffer, {QStringLiteral("10086")});
        drain(importer);
    }
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        plaint::CallLogImporter importer(buffer, {QStringLiteral("10086")});
        drain(importer);
    }
    return 0;
}
