// Any bytes as pasted text: decoded (detected encoding), split into messages,
// searched for agent IDs and reference numbers.
#include "agentreferencedetector.h"
#include "textdecoding.h"
#include "transcriptimporter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(data, qsizetype(size));
    auto text = plaint::TextDecoding::decode(bytes);
    if (!text)
        __builtin_trap(); // detection never fails
    for (const auto &m : plaint::TranscriptImporter::split(*text)) {
        if (!m.at.isValid() || m.text.isEmpty())
            __builtin_trap();
    }
    (void)plaint::AgentReferenceDetector::detect(*text);
    return 0;
}
