#include "library.h"
#include "testsupport.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace plaint;
using namespace plaint::test;

// The Library as its users meet it: what they record comes back exactly,
// after Plaint was closed and opened again; edits and deletions never lose
// what was there before.
class TestLibrary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void caseRoundTrip();
    void eventRoundTrip_data();
    void eventRoundTrip();
    void promiseRoundTrip();
    void caseSummariesCountWhatIsLive();

    void agentRegistry();
    void agentNameIsNotForgotten();

    void editsKeepEarlierVersions();
    void noOpEditsAddNoRevision();
    void promiseEditsAndSettling();
    void eventCannotMoveToAnotherCase();

    void trashAndRestoreEvent();
    void trashAndRestorePromise();
    void trashAndRestoreAttachment();
    void trashAndRestoreCase();
    void trashErrors_data();
    void trashErrors();

    void rowsCannotBeDeleted_data();
    void rowsCannotBeDeleted();

    void invalidInputWritesNothing_data();
    void invalidInputWritesNothing();
    void readOnlyLibraryRefusesWrites();

private:
    QString path() const { return m_dir->filePath(u"library.plaint"_s); }
    qint64 journalCount() const { return RawConnection(path()).count(u"journal"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLibrary::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLibrary::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestLibrary::caseRoundTrip()
{
    Case c = sampleCase();
    c.title = u"  宽带退订被拒 — broadband  "_s;
    c.status = CaseStatus::Escalated;
    c.jurisdiction = Jurisdiction::CN;
    c.amount = Money{123456, u"CNY"_s};
    qint64 id = 0;
    {
        auto library = openLibrary(path());
        QVERIFY(library);
        auto added = library->addCase(c);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        id = *added;
        QVERIFY(id > 0);
    }
    auto library = openLibrary(path());
    QVERIFY(library);
    auto back = library->caseById(id);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back->id, id);
    QCOMPARE(back->title, u"宽带退订被拒 — broadband"_s); // trimmed, nothing else changed
    QCOMPARE(back->company, c.company);
    QCOMPARE(back->account, c.account);
    QCOMPARE(toString(back->jurisdiction), toString(Jurisdiction::CN));
    QCOMPARE(back->desiredOutcome, c.desiredOutcome);
    QCOMPARE(back->amount, (Money{123456, u"CNY"_s}));
    QCOMPARE(toString(back->status), toString(CaseStatus::Escalated));
    QCOMPARE(back->revision, 1);
    QVERIFY(!back->trashed);
    QVERIFY(back->created.isValid());
    QCOMPARE(back->created.timeSpec(), Qt::UTC);
    QCOMPARE(back->updated, back->created);
    QVERIFY(qAbs(back->created.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    // A case that claims no money keeps claiming none.
    Case noMoney = sampleCase();
    noMoney.amount = Money{};
    auto second = library->addCase(noMoney);
    QVERIFY(second.ok());
    library.reset();
    library = openLibrary(path());
    QVERIFY(library->caseById(*second)->amount.isNull());
}

void TestLibrary::eventRoundTrip_data()
{
    QTest::addColumn<QDateTime>("occurred");
    QTest::addColumn<int>("channel");
    QTest::addColumn<int>("direction");
    QTest::addColumn<qint64>("duration");
    QTest::addColumn<QStringList>("quotes");
    QTest::addColumn<qint64>("hold");
    QTest::addColumn<qint64>("travel");
    QTest::addColumn<bool>("finalAnswer");

    QTest::newRow("Beijing, call with quotes and hold")
        << QDateTime(QDate(2024, 3, 1), QTime(9, 30, 15, 250), Qt::OffsetFromUTC, 8 * 3600) << int(Channel::Phone)
        << int(Direction::Outgoing) << qint64(3725)
        << QStringList{u"我们会在三个工作日内给您回电"_s, u"工号23338，这个不能退"_s} << qint64(2400) << qint64(-1)
        << false;
    QTest::newRow("New York, no duration, final answer")
        << QDateTime(QDate(2023, 11, 5), QTime(1, 30), Qt::OffsetFromUTC, -5 * 3600) << int(Channel::Email)
        << int(Direction::Incoming) << qint64(-1) << QStringList{u"We'll credit your account."_s} << qint64(-1)
        << qint64(-1) << true;
    QTest::newRow("Kathmandu quarter-hour offset, a visit with travel")
        << QDateTime(QDate(2024, 1, 31), QTime(23, 59, 59), Qt::OffsetFromUTC, 5 * 3600 + 45 * 60)
        << int(Channel::Store) << int(Direction::Note) << qint64(0) << QStringList{} << qint64(-1) << qint64(5400)
        << false;
    QTest::newRow("UTC, Traditional Chinese, emoji, no time on hold")
        << QDateTime(QDate(2022, 2, 28), QTime(12, 0), Qt::UTC) << int(Channel::Chat) << int(Direction::Incoming)
        << qint64(59) << QStringList{u"營業廳說明天處理 🙏"_s, u"  spaces kept inside quotes  "_s, QString()}
        << qint64(0) << qint64(-1) << false;
    QTest::newRow("date line, letter")
        << QDateTime(QDate(2024, 7, 4), QTime(6, 5), Qt::OffsetFromUTC, 14 * 3600) << int(Channel::Letter)
        << int(Direction::Outgoing) << qint64(-1) << QStringList{u"\"quoted\" and 'single' and \\ backslash"_s}
        << qint64(-1) << qint64(-1) << false;
}

void TestLibrary::eventRoundTrip()
{
    QFETCH(QDateTime, occurred);
    QFETCH(int, channel);
    QFETCH(int, direction);
    QFETCH(qint64, duration);
    QFETCH(QStringList, quotes);
    QFETCH(qint64, hold);
    QFETCH(qint64, travel);
    QFETCH(bool, finalAnswer);

    Event e;
    e.occurred = occurred;
    e.channel = Channel(channel);
    e.direction = Direction(direction);
    e.durationSeconds = duration;
    e.agentCode = u"23338"_s;
    e.agentName = u"王小姐"_s;
    e.reference = u"GD2021-0457-881"_s;
    e.summary = u"Called 10086 about 宽带 cancellation"_s;
    e.quotes = quotes;
    e.outcome = u"Promised a call back"_s;
    e.holdSeconds = hold;
    e.travelSeconds = travel;
    e.finalAnswer = finalAnswer;

    qint64 id = 0;
    {
        auto library = openLibrary(path());
        QVERIFY(library);
        auto caseId = library->addCase(sampleCase());
        QVERIFY(caseId.ok());
        e.caseId = *caseId;
        auto added = library->addEvent(e);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        id = *added;
    }

    auto library = openLibrary(path());
    QVERIFY(library);
    auto back = library->eventById(id);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back->id, id);
    QCOMPARE(back->caseId, e.caseId);
    QCOMPARE(back->occurred, occurred);
    QCOMPARE(back->occurred.offsetFromUtc(), occurred.offsetFromUtc());
    QCOMPARE(back->occurred.toString(Qt::ISODateWithMs), occurred.toString(Qt::ISODateWithMs));
    QCOMPARE(toString(back->channel), toString(e.channel));
    QCOMPARE(toString(back->direction), toString(e.direction));
    QCOMPARE(back->durationSeconds, duration);
    QVERIFY(back->agentId > 0);
    QCOMPARE(back->agentCode, e.agentCode);
    QCOMPARE(back->agentName, e.agentName);
    QCOMPARE(back->reference, e.reference);
    QCOMPARE(back->summary, e.summary);
    QCOMPARE(back->quotes, quotes);
    QCOMPARE(back->outcome, e.outcome);
    QCOMPARE(back->holdSeconds, hold);
    QCOMPARE(back->travelSeconds, travel);
    QCOMPARE(back->finalAnswer, finalAnswer);
    QCOMPARE(back->revision, 1);
    QVERIFY(!back->wasEdited());
    QVERIFY(!back->trashed);
    QCOMPARE(back->created.timeSpec(), Qt::UTC);
    QVERIFY(back->promises.isEmpty());
    QVERIFY(back->attachments.isEmpty());

    auto timeline = library->timeline(e.caseId);
    QVERIFY(timeline.ok());
    QCOMPARE(timeline->size(), 1);
    QCOMPARE(timeline->first().occurred.offsetFromUtc(), occurred.offsetFromUtc());
    QCOMPARE(timeline->first().holdSeconds, hold);

    // What was recorded is what the journal recorded.
    const Library::Check check = library->verify();
    QVERIFY2(check.ok, qPrintable(check.problems.join(u'\n')));
}

void TestLibrary::promiseRoundTrip()
{
    const QDateTime due(QDate(2024, 3, 4), QTime(18, 0), Qt::OffsetFromUTC, 8 * 3600);
    qint64 caseId = 0, eventId = 0, laterId = 0, promiseId = 0, undatedId = 0;
    {
        auto library = openLibrary(path());
        QVERIFY(library);
        caseId = *library->addCase(sampleCase());
        Event e = sampleEvent(caseId, u"Agent promised a refund"_s);
        e.agentCode = u"23338"_s;
        eventId = *library->addEvent(e);
        laterId = *library->addEvent(sampleEvent(caseId, u"Refund arrived"_s, 60 * 24 * 5));

        Promise p;
        p.eventId = eventId;
        p.text = u"三个工作日内退款 189 元"_s;
        p.due = due;
        auto added = library->addPromise(p);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        promiseId = *added;

        Promise undated;
        undated.eventId = eventId;
        undated.text = u"A supervisor will call back"_s;
        undatedId = *library->addPromise(undated);

        QVERIFY(library->settlePromise(promiseId, PromiseStatus::Kept, laterId).ok());
    }
    auto library = openLibrary(path());
    QVERIFY(library);
    auto p = library->promiseById(promiseId);
    QVERIFY2(p.ok(), qPrintable(p.error()));
    QCOMPARE(p->eventId, eventId);
    QCOMPARE(p->text, u"三个工作日内退款 189 元"_s);
    QCOMPARE(p->due, due);
    QCOMPARE(p->due.offsetFromUtc(), 8 * 3600);
    QCOMPARE(toString(p->status), toString(PromiseStatus::Kept));
    QCOMPARE(p->settledByEventId, laterId);
    // Made by the event's agent when no other agent was named.
    QVERIFY(p->agentId > 0);
    QCOMPARE(p->agentId, library->eventById(eventId)->agentId);
    QCOMPARE(p->agentCode, u"23338"_s);
    QCOMPARE(p->revision, 2);
    QVERIFY(!p->isOverdue(due.addDays(10))); // kept promises are never overdue

    auto undated = library->promiseById(undatedId);
    QVERIFY(!undated->due.isValid());
    QCOMPARE(toString(undated->status), toString(PromiseStatus::Pending));
    QVERIFY(!undated->isOverdue(due.addYears(5)));

    // Undated promises sort last; the event carries both.
    auto list = library->promisesForCase(caseId);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).id, promiseId);
    QCOMPARE(list->at(1).id, undatedId);
    QCOMPARE(library->eventById(eventId)->promises.size(), 2);
}

