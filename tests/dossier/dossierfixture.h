#pragma once

// A real library with a dispute in it, and evidence of every kind a dossier
// meets: a camera JPEG, a phone screenshot PNG, a PNG with transparency, a
// two-page PDF bill, a call recording, and the bad ones (a damaged JPEG, an
// empty file, a password-protected PDF, a PNG that claims 300 megapixels).

#include "library.h"
#include "testsupport.h"

#include <QDir>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QtEndian>

namespace plaint::test {

struct DossierFixture
{
    QTemporaryDir dir;
    QString libraryPath;
    qint64 caseId = 0;
    QMap<QString, QString> files; // name → path of the original

    // Words typed by the user that the dossier must give back exactly.
    static QStringList typedTexts()
    {
        return {u"客服说改套餐只能去营业厅办理"_s,
                u"已经帮您延期到5月31日"_s,
                u"繁體：這個承諾已逾期，證據在附件"_s,
                u"office ffi fl “quoted” — ⼀一 〇 ９８７ ，。！？"_s,
                u"GD20210406-0117"_s,
                u"23338"_s,
                u"48小时内回电"_s};
    }

    QString path(const QString &name) const { return dir.filePath(name); }

    static QByteArray wav(int seconds)
    {
        const int rate = 8000;
        const QByteArray samples(rate * seconds * 2, '\0');
        QByteArray b;
        auto u32 = [&b](quint32 v) { char d[4]; qToLittleEndian(v, d); b.append(d, 4); };
        auto u16 = [&b](quint16 v) { char d[2]; qToLittleEndian(v, d); b.append(d, 2); };
        b += "RIFF";
        u32(quint32(36 + samples.size()));
        b += "WAVEfmt ";
        u32(16); u16(1); u16(1); u32(rate); u32(rate * 2); u16(2); u16(16);
        b += "data";
        u32(quint32(samples.size()));
        return b + samples;
    }

    // A PNG header that says 20000 × 15000 RGBA, and nothing worth decoding.
    static QByteArray hugePng()
    {
        QByteArray b("\x89PNG\r\n\x1A\n", 8);
        auto chunk = [&b](const QByteArray &type, const QByteArray &data) {
            char d[4];
            qToBigEndian(quint32(data.size()), d);
            b.append(d, 4);
            b += type + data;
            b.append("\0\0\0\0", 4); // the CRC is not what the probe reads
        };
        QByteArray ihdr(13, '\0');
        qToBigEndian(quint32(20000), ihdr.data());
        qToBigEndian(quint32(15000), ihdr.data() + 4);
        ihdr[8] = 8;
        ihdr[9] = 6;
        chunk("IHDR", ihdr);
        chunk("IDAT", QByteArray(64, 'x'));
        chunk("IEND", {});
        return b;
    }

