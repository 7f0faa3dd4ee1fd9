#include "evidencestore.h"
#include "library.h"
#include "testsupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace plaint;
using namespace plaint::test;

namespace {

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    const qsizetype words = bytes.size() / qsizetype(sizeof(quint32));
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), words);
    for (qsizetype i = words * qsizetype(sizeof(quint32)); i < bytes.size(); ++i)
        bytes[i] = char(generator.bounded(256));
    return bytes;
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : bytes) {
        crc ^= quint8(byte);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void appendBigEndian(QByteArray &out, quint32 value)
{
    out.append(char(value >> 24)).append(char(value >> 16)).append(char(value >> 8)).append(char(value));
}

// The start of a real PNG: the signature and a valid IHDR chunk (1x1, RGBA).
QByteArray pngHeader()
{
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    QByteArray ihdr("IHDR");
    appendBigEndian(ihdr, 1);
    appendBigEndian(ihdr, 1);
    ihdr.append(char(8)).append(char(6)).append(char(0)).append(char(0)).append(char(0));
    appendBigEndian(png, 13);
    png.append(ihdr);
    appendBigEndian(png, crc32(ihdr));
    return png;
}

// A device that can only be read once, front to back, like a pipe.
class PipeDevice final : public QIODevice
{
public:
    explicit PipeDevice(QByteArray data) : m_data(std::move(data)) {}
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        // A pipe hands out little at a time.
        const qint64 n = qMin<qint64>(qMin<qint64>(maxSize, 70000), m_data.size() - m_pos);
        memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

// Every row of a table, every column, as text.
QStringList tableContents(const RawConnection &raw, const QString &table)
{
    QStringList rows;
    QSqlQuery q(raw.db());
    if (!q.exec(u"SELECT * FROM %1 ORDER BY rowid"_s.arg(table)))
        return rows;
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << QString::fromLatin1(q.value(i).toByteArray().toHex());
        rows << row.join(u',');
    }
    return rows;
}

} // namespace

// Evidence is the part of Plaint a complaint stands on: it must come back
// bit for bit, be stored once, be recognised by its content, and never be
// half-written.
class TestEvidenceStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void attachedFileComesBackExact_data();
    void attachedFileComesBackExact();
    void sameContentIsStoredOnce();
    void sequentialSourceIsStoredOnce();
    void mimeTypeComesFromContent_data();
    void mimeTypeComesFromContent();
    void emptyFile();
    void largeFileStreamsInChunks();
    void folderIsNotKept();
    void storedContentCannotBeChanged_data();
    void storedContentCannotBeChanged();
    void missingFileWritesNothing();
    void progressNeverRunsBackwards_data();
    void progressNeverRunsBackwards();
    void cancelWritesNothing_data();
    void cancelWritesNothing();
    void unknownEvidence();

private:
    QString path() const { return m_dir->filePath(u"library.plaint"_s); }
    QString writeInput(const QString &name, const QByteArray &bytes) const
    {
        const QString file = m_dir->filePath(name);
        return writeFile(file, bytes) ? file : QString();
    }
    struct Counts
    {
        qint64 journal, blobs, chunks, attachments;
        friend bool operator==(const Counts &, const Counts &) = default;
    };
    Counts counts() const
    {
        RawConnection raw(path());
        return {raw.count(u"journal"_s), raw.count(u"blobs"_s), raw.count(u"blob_chunks"_s),
                raw.count(u"attachments"_s)};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_caseId = 0;
    qint64 m_eventId = 0;
};

void TestEvidenceStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestEvidenceStore::init()
{
    m_library.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_library = openLibrary(path());
    QVERIFY(m_library);
    m_caseId = *m_library->addCase(sampleCase());
    m_eventId = *m_library->addEvent(sampleEvent(m_caseId, u"Shop refused the return"_s));
}

void TestEvidenceStore::attachedFileComesBackExact_data()
{
    QTest::addColumn<qint64>("size");
    QTest::newRow("one byte") << qint64(1);
    QTest::newRow("a photo") << qint64(123457);
    QTest::newRow("exactly one chunk") << EvidenceStore::kChunkSize;
    QTest::newRow("one chunk and a byte") << EvidenceStore::kChunkSize + 1;
    QTest::newRow("two and a half chunks") << EvidenceStore::kChunkSize * 5 / 2;
}

