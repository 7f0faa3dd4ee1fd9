#include "library.h"
#include "searchindex.h"
#include "testsupport.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace plaint;
using namespace plaint::test;

using IdList = QList<qint64>;

// Users search their timeline for the words a company used: Chinese has no
// spaces and many of its words are two characters long, reference numbers
// are remembered in pieces, and Chinese input methods type full-width
// letters. Search must find every event that contains the words, and no other.
class TestSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void findsExactlyTheEventsContainingTheTerms_data();
    void findsExactlyTheEventsContainingTheTerms();
    void emptyQueryIsAnError_data();
    void emptyQueryIsAnError();
    void editsAreReindexed();
    void normalizeFoldsWidthAndCase_data();
    void normalizeFoldsWidthAndCase();
    void bigramsArePairsOfWordCharacters();
    void agreesWithASubstringScan();

private:
    qint64 ev(int index) const { return m_events.value(index); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_caseId = 0;
    qint64 m_otherCaseId = 0;
    QList<qint64> m_events;
};

void TestSearch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_library = openLibrary(m_dir->filePath(u"search.plaint"_s));
    QVERIFY(m_library);
    m_caseId = *m_library->addCase(sampleCase());

    struct Row
    {
        QString summary;
        QString reference;
        QStringList quotes;
    };
    const QList<Row> rows{
        /* 0 */ {u"客户要求延期处理，客服工号23338答应回电"_s, u"GD2021-0457-881"_s, {}},
        /* 1 */ {u"營業廳說要延期三天"_s, {}, {}},
        /* 2 */ {u"Called Customer Service about the REFUND"_s, u"REF-88812"_s, {}},
        /* 3 */ {u"工号10001拒绝退款"_s, {}, {u"我们不能退"_s}},
        /* 4 */ {u"Visited the 營業廳 in Tianhe; refund refused"_s, {}, {}},
        /* 5 */ {u"客服 hung up on me"_s, {}, {}},
        /* 6 */ {u"Letter posted"_s, u"ＧＤ２０２１-0999"_s, {}},
        /* 7 */ {u"Promise made on this call"_s, {}, {}},
        /* 8 */ {u"Screenshot of the chat"_s, {}, {}},
    };
    for (int i = 0; i < rows.size(); ++i) {
        Event e = sampleEvent(m_caseId, rows[i].summary, i);
        e.reference = rows[i].reference;
        e.quotes = rows[i].quotes;
        auto id = m_library->addEvent(e);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        m_events << *id;
    }
    QVERIFY(m_library->trashEvent(ev(5)).ok());
    Promise p;
    p.eventId = ev(7);
    p.text = u"主管会在48小时内回电"_s;
    QVERIFY(m_library->addPromise(p).ok());
    QBuffer data;
    data.setData("png bytes");
    QVERIFY(data.open(QIODevice::ReadOnly));
    QVERIFY(m_library->attachData(ev(8), data, u"聊天记录-客服.png"_s).ok());

    // Another case that contains every word: never part of this case's results.
    m_otherCaseId = *m_library->addCase(sampleCase(u"Other Co"_s));
    Event other = sampleEvent(m_otherCaseId, u"延期 工号 客服 營業 refund REF-88812 GD2021 退 主管 聊天记录.png"_s);
    QVERIFY(m_library->addEvent(other).ok());
}

void TestSearch::cleanupTestCase()
{
    m_library.reset();
}

