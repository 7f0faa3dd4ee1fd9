#include "referraldetector.h"

using namespace Qt::StringLiterals;

namespace plaint {

namespace {

const QString zhStore = u"(?:营业厅|營業廳|营业部|營業部|门店|門店|门市|門市|直营门市|直營門市|实体店|實體店|线下网点|線下網點|线下|線下|柜台|櫃檯|服务中心|服務中心)"_s;
const QString zhOnline = u"(?:网上营业厅|網上營業廳|手机营业厅|手機營業廳|网上|網上|线上|線上|官网|官網|app|APP|App|客户端|客戶端|小程序|公众号|公眾號)"_s;
const QString zhHotline = u"(?:客服热线|客服熱線|服务热线|服務熱線|客服专线|客服專線|服务专线|服務專線|热线|熱線|专线|專線|客服电话|客服電話|10086|10010|10000|1008611)"_s;
const QString zhOnly = u"(?:只能|仅能|僅能|必须|必須|一定要|需要|要请您|要請您|请您?|請您?|麻烦您?|麻煩您?|建议您?|建議您?)"_s;

// Wording that leaves no choice: a firm referral, as opposed to a polite one.
const QRegularExpression &firmWords()
{
    static const QRegularExpression firm(
        u"只能|仅能|僅能|必须|必須|一定要|需要|才能|才可|不归|不歸|不属于|不屬於|不是我们|不是我們|(?:转|轉)(?:给|給|交|到|至)"
        "|\\bonly\\b|\\bmust\\b|\\b(?:have|has|need|needs)\\s+to\\b|\\bnot\\s+(?:our|my)\\s+department|\\bhandled\\s+by|\\btransfer"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return firm;
}

// Boilerplate that points somewhere for questions or look-ups, not for the
// request: "如有疑问请拨打10086", "详询10086", "请登录APP查询", "if you have any questions".
bool isBoilerplate(const QString &text, qsizetype start, qsizetype end)
{
    // The condition ("如有疑问，", "If you have any questions, ") may sit in the clause before: look back to the sentence's start.
    static const QString sentenceStops = u"。！？!?；;\n"_s;
    static const QString stops = u"。！？!?；;\n，,"_s;
    qsizetype from = start;
    while (from > 0 && !sentenceStops.contains(text.at(from - 1)))
        --from;
    qsizetype to = end;
    while (to < text.size() && !stops.contains(text.at(to)))
        ++to;
    static const QRegularExpression before(
        u"如有疑问|如有疑問|如有问题|如有問題|如有任何|如需帮助|如需幫助|如需咨询|如需諮詢|如需了解|如需查询|如需查詢|如需办理|如需辦理|详询|詳詢|详情|詳情|更多|"
        "\\bif\\s+you\\s+have\\s+(?:any\\s+)?(?:questions|queries)|\\bfor\\s+(?:more\\s+)?(?:information|details|help|questions|queries)|\\bany\\s+questions"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression after(
        u"^[^。！？!?；;\\n，,]{0,6}?(?:查询|查詢|查看|了解|咨询|諮詢|关注|關注|退订|退訂|领取|領取)"
        "|^\\s*(?:for\\s+(?:more\\s+)?(?:information|details)|to\\s+(?:check|view|find\\s+out|learn))"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return before.match(text.mid(from, start - from)).hasMatch() || after.match(text.mid(end, to - end)).hasMatch();
}

} // namespace

ReferralDetector::ReferralDetector()
{
    const auto options = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
    auto add = [&](const QString &target, const QString &pattern) {
        m_patterns << Pattern{target, QRegularExpression(pattern, options)};
    };
    // Traditional Chinese wording also goes through the patterns below (專線, 門市, 一定要).
    // Chinese: 只能去营业厅办理 / 请到門市辦理 / 营业厅才能办
    // 請洽門市 / 请洽客服
    add(u"store"_s, u"(?:请洽|請洽|洽询|洽詢)\\s*(?:就近|附近|當地|当地)?的?"_s % zhStore);
    add(u"hotline"_s, u"(?:请洽|請洽|洽询|洽詢)\\s*(?:客服|"_s % zhHotline % u")"_s);
    add(u"store"_s, zhOnly % u"\\s*(?:本人)?(?:携带[^，。,]{0,12})?(?:去|到|前往|在|至)(?:就近的?|附近的?|当地|當地|归属地|歸屬地)?" % zhStore
                        % u"|" % zhStore % u"(?:才能|才可以|才可)"_s);
    add(u"app"_s, zhOnly % u"\\s*(?:通过|通過|在|去|到|登录|登錄|用)\\s*[^，。,；;！!？?]{0,8}?" % zhOnline % u"|" % zhOnline % u"(?:上)?(?:才能|才可以|才可)"
                      % u"|只能(?:在)?(?:网上|網上|线上|線上)(?:办理|辦理|申请|申請)"_s);
    add(u"hotline"_s, zhOnly % u"\\s*(?:拨打|撥打|致电|致電|打|联系|聯繫|联络|聯絡)\\s*" % zhHotline % u"|" % zhHotline % u"(?:才能|才可以|才可)"
                          % u"|只能(?:通过|通過)?(?:电话|電話)(?:办理|辦理)"_s);
    add(u"department"_s, u"(?:不归|不歸|不属于|不屬於)我们?(?:这边|這邊|部门|部門)?(?:管|负责|負責)|(?:这|這)不是我们?(?:这边|這邊)?(?:部门|部門)"
                         "|(?:转|轉)(?:给|給|交|到|至)?(?:其他|相关|相關|别的|別的)?[^，。,]{0,6}(?:部门|部門)(?:处理|處理)"_s);
    // English: "only the shop can do it", "you have to go to a store", "please call the hotline".
    add(u"store"_s, u"\\bonly\\s+(?:the\\s+|a\\s+|our\\s+)?(?:store|shop|branch)\\s+(?:can|could|is able)"
                    "|\\b(?:can|could)\\s+only\\s+be\\s+(?:done|made|changed|processed|handled|arranged)\\s+(?:in|at)\\s+(?:a\\s+|the\\s+|one of our\\s+)?(?:store|shop|branch|business\\s+hall)"
                    "|\\b(?:has|have|need|needs)\\s+to\\s+be\\s+(?:done|made|changed|processed|handled|arranged)\\s+(?:in|at)\\s+(?:a\\s+|the\\s+|one of our\\s+)?(?:store|shop|branch|business\\s+hall)"
                    "|\\b(?:is|are)\\s+only\\s+(?:done|made|changed|processed|handled)\\s+(?:in|at)\\s+(?:a\\s+|the\\s+)?(?:store|shop|branch|business\\s+hall)"
                    "|\\b(?:you(?:'ll| will)?\\s+(?:have|need)\\s+to|please|must)\\s+(?:go|come|visit|pop)\\s+(?:in\\s*)?(?:to\\s+)?(?:a|the|your|our)\\s+(?:local\\s+|nearest\\s+)?(?:store|shop|branch)"_s);
    add(u"app"_s, u"\\bonly\\s+(?:the\\s+)?(?:app|website|online)\\s+(?:can|could|is able)"
                  "|\\b(?:is|are)\\s+only\\s+(?:done|made|changed|processed|handled)\\s+(?:online|in\\s+the\\s+app|through\\s+the\\s+(?:app|website))"
                  "|\\b(?:can|could)\\s+only\\s+be\\s+(?:done|made|changed|processed|handled)\\s+(?:online|in\\s+the\\s+app|through\\s+the\\s+(?:app|website)|on\\s+(?:the|our)\\s+website)"
                  "|\\b(?:you(?:'ll| will)?\\s+(?:have|need)\\s+to|please|must)\\s+(?:do\\s+(?:it|this|that)\\s+|use\\s+|go\\s+)?(?:online|through\\s+the\\s+app|in\\s+the\\s+app|(?:the|our)\\s+app|on\\s+(?:the|our)\\s+website)"_s);
    add(u"hotline"_s, u"\\bonly\\s+(?:the\\s+)?(?:hotline|call\\s+cent(?:er|re)|phone\\s+team|helpline)\\s+(?:can|could|is able)"
                      "|\\b(?:you(?:'ll| will)?\\s+(?:have|need)\\s+to|please|must)\\s+(?:call|ring|phone|contact)\\s+(?:the|our)\\s+(?:customer\\s+service\\s+)?(?:hotline|helpline|call\\s+cent(?:er|re)|customer\\s+service(?:\\s+line)?|number)"
                      "|\\bcall\\s+the\\s+hotline\\b"_s);
    add(u"department"_s, u"\\b(?:that(?:'s| is)|this\\s+is)\\s+(?:handled\\s+by|a\\s+matter\\s+for|for)\\s+(?:another|a\\s+different|the\\s+\\w+)\\s+(?:department|team)"
                         "|\\bnot\\s+(?:our|my)\\s+department\\b|\\btransfer(?:red|ring)?\\s+you\\s+to\\s+(?:the|another|a\\s+different)\\s+[\\w ]{0,20}?(?:department|team)"_s);
}

std::optional<ReferralDetector::Referral> ReferralDetector::detect(const QString &text) const
{
    std::optional<Referral> first;
    qsizetype firstAt = -1;
    // The earliest referral in the text is the one the user was given.
    for (const Pattern &p : m_patterns) {
        auto it = p.expression.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (firstAt >= 0 && m.capturedStart(0) >= firstAt)
                break;
            if (m.capturedLength(0) == 0 || isBoilerplate(text, m.capturedStart(0), m.capturedEnd(0)))
                continue;
            firstAt = m.capturedStart(0);
            first = Referral{p.target, m.captured(0), firmWords().match(m.captured(0)).hasMatch()};
            break;
        }
    }
    return first;
}

QString ReferralDetector::placeOf(Channel channel)
{
    switch (channel) {
    case Channel::Phone: return u"hotline"_s;
    case Channel::Store: return u"store"_s;
    case Channel::App:
    case Channel::Chat: return u"app"_s;
    case Channel::Sms: return u"sms"_s;
    case Channel::Email: return u"email"_s;
    case Channel::Letter: return u"letter"_s;
    case Channel::Social: return u"social"_s;
    case Channel::Note: return {};
    }
    return {};
}

} // namespace plaint