void TestEvidenceStore::attachedFileComesBackExact()
{
    QFETCH(qint64, size);
    const QByteArray bytes = randomBytes(size, quint32(size));
    const QString file = writeInput(u"recording.m4a"_s, bytes);
    QVERIFY(!file.isEmpty());

    auto attached = m_library->attachFiles(m_eventId, {file});
    QVERIFY2(attached.ok(), qPrintable(attached.error()));
    QCOMPARE(attached->size(), 1);
    const Attachment a = attached->first();

    QFile input(file);
    QVERIFY(input.open(QIODevice::ReadOnly));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QVERIFY(hash.addData(&input));
    QCOMPARE(a.sha256, QString::fromLatin1(hash.result().toHex()));
    QCOMPARE(a.size, size);
    QCOMPARE(a.fileName, u"recording.m4a"_s);
    QCOMPARE(a.eventId, m_eventId);

    m_library.reset();
    m_library = openLibrary(path());
    QBuffer out;
    QVERIFY(out.open(QIODevice::WriteOnly));
    const Status read = m_library->readEvidence(a.sha256, out);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QVERIFY(out.data() == bytes);

    RawConnection raw(path());
    const qint64 expectedChunks = (size + EvidenceStore::kChunkSize - 1) / EvidenceStore::kChunkSize;
    QCOMPARE(raw.count(u"blob_chunks"_s), expectedChunks);
    QCOMPARE(raw.scalar(u"SELECT chunk_count FROM blobs WHERE sha256 = ?"_s, {a.sha256}).toLongLong(), expectedChunks);
    const auto check = m_library->verify();
    QVERIFY2(check.ok, qPrintable(check.problems.join(u'\n')));
    QCOMPARE(check.evidenceChecked, 1);
    QCOMPARE(check.evidenceBytes, size);
}

void TestEvidenceStore::sameContentIsStoredOnce()
{
    const QByteArray bytes = randomBytes(300000, 7);
    const QString first = writeInput(u"IMG_0001.jpg"_s, bytes);
    const QString second = writeInput(u"copy sent by WeChat.bin"_s, bytes);
    const qint64 otherEvent = *m_library->addEvent(sampleEvent(m_caseId, u"Sent the photo again"_s, 60));

    auto a = m_library->attachFiles(m_eventId, {first});
    QVERIFY2(a.ok(), qPrintable(a.error()));
    auto b = m_library->addEvent(sampleEvent(m_caseId, u"third event, same photo"_s, 120), {second});
    QVERIFY2(b.ok(), qPrintable(b.error()));
    QBuffer buffer;
    buffer.setData(bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    auto c = m_library->attachData(otherEvent, buffer, u"pasted.png"_s);
    QVERIFY2(c.ok(), qPrintable(c.error()));

    RawConnection raw(path());
    QCOMPARE(raw.count(u"blobs"_s), 1);
    QCOMPARE(raw.count(u"blob_chunks"_s), 1);
    QCOMPARE(raw.count(u"attachments"_s), 3);
    QCOMPARE(c->sha256, a->first().sha256);
    QCOMPARE(m_library->attachments(*b)->first().sha256, a->first().sha256);
    // Each attachment keeps the name the user gave it.
    QCOMPARE(m_library->attachments(*b)->first().fileName, u"copy sent by WeChat.bin"_s);
    QCOMPARE(c->fileName, u"pasted.png"_s);
    QVERIFY(m_library->verify().ok);
}

void TestEvidenceStore::sequentialSourceIsStoredOnce()
{
    const QByteArray bytes = randomBytes(EvidenceStore::kChunkSize + 4321, 11);
    PipeDevice pipe(bytes);
    QVERIFY(pipe.open(QIODevice::ReadOnly));
    auto first = m_library->attachData(m_eventId, pipe, u"stdin"_s);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(first->sha256, sha256Hex(bytes));
    QCOMPARE(first->size, bytes.size());

    PipeDevice again(bytes);
    QVERIFY(again.open(QIODevice::ReadOnly));
    auto second = m_library->attachData(m_eventId, again, u"stdin again"_s);
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QCOMPARE(second->sha256, first->sha256);

    RawConnection raw(path());
    QCOMPARE(raw.count(u"blobs"_s), 1);
    QCOMPARE(raw.count(u"blob_chunks"_s), 2);
    QBuffer out;
    QVERIFY(out.open(QIODevice::WriteOnly));
    QVERIFY(m_library->readEvidence(first->sha256, out).ok());
    QVERIFY(out.data() == bytes);
    QVERIFY(m_library->verify().ok);
}

void TestEvidenceStore::mimeTypeComesFromContent_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("mime");

    QByteArray png = pngHeader();
    png.append(randomBytes(64, 3));
    QTest::newRow("PNG named .txt") << png << u"screenshot.txt"_s << u"image/png"_s;
    QTest::newRow("PDF named .jpg") << QByteArray("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n") << u"bill.jpg"_s
                                    << u"application/pdf"_s;
    QTest::newRow("JPEG without extension") << QByteArray("\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01", 13)
                                            << u"photo"_s << u"image/jpeg"_s;
    QTest::newRow("text named .png") << QByteArray("工号 23338 said no.\n") << u"notes.png"_s << u"text/plain"_s;
    QTest::newRow("binary named .pdf") << QByteArray("\x00\x01\x02\xff\xfe", 5) << u"fake.pdf"_s
                                       << u"application/octet-stream"_s;
}

