// Writes PNGs of Plaint's window with the demo case, in the light and the
// dark palette, so that a person can look at what users see: `make screenshots`.

#include "caseoverview.h"
#include "democase.h"
#include "eventeditor.h"
#include "evidenceviewer.h"
#include "exportdialog.h"
#include "language.h"
#include "library.h"
#include "mainwindow.h"
#include "maskeditor.h"
#include "thumbnailcache.h"
#include "timelinemodel.h"
#include "timelineview.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPainter>
#include <QPalette>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

// A case told in long Chinese sentences, to see that the layouts hold.
static qint64 chineseCase(plaint::Library &library)
{
    using namespace plaint;
    Case c;
    c.title = u"关于中国移动擅自为我续约189元套餐、拒绝按承诺降档至129元并多收三个月费用的投诉"_s;
    c.company = u"中国移动通信集团广东有限公司深圳分公司"_s;
    c.account = u"138 0013 8000"_s;
    c.jurisdiction = Jurisdiction::CN;
    c.desiredOutcome = u"按承诺降档为129元套餐，退还多收的180元，并书面道歉"_s;
    const qint64 caseId = library.addCase(c).value();
    const QDateTime now = QDateTime::currentDateTimeUtc().toOffsetFromUtc(8 * 3600);
    auto add = [&](int daysAgo, Channel channel, const QString &agent, const QString &summary, const QStringList &quotes,
                   const QList<QPair<QString, qint64>> &promises, qint64 minutes = -1) {
        Event e;
        e.caseId = caseId;
        e.channel = channel;
        e.direction = Direction::Outgoing;
        e.occurred = now.addDays(-daysAgo).addSecs(-3600 * (daysAgo % 5));
        e.agentCode = agent;
        e.summary = summary;
        e.quotes = quotes;
        e.durationSeconds = minutes < 0 ? -1 : minutes * 60;
        e.reference = agent.isEmpty() ? QString() : u"GD2026%1"_s.arg(1000 + daysAgo);
        QList<Promise> list;
        for (const auto &[text, dueFromNow] : promises) {
            Promise p;
            p.text = text;
            p.due = now.addSecs(dueFromNow);
            list << p;
        }
        if (!library.addEvent(e, {}, list))
            qWarning("could not add an event to the Chinese case");
    };
    add(20, Channel::Phone, u"23338"_s, u"拨打10086投诉：未经同意续约189元套餐，要求降档至129元，客服称只能去营业厅办理"_s,
        {u"这个需要您本人携带身份证到营业厅办理，我们热线这边没有权限。"_s}, {}, 42);
    add(18, Channel::Store, QString(), u"到深南大道营业厅办理降档，店员说套餐变更只能在中国移动App上自助办理，营业厅办不了"_s,
        {u"现在都是线上办理了，您回去在App里点“套餐变更”就可以。"_s}, {}, 95);
    add(17, Channel::App, QString(), u"在中国移动App里尝试降档，页面提示“您的套餐暂不支持线上变更，请联系客服”"_s, {}, {});
    add(15, Channel::Phone, u"10492"_s, u"再次致电热线，客服承诺由投诉专员在48小时内回电处理降档和退费"_s,
        {u"我已经给您升级处理了，我们的投诉专员会在48小时内给您回电。"_s}, {{u"投诉专员48小时内回电处理降档和退费"_s, -13 * 86400}},
        37);
    add(3, Channel::Sms, QString(), u"收到10086短信：您的投诉已受理，我们将在3个工作日内给予答复"_s,
        {u"尊敬的客户，您的投诉已受理，工单号GD20261003，我们将在3个工作日内给予答复，感谢您的耐心。"_s},
        {{u"3个工作日内答复投诉（工单GD20261003）"_s, 20 * 3600}});
    return caseId;
}

