// Any bytes as a mailbox or an .eml file, read by the e-mail importer: the
// mbox splitter (EmailImporter::nextMessage: "From " lines, ">From "
// unescaping, blank lines before the first message) and every message it
// hands to the MIME parser. Whatever the bytes, an item the library would
// refuse is never handed over, stored names stay in their folder, and the
// raw message is kept as the first piece of evidence.
#include "emailimporter.h"

#include <QBuffer>
#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    plaint::EmailImporter importer(buffer, {QStringLiteral("me@example.invalid")});
    qsizetype rawBytes = 0;
    for (int i = 0; i < 10000; ++i) {
        auto item = importer.next();
        if (!item || !item->has_value())
            break;
        const plaint::ImportItem &one = **item;
        if (!one.event.occurred.isValid() || one.event.summary.trimmed().isEmpty() || one.sourceKey.isEmpty())
            __builtin_trap();
        if (one.evidence.isEmpty() || !one.evidence.first().fileName.endsWith(QStringLiteral(".eml")))
            __builtin_trap(); // the raw message comes first
        rawBytes += one.evidence.first().data.size();
        for (const plaint::ImportedEvidence &e : one.evidence) {
            if (e.fileName.isEmpty() || e.fileName.contains(u'/') || e.fileName.contains(u'\\') || e.fileName.startsWith(u'.'))
                __builtin_trap();
        }
    }
    // Messages are cut out of the input, never made up: together no larger than it.
    if (rawBytes > bytes.size())
        __builtin_trap();
    return 0;
}