void TestLibrary::caseSummariesCountWhatIsLive()
{
    auto library = openLibrary(path());
    QVERIFY(library);
    const qint64 caseId = *library->addCase(sampleCase());
    const qint64 first = *library->addEvent(sampleEvent(caseId, u"first"_s, 0));
    const qint64 second = *library->addEvent(sampleEvent(caseId, u"second"_s, 60));
    const qint64 gone = *library->addEvent(sampleEvent(caseId, u"gone"_s, 120));
    Promise overdue;
    overdue.eventId = first;
    overdue.text = u"callback tomorrow"_s;
    overdue.due = QDateTime(QDate(2024, 3, 2), QTime(9, 0), Qt::UTC);
    QVERIFY(library->addPromise(overdue).ok());
    Promise later = overdue;
    later.text = u"refund next year"_s;
    later.due = QDateTime(QDate(2030, 1, 1), QTime(9, 0), Qt::UTC);
    QVERIFY(library->addPromise(later).ok());
    QVERIFY(library->trashEvent(gone).ok());

    auto summaries = library->caseSummaries(QDateTime(QDate(2024, 6, 1), QTime(0, 0), Qt::UTC));
    QVERIFY(summaries.ok());
    QCOMPARE(summaries->size(), 1);
    const CaseSummary &s = summaries->first();
    QCOMPARE(s.info.id, caseId);
    QCOMPARE(s.eventCount, 2);
    QCOMPARE(s.promiseCount, 2);
    QCOMPARE(s.overduePromiseCount, 1);
    QCOMPARE(s.firstEvent, library->eventById(first)->occurred);
    QCOMPARE(s.lastEvent, library->eventById(second)->occurred);
    QCOMPARE(*library->eventCount(caseId), 2);
}