void TestSearch::findsExactlyTheEventsContainingTheTerms_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<int>>("expected");

    QTest::newRow("延期 (Simplified, two characters)") << u"延期"_s << QList<int>{0, 1};
    QTest::newRow("工号 (two characters, next to digits)") << u"工号"_s << QList<int>{0, 3};
    QTest::newRow("客服 (in summary and file name, trashed excluded)") << u"客服"_s << QList<int>{0, 8};
    QTest::newRow("營業 (Traditional)") << u"營業"_s << QList<int>{1, 4};
    QTest::newRow("營業廳 (three characters)") << u"營業廳"_s << QList<int>{1, 4};
    QTest::newRow("one Chinese character") << u"退"_s << QList<int>{3};
    QTest::newRow("one Chinese character, two events") << u"延"_s << QList<int>{0, 1};
    QTest::newRow("English, lower case") << u"refund"_s << QList<int>{2, 4};
    QTest::newRow("English, upper case") << u"REFUND"_s << QList<int>{2, 4};
    QTest::newRow("English, mixed case") << u"sErViCe"_s << QList<int>{2};
    QTest::newRow("English, two letters") << u"he"_s << QList<int>{2, 4, 8};
    QTest::newRow("reference, three digits") << u"888"_s << QList<int>{2};
    QTest::newRow("reference, middle part") << u"0457"_s << QList<int>{0};
    QTest::newRow("reference, two digits") << u"88"_s << QList<int>{0, 2};
    QTest::newRow("reference, two digits elsewhere") << u"45"_s << QList<int>{0};
    QTest::newRow("reference with its dash") << u"1-0"_s << QList<int>{0, 6};
    QTest::newRow("a dash alone") << u"-"_s << QList<int>{0, 2, 6, 8};
    QTest::newRow("full-width letters and digits") << u"ＧＤ２０２１"_s << QList<int>{0, 6};
    QTest::newRow("ASCII finds full-width text") << u"gd2021"_s << QList<int>{0, 6};
    QTest::newRow("agent code") << u"23338"_s << QList<int>{0};
    QTest::newRow("quote") << u"不能"_s << QList<int>{3};
    QTest::newRow("promise text") << u"主管"_s << QList<int>{7};
    QTest::newRow("promise text with digits") << u"48小时"_s << QList<int>{7};
    QTest::newRow("attachment name") << u"聊天记录"_s << QList<int>{8};
    QTest::newRow("attachment extension") << u".png"_s << QList<int>{8};
    QTest::newRow("terms are ANDed") << u"延期 客服"_s << QList<int>{0};
    QTest::newRow("terms are ANDed, English") << u"refund  refused"_s << QList<int>{4};
    QTest::newRow("terms are ANDed, mixed") << u"營業 refund"_s << QList<int>{4};
    QTest::newRow("terms with nothing in common") << u"延期 refund"_s << QList<int>{};
    QTest::newRow("only in a trashed event") << u"hung"_s << QList<int>{};
    QTest::newRow("nowhere") << u"投诉"_s << QList<int>{};
    QTest::newRow("quote character") << u"\""_s << QList<int>{};
    QTest::newRow("FTS syntax is just text") << u"refund OR 延期"_s << QList<int>{};
    QTest::newRow("FTS star is just text") << u"ref*"_s << QList<int>{};
}

void TestSearch::findsExactlyTheEventsContainingTheTerms()
{
    QFETCH(QString, query);
    QFETCH(QList<int>, expected);
    IdList want;
    for (int index : expected)
        want << ev(index);
    const auto found = m_library->search(m_caseId, query);
    QVERIFY2(found.ok(), qPrintable(found.error()));
    QCOMPARE(*found, want);
}

void TestSearch::emptyQueryIsAnError_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << u"   "_s;
    QTest::newRow("ideographic space") << u"\u3000"_s;
    QTest::newRow("tab and newline") << u"\t\n"_s;
}

void TestSearch::emptyQueryIsAnError()
{
    QFETCH(QString, query);
    const auto found = m_library->search(m_caseId, query);
    QVERIFY(!found.ok());
    QVERIFY(!found.error().isEmpty());
}

