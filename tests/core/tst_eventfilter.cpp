// The timeline's filters: channel, agent, has-promise, date range and search,
// alone and together, judged against the events a person would pick by hand.

#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace plaint;
using namespace plaint::test;

Q_DECLARE_METATYPE(plaint::EventFilter)

class TestEventFilter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_case = 0;
    QHash<QString, qint64> m_ids; // by summary

    void add(const QString &summary, Channel channel, const QString &agent, const QDateTime &at, bool promise = false)
    {
        Event e = sampleEvent(m_case, summary);
        e.channel = channel;
        e.agentCode = agent;
        e.occurred = at;
        auto id = m_library->addEvent(e);
        QVERIFY2(id, qPrintable(id.error()));
        m_ids.insert(summary, *id);
        if (promise) {
            Promise p;
            p.eventId = *id;
            p.text = u"We will call you back"_s;
            QVERIFY(m_library->addPromise(p));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_library = openLibrary(m_dir.filePath(u"filters.plaint"_s));
        QVERIFY(m_library);
        auto c = m_library->addCase(sampleCase());
        QVERIFY(c);
        m_case = *c;
        const auto at = [](int day, int hour, int offsetHours) {
            return QDateTime(QDate(2021, 4, day), QTime(hour, 0), Qt::OffsetFromUTC, offsetHours * 3600);
        };
        add(u"hotline says go to the shop"_s, Channel::Phone, u"23338"_s, at(18, 10, 8), true);
        add(u"shop says only the app can do it"_s, Channel::Store, QString(), at(19, 15, 8));
        add(u"app shows an error"_s, Channel::App, QString(), at(19, 23, 8));
        // 01:30 on the 20th in Beijing is still the 19th in UTC: the user's own clock decides the day.
        add(u"hotline again, late night"_s, Channel::Phone, u"10086"_s, at(20, 1, 8));
        add(u"SMS confirms the ticket"_s, Channel::Sms, QString(), at(21, 9, 8), true);
        add(u"hotline agent 23338 again"_s, Channel::Phone, u"23338"_s, at(22, 9, 8));
        Event trashed = sampleEvent(m_case, u"a mistaken hotline entry"_s);
        trashed.agentCode = u"23338"_s;
        auto id = m_library->addEvent(trashed);
        QVERIFY(id);
        QVERIFY(m_library->trashEvent(*id));
    }

    void filter_data()
    {
        QTest::addColumn<EventFilter>("filter");
        QTest::addColumn<QStringList>("expected");

        const QStringList all{u"hotline says go to the shop"_s, u"shop says only the app can do it"_s, u"app shows an error"_s,
                              u"hotline again, late night"_s, u"SMS confirms the ticket"_s, u"hotline agent 23338 again"_s};
        QTest::newRow("nothing set: every live event in order") << EventFilter{} << all;

        EventFilter phone;
        phone.channels = {Channel::Phone};
        QTest::newRow("phone calls") << phone << QStringList{all[0], all[3], all[5]};

        EventFilter shopOrApp;
        shopOrApp.channels = {Channel::Store, Channel::App};
        QTest::newRow("store or app") << shopOrApp << QStringList{all[1], all[2]};

        EventFilter agent;
        agent.agentCode = u"23338"_s;
        QTest::newRow("one agent") << agent << QStringList{all[0], all[5]};

        EventFilter promises;
        promises.onlyWithPromises = true;
        QTest::newRow("with a promise") << promises << QStringList{all[0], all[4]};

        EventFilter day;
        day.from = QDate(2021, 4, 20);
        day.to = QDate(2021, 4, 20);
        QTest::newRow("one day on the user's clock") << day << QStringList{all[3]};

        EventFilter range;
        range.from = QDate(2021, 4, 19);
        range.to = QDate(2021, 4, 21);
        QTest::newRow("date range") << range << QStringList{all[1], all[2], all[3], all[4]};

        EventFilter openEnded;
        openEnded.from = QDate(2021, 4, 21);
        QTest::newRow("from a date on") << openEnded << QStringList{all[4], all[5]};

        EventFilter text;
        text.text = u"hotline"_s;
        QTest::newRow("search") << text << QStringList{all[0], all[3], all[5]};

        EventFilter combined;
        combined.text = u"hotline"_s;
        combined.channels = {Channel::Phone};
        combined.from = QDate(2021, 4, 20);
        QTest::newRow("search, channel and date together") << combined << QStringList{all[3], all[5]};

        EventFilter none;
        none.agentCode = u"99999"_s;
        QTest::newRow("no match") << none << QStringList{};
    }

    void filter()
    {
        QFETCH(EventFilter, filter);
        QFETCH(QStringList, expected);
        auto ids = m_library->eventIds(m_case, filter);
        QVERIFY2(ids, qPrintable(ids.error()));
        QList<qint64> wanted;
        for (const QString &summary : expected)
            wanted << m_ids.value(summary);
        QCOMPARE(*ids, wanted);
        QCOMPARE(filter.isEmpty(), expected.size() == 6 && filter.text.isEmpty() && filter.channels.isEmpty()
                                       && filter.agentCode.isEmpty() && !filter.onlyWithPromises && !filter.from.isValid());
    }

    void emptySearchTextIsNoFilter()
    {
        EventFilter blank;
        blank.text = u"   "_s;
        QVERIFY(blank.isEmpty());
        auto ids = m_library->eventIds(m_case, blank);
        QVERIFY(ids);
        QCOMPARE(ids->size(), 6);
    }
};

QTEST_GUILESS_MAIN(TestEventFilter)
#include "tst_eventfilter.moc"
