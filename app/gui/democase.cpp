#include "democase.h"

#include "library.h"

#include <QFont>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace plaint {
namespace {

QDateTime beijing(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2021, month, day), QTime(hour, minute), Qt::OffsetFromUTC, 8 * 3600);
}

// What the operator's app showed: drawn here so the demo needs no image file.
QImage appScreenshot(const QString &title, const QString &message, const QString &button)
{
    QImage image(540, 960, QImage::Format_RGB32);
    image.fill(QColor(0xf2, 0xf3, 0xf5));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(QRect(0, 0, 540, 120), QColor(0x1f, 0x6f, 0xc5));
    QFont font = p.font();
    font.setPixelSize(30);
    font.setBold(true);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRect(0, 40, 540, 60), Qt::AlignCenter, title);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    p.drawRoundedRect(QRect(50, 340, 440, 280), 18, 18);
    font.setPixelSize(26);
    font.setBold(false);
    p.setFont(font);
    p.setPen(QColor(0x22, 0x22, 0x22));
    p.drawText(QRect(80, 370, 380, 150), Qt::AlignCenter | Qt::TextWordWrap, message);
    p.setPen(QColor(0x1f, 0x6f, 0xc5));
    p.drawText(QRect(50, 540, 440, 60), Qt::AlignCenter, button);
    return image;
}

} // namespace

Result<qint64> DemoCase::load(Library &library)
{
    Case c;
    c.title = tr("Demo: moving from the 189 to the 129 plan");
    c.company = tr("Bright Mobile (example)");
    c.account = u"138 0013 8000"_s;
    c.jurisdiction = Jurisdiction::CN;
    c.desiredOutcome = tr("Switch to the 129-yuan plan from May and refund the 60 yuan a month charged since April");
    c.amount = Money{12000, u"CNY"_s};
    auto caseId = library.addCase(c);
    if (!caseId)
        return caseId;

    QTemporaryDir dir;
    const QString shot = dir.filePath(u"app-plan-change-error.png"_s);
    if (!dir.isValid()
        || !appScreenshot(tr("Bright Mobile"), tr("This service can only be handled at a business hall."), tr("OK"))
                .save(shot, "PNG"))
        return Result<qint64>::failure(tr("The demo case's screenshot could not be made."));

    auto event = [&](const QDateTime &at, Channel channel, Direction direction, const QString &summary) {
        Event e;
        e.caseId = *caseId;
        e.occurred = at;
        e.channel = channel;
        e.direction = direction;
        e.summary = summary;
        return e;
    };

    Event app = event(beijing(4, 2, 9, 40), Channel::App, Direction::Outgoing,
                      tr("Tried to change the plan in the app: it says this can only be done in a shop"));
    app.quotes = {tr("This service can only be handled at a business hall.")};
    auto appId = library.addEvent(app, {shot});
    if (!appId)
        return Result<qint64>::failure(appId.error());

    Event shop = event(beijing(4, 3, 15, 20), Channel::Store, Direction::Outgoing,
                       tr("Shop on Zhongshan Road: staff say plan changes are only done online"));
    shop.durationSeconds = 20 * 60;
    shop.travelSeconds = 35 * 60;
    shop.agentName = tr("Ms Li, front desk");
    shop.quotes = {tr("We cannot change plans here. Please use the app or call the hotline.")};
    shop.outcome = tr("Nothing done; 55 minutes including the bus there and back");
    if (auto id = library.addEvent(shop); !id)
        return Result<qint64>::failure(id.error());

    Event call = event(beijing(4, 6, 10, 5), Channel::Phone, Direction::Outgoing,
                       tr("Hotline: told to go back to the shop; a call back promised within 48 hours"));
    call.durationSeconds = 37 * 60 + 12;
    call.holdSeconds = 21 * 60 + 30; // most of it waiting for a person
    call.agentCode = u"23338"_s;
    call.reference = u"GD20210406-0117"_s;
    call.quotes = {tr("Plan changes have to be done at the business hall."),
                   tr("I have logged it; a colleague will call you back within 48 hours."),
                   tr("Your 30-yuan voucher is extended to 31 May.")};
    call.outcome = tr("Complaint logged as GD20210406-0117");
    Promise callBack;
    callBack.text = tr("A colleague will call back within 48 hours");
    callBack.due = beijing(4, 8, 10, 5);
    Promise voucher;
    voucher.text = tr("The 30-yuan voucher is extended to 31 May");
    voucher.due = beijing(5, 31, 23, 59);
    auto callId = library.addEvent(call, {}, {callBack, voucher});
    if (!callId)
        return Result<qint64>::failure(callId.error());

    Event silence = event(beijing(4, 9, 19, 30), Channel::Note, Direction::Note,
                          tr("Nobody called back within the 48 hours promised"));
    auto silenceId = library.addEvent(silence);
    if (!silenceId)
        return Result<qint64>::failure(silenceId.error());
    auto promises = library.promisesForCase(*caseId);
    if (!promises)
        return Result<qint64>::failure(promises.error());
    for (const Promise &p : *promises) {
        if (p.text == callBack.text) {
            if (Status s = library.settlePromise(p.id, PromiseStatus::Broken, *silenceId); !s)
                return Result<qint64>::failure(s.error());
        }
    }

    Event sms = event(beijing(4, 12, 11, 2), Channel::Sms, Direction::Incoming,
                      tr("SMS from 10086: complaint received, reply promised within 3 working days"));
    sms.reference = u"GD20210406-0117"_s;
    sms.quotes = {tr("[Bright Mobile] Your complaint GD20210406-0117 has been received. We will reply within 3 working days.")};
    if (auto id = library.addEvent(sms); !id)
        return Result<qint64>::failure(id.error());

    Event second = event(beijing(4, 20, 14, 10), Channel::Phone, Direction::Outgoing,
                         tr("Second hotline call: now told the change can only be made in the app"));
    second.durationSeconds = 22 * 60 + 40;
    second.holdSeconds = 14 * 60 + 5;
    second.agentCode = u"10452"_s;
    second.reference = u"GD20210406-0117"_s;
    second.quotes = {tr("Plan changes are self-service in the app now.")};
    second.outcome = tr("Third answer, third channel: app → shop → hotline → app");
    if (auto id = library.addEvent(second); !id)
        return Result<qint64>::failure(id.error());
    return caseId;
}

} // namespace plaint