void TestSearch::editsAreReindexed()
{
    const qint64 id = *m_library->addEvent(sampleEvent(m_caseId, u"old words 旧话 shop"_s, 500));
    QCOMPARE(*m_library->search(m_caseId, u"旧话"_s), IdList{id});
    QCOMPARE(*m_library->search(m_caseId, u"old"_s), IdList{id});

    Event e = *m_library->eventById(id, false);
    e.summary = u"new words 新话 shop"_s;
    e.reference = u"NEW-777"_s;
    QVERIFY(m_library->updateEvent(e).ok());
    QVERIFY(m_library->search(m_caseId, u"旧话"_s)->isEmpty());
    QVERIFY(m_library->search(m_caseId, u"旧"_s)->isEmpty());
    QVERIFY(m_library->search(m_caseId, u"old"_s)->isEmpty());
    QCOMPARE(*m_library->search(m_caseId, u"新话"_s), IdList{id});
    QCOMPARE(*m_library->search(m_caseId, u"words shop"_s), IdList{id});
    QCOMPARE(*m_library->search(m_caseId, u"777"_s), IdList{id});

    // Promise words follow the promise's edits too.
    Promise p;
    p.eventId = id;
    p.text = u"会退押金"_s;
    const qint64 promiseId = *m_library->addPromise(p);
    QCOMPARE(*m_library->search(m_caseId, u"押金"_s), IdList{id});
    p = *m_library->promiseById(promiseId);
    p.text = u"会退话费"_s;
    QVERIFY(m_library->updatePromise(p).ok());
    QVERIFY(m_library->search(m_caseId, u"押金"_s)->isEmpty());
    QCOMPARE(*m_library->search(m_caseId, u"话费"_s), IdList{id});

    // And the index survives a reopen.
    const QString file = m_library->path();
    m_library.reset();
    m_library = openLibrary(file);
    QVERIFY(m_library);
    QCOMPARE(*m_library->search(m_caseId, u"新话"_s), IdList{id});
    QVERIFY(m_library->search(m_caseId, u"旧话"_s)->isEmpty());
    QVERIFY(m_library->trashEvent(id).ok());
}

void TestSearch::normalizeFoldsWidthAndCase_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("full-width") << u"ＧＤ２０２１"_s << u"gd2021"_s;
    QTest::newRow("upper case") << u"REF-88812"_s << u"ref-88812"_s;
    QTest::newRow("Chinese unchanged") << u"營業廳延期"_s << u"營業廳延期"_s;
    QTest::newRow("full-width Latin") << u"ＲＥＦ－８８"_s << u"ref-88"_s;
}

void TestSearch::normalizeFoldsWidthAndCase()
{
    QFETCH(QString, text);
    QFETCH(QString, normalized);
    QCOMPARE(SearchIndex::normalize(text), normalized);
}

void TestSearch::bigramsArePairsOfWordCharacters()
{
    QCOMPARE(SearchIndex::bigrams(u"延期延期"_s), (QStringList{u"延期"_s, u"期延"_s}));
    QCOMPARE(SearchIndex::bigrams(u"a-b c1"_s), (QStringList{u"c1"_s}));
    QCOMPARE(SearchIndex::bigrams(u"工号，客服"_s), (QStringList{u"工号"_s, u"客服"_s}));
    QVERIFY(SearchIndex::bigrams(u"x"_s).isEmpty());
}

