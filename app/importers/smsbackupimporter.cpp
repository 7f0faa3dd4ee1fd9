#include "smsbackupimporter.h"

#include "backupxml.h"
#include "eventenricher.h"
#include "phonenumber.h"
#include "safefilename.h"
#include "sha256.h"

#include <QIODevice>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace plaint {
namespace {

QString bodyKey(const QString &body)
{
    Sha256 hash;
    hash.addData(body.toUtf8());
    return hash.hexResult().left(16);
}

QString extensionFor(const QString &contentType)
{
    if (contentType == u"image/jpeg" || contentType == u"image/jpg")
        return u".jpg"_s;
    if (contentType.startsWith(u"image/") || contentType.startsWith(u"audio/") || contentType.startsWith(u"video/")) {
        const QString subtype = contentType.mid(contentType.indexOf(u'/') + 1).section(u';', 0, 0).trimmed();
        if (!subtype.isEmpty() && subtype.size() <= 8 && !subtype.contains(u'.'))
            return u'.' + subtype;
    }
    if (contentType.startsWith(u"text/x-vcard") || contentType.startsWith(u"text/vcard"))
        return u".vcf"_s;
    return {};
}

QString stamp(const QDateTime &at)
{
    return at.toString(u"yyyy-MM-dd HH:mm"_s);
}

} // namespace

SmsBackupImporter::SmsBackupImporter(QIODevice &device, QStringList numbers)
    : m_xml(&device), m_numbers(std::move(numbers))
{
}

QString SmsBackupImporter::where() const
{
    return tr("line %1, column %2").arg(m_xml.lineNumber()).arg(m_xml.columnNumber());
}

Result<std::optional<ImportItem>> SmsBackupImporter::damaged()
{
    using R = Result<std::optional<ImportItem>>;
    if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
        return R::failure(tr("The backup ends too early (at %1): it looks cut off. Nothing was imported.").arg(where()));
    return R::failure(tr("The backup is damaged at %1 (%2). Nothing was imported.").arg(where(), m_xml.errorString()));
}

Result<std::optional<ImportItem>> SmsBackupImporter::next()
{
    using R = Result<std::optional<ImportItem>>;
    if (m_finished)
        return std::optional<ImportItem>();
    if (!m_started) {
        if (!m_xml.readNextStartElement() && m_xml.characterOffset() == 0)
            return R::failure(tr("The file is empty. Nothing was imported."));
        if (m_xml.tokenType() != QXmlStreamReader::StartElement)
            return m_xml.hasError() ? damaged() : R::failure(tr("The file is empty or is not XML. Nothing was imported."));
        if (m_xml.name() == u"calls")
            return R::failure(tr("This is a call log backup; import it with \"plaint import calls\"."));
        if (m_xml.name() != u"smses")
            return R::failure(tr("This is not an SMS Backup & Restore file (it starts with <%1>, not <smses>).")
                                  .arg(m_xml.name().toString()));
        m_started = true;
    }
    while (m_xml.readNextStartElement()) {
        if (cancelRequested())
            return R::failure(tr("The import was cancelled; nothing was added."));
        R item = std::optional<ImportItem>();
        if (m_xml.name() == u"sms")
            item = readSms();
        else if (m_xml.name() == u"mms")
            item = readMms();
        else
            m_xml.skipCurrentElement();
        if (m_xml.hasError())
            return damaged();
        if (!item || item->has_value())
            return item;
    }
    if (m_xml.hasError())
        return damaged();
    // Whatever follows </smses> must still be well-formed.
    while (!m_xml.atEnd())
        m_xml.readNext();
    if (m_xml.hasError())
        return damaged();
    m_finished = true;
    if (m_otherNumbers > 0)
        skip(tr("%n message(s) with other numbers", nullptr, int(qMin<qint64>(m_otherNumbers, INT_MAX))),
             tr("not from or to the numbers asked for"));
    return std::optional<ImportItem>();
}

Result<std::optional<ImportItem>> SmsBackupImporter::readSms()
{
    const QXmlStreamAttributes a = m_xml.attributes();
    m_xml.skipCurrentElement();
    const QString address = backupxml::text(a, "address"_L1);
    if (!PhoneNumber::matchesAny(address, m_numbers)) {
        ++m_otherNumbers;
        return std::optional<ImportItem>();
    }
    const auto at = backupxml::time(a, "date"_L1);
    const QString type = a.value("type"_L1).toString();
    const QString body = a.value("body"_L1).toString();
    const QString what = at ? tr("SMS with %1 at %2").arg(address, stamp(*at)) : tr("SMS with %1").arg(address);
    if (!at) {
        skip(what, tr("its time (\"%1\") is not a time").arg(a.value("date"_L1).toString()));
        return std::optional<ImportItem>();
    }
    if (type != u"1" && type != u"2") {
        skip(what, tr("it is a draft or was never sent (type %1)").arg(type));
        return std::optional<ImportItem>();
    }
    const bool incoming = type == u"1";
    ImportItem item;
    item.event.occurred = *at;
    item.event.channel = Channel::Sms;
    item.event.direction = incoming ? Direction::Incoming : Direction::Outgoing;
    const QString excerpt = backupxml::excerpt(body);
    item.event.summary = incoming ? tr("SMS from %1: %2").arg(address, excerpt) : tr("SMS to %1: %2").arg(address, excerpt);
    if (excerpt.isEmpty())
        item.event.summary = incoming ? tr("Empty SMS from %1").arg(address) : tr("Empty SMS to %1").arg(address);
    if (!body.isEmpty())
        item.event.quotes = {body};
    item.sourceKey = u"sms:%1:%2:%3:%4"_s.arg(PhoneNumber::normalized(address))
                         .arg(at->toMSecsSinceEpoch())
                         .arg(type, bodyKey(body));
    EventEnricher::enrich(item, body);
    return std::optional<ImportItem>(std::move(item));
}