void TestLibrary::agentRegistry()
{
    qint64 caseA = 0, caseB = 0, caseC = 0;
    qint64 a1 = 0, b1 = 0, c1 = 0, a2 = 0;
    {
        auto library = openLibrary(path());
        QVERIFY(library);
        caseA = *library->addCase(sampleCase(u"China Mobile  Guangdong"_s));
        caseB = *library->addCase(sampleCase(u"  CHINA MOBILE guangdong "_s)); // same company, typed differently
        caseC = *library->addCase(sampleCase(u"China Unicom"_s));

        Event e = sampleEvent(caseA, u"first call"_s);
        e.agentCode = u"23338"_s;
        a1 = *library->addEvent(e);

        e = sampleEvent(caseB, u"second case, same agent, now with a name"_s);
        e.agentCode = u" 23338 "_s;
        e.agentName = u"李娜"_s;
        b1 = *library->addEvent(e);

        e = sampleEvent(caseC, u"other company, same ID"_s);
        e.agentCode = u"23338"_s;
        c1 = *library->addEvent(e);

        e = sampleEvent(caseA, u"another agent"_s, 30);
        e.agentCode = u"10001"_s;
        a2 = *library->addEvent(e);
    }
    auto library = openLibrary(path());
    QVERIFY(library);
    const qint64 agentA = library->eventById(a1)->agentId;
    QVERIFY(agentA > 0);
    QCOMPARE(library->eventById(b1)->agentId, agentA);
    QVERIFY(library->eventById(c1)->agentId > 0);
    QVERIFY(library->eventById(c1)->agentId != agentA);
    QVERIFY(library->eventById(a2)->agentId != agentA);
    QCOMPARE(library->eventById(b1)->agentCode, u"23338"_s); // stored trimmed

    // The name learnt in case B completes what case A knows of the same person.
    auto agentsA = library->agents(caseA);
    QVERIFY(agentsA.ok());
    QCOMPARE(agentsA->size(), 2);
    const auto found = std::find_if(agentsA->cbegin(), agentsA->cend(), [&](const Agent &a) { return a.id == agentA; });
    QVERIFY(found != agentsA->cend());
    QCOMPARE(found->code, u"23338"_s);
    QCOMPARE(found->name, u"李娜"_s);
    QCOMPARE(found->eventCount, 1);

    auto agentsC = library->agents(caseC);
    QCOMPARE(agentsC->size(), 1);
    QCOMPARE(agentsC->first().name, QString());
    QCOMPARE(agentsC->first().company, u"China Unicom"_s);

    RawConnection raw(path());
    QCOMPARE(raw.count(u"agents"_s), 3);
    QVERIFY(library->verify().ok);
}

