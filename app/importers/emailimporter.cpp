#include "emailimporter.h"

#include "eventenricher.h"
#include "mailmessage.h"
#include "safefilename.h"
#include "sha256.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace plaint {
namespace {

// One line, however long, read in small pieces: QIODevice::readLine(maxSize)
// reserves maxSize bytes for every line, which for a 256 MB limit made a
// mailbox crawl. A line longer than `limit` is returned as far as the limit.
QByteArray readLine(QIODevice &device, qint64 limit)
{
    QByteArray line;
    char chunk[16 * 1024];
    while (line.size() <= limit) {
        const qint64 n = device.readLine(chunk, sizeof chunk);
        if (n <= 0)
            break;
        line.append(chunk, n);
        if (chunk[n - 1] == '\n')
            break;
    }
    return line;
}

} // namespace

EmailImporter::EmailImporter(QIODevice &device, QStringList myAddresses)
    : m_device(device), m_myAddresses(std::move(myAddresses))
{
}

Result<std::optional<QByteArray>> EmailImporter::nextMessage()
{
    using R = Result<std::optional<QByteArray>>;
    if (!m_started) {
        m_started = true;
        // Blank lines before the first message (a mailbox saved by hand, a
        // copy that started with a line break) are not a message.
        const QByteArray head = m_device.peek(64 * 1024);
        qsizetype start = 0;
        while (start < head.size() && (head[start] == '\n' || head[start] == '\r' || head[start] == ' ' || head[start] == '\t'))
            ++start;
        m_mbox = QByteArrayView(head).sliced(start).startsWith("From ");
        if (m_mbox && start > 0)
            m_device.skip(start);
        if (!m_mbox) {
            if (m_device.size() > kMaxMessageBytes)
                return R::failure(tr("The message is larger than %1 MB; Plaint does not import messages that large.")
                                      .arg(kMaxMessageBytes / (1024 * 1024)));
            QByteArray all = m_device.readAll();
            if (all.trimmed().isEmpty())
                return R::failure(tr("The file is empty."));
            m_leadingBlank = start;
            return std::optional<QByteArray>(std::move(all));
        }
        m_pendingFromLine = readLine(m_device, kMaxMessageBytes);
    }
    if (!m_mbox || m_pendingFromLine.isEmpty())
        return std::optional<QByteArray>();
    // mbox: a message runs until the next "From " line that follows an empty line.
    QByteArray message;
    bool previousBlank = false;
    m_pendingFromLine.clear();
    while (!m_device.atEnd()) {
        QByteArray line = readLine(m_device, kMaxMessageBytes);
        if (previousBlank && line.startsWith("From ")) {
            m_pendingFromLine = line;
            break;
        }
        const QByteArrayView content = QByteArrayView(line).trimmed();
        previousBlank = content.isEmpty();
        // mboxrd: ">From ", ">>From " ... lose one '>'.
        qsizetype quotes = 0;
        while (quotes < line.size() && line[quotes] == '>')
            ++quotes;
        if (quotes > 0 && QByteArrayView(line).sliced(quotes).startsWith("From "))
            line.remove(0, 1);
        message += line;
        if (message.size() > kMaxMessageBytes)
            return R::failure(tr("Message %1 of the mailbox is larger than %2 MB; Plaint does not import messages "
                                 "that large.")
                                  .arg(m_index + 1)
                                  .arg(kMaxMessageBytes / (1024 * 1024)));
    }
    // The empty line that separates messages is not part of the message.
    if (message.endsWith("\r\n\r\n"))
        message.chop(2);
    else if (message.endsWith("\n\n"))
        message.chop(1);
    return std::optional<QByteArray>(std::move(message));
}

Result<std::optional<ImportItem>> EmailImporter::next()
{
    using R = Result<std::optional<ImportItem>>;
    for (;;) {
        auto raw = nextMessage();
        if (!raw)
            return R::failure(raw.error());
        if (!raw->has_value())
            return std::optional<ImportItem>();
        ++m_index;
        auto item = fromMessage(**raw);
        if (!item)
            return item;
        if (item->has_value())
            return item;
    }
}

Result<std::optional<ImportItem>> EmailImporter::fromMessage(const QByteArray &raw)
{
    // The raw message is kept as it came; only the reading skips blank lines before its headers.
    auto parsed = MailMessage::parse(QByteArrayView(raw).sliced(qMin(m_leadingBlank, raw.size())));
    m_leadingBlank = 0;
    const QString what = tr("message %1").arg(m_index);
    if (!parsed) {
        if (!m_mbox)
            return Result<std::optional<ImportItem>>::failure(parsed.error());
        skip(what, parsed.error());
        return std::optional<ImportItem>();
    }
    const MailMessage &m = *parsed;
    const QString subject = m.subject.isEmpty() ? tr("(no subject)") : m.subject;
    if (!m.date.isValid()) {
        skip(tr("%1 \"%2\"").arg(what, subject), tr("it has no readable Date header"));
        return std::optional<ImportItem>();
    }
    ImportItem item;
    const QDateTime local = m.date.toLocalTime();
    item.event.occurred = local.toOffsetFromUtc(local.offsetFromUtc());
    item.event.channel = Channel::Email;
    bool mine = false;
    for (const QString &address : std::as_const(m_myAddresses))
        mine = mine || (!address.trimmed().isEmpty() && m.from.contains(address.trimmed(), Qt::CaseInsensitive));
    item.event.direction = mine ? Direction::Outgoing : Direction::Incoming;
    item.event.summary = mine ? tr("E-mail to %1: %2").arg(m.to.isEmpty() ? tr("(no recipient)") : m.to, subject)
                              : tr("E-mail from %1: %2").arg(m.from.isEmpty() ? tr("(unknown sender)") : m.from, subject);
    if (!m.text.isEmpty())
        item.event.quotes = {m.text.left(20000)};
    QString rawName = SafeFileName::of(m.subject.left(60));
    if (rawName.isEmpty())
        rawName = tr("message");
    item.evidence.append({rawName + u".eml"_s, raw});
    for (const MailMessage::Part &part : m.attachments)
        item.evidence.append({part.fileName, part.data});
    if (!m.messageId.isEmpty()) {
        item.sourceKey = u"email:"_s + m.messageId;
    } else {
        Sha256 hash;
        hash.addData(raw);
        item.sourceKey = u"email-sha256:"_s + hash.hexResult();
    }
    EventEnricher::enrich(item, m.subject + u'\n' + m.text);
    for (const QString &problem : m.problems)
        warn(tr("%1 \"%2\"").arg(what, subject), problem);
    if (!m.problems.isEmpty())
        item.event.outcome = tr("Imported with problems: %1.").arg(m.problems.join(u"; "_s));
    return std::optional<ImportItem>(std::move(item));
}

} // namespace plaint