void TestEvidenceStore::mimeTypeComesFromContent()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fileName);
    QFETCH(QString, mime);
    const QString file = writeInput(fileName, bytes);
    auto attached = m_library->attachFiles(m_eventId, {file});
    QVERIFY2(attached.ok(), qPrintable(attached.error()));
    QCOMPARE(attached->first().mimeType, mime);
    QCOMPARE(attached->first().fileName, fileName);
    m_library.reset();
    m_library = openLibrary(path());
    QCOMPARE(m_library->attachments(m_eventId)->first().mimeType, mime);
}

void TestEvidenceStore::emptyFile()
{
    const QString file = writeInput(u"empty.txt"_s, QByteArray());
    auto attached = m_library->attachFiles(m_eventId, {file});
    QVERIFY2(attached.ok(), qPrintable(attached.error()));
    const Attachment a = attached->first();
    QCOMPARE(a.size, 0);
    QCOMPARE(a.sha256, u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s);
    QVERIFY(!a.mimeType.isEmpty());

    QBuffer out;
    QVERIFY(out.open(QIODevice::WriteOnly));
    QVERIFY(m_library->readEvidence(a.sha256, out).ok());
    QVERIFY(out.data().isEmpty());

    // Attaching another empty file reuses it.
    QVERIFY(m_library->attachFiles(m_eventId, {writeInput(u"empty2.log"_s, QByteArray())}).ok());
    RawConnection raw(path());
    QCOMPARE(raw.count(u"blobs"_s), 1);
    QCOMPARE(raw.count(u"blob_chunks"_s), 0);
    QCOMPARE(m_library->attachments(m_eventId)->size(), 2);
    const auto check = m_library->verify();
    QVERIFY2(check.ok, qPrintable(check.problems.join(u'\n')));
}

void TestEvidenceStore::largeFileStreamsInChunks()
{
    constexpr qint64 kSize = 50 * EvidenceStore::kChunkSize;
    const QString file = m_dir->filePath(u"call-recording.wav"_s);
    QCryptographicHash inputHash(QCryptographicHash::Sha256);
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        for (quint32 i = 0; i < 50; ++i) {
            const QByteArray piece = randomBytes(EvidenceStore::kChunkSize, 1000 + i);
            inputHash.addData(piece);
            QCOMPARE(out.write(piece), piece.size());
        }
    }
    QList<qint64> progress;
    auto attached = m_library->attachFiles(m_eventId, {file}, [&](qint64 done) {
        progress.append(done);
        return true;
    });
    QVERIFY2(attached.ok(), qPrintable(attached.error()));
    const QString sha = QString::fromLatin1(inputHash.result().toHex());
    QCOMPARE(attached->first().sha256, sha);
    QCOMPARE(attached->first().size, kSize);

    // Progress was reported as it streamed, once per chunk, up to the whole size.
    QCOMPARE(progress.size(), 50);
    QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
    QCOMPARE(progress.last(), kSize);

    {
        RawConnection raw(path());
        QCOMPARE(raw.count(u"blob_chunks"_s), 50);
        QCOMPARE(raw.scalar(u"SELECT max(length(data)) FROM blob_chunks"_s).toLongLong(), EvidenceStore::kChunkSize);
    }

    const QString copy = m_dir->filePath(u"copy.wav"_s);
    {
        QFile sink(copy);
        QVERIFY(sink.open(QIODevice::WriteOnly));
        QVERIFY(m_library->readEvidence(sha, sink).ok());
    }
    QFile back(copy);
    QVERIFY(back.open(QIODevice::ReadOnly));
    QCOMPARE(back.size(), kSize);
    QCryptographicHash outputHash(QCryptographicHash::Sha256);
    QVERIFY(outputHash.addData(&back));
    QCOMPARE(QString::fromLatin1(outputHash.result().toHex()), sha);
}