void TestLibrary::agentNameIsNotForgotten()
{
    auto library = openLibrary(path());
    QVERIFY(library);
    const qint64 caseId = *library->addCase(sampleCase());
    Event e = sampleEvent(caseId, u"named"_s);
    e.agentCode = u"23338"_s;
    e.agentName = u"Li Na"_s;
    const qint64 first = *library->addEvent(e);
    e = sampleEvent(caseId, u"unnamed, later"_s, 10);
    e.agentCode = u"23338"_s;
    QVERIFY(library->addEvent(e).ok());

    auto agents = library->agents(caseId);
    QCOMPARE(agents->size(), 1);
    QCOMPARE(agents->first().name, u"Li Na"_s);
    QCOMPARE(agents->first().eventCount, 2);
    QCOMPARE(agents->first().id, library->eventById(first)->agentId);
}

void TestLibrary::editsKeepEarlierVersions()
{
    auto library = openLibrary(path());
    QVERIFY(library);
    const qint64 caseId = *library->addCase(sampleCase());
    const qint64 id = *library->addEvent(sampleEvent(caseId, u"version one"_s));

    Event e = *library->eventById(id, false);
    e.summary = u"version two"_s;
    QVERIFY(library->updateEvent(e).ok());
    e = *library->eventById(id, false);
    QCOMPARE(e.revision, 2);
    QVERIFY(e.wasEdited());
    e.summary = u"version three"_s;
    e.occurred = e.occurred.toOffsetFromUtc(-3 * 3600);
    QVERIFY(library->updateEvent(e).ok());

    library.reset();
    library = openLibrary(path());
    const Event now = *library->eventById(id, false);
    QCOMPARE(now.summary, u"version three"_s);
    QCOMPARE(now.revision, 3);
    QCOMPARE(now.occurred.offsetFromUtc(), -3 * 3600);
    QVERIFY(now.updated >= now.created);

    auto revisions = library->revisions(u"event"_s, id);
    QVERIFY(revisions.ok());
    QCOMPARE(revisions->size(), 2);
    const QStringList oldSummaries{u"version one"_s, u"version two"_s};
    for (int i = 0; i < 2; ++i) {
        const Revision &r = revisions->at(i);
        QCOMPARE(r.entity, u"event"_s);
        QCOMPARE(r.entityId, id);
        QCOMPARE(r.revision, i + 1);
        QVERIFY(r.replaced.isValid());
        const QJsonObject data = QJsonDocument::fromJson(r.data.toUtf8()).object();
        QCOMPARE(data.value(u"summary"_s).toString(), oldSummaries.at(i));
        QCOMPARE(data.value(u"revision"_s).toInt(), i + 1);
        QCOMPARE(data.value(u"utc_offset_seconds"_s).toInt(), 8 * 3600);
    }
    QVERIFY(revisions->at(0).replaced <= revisions->at(1).replaced);
    // Nothing about hold, travel or a final answer was recorded, so the
    // earlier versions say nothing of them either.
    QVERIFY(!QJsonDocument::fromJson(revisions->at(0).data.toUtf8()).object().contains(u"hold_seconds"_s));

    // Time on hold and the company's final answer are part of what is kept.
    Event withHold = now;
    withHold.durationSeconds = 1800;
    withHold.holdSeconds = 1260;
    withHold.finalAnswer = true;
    QVERIFY(library->updateEvent(withHold).ok());
    withHold = *library->eventById(id, false);
    QCOMPARE(withHold.revision, 4);
    withHold.holdSeconds = 1320;
    withHold.finalAnswer = false;
    QVERIFY(library->updateEvent(withHold).ok());
    const Event latest = *library->eventById(id, false);
    QCOMPARE(latest.holdSeconds, 1320);
    QVERIFY(!latest.finalAnswer);
    const QJsonObject fourth
        = QJsonDocument::fromJson(library->revisions(u"event"_s, id)->last().data.toUtf8()).object();
    QCOMPARE(fourth.value(u"revision"_s).toInt(), 4);
    QCOMPARE(fourth.value(u"hold_seconds"_s).toInteger(), 1260);
    QCOMPARE(fourth.value(u"final_answer"_s).toBool(), true);

    // The case, too.
    Case c = *library->caseById(caseId);
    c.title = u"Renamed case"_s;
    c.amount = Money{50000, u"CNY"_s};
    QVERIFY(library->updateCase(c).ok());
    auto caseRevisions = library->revisions(u"case"_s, caseId);
    QCOMPARE(caseRevisions->size(), 1);
    const QJsonObject oldCase = QJsonDocument::fromJson(caseRevisions->first().data.toUtf8()).object();
    QCOMPARE(oldCase.value(u"title"_s).toString(), sampleCase().title);
    QCOMPARE(oldCase.value(u"amount"_s).toObject().value(u"value"_s).toString(), u"189.00"_s);
    QCOMPARE(library->caseById(caseId)->revision, 2);
    QCOMPARE(library->caseById(caseId)->title, u"Renamed case"_s);
    QVERIFY(library->verify().ok);
}

