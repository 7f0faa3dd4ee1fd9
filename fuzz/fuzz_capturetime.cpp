// Any bytes as the start of a JPEG, and as a file name.
#include "capturetime.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(data, qsizetype(size));
    if (auto t = plaint::CaptureTime::fromExif(bytes); t && !t->isValid())
        __builtin_trap();
    (void)plaint::CaptureTime::fromFileName(QString::fromUtf8(bytes));
    return 0;
}