void TestEvidenceStore::folderIsNotKept()
{
    QBuffer buffer;
    buffer.setData("x");
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    auto a = m_library->attachData(m_eventId, buffer, u"C:\\Users\\wang\\Desktop\\账单.pdf"_s);
    QVERIFY(a.ok());
    QCOMPARE(a->fileName, u"账单.pdf"_s);
    buffer.seek(0);
    auto b = m_library->attachData(m_eventId, buffer, u"/home/wang/"_s);
    QVERIFY(b.ok());
    QVERIFY(!b->fileName.isEmpty());
    QVERIFY(!b->fileName.contains(u"wang"_s));
}

void TestEvidenceStore::storedContentCannotBeChanged_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("table");
    QTest::newRow("rewrite a chunk") << u"UPDATE blob_chunks SET data = x'00'"_s << u"blob_chunks"_s;
    QTest::newRow("renumber a chunk") << u"UPDATE blob_chunks SET seq = seq + 1"_s << u"blob_chunks"_s;
    QTest::newRow("change a hash") << u"UPDATE blobs SET sha256 = 'x'"_s << u"blobs"_s;
    QTest::newRow("change a journal payload") << u"UPDATE journal SET payload = '{}'"_s << u"journal"_s;
    QTest::newRow("change a journal hash") << u"UPDATE journal SET hash = prev_hash"_s << u"journal"_s;
    QTest::newRow("change an earlier version") << u"UPDATE revisions SET data = '{}'"_s << u"revisions"_s;
}

void TestEvidenceStore::storedContentCannotBeChanged()
{
    QFETCH(QString, statement);
    QFETCH(QString, table);
    QBuffer buffer;
    buffer.setData(randomBytes(5000, 5));
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QVERIFY(m_library->attachData(m_eventId, buffer, u"x.bin"_s).ok());
    Event e = *m_library->eventById(m_eventId, false);
    e.summary = u"edited"_s;
    QVERIFY(m_library->updateEvent(e).ok());
    m_library.reset();

    RawConnection raw(path());
    const QStringList before = tableContents(raw, table);
    QVERIFY(!before.isEmpty());
    const QString error = raw.exec(statement);
    QVERIFY2(!error.isEmpty(), "a direct UPDATE succeeded");
    QCOMPARE(tableContents(raw, table), before);

    m_library = openLibrary(path());
    const auto check = m_library->verify();
    QVERIFY2(check.ok, qPrintable(check.problems.join(u'\n')));
}

void TestEvidenceStore::missingFileWritesNothing()
{
    const QString present = writeInput(u"present.jpg"_s, randomBytes(2000, 9));
    const QString missing = m_dir->filePath(u"gone/missing.jpg"_s);
    const Counts before = counts();

    auto attached = m_library->attachFiles(m_eventId, {present, missing});
    QVERIFY(!attached.ok());
    QVERIFY2(attached.error().contains(missing), qPrintable(attached.error()));
    QVERIFY(counts() == before);

    auto folder = m_library->attachFiles(m_eventId, {m_dir->path()});
    QVERIFY(!folder.ok());
    QVERIFY(counts() == before);

    auto added = m_library->addEvent(sampleEvent(m_caseId, u"with a missing file"_s), {present, missing});
    QVERIFY(!added.ok());
    QVERIFY2(added.error().contains(missing), qPrintable(added.error()));
    QVERIFY(counts() == before);
    QCOMPARE(*m_library->eventCount(m_caseId), 1);

    auto none = m_library->attachFiles(m_eventId, {});
    QVERIFY(!none.ok());
    auto noEvent = m_library->attachFiles(9999, {present});
    QVERIFY(!noEvent.ok());
    QVERIFY(counts() == before);
}