static QString billPdf(const QString &folder)
{
    const QString path = QDir(folder).filePath(u"bill-2026-10.pdf"_s);
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&writer);
    QFont font(u"Noto Sans CJK SC"_s);
    font.setPointSize(16);
    painter.setFont(font);
    painter.drawText(QRect(600, 600, 8000, 1200), u"中国移动 话费账单 2026年10月"_s);
    font.setPointSize(11);
    painter.setFont(font);
    const QStringList lines{u"套餐月费（189元套餐）          189.00"_s, u"超出套餐流量费                  0.00"_s,
                            u"合计                          189.00"_s, QString(), u"Plan fee (189 plan) 189.00"_s};
    int y = 2200;
    for (const QString &line : lines) {
        painter.drawText(QPoint(600, y), line);
        y += 400;
    }
    writer.newPage();
    painter.drawText(QPoint(600, 800), u"Page 2: terms — early termination fee 100.00"_s);
    painter.end();
    return path;
}

static QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xd0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7d, 0x83));
    return p;
}

// The export dialog as a user first fills it in: their name and number,
// hiding them, with the demo case's screenshots listed for masking.
static bool grabExportDialog(plaint::MainWindow &window, const QString &out, QTextStream &err, const QString &suffix)
{
    QSettings().remove(u"dossier"_s); // the same picture every time, whatever an earlier run remembered
    window.action(u"exportDossier"_s)->trigger();
    auto *dialog = window.findChild<plaint::ExportDialog *>();
    if (!dialog) {
        err << "the export dialog did not open" << Qt::endl;
        return false;
    }
    if (!QTest::qWaitForWindowExposed(dialog))
        QTest::qWait(500);
    dialog->findChild<QLineEdit *>(u"complainantName"_s)->setText(u"Li Wei"_s);
    dialog->findChild<QLineEdit *>(u"complainantPhones"_s)->setText(u"139 1234 5678"_s);
    QElapsedTimer clock;
    clock.start();
    dialog->findChild<QCheckBox *>(u"redact"_s)->setChecked(true);
    while ((dialog->previewPending() || dialog->previewDocument()->status() != QPdfDocument::Status::Ready)
           && dialog->problem().isEmpty() && clock.elapsed() < 120000)
        QTest::qWait(10);
    err << "export preview ready " << clock.elapsed() << " ms after the last change (400 ms of it waiting for more)"
        << Qt::endl;
    QTest::qWait(500);
    const QString file = QDir(out).filePath(u"export-dialog%1.png"_s.arg(suffix));
    const bool saved = dialog->grab().save(file, "PNG");
    err << (saved ? "wrote " : "could not write ") << file << Qt::endl;
    // The mask editor on the demo's screenshot, with one box drawn.
    bool maskSaved = false;
    const QString maskFile = QDir(out).filePath(u"mask-editor%1.png"_s.arg(suffix));
    QTimer::singleShot(300, dialog, [&maskSaved, maskFile] {
        auto *maskDialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        auto *editor = maskDialog ? maskDialog->findChild<plaint::MaskEditor *>() : nullptr;
        if (!editor)
            return;
        const QSize size = editor->image().size();
        editor->addMask(QRectF(size.width() * 0.1, size.height() * 0.1, size.width() * 0.4, size.height() * 0.08));
        QTest::qWait(100);
        maskSaved = maskDialog->grab().save(maskFile, "PNG");
        maskDialog->reject();
    });
    const QStringList images = dialog->imageExhibits();
    if (!images.isEmpty())
        dialog->editMasks(images.first());
    err << (maskSaved ? "wrote " : "could not write ") << maskFile << Qt::endl;
    dialog->reject();
    QTest::qWait(100);
    return saved && maskSaved;
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"plaint-screenshots"_s);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"docs/screenshots"_s;
    QDir().mkpath(out);
    QTextStream err(stderr);

    // Each language in both palettes; English keeps the names README has always shown.
    QList<std::pair<QString, QString>> shots;
    for (const QString &language :
        {plaint::Language::English, plaint::Language::SimplifiedChinese, plaint::Language::TraditionalChinese})
        shots << std::pair {language, u"light"_s} << std::pair {language, u"dark"_s};
    for (const auto &[language, theme] : shots) {
        plaint::Language::apply(language);
        QApplication::setPalette(theme == u"dark" ? darkPalette() : QApplication::style()->standardPalette());
        QTemporaryDir dir;
        auto library = plaint::Library::open(dir.filePath(u"demo.plaint"_s));
        if (!library) {
            err << library.error() << Qt::endl;
            return 1;
        }
        auto caseId = plaint::DemoCase::load(*library.value());
        if (!caseId) {
            err << caseId.error() << Qt::endl;
            return 1;
        }
        plaint::MainWindow window(std::move(library).value());
        window.resize(1440, 880);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            QTest::qWait(500);
        window.selectCase(*caseId);
        if (!QTest::qWaitFor([&] { return !window.caseOverview()->isLoading(); }, 10000))
            err << "the case overview took longer than 10 s" << Qt::endl;
        // The hotline call with its agent, reference, quotes and promises.
        const auto *model = window.timelineModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->eventAt(row)->agentCode == u"23338")
                window.selectEvent(model->eventAt(row)->id);
        }
        // Thumbnails are made when rows are first painted, off the UI thread.
        QTest::qWait(300);
        window.thumbnails()->waitForIdle(10000);
        QTest::qWait(300);
        const QString name = language == plaint::Language::English ? u"main-%1.png"_s.arg(theme)
                                                                   : u"main-%1-%2.png"_s.arg(language, theme);
        const QString file = QDir(out).filePath(name);
        if (!window.grab().save(file, "PNG")) {
            err << "could not write " << file << Qt::endl;
            return 1;
        }
        err << "wrote " << file << Qt::endl;
        if (theme == u"light"
            && !grabExportDialog(window, out, err,
                                 language == plaint::Language::English ? QString() : u"-"_s + language))
            return 1;
    }

    // Long Chinese text in the case list, header, timeline, editor and promises panel,
    // in the language its reader would have chosen.
    plaint::Language::apply(plaint::Language::SimplifiedChinese);
    QApplication::setPalette(QApplication::style()->standardPalette());
    QTemporaryDir dir;
    auto library = plaint::Library::open(dir.filePath(u"zh.plaint"_s));
    if (!library) {
        err << library.error() << Qt::endl;
        return 1;
    }
    const qint64 zhCase = chineseCase(*library.value());
    plaint::MainWindow window(std::move(library).value());
    window.resize(1440, 880);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        QTest::qWait(500);
    window.selectCase(zhCase);
    if (!QTest::qWaitFor([&] { return !window.caseOverview()->isLoading(); }, 10000))
        err << "the case overview took longer than 10 s" << Qt::endl;
    window.selectEvent(window.timelineModel()->eventAt(3)->id);
    QTest::qWait(300);
    auto save = [&](QWidget *widget, const QString &name) {
        const QString file = QDir(out).filePath(name);
        if (!widget->grab().save(file, "PNG")) {
            err << "could not write " << file << Qt::endl;
            return false;
        }
        err << "wrote " << file << Qt::endl;
        return true;
    };
    if (!save(&window, u"main-chinese.png"_s))
        return 1;

    // A call being logged: on hold for a while, then a person answered and promised two things.
    window.action(u"startCall"_s)->trigger();
    window.action(u"holdCall"_s)->trigger();
    QTest::qWait(2200);
    window.action(u"holdCall"_s)->trigger();
    QTest::qWait(1100);
    window.editor()->findChild<QLineEdit *>(u"agentCode"_s)->setText(u"10492"_s);
    window.editor()->findChild<QLineEdit *>(u"reference"_s)->setText(u"GD20261003"_s);
    window.editor()->findChild<QPlainTextEdit *>(u"quotes"_s)
        ->setPlainText(u"我们会在48小时内给您回电，多收的费用将在3个工作日内退回"_s);
    window.editor()->updateSuggestion();
    QTest::qWait(200);
    if (!save(window.editor(), u"editor-suggestion.png"_s))
        return 1;
    window.editor()->discard();

    // A bill in the PDF viewer.
    auto events = window.library()->timeline(zhCase, 0, 1);
    auto attached = window.library()->attachFiles(events->first().id, {billPdf(dir.path())});
    if (!attached) {
        err << attached.error() << Qt::endl;
        return 1;
    }
    plaint::EvidenceViewer viewer(window.library(), attached->first(), dir.filePath(u"export"_s));
    viewer.resize(1000, 760);
    viewer.show();
    // Read out of the library off the window's thread.
    if (!QTest::qWaitFor([&] { return !viewer.isLoading(); }, 20000))
        err << "the PDF took longer than 20 s to load" << Qt::endl;
    QTest::qWait(500);
    if (!save(&viewer, u"evidence-pdf.png"_s))
        return 1;
    return 0;
}