void TestLibrary::noOpEditsAddNoRevision()
{
    auto library = openLibrary(path());
    QVERIFY(library);
    const qint64 caseId = *library->addCase(sampleCase());
    Event e = sampleEvent(caseId, u"unchanged"_s);
    e.quotes = {u"原话"_s};
    e.agentCode = u"23338"_s;
    const qint64 id = *library->addEvent(e);
    Promise p;
    p.eventId = id;
    p.text = u"call back"_s;
    p.due = QDateTime(QDate(2024, 3, 2), QTime(10, 0), Qt::OffsetFromUTC, 8 * 3600);
    const qint64 promiseId = *library->addPromise(p);
    const qint64 entries = journalCount();

    QVERIFY(library->updateEvent(*library->eventById(id, false)).ok());
    QVERIFY(library->updateCase(*library->caseById(caseId)).ok());
    QVERIFY(library->updatePromise(*library->promiseById(promiseId)).ok());
    QVERIFY(library->settlePromise(promiseId, PromiseStatus::Pending).ok());
    // Untrimmed input that trims to what is stored is no change either.
    Event padded = *library->eventById(id, false);
    padded.summary = u"  unchanged  "_s;
    QVERIFY(library->updateEvent(padded).ok());

    QCOMPARE(library->eventById(id)->revision, 1);
    QCOMPARE(library->caseById(caseId)->revision, 1);
    QCOMPARE(library->promiseById(promiseId)->revision, 1);
    QVERIFY(library->revisions(u"event"_s, id)->isEmpty());
    QVERIFY(library->revisions(u"case"_s, caseId)->isEmpty());
    QVERIFY(library->revisions(u"promise"_s, promiseId)->isEmpty());
    QCOMPARE(journalCount(), entries);
}

void TestLibrary::promiseEditsAndSettling()
{
    auto library = openLibrary(path());
    QVERIFY(library);
    const qint64 caseId = *library->addCase(sampleCase());
    const qint64 eventId = *library->addEvent(sampleEvent(caseId, u"promise made"_s));
    const qint64 otherCase = *library->addCase(sampleCase(u"Other Co"_s));
    const qint64 foreignEvent = *library->addEvent(sampleEvent(otherCase, u"elsewhere"_s));
    Promise p;
    p.eventId = eventId;
    p.text = u"refund by Friday"_s;
    const qint64 id = *library->addPromise(p);

    Promise edited = *library->promiseById(id);
    edited.text = u"refund by Monday"_s;
    edited.due = QDateTime(QDate(2024, 3, 4), QTime(17, 0), Qt::OffsetFromUTC, 8 * 3600);
    QVERIFY(library->updatePromise(edited).ok());
    QVERIFY(library->settlePromise(id, PromiseStatus::Broken).ok());

    const Promise now = *library->promiseById(id);
    QCOMPARE(now.revision, 3);
    QCOMPARE(toString(now.status), toString(PromiseStatus::Broken));
    QCOMPARE(now.text, u"refund by Monday"_s);
    auto revisions = library->revisions(u"promise"_s, id);
    QCOMPARE(revisions->size(), 2);
    QCOMPARE(QJsonDocument::fromJson(revisions->at(0).data.toUtf8())[u"text"_s].toString(), u"refund by Friday"_s);
    QCOMPARE(QJsonDocument::fromJson(revisions->at(1).data.toUtf8())[u"status"_s].toString(), u"pending"_s);

    // Settled by an event of another case: refused, nothing changes.
    const auto wrong = library->settlePromise(id, PromiseStatus::Kept, foreignEvent);
    QVERIFY(!wrong.ok());
    QVERIFY2(wrong.error().contains(QString::number(foreignEvent)), qPrintable(wrong.error()));
    QCOMPARE(toString(library->promiseById(id)->status), toString(PromiseStatus::Broken));

    Promise moved = *library->promiseById(id);
    moved.eventId = foreignEvent;
    QVERIFY(!library->updatePromise(moved).ok());
    QCOMPARE(library->promiseById(id)->eventId, eventId);
    QVERIFY(library->verify().ok);
}

void TestLibrary::eventCannotMoveToAnotherCase()
{
    auto library = openLibrary(path());
    QVERIFY(library);
    const qint64 caseA = *library->addCase(sampleCase());
    const qint64 caseB = *library->addCase(sampleCase(u"Other Co"_s));
    const qint64 id = *library->addEvent(sampleEvent(caseA, u"stays here"_s));
    Event e = *library->eventById(id, false);
    e.caseId = caseB;
    const auto moved = library->updateEvent(e);
    QVERIFY(!moved.ok());
    QVERIFY(!moved.error().isEmpty());
    QCOMPARE(library->eventById(id)->caseId, caseA);
    QCOMPARE(library->eventById(id)->revision, 1);
}