    bool make()
    {
        if (!dir.isValid())
            return false;
        // Evidence files.
        QImage photo(1200, 900, QImage::Format_RGB32);
        for (int y = 0; y < photo.height(); ++y)
            for (int x = 0; x < photo.width(); ++x)
                photo.setPixel(x, y, qRgb((x * 7) % 256, (y * 3) % 256, (x + y) % 256));
        photo.save(path(u"photo.jpg"_s), "JPEG", 88);
        QImage shot(540, 1200, QImage::Format_RGB888);
        shot.fill(QColor(0xF4, 0xF6, 0xF8));
        {
            QPainter p(&shot);
            p.fillRect(0, 0, 540, 120, QColor(0x1B, 0x3A, 0x5C));
            p.setPen(Qt::white);
            p.setFont(QFont(u"Noto Sans CJK SC"_s, 28));
            p.drawText(QRect(0, 0, 540, 120), Qt::AlignCenter, u"只能去营业厅办理"_s);
        }
        shot.save(path(u"screenshot.png"_s), "PNG");
        QImage alpha(300, 200, QImage::Format_ARGB32);
        alpha.fill(qRgba(200, 30, 30, 120));
        alpha.save(path(u"sticker.png"_s), "PNG");
        {
            QPdfWriter bill(path(u"bill.pdf"_s));
            bill.setPageSize(QPageSize(QPageSize::A5));
            QPainter p(&bill);
            p.drawText(QPointF(200, 400), u"Monthly bill: 189.00 CNY"_s);
            bill.newPage();
            p.drawText(QPointF(200, 400), u"Second page of the bill"_s);
        }
        writeFile(path(u"call.wav"_s), wav(3));
        writeFile(path(u"damaged.jpg"_s), QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(300, '\x13'));
        writeFile(path(u"empty.png"_s), QByteArray());
        writeFile(path(u"huge.png"_s), hugePng());
        if (QProcess::execute(u"qpdf"_s, {u"--encrypt"_s, u"user"_s, u"owner"_s, u"256"_s, u"--"_s,
                                         path(u"bill.pdf"_s), path(u"locked.pdf"_s)})
            != 0)
            return false;
        for (const QString &name : {u"photo.jpg"_s, u"screenshot.png"_s, u"sticker.png"_s, u"bill.pdf"_s,
                                    u"call.wav"_s, u"damaged.jpg"_s, u"empty.png"_s, u"huge.png"_s, u"locked.pdf"_s})
            files.insert(name, path(name));

        libraryPath = path(u"library.plaint"_s);
        auto library = Library::open(libraryPath);
        if (!library)
            return false;
        Library &lib = **library;
        Case c;
        c.title = u"改套餐被来回推诿 189→129"_s;
        c.company = u"明亮移动 Bright Mobile"_s;
        c.account = u"13800138000"_s;
        c.jurisdiction = Jurisdiction::CN;
        c.desiredOutcome = u"按129元套餐办理并退还多收费用"_s;
        auto added = lib.addCase(c);
        if (!added)
            return false;
        caseId = *added;
        const auto at = [](const char *iso) { return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate); };

        Event call;
        call.caseId = caseId;
        call.occurred = at("2021-04-06T10:15:00+08:00");
        call.channel = Channel::Phone;
        call.direction = Direction::Outgoing;
        call.durationSeconds = 37 * 60;
        call.agentCode = u"23338"_s;
        call.reference = u"GD20210406-0117"_s;
        call.summary = typedTexts().at(0);
        call.quotes = {typedTexts().at(1)};
        Promise callback;
        callback.text = typedTexts().at(6);
        callback.due = at("2021-04-08T10:15:00+08:00");
        if (!lib.addEvent(call, {files.value(u"photo.jpg"_s)}, {callback}))
            return false;

        Event visit;
        visit.caseId = caseId;
        visit.occurred = at("2021-04-07T15:00:00+08:00");
        visit.channel = Channel::Store;
        visit.durationSeconds = 50 * 60;
        visit.summary = typedTexts().at(2);
        visit.quotes = {typedTexts().at(3)};
        if (!lib.addEvent(visit, {files.value(u"screenshot.png"_s), files.value(u"sticker.png"_s),
                                  files.value(u"bill.pdf"_s), files.value(u"call.wav"_s)}))
            return false;

        Event app;
        app.caseId = caseId;
        app.occurred = at("2021-04-09T09:00:00+08:00");
        app.channel = Channel::App;
        app.direction = Direction::Incoming;
        app.summary = u"App says only a shop can do it. 我的手机13800138000，邮箱zhang.san@example.org，"
                      u"住址广州市天河区体育西路191号，身份证11010519491231002X。张三"_s;
        Promise refund;
        refund.text = u"7天内退款"_s;
        refund.due = at("2021-04-16T09:00:00+08:00");
        refund.status = PromiseStatus::Broken;
        if (!lib.addEvent(app, {files.value(u"damaged.jpg"_s), files.value(u"empty.png"_s), files.value(u"huge.png"_s),
                                files.value(u"locked.pdf"_s)},
                          {refund}))
            return false;
        return true;
    }
};

} // namespace plaint::test
