#include "smsbackupimporter.h"

#include "backupxml.h"
#include "phonenumber.h"
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

QString stamp(const QDateTime &at)
{
    return at.toString(u"yyyy-MM-dd HH:mm"_s);
}

} // namespace

SmsBackupImporter::SmsBackupImporter(QIODevice &device, QStringList numbers, bool suggestPromises)
    : m_xml(&device), m_numbers(std::move(numbers)), m_enricher(suggestPromises)
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
    m_enricher.enrich(item, body, incoming);
    return std::optional<ImportItem>(std::move(item));
}

Result<std::optional<ImportItem>> SmsBackupImporter::readMms()
{
    const QXmlStreamAttributes a = m_xml.attributes();
    QStringList texts;
    QList<ImportedEvidence> pictures;
    QStringList badParts;
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
            const QStringView data = p.value("data"_L1);
            if (data.isEmpty())
                continue;
            QString name = backupxml::text(p, "cl"_L1);
            if (name.isEmpty())
                name = backupxml::text(p, "name"_L1);
            auto decoded = QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                badParts << (name.isEmpty() ? type : name);
                continue;
            }
            pictures.append({name.isEmpty() ? tr("mms-part") : name, std::move(*decoded)});
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
    for (const QString &part : std::as_const(badParts))
        skip(tr("%1 in the %2").arg(part, what), tr("its content is not valid base64"));
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
    m_enricher.enrich(item, body, incoming);
    return std::optional<ImportItem>(std::move(item));
}

} // namespace plaint