void TestLibrary::trashAndRestoreEvent()
{
    auto library = openLibrary(path());
    QVERIFY(library);
    const qint64 caseId = *library->addCase(sampleCase());
    const qint64 keep = *library->addEvent(sampleEvent(caseId, u"客服 said wait"_s, 0));
    const qint64 bin = *library->addEvent(sampleEvent(caseId, u"客服 hung up"_s, 10));
    QCOMPARE(*library->search(caseId, u"客服"_s), (QList<qint64>{keep, bin}));

    QVERIFY(library->trashEvent(bin).ok());
    QCOMPARE(*library->eventCount(caseId), 1);
    QCOMPARE(library->timeline(caseId)->size(), 1);
    QCOMPARE(library->timeline(caseId)->first().id, keep);
    QCOMPARE(*library->search(caseId, u"客服"_s), (QList<qint64>{keep}));
    QVERIFY(library->search(caseId, u"hung"_s)->isEmpty());
    QCOMPARE(library->trashedEvents(caseId)->size(), 1);
    QCOMPARE(library->trashedEvents(caseId)->first().id, bin);
    QVERIFY(library->eventById(bin)->trashed); // still readable, marked
    QCOMPARE(library->eventById(bin)->summary, u"客服 hung up"_s);

    const auto twice = library->trashEvent(bin);
    QVERIFY(!twice.ok());
    QVERIFY2(twice.error().contains(u"already in the trash"_s), qPrintable(twice.error()));

    // Nothing can be added to an event in the trash.
    Promise p;
    p.eventId = bin;
    p.text = u"never"_s;
    QVERIFY(!library->addPromise(p).ok());
    QBuffer data;
    data.setData("x");
    data.open(QIODevice::ReadOnly);
    QVERIFY(!library->attachData(bin, data, u"x.txt"_s).ok());

    library.reset();
    library = openLibrary(path());
    QVERIFY(library->restoreEvent(bin).ok());
    QCOMPARE(*library->eventCount(caseId), 2);
    QCOMPARE(*library->search(caseId, u"客服"_s), (QList<qint64>{keep, bin}));
    QCOMPARE(*library->search(caseId, u"hung"_s), (QList<qint64>{bin}));
    QVERIFY(library->trashedEvents(caseId)->isEmpty());
    QVERIFY(!library->eventById(bin)->trashed);
    QVERIFY(library->verify().ok);
}

void TestLibrary::trashAndRestorePromise()
{
    auto library = openLibrary(path());
    QVERIFY(library);
    const qint64 caseId = *library->addCase(sampleCase());
    const qint64 eventId = *library->addEvent(sampleEvent(caseId, u"call"_s));
    Promise p;
    p.eventId = eventId;
    p.text = u"回访 within 24 hours"_s;
    const qint64 id = *library->addPromise(p);
    QCOMPARE(*library->search(caseId, u"回访"_s), (QList<qint64>{eventId}));

    QVERIFY(library->trashPromise(id).ok());
    QVERIFY(library->promisesForCase(caseId)->isEmpty());
    QVERIFY(library->eventById(eventId)->promises.isEmpty());
    QVERIFY(library->search(caseId, u"回访"_s)->isEmpty());
    QVERIFY(library->promiseById(id)->trashed);
    QVERIFY(!library->settlePromise(id, PromiseStatus::Kept).ok());
    QVERIFY(!library->trashPromise(id).ok());

    QVERIFY(library->restorePromise(id).ok());
    QCOMPARE(library->promisesForCase(caseId)->size(), 1);
    QCOMPARE(*library->search(caseId, u"回访"_s), (QList<qint64>{eventId}));
    QVERIFY(library->verify().ok);
}

void TestLibrary::trashAndRestoreAttachment()
{
    auto library = openLibrary(path());
    QVERIFY(library);
    const qint64 caseId = *library->addCase(sampleCase());
    const qint64 eventId = *library->addEvent(sampleEvent(caseId, u"sent the bill"_s));
    QBuffer data;
    data.setData("bill contents");
    data.open(QIODevice::ReadOnly);
    auto attached = library->attachData(eventId, data, u"账单-march.pdf"_s);
    QVERIFY2(attached.ok(), qPrintable(attached.error()));
    QCOMPARE(*library->search(caseId, u"账单"_s), (QList<qint64>{eventId}));

    QVERIFY(library->trashAttachment(attached->id).ok());
    QVERIFY(library->attachments(eventId)->isEmpty());
    QCOMPARE(library->attachments(eventId, true)->size(), 1);
    QVERIFY(library->attachments(eventId, true)->first().trashed);
    QVERIFY(library->eventById(eventId)->attachments.isEmpty());
    QVERIFY(library->search(caseId, u"账单"_s)->isEmpty());
    // The content itself stays: evidence is never removed.
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QVERIFY(library->readEvidence(attached->sha256, out).ok());
    QCOMPARE(out.data(), QByteArray("bill contents"));
    QVERIFY(!library->trashAttachment(attached->id).ok());

    QVERIFY(library->restoreAttachment(attached->id).ok());
    QCOMPARE(library->attachments(eventId)->size(), 1);
    QCOMPARE(*library->search(caseId, u"march"_s), (QList<qint64>{eventId}));
    QVERIFY(library->verify().ok);
}

