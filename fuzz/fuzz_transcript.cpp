// Any bytes as pasted text: decoded (detected encoding, or line by line when
// the lines are in different encodings), split into messages, searched for
// agent IDs and reference numbers. Every message has a time and words, and
// every line that is neither in a message nor a header is reported.
#include "agentreferencedetector.h"
#include "textdecoding.h"
#include "transcriptimporter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(data, qsizetype(size));
    auto text = plaint::TextDecoding::decodeText(bytes);
    if (!text)
        return 0; // refused with a message: bytes in no encoding Plaint reads
    const auto parsed = plaint::TranscriptImporter::parse(text->text, QDate(2021, 3, 19));
    // Line numbers count the lines the parser sees: CRLF is one break, a lone CR one too.
    const qsizetype lines = QString(text->text).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).count(u'\n')
        + text->text.count(u'\r') - text->text.count(QStringLiteral("\r\n")) + 1;
    for (const auto &m : parsed.messages) {
        if (!m.at.isValid() || m.text.isEmpty() || m.line < 1 || m.line > lines)
            __builtin_trap();
    }
    for (const auto &u : parsed.unplaced) {
        if (u.firstLine < 1 || u.lastLine < u.firstLine || u.lastLine > lines || u.why.isEmpty())
            __builtin_trap();
    }
    (void)plaint::AgentReferenceDetector::detect(text->text);
    return 0;
}