// A property test: for random texts and random short substrings of them,
// the trigram/bigram/scan paths find exactly what a brute-force substring
// scan over the same text finds.
void TestSearch::agreesWithASubstringScan()
{
    const quint32 seed = qEnvironmentVariableIsSet("PLAINT_SEARCH_SEED")
        ? quint32(qEnvironmentVariableIntValue("PLAINT_SEARCH_SEED"))
        : QRandomGenerator::global()->generate();
    qInfo("search property seed: %u (rerun with PLAINT_SEARCH_SEED=%u)", seed, seed);
    QRandomGenerator random(seed);

    const QStringList words{
        u"延期"_s, u"工号"_s, u"客服"_s, u"營業廳"_s, u"退款"_s, u"回电"_s, u"投诉"_s, u"处理"_s, u"话费"_s, u"宽带"_s,
        u"說"_s,   u"期"_s,   u"号"_s,   u"Refund"_s, u"CALL"_s, u"service"_s, u"bill"_s, u"Agent"_s, u"Café"_s,
        u"ＧＤ"_s, u"２０２１"_s, u"REF"_s, u"ok"_s,   u"a"_s,    u"。"_s,     u"，"_s,  u"-"_s,      u"/"_s,
        u"𠀀𠀁"_s, u"ラーメン"_s, u"한국"_s, u"ที่นี่"_s, u"Ελλάδα"_s, u"①"_s, u"x²"_s, u"ǅ"_s, u"ﬁ"_s,
    };
    const QStringList separators{QString(), QString(), u" "_s, u"-"_s, u"，"_s, u"\u3000"_s};

    auto library = openLibrary(m_dir->filePath(u"property.plaint"_s));
    QVERIFY(library);
    const qint64 caseId = *library->addCase(sampleCase());
    struct Doc
    {
        qint64 id;
        QString body;
        bool trashed;
    };
    QList<Doc> docs;
    constexpr int kEvents = 300;
    for (int i = 0; i < kEvents; ++i) {
        QString text;
        const int tokens = 2 + int(random.bounded(10));
        for (int t = 0; t < tokens; ++t) {
            text += separators.at(random.bounded(separators.size()));
            if (random.bounded(5) == 0)
                text += QString::number(random.bounded(100000)); // part of a reference number
            else
                text += words.at(random.bounded(words.size()));
        }
        if (text.trimmed().isEmpty())
            text = u"empty"_s;
        auto id = library->addEvent(sampleEvent(caseId, text, i));
        QVERIFY2(id.ok(), qPrintable(id.error()));
        const bool trash = random.bounded(10) == 0;
        if (trash)
            QVERIFY(library->trashEvent(*id).ok());
        docs.append({*id, SearchIndex::normalize(library->eventById(*id, false)->summary), trash});
    }

    static const QRegularExpression spaces(u"\\s+"_s);
    int checked = 0;
    int withHits = 0;
    constexpr int kQueries = 400;
    for (int q = 0; q < kQueries; ++q) {
        const Doc &source = docs.at(random.bounded(docs.size()));
        const QString raw = library->eventById(source.id, false)->summary;
        const QList<uint> chars = raw.toUcs4();
        const int length = 1 + int(random.bounded(4));
        const int start = int(random.bounded(qMax(1, int(chars.size()) - length + 1)));
        const QString query = QString::fromUcs4(reinterpret_cast<const char32_t *>(chars.constData()) + start,
                                                qMin<qsizetype>(length, chars.size() - start));
        // A second term now and then, to exercise AND.
        const QString full = random.bounded(4) == 0
            ? query + u' ' + words.at(random.bounded(words.size()))
            : query;
        const QStringList terms = SearchIndex::normalize(full).split(spaces, Qt::SkipEmptyParts);
        if (terms.isEmpty())
            continue;

        IdList expected;
        for (const Doc &doc : std::as_const(docs)) {
            if (doc.trashed)
                continue;
            if (std::all_of(terms.cbegin(), terms.cend(), [&](const QString &t) { return doc.body.contains(t); }))
                expected << doc.id;
        }
        const auto found = library->search(caseId, full);
        QVERIFY2(found.ok(), qPrintable(found.error()));
        if (*found != expected) {
            IdList missing, extra;
            for (qint64 id : expected)
                if (!found->contains(id))
                    missing << id;
            for (qint64 id : *found)
                if (!expected.contains(id))
                    extra << id;
            QFAIL(qPrintable(u"query \"%1\" (seed %2): %3 missing, %4 extra; e.g. missing %5, extra %6"_s.arg(full)
                                 .arg(seed)
                                 .arg(missing.size())
                                 .arg(extra.size())
                                 .arg(missing.value(0))
                                 .arg(extra.value(0))));
        }
        ++checked;
        withHits += expected.isEmpty() ? 0 : 1;
    }
    QVERIFY(checked > kQueries / 2);
    QVERIFY(withHits > kQueries / 3); // most queries come from live text, so most find something
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
