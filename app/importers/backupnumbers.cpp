#include "backupnumbers.h"

#include "backupxml.h"
#include "phonenumber.h"

#include <QHash>
#include <QIODevice>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace plaint {

Result<QList<BackupNumbers::Number>> BackupNumbers::read(QIODevice &device, const std::atomic_bool *cancel)
{
    using R = Result<QList<Number>>;
    QXmlStreamReader xml(&device);
    if (!xml.readNextStartElement())
        return R::failure(xml.hasError() ? tr("The backup is damaged (%1).").arg(xml.errorString())
                                         : tr("The file is empty or is not XML."));
    const bool calls = xml.name() == u"calls";
    if (!calls && xml.name() != u"smses")
        return R::failure(tr("This is not an SMS Backup & Restore file (it starts with <%1>).").arg(xml.name().toString()));
    QHash<QString, Number> numbers;
    auto count = [&](const QString &address, const QString &contact) {
        const QString n = PhoneNumber::normalized(address);
        if (n.isEmpty())
            return;
        Number &entry = numbers[n];
        if (entry.normalized.isEmpty()) {
            entry.number = address.trimmed();
            entry.normalized = n;
        }
        if (entry.contactName.isEmpty() && contact != u"(Unknown)")
            entry.contactName = contact;
        ++entry.count;
    };
    while (xml.readNextStartElement()) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return R::failure(tr("Cancelled."));
        const QXmlStreamAttributes a = xml.attributes();
        const QString contact = backupxml::text(a, "contact_name"_L1);
        if (xml.name() == u"sms" || xml.name() == u"call") {
            count(backupxml::text(a, calls ? "number"_L1 : "address"_L1), contact);
        } else if (xml.name() == u"mms") {
            // An MMS to several people names them all, joined by '~'.
            for (const QString &address : backupxml::text(a, "address"_L1).split(u'~', Qt::SkipEmptyParts))
                count(address, contact);
        }
        xml.skipCurrentElement();
    }
    if (xml.hasError())
        return R::failure(xml.error() == QXmlStreamReader::PrematureEndOfDocumentError
                              ? tr("The backup ends too early (at line %1): it looks cut off.").arg(xml.lineNumber())
                              : tr("The backup is damaged at line %1 (%2).").arg(xml.lineNumber()).arg(xml.errorString()));
    QList<Number> out = numbers.values();
    std::sort(out.begin(), out.end(), [](const Number &a, const Number &b) {
        return a.count != b.count ? a.count > b.count : a.normalized < b.normalized;
    });
    return out;
}

} // namespace plaint
