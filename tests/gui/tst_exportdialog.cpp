// The "Export dossier…" dialog driven as a person would: real widgets on the
// offscreen platform, a real library with pictures in it, the preview made
// off the UI thread and read back with QtPdf, and the saved files checked by
// DossierVerifier as the dossier's reader would.

#include "dossierverifier.h"
#include "exportdialog.h"
#include "library.h"
#include "mainwindow.h"
#include "maskeditor.h"
#include "pdfcheck.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPointer>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace plaint;

namespace {

const QString kPhone = u"13912345678"_s;

// A JPEG whose EXIF says "turn 90° clockwise to show": stored 40×20, shown 20×40.
QByteArray rotatedJpeg()
{
    QImage image(40, 20, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    // APP1: "Exif\0\0", a big-endian TIFF header, one IFD entry: Orientation (0x0112) = 6.
    QByteArray tiff = QByteArray("MM\0*", 4) + QByteArray::fromHex("00000008") + QByteArray::fromHex("0001")
        + QByteArray::fromHex("0112"
                              "0003"
                              "00000001"
                              "00060000")
        + QByteArray::fromHex("00000000");
    QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray segment = QByteArray::fromHex("ffe1");
    const quint16 length = quint16(payload.size() + 2);
    segment.append(char(length >> 8)).append(char(length & 0xff)).append(payload);
    return jpeg.left(2) + segment + jpeg.mid(2); // right after SOI
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_caseId = 0;
    QString m_pngSha;
    QString m_jpegSha;

    ExportDialog *dialog() const { return m_window->findChild<ExportDialog *>(); }

    template <typename T> T *field(const QString &name) const
    {
        return dialog() ? dialog()->findChild<T *>(name) : nullptr;
    }

    // Waits for the preview of the options as they are now.
    bool waitForPreview(int timeoutMs = 90000)
    {
        ExportDialog *d = dialog();
        if (!d)
            return false;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs) {
            if (!d->previewPending() && d->previewDocument()->status() == QPdfDocument::Status::Ready
                && !d->previewPath().isEmpty())
                return true;
            if (!d->previewPending() && !d->problem().isEmpty())
                return false;
            QTest::qWait(50);
        }
        return false;
    }

    QString allText() const
    {
        QPdfDocument *doc = dialog()->previewDocument();
        QString text;
        for (int page = 0; page < doc->pageCount(); ++page)
            text += doc->getAllText(page).text() + u'\n';
        return text;
    }

    QJsonObject exhibit(const QByteArray &manifest, const QString &sha) const
    {
        const QJsonArray exhibits = QJsonDocument::fromJson(manifest).object().value(u"exhibits"_s).toArray();
        for (const QJsonValue &x : exhibits) {
            if (x.toObject().value(u"sha256"_s).toString() == sha)
                return x.toObject();
        }
        return {};
    }

    // Clicks a check box on its box, where a person would.
    static void tick(QCheckBox *box)
    {
        QVERIFY(box && box->isVisible());
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    }

    void openDialog()
    {
        QAction *action = m_window->action(u"exportDossier"_s);
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        action->trigger();
        QTRY_VERIFY(dialog() && dialog()->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(dialog()));
    }

    void closeDialog()
    {
        QPointer<ExportDialog> d = dialog();
        QVERIFY(d);
        d->reject();
        QTRY_VERIFY(d.isNull()); // deleted on close, its thread stopped
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        auto library = Library::open(m_dir.filePath(u"export.plaint"_s));
        QVERIFY2(library, qPrintable(library.error()));
        Library &lib = **library;

        Case c;
        c.title = u"Broadband cut off"_s;
        c.company = u"China Mobile"_s;
        c.account = u"13800001111"_s;
        c.jurisdiction = Jurisdiction::CN;
        c.desiredOutcome = u"Refund of three months"_s;
        auto caseId = lib.addCase(c);
        QVERIFY2(caseId, qPrintable(caseId.error()));
        m_caseId = *caseId;

        QImage png(120, 80, QImage::Format_RGB32);
        png.fill(Qt::white);
        const QString pngPath = m_dir.filePath(u"chat.png"_s);
        QVERIFY(png.save(pngPath, "PNG"));
        const QString jpegPath = m_dir.filePath(u"bill.jpg"_s);
        {
            QFile jpeg(jpegPath);
            QVERIFY(jpeg.open(QIODevice::WriteOnly));
            jpeg.write(rotatedJpeg());
        }
        const QDateTime start(QDate(2024, 3, 4), QTime(9, 30), QTimeZone(8 * 3600));
        for (int i = 0; i < 6; ++i) {
            Event e;
            e.caseId = m_caseId;
            e.occurred = start.addDays(i * 3);
            e.channel = i % 2 == 0 ? Channel::Phone : Channel::Sms;
            e.direction = Direction::Outgoing;
            e.durationSeconds = i % 2 == 0 ? 900 : -1;
            e.agentCode = u"2333%1"_s.arg(i);
            e.reference = u"REF-%1"_s.arg(1000 + i);
            e.summary = u"Asked again why the broadband was cut off (%1)"_s.arg(i + 1);
            e.quotes << u"We will call you back within 24 hours"_s;
            QStringList files;
            if (i == 1)
                files << pngPath;
            if (i == 2)
                files << jpegPath;
            auto id = lib.addEvent(e, files);
            QVERIFY2(id, qPrintable(id.error()));
            if (i == 1 || i == 2) {
                auto attached = lib.attachments(*id);
                QVERIFY(attached && attached->size() == 1);
                (i == 1 ? m_pngSha : m_jpegSha) = attached->first().sha256;
            }
        }

        m_window = std::make_unique<MainWindow>(std::move(library).value());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->selectCase(m_caseId);
    }

    void dossierLanguageFollowsTheWindow_data()
    {
        QTest::addColumn<QLocale>("window");
        QTest::addColumn<QString>("dossier");
        QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedKingdom) << u"en"_s;
        QTest::newRow("German: no German dossier") << QLocale(QLocale::German, QLocale::Germany) << u"en"_s;
        QTest::newRow("Simplified") << QLocale(QLocale::Chinese, QLocale::China) << u"zh_CN"_s;
        QTest::newRow("Taiwan") << QLocale(QLocale::Chinese, QLocale::Taiwan) << u"zh_TW"_s;
        QTest::newRow("Hong Kong") << QLocale(QLocale::Chinese, QLocale::HongKong) << u"zh_TW"_s;
        QTest::newRow("Traditional script")
            << QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Singapore) << u"zh_TW"_s;
    }

    void dossierLanguageFollowsTheWindow()
    {
        QFETCH(QLocale, window);
        QFETCH(QString, dossier);
        QLocale::setDefault(window);
        {
            ExportDialog d(m_window->library(), m_caseId);
            QCOMPARE(d.findChild<QComboBox *>(u"language"_s)->currentData().toString(), dossier);
            QCOMPARE(d.options().language, dossier);
        } // closed at once, its preview abandoned
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void actionIsInTheCaseMenuAndToolbar()
    {
        QAction *action = m_window->action(u"exportDossier"_s);
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+E"_s));
        QVERIFY(action->isEnabled());
        bool inToolbar = false;
        bool inCaseMenu = false;
        for (QObject *o : action->associatedObjects()) {
            inToolbar = inToolbar || o->inherits("QToolBar");
            if (auto *menu = qobject_cast<QMenu *>(o))
                inCaseMenu = inCaseMenu || menu->title() == u"&Case"_s;
        }
        QVERIFY(inToolbar);
        QVERIFY(inCaseMenu);
    }

    void opensFromTheActionAndShowsThePreview()
    {
        openDialog();
        QVERIFY(waitForPreview());
        ExportDialog *d = dialog();
        QVERIFY2(d->problem().isEmpty(), qPrintable(d->problem()));
        QVERIFY2(d->previewDocument()->pageCount() > 3, qPrintable(QString::number(d->previewDocument()->pageCount())));
        QVERIFY(field<QLabel>(u"previewStatus"_s)->text().contains(QString::number(d->previewDocument()->pageCount())));
        // The case's own jurisdiction, the window's language.
        QCOMPARE(field<QComboBox>(u"jurisdiction"_s)->currentData().toString(), u"CN"_s);
        QCOMPARE(field<QComboBox>(u"language"_s)->currentData().toString(), u"en"_s);
        QVERIFY(d->previewPath().startsWith(QDir::tempPath()));
        QVERIFY(allText().contains(u"REF-1003"_s));
    }

    void choosingChineseRemakesThePreviewInChinese()
    {
        ExportDialog *d = dialog();
        QVERIFY(d);
        const QString before = d->previewPath();
        QSignalSpy ready(d, &ExportDialog::previewReady);
        auto *language = field<QComboBox>(u"language"_s);
        language->setFocus();
        // Two keys down from English: 简体中文 (the preview for the first is abandoned).
        QTest::keyClick(language, Qt::Key_Down);
        QVERIFY(d->previewPending());
        QCOMPARE(language->currentData().toString(), u"zh_CN"_s);
        QVERIFY(waitForPreview());
        QCOMPARE(ready.count(), 1); // one preview after the change, not one per keystroke
        QVERIFY(d->previewPath() != before);
        QVERIFY(!QFile::exists(before)); // the old preview does not pile up
        const QString first = d->previewDocument()->getAllText(0).text();
        QVERIFY2(first.contains(u"投诉"_s) || first.contains(u"申诉"_s), qPrintable(first.left(300)));
        QCOMPARE(QJsonDocument::fromJson(d->previewManifest()).object().value(u"language"_s).toString(), u"zh_CN"_s);
    }

    void manyQuickChangesEndInOnePreview()
    {
        ExportDialog *d = dialog();
        auto *audience = field<QComboBox>(u"audience"_s);
        QSignalSpy ready(d, &ExportDialog::previewReady);
        for (int i = 0; i < 6; ++i) {
            audience->setCurrentIndex(i % 3);
            QTest::qWait(60);
        }
        audience->setCurrentIndex(2);
        QVERIFY(waitForPreview());
        QTest::qWait(600); // nothing else arrives later
        QCOMPARE(ready.count(), 1);
        QCOMPARE(QJsonDocument::fromJson(d->previewManifest()).object().value(u"audience"_s).toString(), u"court"_s);
        audience->setCurrentIndex(0);
        QVERIFY(waitForPreview());
    }

    void redactionRemovesThePhoneFromTheFile()
    {
        ExportDialog *d = dialog();
        auto *language = field<QComboBox>(u"language"_s);
        language->setCurrentIndex(language->findData(u"en"_s));
        QTest::keyClicks(field<QLineEdit>(u"complainantName"_s), u"Li Wei"_s);
        QTest::keyClicks(field<QLineEdit>(u"complainantPhones"_s), kPhone);
        QVERIFY(waitForPreview());
        // Not hidden yet: the cover says who complains, and how to reach them.
        QVERIFY(allText().contains(kPhone));
        QVERIFY(!field<QWidget>(u"screenshotNote"_s)->isVisible());

        tick(field<QCheckBox>(u"redact"_s));
        QVERIFY(d->options().redact);
        // Screenshots are pictures: the dialog says Plaint cannot read them.
        QVERIFY(field<QWidget>(u"screenshotNote"_s)->isVisible());
        QVERIFY(field<QLabel>(u"screenshotNote"_s)->text().contains(u"cannot read"_s));
        QVERIFY(!field<QLabel>(u"pdfRedactionNote"_s)->isVisible()); // the case has no PDF
        QCOMPARE(field<QListWidget>(u"imageExhibits"_s)->count(), 2);
        QTest::keyClicks(field<QLineEdit>(u"redactTerm"_s), u"REF-1004"_s);
        QTest::mouseClick(field<QPushButton>(u"addRedactTerm"_s), Qt::LeftButton);
        QCOMPARE(d->options().redactTerms, QStringList {u"REF-1004"_s});
        // Enter adds a word too, and never saves (there is no default button to press).
        bool asked = false;
        ExportDialog::setSaveFileHook([&asked](const QString &, const QString &) {
            asked = true;
            return QString();
        });
        QTest::keyClicks(field<QLineEdit>(u"redactTerm"_s), u"Wang Fang"_s);
        QTest::keyClick(field<QLineEdit>(u"redactTerm"_s), Qt::Key_Return);
        QVERIFY(!asked);
        ExportDialog::setSaveFileHook({});
        QCOMPARE(d->options().redactTerms, (QStringList {u"REF-1004"_s, u"Wang Fang"_s}));
        QVERIFY(field<QLineEdit>(u"redactTerm"_s)->text().isEmpty());
        QVERIFY(d->isVisible());
        QVERIFY(waitForPreview());
        // The raw bytes with every stream uncompressed: a compressed stream
        // would hide the number from a plain search.
        const QByteArray bytes = plaint::test::decompressedBytes(d->previewPath());
        QVERIFY(bytes.size() > 10000);
        for (const QString &hidden : {kPhone, u"REF-1004"_s, u"Wang Fang"_s})
            for (const QByteArray &form : plaint::test::byteForms(hidden))
                QVERIFY2(!bytes.contains(form), qPrintable(hidden));
        QVERIFY(!allText().contains(kPhone));
        QVERIFY(!allText().contains(u"REF-1004"_s));
        QVERIFY(allText().contains(u"REF-1003"_s)); // only what was asked is hidden
        QVERIFY(QJsonDocument::fromJson(d->previewManifest()).object().value(u"redacted"_s).toBool());
    }

    void maskEditorMasksThePicture()
    {
        ExportDialog *d = dialog();
        auto *images = field<QListWidget>(u"imageExhibits"_s);
        for (int row = 0; row < images->count(); ++row) {
            if (images->item(row)->data(Qt::UserRole).toString() == m_pngSha)
                images->setCurrentRow(row);
        }
        QCOMPARE(images->currentItem()->data(Qt::UserRole).toString(), m_pngSha);
        bool answered = false;
        QTimer::singleShot(0, this, [&answered] {
            auto *mask = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(mask);
            auto *editor = mask->findChild<MaskEditor *>();
            QVERIFY(editor);
            QCOMPARE(editor->image().size(), QSize(120, 80));
            const auto drag = [editor](QPointF from, QPointF to) {
                QTest::mousePress(editor, Qt::LeftButton, {}, editor->toWidget(from).toPoint());
                QTest::mouseMove(editor, editor->toWidget((from + to) / 2).toPoint());
                QTest::mouseRelease(editor, Qt::LeftButton, {}, editor->toWidget(to).toPoint());
            };
            drag({10, 10}, {60, 40});
            drag({70, 50}, {110, 70});
            QCOMPARE(editor->masks().size(), 2);
            const QRectF first = editor->masks().first();
            QVERIFY2(qAbs(first.left() - 10) <= 2 && qAbs(first.top() - 10) <= 2 && qAbs(first.right() - 60) <= 2
                    && qAbs(first.bottom() - 40) <= 2,
                qPrintable(u"%1,%2 %3x%4"_s.arg(first.x()).arg(first.y()).arg(first.width()).arg(first.height())));
            // The second box was a mistake: select it and remove it.
            QTest::mouseClick(editor, Qt::LeftButton, {}, editor->toWidget({90, 60}).toPoint());
            QCOMPARE(editor->selectedMask(), 1);
            QTest::mouseClick(mask->findChild<QPushButton *>(u"removeMask"_s), Qt::LeftButton);
            QCOMPARE(editor->masks().size(), 1);
            answered = true;
            mask->accept();
        });
        QTest::mouseClick(field<QPushButton>(u"editMasks"_s), Qt::LeftButton);
        QVERIFY(answered);
        QCOMPARE(d->options().masks.value(m_pngSha).size(), 1);
        QVERIFY(images->currentItem()->text().contains(u"1 box"_s));
        QVERIFY(waitForPreview());
        QCOMPARE(exhibit(d->previewManifest(), m_pngSha).value(u"in_dossier"_s).toString(), u"masked"_s);
        QVERIFY(exhibit(d->previewManifest(), m_jpegSha).value(u"in_dossier"_s).toString() != u"masked"_s);
    }

    void maskEditorShowsThePictureTurnedAsTheDossierDoes()
    {
        MaskEditor editor;
        editor.resize(400, 400);
        QVERIFY(editor.setImageData(rotatedJpeg()));
        QCOMPARE(editor.image().size(), QSize(20, 40)); // EXIF orientation 6 applied
        editor.addMask(QRectF(-5, 30, 50, 50)); // kept inside the picture
        QCOMPARE(editor.masks(), QList<QRectF> {QRectF(0, 30, 20, 10)});
        editor.clearMasks();
        QVERIFY(editor.masks().isEmpty());
        QVERIFY(!editor.setImageData("not a picture"));
    }

    void savePdfWritesAVerifiedDossier()
    {
        ExportDialog *d = dialog();
        QString asked;
        const QString target = m_dir.filePath(u"dossier"_s); // the extension is added
        ExportDialog::setSaveFileHook([&asked, target](const QString &, const QString &suggested) {
            asked = suggested;
            return target;
        });
        QSignalSpy saved(d, &ExportDialog::saved);
        QTest::mouseClick(field<QPushButton>(u"savePdf"_s), Qt::LeftButton);
        QVERIFY(!field<QPushButton>(u"savePdf"_s)->isEnabled()); // no second save meanwhile
        QVERIFY(saved.wait(90000));
        QVERIFY(asked.endsWith(u"Broadband cut off - complaint dossier.pdf"_s));
        QCOMPARE(saved.first().at(0).toString(), target + u".pdf"_s);
        QVERIFY2(saved.first().at(1).toBool(), qPrintable(d->problem()));
        QVERIFY(field<QLabel>(u"previewStatus"_s)->text().contains(u"checked"_s));
        const DossierVerifier::Report report = DossierVerifier::verify(target + u".pdf"_s, m_window->library());
        QVERIFY2(report.ok, qPrintable(report.problems.join(u"; "_s)));
        QCOMPARE(report.exhibits, 2);
        // Saved as previewed: redacted, down to the uncompressed bytes.
        const QByteArray bytes = plaint::test::decompressedBytes(target + u".pdf"_s);
        QVERIFY(bytes.size() > 10000);
        for (const QByteArray &form : plaint::test::byteForms(kPhone))
            QVERIFY(!bytes.contains(form));
        QCOMPARE(
            exhibit(QJsonDocument(report.manifest).toJson(), m_pngSha).value(u"in_dossier"_s).toString(), u"masked"_s);
        ExportDialog::setSaveFileHook({});
    }

    void saveBundleWritesAVerifiedZip()
    {
        ExportDialog *d = dialog();
        // The originals cannot be redacted: no bundle, and no embedded originals, while hiding.
        QVERIFY(d->options().redact);
        QVERIFY(!field<QPushButton>(u"saveBundle"_s)->isEnabled());
        QVERIFY(!field<QCheckBox>(u"attachOriginals"_s)->isEnabled());
        tick(field<QCheckBox>(u"redact"_s));
        QVERIFY(field<QPushButton>(u"saveBundle"_s)->isEnabled());
        QVERIFY(field<QCheckBox>(u"attachOriginals"_s)->isEnabled());
        const QString target = m_dir.filePath(u"bundle.zip"_s);
        ExportDialog::setSaveFileHook([target](const QString &, const QString &) { return target; });
        QSignalSpy saved(d, &ExportDialog::saved);
        QTest::mouseClick(field<QPushButton>(u"saveBundle"_s), Qt::LeftButton);
        QVERIFY(saved.wait(90000));
        QVERIFY2(saved.first().at(1).toBool(), qPrintable(d->problem()));
        const DossierVerifier::Report report = DossierVerifier::verify(target, m_window->library());
        QVERIFY2(report.ok, qPrintable(report.problems.join(u"; "_s)));
        QVERIFY(report.isBundle);
        ExportDialog::setSaveFileHook({});
        tick(field<QCheckBox>(u"redact"_s));
        QVERIFY(d->options().redact);
    }

    void cancellingTheFileDialogSavesNothing()
    {
        ExportDialog *d = dialog();
        ExportDialog::setSaveFileHook([](const QString &, const QString &) { return QString(); });
        QSignalSpy saved(d, &ExportDialog::saved);
        QTest::mouseClick(field<QPushButton>(u"savePdf"_s), Qt::LeftButton);
        QTest::qWait(200);
        QCOMPARE(saved.count(), 0);
        QVERIFY(field<QPushButton>(u"savePdf"_s)->isEnabled());
        ExportDialog::setSaveFileHook({});
    }

    void printingPrintsThePreviewsPages()
    {
        ExportDialog *d = dialog();
        QVERIFY(waitForPreview());
        QVERIFY(field<QPushButton>(u"print"_s)->isEnabled());
        QPrinter printer(QPrinter::ScreenResolution);
        printer.setResolution(150);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString out = m_dir.filePath(u"printed.pdf"_s);
        printer.setOutputFileName(out);
        d->setUpPrinter(printer);
        QVERIFY(printer.pageLayout().pageSize().isEquivalentTo(QPageSize(QPageSize::A4)));
        const Status printed = d->printTo(printer);
        QVERIFY2(printed, qPrintable(printed.error()));
        QPdfDocument paper;
        QVERIFY(paper.load(out) == QPdfDocument::Error::None);
        QCOMPARE(paper.pageCount(), d->previewDocument()->pageCount());
        // The same pages: each printed page looks like the PDF's, and unlike the next one.
        const auto look = [](QPdfDocument &doc, int page) {
            // Coarse, so that the raster print and the vector page differ only where the ink is.
            return doc.render(page, QSize(620, 877))
                .scaled(31, 44, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                .convertToFormat(QImage::Format_Grayscale8);
        };
        // How alike two pages are, whatever the darkness of the ink: 1 is the same layout.
        const auto likeness = [](const QImage &a, const QImage &b) {
            const int n = a.width() * a.height();
            double ma = 0, mb = 0;
            for (int y = 0; y < a.height(); ++y) {
                for (int x = 0; x < a.width(); ++x) {
                    ma += a.constScanLine(y)[x];
                    mb += b.constScanLine(y)[x];
                }
            }
            ma /= n;
            mb /= n;
            double ab = 0, aa = 0, bb = 0;
            for (int y = 0; y < a.height(); ++y) {
                for (int x = 0; x < a.width(); ++x) {
                    const double da = a.constScanLine(y)[x] - ma, db = b.constScanLine(y)[x] - mb;
                    ab += da * db;
                    aa += da * da;
                    bb += db * db;
                }
            }
            return ab / std::sqrt(aa * bb);
        };
        for (int page = 0; page + 1 < paper.pageCount(); ++page) {
            const QImage printedPage = look(paper, page);
            const double same = likeness(printedPage, look(*d->previewDocument(), page));
            const double next = likeness(printedPage, look(*d->previewDocument(), page + 1));
            QVERIFY2(same > 0.8 && same > next + 0.1, qPrintable(u"page %1: %2 vs %3"_s.arg(page).arg(same).arg(next)));
        }
    }

    void aPeriodBackwardsIsExplainedNotExported()
    {
        ExportDialog *d = dialog();
        auto *from = field<QDateEdit>(u"from"_s);
        auto *to = field<QDateEdit>(u"to"_s);
        tick(field<QCheckBox>(u"fromSet"_s));
        tick(field<QCheckBox>(u"toSet"_s));
        QVERIFY(from->isEnabled() && to->isEnabled());
        from->setDate(QDate(2024, 3, 20));
        to->setDate(QDate(2024, 3, 5));
        QTRY_VERIFY(!d->previewPending());
        QVERIFY(d->problem().contains(u"after the last day"_s));
        QVERIFY(!field<QPushButton>(u"print"_s)->isEnabled()); // nothing to print that matches
        QCOMPARE(d->previewDocument()->pageCount(), 0);
        // Put right, the preview covers just those days.
        from->setDate(QDate(2024, 3, 4));
        to->setDate(QDate(2024, 3, 8));
        QVERIFY(waitForPreview());
        QVERIFY(d->problem().isEmpty());
        QVERIFY(allText().contains(u"REF-1001"_s));
        QVERIFY(!allText().contains(u"REF-1003"_s));
    }

    void aPreviewThatCannotBeMadeIsExplained()
    {
        ExportDialog *d = dialog();
        QVERIFY(waitForPreview());
        const QString folder = QFileInfo(d->previewPath()).absolutePath();
        QVERIFY(QDir(folder).removeRecursively());
        auto *audience = field<QComboBox>(u"audience"_s);
        audience->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(!d->previewPending(), 60000);
        QVERIFY2(d->problem().contains(u"could not be made"_s), qPrintable(d->problem()));
        QVERIFY(d->previewPath().isEmpty());
        QVERIFY(!field<QPushButton>(u"print"_s)->isEnabled());
        QVERIFY(d->isVisible());
        // The next change, once the folder is back, works again.
        QVERIFY(QDir().mkpath(folder));
        audience->setCurrentIndex(0);
        QVERIFY(waitForPreview());
        QVERIFY(d->problem().isEmpty());
    }

    void exhibitsAreNamedAndSayWhatTheyProve()
    {
        auto *audience = field<QComboBox>(u"audience"_s);
        audience->setCurrentIndex(audience->findData(u"court"_s));
        auto *table = field<QTableWidget>(u"exhibitTexts"_s);
        QVERIFY(table && table->isVisible());
        QCOMPARE(table->rowCount(), 2);
        int pngRow = -1;
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0)->data(Qt::UserRole).toString() == m_pngSha)
                pngRow = row;
        QVERIFY(pngRow >= 0);
        QCOMPARE(table->item(pngRow, 0)->text(), u"chat.png"_s);
        QVERIFY(!(table->item(pngRow, 0)->flags() & Qt::ItemIsEditable)); // the file's name is what it is
        table->item(pngRow, 1)->setText(u"Chat with the hotline"_s);
        table->item(pngRow, 2)->setText(u"that the agent promised a call back within 24 hours"_s);
        QVERIFY(waitForPreview());
        QString text = allText();
        text.replace(QRegularExpression(u"\\s+"_s), u" "_s);
        QVERIFY2(text.contains(u"Chat with the hotline"_s), qPrintable(text));
        QVERIFY(text.contains(u"that the agent promised a call back within 24 hours"_s));
        const QJsonObject x = exhibit(dialog()->previewManifest(), m_pngSha);
        QCOMPARE(x.value(u"title"_s).toString(), u"Chat with the hotline"_s);
        QCOMPARE(x.value(u"name"_s).toString(), u"chat.png"_s);
        // Remembered for this case on this computer.
        closeDialog();
        openDialog();
        table = field<QTableWidget>(u"exhibitTexts"_s);
        QCOMPARE(table->item(pngRow, 1)->text(), u"Chat with the hotline"_s);
        QCOMPARE(table->item(pngRow, 2)->text(), u"that the agent promised a call back within 24 hours"_s);
        QCOMPARE(dialog()->options().exhibitTexts.value(m_pngSha).proves, u"that the agent promised a call back within 24 hours"_s);
        field<QComboBox>(u"audience"_s)->setCurrentIndex(0);
    }

    void yourDetailsAreRememberedNextTime()
    {
        closeDialog();
        openDialog();
        QCOMPARE(field<QLineEdit>(u"complainantName"_s)->text(), u"Li Wei"_s);
        QCOMPARE(field<QLineEdit>(u"complainantPhones"_s)->text(), kPhone);
        QVERIFY(field<QCheckBox>(u"redact"_s)->isChecked());
        closeDialog(); // closing while the preview is being made is fine
    }

    void aCaseWithNothingInItYetStillPreviews()
    {
        Case empty;
        empty.title = u"Nothing logged yet"_s;
        empty.company = u"Some shop"_s;
        QVERIFY(m_window->addCase(empty));
        QTRY_VERIFY(m_window->currentCaseId() != m_caseId);
        openDialog();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog()->previewPending(), 60000);
        QVERIFY2(dialog()->problem().isEmpty(), qPrintable(dialog()->problem()));
        QVERIFY(dialog()->previewDocument()->pageCount() >= 1);
        QVERIFY(!field<QWidget>(u"screenshotNote"_s)->isVisible()); // no pictures, nothing to say about them
        QCOMPARE(field<QComboBox>(u"jurisdiction"_s)->currentData().toString(), u"generic"_s);
        closeDialog();
        m_window->selectCase(m_caseId);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
