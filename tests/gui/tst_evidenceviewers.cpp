// The evidence viewer for PDFs and recordings: a real PDF written by
// QPdfWriter and a real WAV file, stored in a real library and shown in the
// real widgets on the offscreen platform.

#include "audioplayer.h"
#include "evidenceviewer.h"
#include "library.h"
#include "pdfviewer.h"

#include <QBuffer>
#include <QFile>
#include <QLabel>
#include <QMediaPlayer>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace plaint;

class TestEvidenceViewers : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_eventId = 0;

    Attachment attach(const QString &path)
    {
        auto attached = m_library->attachFiles(m_eventId, {path});
        if (!attached || attached->size() != 1)
            qFatal("cannot attach %s", qPrintable(path));
        return attached->first();
    }

    QString writePdf(const QString &name, const QStringList &pages)
    {
        const QString path = m_dir.filePath(name);
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        QFont font(u"DejaVu Sans"_s);
        font.setPointSize(14);
        painter.setFont(font);
        for (int i = 0; i < pages.size(); ++i) {
            if (i > 0)
                writer.newPage();
            painter.drawText(QRect(500, 500, 8000, 2000), Qt::AlignLeft | Qt::AlignTop, pages.at(i));
        }
        painter.end();
        return path;
    }

    // 16-bit mono PCM: a 440 Hz tone of `ms` milliseconds.
    static QByteArray wav(int ms, int rate = 8000)
    {
        QByteArray pcm;
        const int samples = rate * ms / 1000;
        for (int i = 0; i < samples; ++i) {
            const auto v = qint16(8000 * qSin(2 * M_PI * 440 * i / rate));
            char le[2];
            qToLittleEndian(v, le);
            pcm.append(le, 2);
        }
        QByteArray out;
        auto u32 = [&](quint32 v) {
            char b[4];
            qToLittleEndian(v, b);
            out.append(b, 4);
        };
        auto u16 = [&](quint16 v) {
            char b[2];
            qToLittleEndian(v, b);
            out.append(b, 2);
        };
        out.append("RIFF");
        u32(quint32(36 + pcm.size() + 12));
        out.append("WAVE");
        // A chunk before fmt, as some recorders write: the reader must skip it.
        out.append("LIST");
        u32(4);
        out.append("INFO");
        out.append("fmt ");
        u32(16);
        u16(1);            // PCM
        u16(1);            // mono
        u32(quint32(rate));
        u32(quint32(rate * 2)); // bytes per second
        u16(2);            // block align
        u16(16);           // bits per sample
        out.append("data");
        u32(quint32(pcm.size()));
        out.append(pcm);
        return out;
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto library = Library::open(m_dir.filePath(u"viewers.plaint"_s));
        QVERIFY(library);
        m_library = std::move(library).value();
        Case c;
        c.title = u"Bill dispute"_s;
        c.company = u"中国电信"_s;
        const qint64 caseId = m_library->addCase(c).value();
        Event e;
        e.caseId = caseId;
        e.occurred = QDateTime::currentDateTimeUtc();
        e.summary = u"Evidence"_s;
        m_eventId = m_library->addEvent(e).value();
    }

    void pdfPagesAndSearch()
    {
        const Attachment bill = attach(writePdf(u"bill.pdf"_s, {u"Monthly bill: package 189 yuan"_s,
                                                                u"Early termination fee: zebra clause"_s}));
        QCOMPARE(bill.mimeType, u"application/pdf"_s);
        EvidenceViewer viewer(m_library.get(), bill, m_dir.filePath(u"export"_s));
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QTRY_VERIFY(!viewer.isLoading());
        QCOMPARE(viewer.problem(), QString());
        QCOMPARE(viewer.findChild<QLabel *>(u"sha256"_s)->text(), bill.sha256);
        PdfViewer *pdf = viewer.pdfViewer();
        QVERIFY(pdf);
        QCOMPARE(pdf->pageCount(), 2);
        QCOMPARE(pdf->currentPage(), 0);
        QCOMPARE(pdf->findChild<QLabel *>(u"pageCount"_s)->text(), u"of 2"_s);
        QVERIFY(!pdf->findChild<QPushButton *>(u"previousPage"_s)->isEnabled());

        QTest::mouseClick(pdf->findChild<QPushButton *>(u"nextPage"_s), Qt::LeftButton);
        QCOMPARE(pdf->currentPage(), 1);
        QVERIFY(!pdf->findChild<QPushButton *>(u"nextPage"_s)->isEnabled());
        pdf->goToPage(0);
        QCOMPARE(pdf->currentPage(), 0);
        pdf->goToPage(7); // past the end: the last page
        QCOMPARE(pdf->currentPage(), 1);
        pdf->goToPage(0);

        pdf->search(u"zebra"_s);
        QTRY_COMPARE(pdf->searchResultCount(), 1);
        QCOMPARE(pdf->searchResultPage(0), 1);
        pdf->showSearchResult(0);
        QCOMPARE(pdf->currentPage(), 1);
        pdf->search(u"189"_s);
        QTRY_COMPARE(pdf->searchResultCount(), 1);
        QCOMPARE(pdf->searchResultPage(0), 0);
        pdf->search(u"no such words"_s);
        QTest::qWait(200);
        QCOMPARE(pdf->searchResultCount(), 0);

        pdf->zoomIn();
        pdf->fitPage();
        pdf->fitWidth();
    }

    void damagedPdfGetsAMessage()
    {
        QByteArray bytes("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\n");
        bytes.append(QByteArray(4000, '\x9c'));
        const Attachment bad = attach(writeFile(u"damaged.pdf"_s, bytes));
        QCOMPARE(bad.mimeType, u"application/pdf"_s);
        EvidenceViewer viewer(m_library.get(), bad, m_dir.filePath(u"export"_s));
        viewer.show();
        QTRY_VERIFY(!viewer.isLoading());
        QVERIFY(!viewer.pdfViewer());
        QVERIFY2(viewer.problem().contains(u"not a readable PDF"_s), qPrintable(viewer.problem()));
        QCOMPARE(viewer.findChild<QLabel *>(u"sha256"_s)->text(), bad.sha256);
    }

    void passwordProtectedPdfGetsAMessage()
    {
        const QString qpdf = QStandardPaths::findExecutable(u"qpdf"_s);
        if (qpdf.isEmpty())
            QSKIP("qpdf (Debian package qpdf) is needed to make a password-protected PDF");
        const QString plain = writePdf(u"contract.pdf"_s, {u"Contract: 24 months"_s});
        const QString locked = m_dir.filePath(u"contract-locked.pdf"_s);
        QCOMPARE(QProcess::execute(qpdf, {u"--encrypt"_s, u"secret"_s, u"owner"_s, u"256"_s, u"--"_s, plain, locked}), 0);
        const Attachment contract = attach(locked);
        EvidenceViewer viewer(m_library.get(), contract, m_dir.filePath(u"export"_s));
        viewer.show();
        QTRY_VERIFY(!viewer.isLoading());
        QVERIFY(!viewer.pdfViewer());
        QVERIFY2(viewer.problem().contains(u"password"_s), qPrintable(viewer.problem()));
        QCOMPARE(viewer.findChild<QLabel *>(u"sha256"_s)->text(), contract.sha256);
    }

    void wavDurationFromItsHeader_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("3 s") << wav(3000) << qint64(3000);
        QTest::newRow("250 ms at 16 kHz") << wav(250, 16000) << qint64(250);
        QTest::newRow("not a WAV") << QByteArray("ID3\x03 not a wav file at all") << qint64(-1);
        QTest::newRow("cut short") << wav(3000).left(30) << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
    }

    void wavDurationFromItsHeader()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qint64, ms);
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        buffer.seek(qMin<qint64>(5, bytes.size()));
        QCOMPARE(AudioPlayer::wavDurationMs(buffer), ms);
        QCOMPARE(buffer.pos(), qMin<qint64>(5, bytes.size()));
    }

    void recordingShowsItsLength()
    {
        const Attachment call = attach(writeFile(u"call-23338.wav"_s, wav(3000)));
        QVERIFY(call.mimeType.startsWith(u"audio/"_s));
        EvidenceViewer viewer(m_library.get(), call, m_dir.filePath(u"export"_s));
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QTRY_VERIFY(!viewer.isLoading());
        AudioPlayer *player = viewer.audioPlayer();
        QVERIFY(player);
        QCOMPARE(viewer.findChild<QLabel *>(u"sha256"_s)->text(), call.sha256);
        // From the header, before (and whether or not) the media framework reads it.
        QCOMPARE(player->duration(), qint64(3000));
        QVERIFY(player->findChild<QLabel *>(u"time"_s)->text().endsWith(u"0:03"_s));
    }

    void recordingPlays()
    {
        const Attachment call = attach(writeFile(u"call-short.wav"_s, wav(1500)));
        EvidenceViewer viewer(m_library.get(), call, m_dir.filePath(u"export"_s));
        viewer.show();
        QTRY_VERIFY(!viewer.isLoading());
        AudioPlayer *player = viewer.audioPlayer();
        QVERIFY(player);
        QMediaPlayer *media = player->player();
        QTRY_VERIFY_WITH_TIMEOUT(media->mediaStatus() != QMediaPlayer::LoadingMedia || media->error() != QMediaPlayer::NoError,
                                 10000);
        if (media->error() != QMediaPlayer::NoError || media->mediaStatus() == QMediaPlayer::InvalidMedia)
            QSKIP(qPrintable(u"This machine's media framework cannot decode WAV here (%1); the length still shows, "
                             u"see recordingShowsItsLength."_s.arg(media->errorString())));
        QTRY_COMPARE_WITH_TIMEOUT(media->duration() / 100, qint64(15), 10000);
        QTest::mouseClick(player->findChild<QPushButton *>(u"play"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(media->position() > 0 || media->error() != QMediaPlayer::NoError, 10000);
        if (media->error() != QMediaPlayer::NoError)
            QSKIP(qPrintable(u"No audio output on this machine (%1)."_s.arg(media->errorString())));
        QTest::mouseClick(player->findChild<QPushButton *>(u"play"_s), Qt::LeftButton);
        QTRY_COMPARE(media->playbackState(), QMediaPlayer::PausedState);
    }

    void cleanupTestCase()
    {
        m_library.reset();
    }
};

QTEST_MAIN(TestEvidenceViewers)
#include "tst_evidenceviewers.moc"