void TestLibrary::trashAndRestoreCase()
{
    auto library = openLibrary(path());
    QVERIFY(library);
    const qint64 keep = *library->addCase(sampleCase(u"Keep Co"_s));
    const qint64 bin = *library->addCase(sampleCase(u"Bin Co"_s));
    QCOMPARE(library->caseSummaries()->size(), 2);

    QVERIFY(library->trashCase(bin).ok());
    auto live = library->caseSummaries();
    QCOMPARE(live->size(), 1);
    QCOMPARE(live->first().info.id, keep);
    QVERIFY(library->caseById(bin)->trashed);
    auto trashed = library->trashedCases();
    QVERIFY(trashed);
    QCOMPARE(trashed->size(), 1);
    QCOMPARE(trashed->first().id, bin);
    QCOMPARE(trashed->first().company, u"Bin Co"_s);
    const auto addToTrashed = library->addEvent(sampleEvent(bin, u"nope"_s));
    QVERIFY(!addToTrashed.ok());
    QVERIFY2(addToTrashed.error().contains(u"trash"_s), qPrintable(addToTrashed.error()));

    QVERIFY(library->restoreCase(bin).ok());
    QCOMPARE(library->caseSummaries()->size(), 2);
    QVERIFY(library->trashedCases()->isEmpty());
    QVERIFY(library->addEvent(sampleEvent(bin, u"now it works"_s)).ok());
    QVERIFY(library->verify().ok);
}

void TestLibrary::trashErrors_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<bool>("trash");
    QTest::addColumn<bool>("existing");
    QTest::addColumn<QString>("mentions");

    for (const QString &entity : {u"case"_s, u"event"_s, u"promise"_s, u"attachment"_s}) {
        QTest::addRow("%s trashed twice", qPrintable(entity)) << entity << true << true << u"already in the trash"_s;
        QTest::addRow("%s restored while live", qPrintable(entity)) << entity << false << true << u"not in the trash"_s;
        QTest::addRow("%s missing", qPrintable(entity)) << entity << true << false << u"9999"_s;
    }
}

void TestLibrary::trashErrors()
{
    QFETCH(QString, entity);
    QFETCH(bool, trash);
    QFETCH(bool, existing);
    QFETCH(QString, mentions);

    auto library = openLibrary(path());
    QVERIFY(library);
    const qint64 caseId = *library->addCase(sampleCase());
    const qint64 eventId = *library->addEvent(sampleEvent(caseId, u"e"_s));
    Promise p;
    p.eventId = eventId;
    p.text = u"p"_s;
    const qint64 promiseId = *library->addPromise(p);
    QBuffer data;
    data.setData("a");
    data.open(QIODevice::ReadOnly);
    const qint64 attachmentId = library->attachData(eventId, data, u"a.txt"_s)->id;

    using Op = Status (Library::*)(qint64);
    struct Ops { Op trash; Op restore; qint64 id; };
    const QHash<QString, Ops> ops{
        {u"case"_s, {&Library::trashCase, &Library::restoreCase, caseId}},
        {u"event"_s, {&Library::trashEvent, &Library::restoreEvent, eventId}},
        {u"promise"_s, {&Library::trashPromise, &Library::restorePromise, promiseId}},
        {u"attachment"_s, {&Library::trashAttachment, &Library::restoreAttachment, attachmentId}},
    };
    const Ops op = ops.value(entity);
    const qint64 id = existing ? op.id : 9999;
    if (trash && existing)
        QVERIFY(((*library).*op.trash)(id).ok());
    const qint64 entries = journalCount();

    const Status result = ((*library).*(trash ? op.trash : op.restore))(id);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(mentions), qPrintable(result.error()));
    QCOMPARE(journalCount(), entries);
    QVERIFY(library->verify().ok);
}

void TestLibrary::rowsCannotBeDeleted_data()
{
    QTest::addColumn<QString>("table");
    for (const char *table : {"cases", "events", "promises", "attachments", "revisions", "journal", "blobs",
                              "blob_chunks"})
        QTest::newRow(table) << QString::fromLatin1(table);
}

