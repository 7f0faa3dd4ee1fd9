// Promises found in imported messages are counted on the business days of
// the case's jurisdiction: "3个工作日内" said on the eve of National Day.
#include "importedpromisefinder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace plaint;

class TestImportedPromiseFinder : public QObject
{
    Q_OBJECT

private slots:
    void nationalDay();
    void onlyTheCompanysWords();
};

namespace {

ImportItem message(const QString &words, Direction direction = Direction::Incoming)
{
    ImportItem item;
    item.event.occurred = QDateTime(QDate(2026, 9, 30), QTime(10, 0), Qt::OffsetFromUTC, 8 * 3600);
    item.event.direction = direction;
    item.event.channel = Channel::Sms;
    item.event.quotes = {words};
    item.event.agentCode = u"23338"_s;
    item.sourceKey = u"sms:test"_s;
    return item;
}

} // namespace

void TestImportedPromiseFinder::nationalDay()
{
    auto finder = ImportedPromiseFinder::forJurisdiction(Jurisdiction::CN);
    QVERIFY2(finder, qPrintable(finder.error()));
    ImportItem item = message(u"您好，您的退费申请已受理，我们将在3个工作日内为您办理。"_s);
    finder->addPromises(item);
    QCOMPARE(item.promises.size(), 1);
    // 1–7 October are holidays and Saturday 10 October is a working day:
    // the third business day after 30 September is 10 October.
    QCOMPARE(item.promises.at(0).due.date(), QDate(2026, 10, 10));
    QCOMPARE(item.promises.at(0).due.offsetFromUtc(), 8 * 3600);
    QCOMPARE(item.promises.at(0).agentCode, u"23338"_s);

    // Weekends only (no holiday data, as for a jurisdiction without a calendar): 5 October.
    ImportedPromiseFinder weekends;
    ImportItem plain = message(u"您好，您的退费申请已受理，我们将在3个工作日内为您办理。"_s);
    weekends.addPromises(plain);
    QCOMPARE(plain.promises.size(), 1);
    QCOMPARE(plain.promises.at(0).due.date(), QDate(2026, 10, 5));
}

void TestImportedPromiseFinder::onlyTheCompanysWords()
{
    auto finder = ImportedPromiseFinder::forJurisdiction(Jurisdiction::CN);
    QVERIFY(finder);
    ImportItem mine = message(u"请在3个工作日内给我回复"_s, Direction::Outgoing);
    finder->addPromises(mine);
    QVERIFY(mine.promises.isEmpty());
    ImportItem note = message(u"3个工作日内办理"_s, Direction::Note);
    finder->addPromises(note);
    QVERIFY(note.promises.isEmpty());
    ImportItem vague = message(u"我们会尽快处理"_s);
    finder->addPromises(vague);
    QVERIFY(vague.promises.isEmpty()); // vague words are no time-bound promise to store unchecked
}

QTEST_GUILESS_MAIN(TestImportedPromiseFinder)
#include "tst_importedpromisefinder.moc"