Result<std::optional<ImportItem>> SmsBackupImporter::readMms()
{
    const QXmlStreamAttributes a = m_xml.attributes();
    QStringList texts;
    struct PendingPart
    {
        QString name;
        QXmlStreamAttributes attributes;
    };
    QList<PendingPart> binary;
    QStringList largeParts;
    qint64 binaryBytes = 0;
    QStringList addresses{backupxml::text(a, "address"_L1)};
    // <mms> holds <parts><part .../></parts> and <addrs><addr .../></addrs>.
    int depth = 1;
    while (depth > 0 && !m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            --depth;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        ++depth;
        const QXmlStreamAttributes p = m_xml.attributes();
        if (m_xml.name() == u"addr") {
            addresses << backupxml::text(p, "address"_L1);
        } else if (m_xml.name() == u"part") {
            const QString type = backupxml::text(p, "ct"_L1).toLower();
            if (type == u"application/smil")
                continue;
            if (type.startsWith(u"text/plain")) {
                const QString t = backupxml::text(p, "text"_L1);
                if (!t.isEmpty())
                    texts << t;
                continue;
            }
            const qint64 length = p.value("data"_L1).size();
            if (length == 0)
                continue;
            QString name = SafeFileName::of(backupxml::text(p, "cl"_L1));
            if (name.isEmpty())
                name = SafeFileName::of(backupxml::text(p, "name"_L1));
            if (name.isEmpty())
                name = tr("mms-part-%1%2").arg(binary.size() + largeParts.size() + 1).arg(extensionFor(type));
            // Carriers refuse MMS over about 1 MB: a part this large is damage or
            // not a message at all, and is never decoded.
            const qint64 size = backupxml::base64DecodedSize(length);
            if (size > kMaxPartBytes || binaryBytes + size > kMaxMessageBytes) {
                largeParts << name;
                continue;
            }
            binaryBytes += size;
            // The attributes keep the reader's text alive: decoded only if the message is wanted.
            binary.append({name, p});
        }
    }
    if (m_xml.hasError())
        return std::optional<ImportItem>();
    const QString address = backupxml::text(a, "address"_L1);
    if (!PhoneNumber::matchesAny(addresses.join(u'~'), m_numbers)) {
        ++m_otherNumbers;
        return std::optional<ImportItem>();
    }
    const auto at = backupxml::time(a, "date"_L1);
    const QString box = a.value("msg_box"_L1).toString();
    const QString what = at ? tr("MMS with %1 at %2").arg(address, stamp(*at)) : tr("MMS with %1").arg(address);
    if (!at) {
        skip(what, tr("its time (\"%1\") is not a time").arg(a.value("date"_L1).toString()));
        return std::optional<ImportItem>();
    }
    if (box != u"1" && box != u"2") {
        skip(what, tr("it is a draft or was never sent (box %1)").arg(box));
        return std::optional<ImportItem>();
    }
    QList<ImportedEvidence> pictures;
    QStringList badParts;
    for (const PendingPart &part : std::as_const(binary)) {
        auto decoded = backupxml::base64(part.attributes.value("data"_L1));
        if (decoded)
            pictures.append({part.name, std::move(*decoded)});
        else
            badParts << part.name;
    }
    for (const QString &part : std::as_const(badParts))
        skip(tr("%1 in the %2").arg(part, what), tr("its content is not valid base64"));
    for (const QString &part : std::as_const(largeParts))
        skip(tr("%1 in the %2").arg(part, what),
             tr("it is larger than %1 MB; carriers limit MMS to about 1 MB, so it was not imported")
                 .arg(kMaxPartBytes / (1024 * 1024)));
    const bool incoming = box == u"1";
    const QString body = texts.join(u'\n');
    ImportItem item;
    item.event.occurred = *at;
    item.event.channel = Channel::Sms;
    item.event.direction = incoming ? Direction::Incoming : Direction::Outgoing;
    QString excerpt = backupxml::excerpt(body);
    if (excerpt.isEmpty())
        excerpt = tr("%n picture(s)", nullptr, int(pictures.size()));
    item.event.summary = incoming ? tr("MMS from %1: %2").arg(address, excerpt) : tr("MMS to %1: %2").arg(address, excerpt);
    if (!body.isEmpty())
        item.event.quotes = {body};
    Sha256 hash;
    hash.addData(body.toUtf8());
    for (const ImportedEvidence &e : std::as_const(pictures))
        hash.addData(e.data);
    item.sourceKey = u"mms:%1:%2:%3:%4"_s.arg(PhoneNumber::normalized(address))
                         .arg(at->toMSecsSinceEpoch())
                         .arg(box, hash.hexResult().left(16));
    item.evidence = std::move(pictures);
    EventEnricher::enrich(item, body);
    return std::optional<ImportItem>(std::move(item));
}

} // namespace plaint
