#include "agentreferencedetector.h"

#include <QList>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace plaint {
namespace {

QString ascii(const QString &code)
{
    QString out;
    for (const QChar c : code) {
        if (c.isDigit())
            out.append(QChar(u'0' + c.digitValue()));
        else if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E) // full-width ASCII
            out.append(QChar(c.unicode() - 0xFEE0));
        else
            out.append(c);
    }
    return out;
}

QString firstCapture(const QList<QRegularExpression> &patterns, const QString &text)
{
    for (const QRegularExpression &pattern : patterns) {
        const QRegularExpressionMatch m = pattern.match(text);
        if (m.hasMatch())
            return ascii(m.captured(1));
    }
    return {};
}

constexpr auto kOptions = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

} // namespace

AgentReferenceDetector::Found AgentReferenceDetector::detect(const QString &text)
{
    // A code is digits, perhaps with letters around them; the separators a
    // person types between a label and its value: ：:#为是 and spaces.
    static const QList<QRegularExpression> agent{
        QRegularExpression(u"(?:工号|工號|员工编号|員工編號|坐席号|座席號|客服编号|客服編號)\\s*(?:是|为|為|[:：#＃])?\\s*([A-Za-z]{0,3}\\d{2,12})"_s, kOptions),
        QRegularExpression(u"(?:客服|话务员|話務員|代表|专员|專員)[^\\d\\n]{0,6}[(（]\\s*(\\d{2,12})\\s*号?號?\\s*[)）]"_s, kOptions),
        QRegularExpression(u"(?:客服|话务员|話務員|代表|专员|專員)\\s*(\\d{3,12})\\s*[号號]"_s, kOptions),
        QRegularExpression(u"(\\d{3,12})\\s*[号號]\\s*(?:客服|话务员|話務員|专员|專員)"_s, kOptions),
        QRegularExpression(u"\\b(?:agent|operator|representative|rep|employee|staff)\\s*(?:id|no\\.?|number|#|code)\\s*(?:is|:|#)?\\s*([A-Za-z]{0,3}\\d{2,12})\\b"_s, kOptions),
    };
    static const QList<QRegularExpression> reference{
        QRegularExpression(u"(?:受理单号|受理單號|受理编号|受理編號|工单号|工單號|工单编号|工單編號|服务单号|服務單號|投诉单号|投訴單號|投诉编号|投訴編號|申诉单号|申訴單號|流水号|流水號|单号|單號)\\s*(?:是|为|為|[:：#＃])?\\s*([A-Za-z0-9０-９][A-Za-z0-9０-９-]{3,39})"_s, kOptions),
        QRegularExpression(u"\\b(?:ticket|reference|ref\\.?|case|complaint)\\s*(?:id|no\\.?|number|#)?\\s*(?:is|:|#)?\\s*#?\\s*([A-Za-z]{0,4}-?\\d[A-Za-z0-9-]{2,39})\\b"_s, kOptions),
    };
    Found found;
    found.agentCode = firstCapture(agent, text);
    found.reference = firstCapture(reference, text);
    return found;
}

} // namespace plaint