void TestEvidenceStore::progressNeverRunsBackwards_data()
{
    QTest::addColumn<bool>("sameSizeAlreadyStored");
    QTest::addColumn<bool>("sameContent");
    QTest::newRow("new content") << false << false;
    QTest::newRow("same size, other content") << true << false;
    QTest::newRow("same content") << true << true;
}

// A progress bar that jumps back looks like a hang to the user.
void TestEvidenceStore::progressNeverRunsBackwards()
{
    QFETCH(bool, sameSizeAlreadyStored);
    QFETCH(bool, sameContent);
    constexpr qint64 kSize = EvidenceStore::kChunkSize * 4;
    if (sameSizeAlreadyStored)
        QVERIFY(m_library->attachFiles(m_eventId, {writeInput(u"earlier.bin"_s, randomBytes(kSize, 1))}).ok());
    const QString file = writeInput(u"new.bin"_s, randomBytes(kSize, sameContent ? 1 : 2));
    QList<qint64> progress;
    auto attached = m_library->attachFiles(m_eventId, {file}, [&](qint64 done) {
        progress.append(done);
        return true;
    });
    QVERIFY2(attached.ok(), qPrintable(attached.error()));
    QVERIFY(!progress.isEmpty());
    for (qsizetype i = 1; i < progress.size(); ++i)
        QVERIFY2(progress.at(i) >= progress.at(i - 1),
                 qPrintable(u"progress went from %1 to %2"_s.arg(progress.at(i - 1)).arg(progress.at(i))));
    QVERIFY(progress.last() <= kSize);
    if (!sameContent)
        QCOMPARE(progress.last(), kSize);
}

void TestEvidenceStore::cancelWritesNothing_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("cancelAtCall");
    QTest::addColumn<bool>("sameSizeAlreadyStored");
    QTest::newRow("first chunk") << EvidenceStore::kChunkSize * 3 << 1 << false;
    QTest::newRow("third of three chunks") << EvidenceStore::kChunkSize * 3 << 3 << false;
    QTest::newRow("small file") << qint64(1000) << 1 << false;
    // Content as long as something already stored is hashed first, to avoid a copy.
    QTest::newRow("while comparing with same-size content") << EvidenceStore::kChunkSize * 2 << 1 << true;
    QTest::newRow("after comparing with same-size content") << EvidenceStore::kChunkSize * 2 << 3 << true;
}

void TestEvidenceStore::cancelWritesNothing()
{
    QFETCH(qint64, size);
    QFETCH(int, cancelAtCall);
    QFETCH(bool, sameSizeAlreadyStored);
    if (sameSizeAlreadyStored)
        QVERIFY(m_library->attachFiles(m_eventId, {writeInput(u"earlier.bin"_s, randomBytes(size, 1))}).ok());
    const QString file = writeInput(u"cancelled.bin"_s, randomBytes(size, 2));
    const Counts before = counts();

    int calls = 0;
    auto attached = m_library->attachFiles(m_eventId, {file}, [&](qint64) { return ++calls < cancelAtCall; });
    QVERIFY(!attached.ok());
    QCOMPARE(calls, cancelAtCall);
    QVERIFY2(attached.error().contains(u"Cancel"_s), qPrintable(attached.error()));
    QVERIFY(counts() == before);

    // The same through attachData.
    QFile device(file);
    QVERIFY(device.open(QIODevice::ReadOnly));
    calls = 0;
    auto data = m_library->attachData(m_eventId, device, u"cancelled.bin"_s, [&](qint64) { return ++calls < cancelAtCall; });
    QVERIFY(!data.ok());
    QVERIFY(counts() == before);

    // The library is left usable: the same file attaches fine afterwards.
    auto again = m_library->attachFiles(m_eventId, {file});
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again->first().size, size);
    const auto check = m_library->verify();
    QVERIFY2(check.ok, qPrintable(check.problems.join(u'\n')));
}

void TestEvidenceStore::unknownEvidence()
{
    QBuffer out;
    QVERIFY(out.open(QIODevice::WriteOnly));
    const Status read = m_library->readEvidence(QString(64, u'a'), out);
    QVERIFY(!read.ok());
    QVERIFY(read.error().contains(QString(64, u'a')));
    QVERIFY(out.data().isEmpty());
}

QTEST_GUILESS_MAIN(TestEvidenceStore)
#include "tst_evidencestore.moc"