void TestLibrary::rowsCannotBeDeleted()
{
    QFETCH(QString, table);
    {
        auto library = openLibrary(path());
        QVERIFY(library);
        const qint64 caseId = *library->addCase(sampleCase());
        const qint64 eventId = *library->addEvent(sampleEvent(caseId, u"first"_s));
        Event e = *library->eventById(eventId, false);
        e.summary = u"edited"_s;
        QVERIFY(library->updateEvent(e).ok());
        Promise p;
        p.eventId = eventId;
        p.text = u"promise"_s;
        QVERIFY(library->addPromise(p).ok());
        QBuffer data;
        data.setData("evidence bytes");
        data.open(QIODevice::ReadOnly);
        QVERIFY(library->attachData(eventId, data, u"e.bin"_s).ok());
    }
    RawConnection raw(path());
    QVERIFY(raw.isOpen());
    const qint64 before = raw.count(table);
    QVERIFY(before > 0);
    const QString error = raw.exec(u"DELETE FROM %1"_s.arg(table));
    QVERIFY2(!error.isEmpty(), "a raw DELETE succeeded");
    QCOMPARE(raw.count(table), before);
    // Row by row is refused as well.
    QVERIFY(!raw.exec(u"DELETE FROM %1 WHERE rowid = (SELECT min(rowid) FROM %1)"_s.arg(table)).isEmpty());
    QCOMPARE(raw.count(table), before);
}

void TestLibrary::invalidInputWritesNothing_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("case without title") << u"case-title"_s << u"title"_s;
    QTest::newRow("case without company") << u"case-company"_s << u"company"_s;
    QTest::newRow("event without summary") << u"event-summary"_s << u"summary"_s;
    QTest::newRow("event without time") << u"event-time"_s << u"date"_s;
    QTest::newRow("event with negative duration") << u"event-duration"_s << u"negative"_s;
    QTest::newRow("event with negative hold") << u"event-hold"_s << u"negative"_s;
    QTest::newRow("event on hold longer than the call") << u"event-hold-longer"_s << u"longer"_s;
    QTest::newRow("event in missing case") << u"event-case"_s << u"4242"_s;
    QTest::newRow("event with missing file") << u"event-file"_s << u"no-such-file"_s;
    QTest::newRow("promise without words") << u"promise-text"_s << u"promise"_s;
    QTest::newRow("promise on missing event") << u"promise-event"_s << u"4242"_s;
}

void TestLibrary::invalidInputWritesNothing()
{
    QFETCH(QString, what);
    QFETCH(QString, mentions);
    auto library = openLibrary(path());
    QVERIFY(library);
    const qint64 caseId = *library->addCase(sampleCase());
    const qint64 eventId = *library->addEvent(sampleEvent(caseId, u"valid"_s));
    const qint64 entries = journalCount();

    QString error;
    if (what.startsWith(u"case")) {
        Case c = sampleCase();
        if (what == u"case-title")
            c.title = u"   "_s;
        else
            c.company.clear();
        auto r = library->addCase(c);
        QVERIFY(!r.ok());
        error = r.error();
    } else if (what.startsWith(u"event")) {
        Event e = sampleEvent(caseId, u"summary"_s);
        QStringList files;
        if (what == u"event-summary")
            e.summary = u" \n "_s;
        else if (what == u"event-time")
            e.occurred = QDateTime();
        else if (what == u"event-duration")
            e.durationSeconds = -5;
        else if (what == u"event-hold")
            e.holdSeconds = -2;
        else if (what == u"event-hold-longer") {
            e.durationSeconds = 600;
            e.holdSeconds = 601;
        }
        else if (what == u"event-case")
            e.caseId = 4242;
        else
            files << m_dir->filePath(u"no-such-file.jpg"_s);
        auto r = library->addEvent(e, files);
        QVERIFY(!r.ok());
        error = r.error();
    } else {
        Promise p;
        p.eventId = what == u"promise-event" ? 4242 : eventId;
        p.text = what == u"promise-text" ? u"  "_s : u"words"_s;
        auto r = library->addPromise(p);
        QVERIFY(!r.ok());
        error = r.error();
    }
    QVERIFY2(error.contains(mentions, Qt::CaseInsensitive), qPrintable(error));
    QCOMPARE(journalCount(), entries);
    RawConnection raw(path());
    QCOMPARE(raw.count(u"cases"_s), 1);
    QCOMPARE(raw.count(u"events"_s), 1);
    QCOMPARE(raw.count(u"promises"_s), 0);
}

void TestLibrary::readOnlyLibraryRefusesWrites()
{
    qint64 caseId = 0;
    {
        auto library = openLibrary(path());
        QVERIFY(library);
        caseId = *library->addCase(sampleCase());
        QVERIFY(library->addEvent(sampleEvent(caseId, u"written"_s)).ok());
    }
    const qint64 entries = journalCount();
    auto library = openLibrary(path(), Library::OpenMode::ReadOnly);
    QVERIFY(library);
    QCOMPARE(library->timeline(caseId)->first().summary, u"written"_s);
    const auto added = library->addEvent(sampleEvent(caseId, u"refused"_s));
    QVERIFY(!added.ok());
    QVERIFY2(added.error().contains(u"read-only"_s), qPrintable(added.error()));
    QVERIFY(!library->addCase(sampleCase()).ok());
    QVERIFY(!library->trashCase(caseId).ok());
    QVERIFY(library->verify().ok);
    library.reset();
    QCOMPARE(journalCount(), entries);
}

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
