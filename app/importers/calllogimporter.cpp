#include "calllogimporter.h"

#include "backupxml.h"
#include "phonenumber.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace plaint {

CallLogImporter::CallLogImporter(QIODevice &device, QStringList numbers)
    : m_xml(&device), m_numbers(std::move(numbers))
{
}

QString CallLogImporter::where() const
{
    return tr("line %1, column %2").arg(m_xml.lineNumber()).arg(m_xml.columnNumber());
}

Result<std::optional<ImportItem>> CallLogImporter::damaged()
{
    using R = Result<std::optional<ImportItem>>;
    if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
        return R::failure(tr("The backup ends too early (at %1): it looks cut off. Nothing was imported.").arg(where()));
    return R::failure(tr("The backup is damaged at %1 (%2). Nothing was imported.").arg(where(), m_xml.errorString()));
}

Result<std::optional<ImportItem>> CallLogImporter::next()
{
    using R = Result<std::optional<ImportItem>>;
    if (m_finished)
        return std::optional<ImportItem>();
    if (!m_started) {
        if (!m_xml.readNextStartElement() && m_xml.characterOffset() == 0)
            return R::failure(tr("The file is empty. Nothing was imported."));
        if (m_xml.tokenType() != QXmlStreamReader::StartElement)
            return m_xml.hasError() ? damaged() : R::failure(tr("The file is empty or is not XML. Nothing was imported."));
        if (m_xml.name() == u"smses")
            return R::failure(tr("This is an SMS backup; import it with \"plaint import sms\"."));
        if (m_xml.name() != u"calls")
            return R::failure(tr("This is not an SMS Backup & Restore call log (it starts with <%1>, not <calls>).")
                                  .arg(m_xml.name().toString()));
        m_started = true;
    }
    while (m_xml.readNextStartElement()) {
        if (cancelRequested())
            return R::failure(tr("The import was cancelled; nothing was added."));
        R item = std::optional<ImportItem>();
        if (m_xml.name() == u"call")
            item = readCall();
        else
            m_xml.skipCurrentElement();
        if (m_xml.hasError())
            return damaged();
        if (!item || item->has_value())
            return item;
    }
    while (!m_xml.atEnd())
        m_xml.readNext();
    if (m_xml.hasError())
        return damaged();
    m_finished = true;
    if (m_otherNumbers > 0)
        skip(tr("%n call(s) with other numbers", nullptr, int(qMin<qint64>(m_otherNumbers, INT_MAX))),
             tr("not from or to the numbers asked for"));
    return std::optional<ImportItem>();
}

Result<std::optional<ImportItem>> CallLogImporter::readCall()
{
    const QXmlStreamAttributes a = m_xml.attributes();
    m_xml.skipCurrentElement();
    const QString number = backupxml::text(a, "number"_L1);
    if (!PhoneNumber::matchesAny(number, m_numbers)) {
        ++m_otherNumbers;
        return std::optional<ImportItem>();
    }
    const auto at = backupxml::time(a, "date"_L1);
    const QString what = at ? tr("call with %1 at %2").arg(number, at->toString(u"yyyy-MM-dd HH:mm"_s))
                            : tr("call with %1").arg(number);
    if (!at) {
        skip(what, tr("its time (\"%1\") is not a time").arg(a.value("date"_L1).toString()));
        return std::optional<ImportItem>();
    }
    bool durationOk = false;
    const qint64 duration = a.value("duration"_L1).toLongLong(&durationOk);
    const int type = a.value("type"_L1).toInt();
    ImportItem item;
    item.event.occurred = *at;
    item.event.channel = Channel::Phone;
    item.event.direction = type == 2 ? Direction::Outgoing : Direction::Incoming;
    item.event.durationSeconds = durationOk && duration >= 0 ? duration : -1;
    const QString length = item.event.durationSeconds >= 0
        ? tr("%1:%2").arg(duration / 60).arg(duration % 60, 2, 10, QLatin1Char('0'))
        : QString();
    switch (type) {
    case 1: item.event.summary = tr("Incoming call from %1 (%2)").arg(number, length); break;
    case 2: item.event.summary = tr("Outgoing call to %1 (%2)").arg(number, length); break;
    case 3: item.event.summary = tr("Missed call from %1").arg(number); break;
    case 4: item.event.summary = tr("Voicemail from %1 (%2)").arg(number, length); break;
    case 5: item.event.summary = tr("Rejected call from %1").arg(number); break;
    case 6: item.event.summary = tr("Blocked call from %1").arg(number); break;
    case 7: item.event.summary = tr("Call from %1 answered on another device (%2)").arg(number, length); break;
    default:
        skip(what, tr("its kind (type %1) is not one Plaint knows").arg(a.value("type"_L1).toString()));
        return std::optional<ImportItem>();
    }
    if (type == 3 || type == 5 || type == 6)
        item.event.outcome = type == 3 ? tr("missed") : type == 5 ? tr("rejected") : tr("blocked");
    item.sourceKey = u"call:%1:%2:%3:%4"_s.arg(PhoneNumber::normalized(number))
                         .arg(at->toMSecsSinceEpoch())
                         .arg(type)
                         .arg(item.event.durationSeconds);
    return std::optional<ImportItem>(std::move(item));
}

} // namespace plaint
