// A stand-in for a user who keeps working until the power goes: opens the
// library named on the command line and performs actions forever, printing
// "done N" once action N has returned successfully. tst_durability kills it
// at random moments and checks that nothing reported done was lost.
//
// usage: plaint_killwriter LIBRARY FIRST_ACTION SEED

#include "library.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace plaint;

namespace {

int fail(const QString &what)
{
    std::fprintf(stderr, "killwriter: %s\n", qPrintable(what));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return fail(u"usage: plaint_killwriter LIBRARY FIRST_ACTION SEED"_s);
    QRandomGenerator random(args.at(3).toUInt());

    auto opened = Library::open(args.at(1));
    if (!opened)
        return fail(opened.error());
    Library &library = *opened.value();

    qint64 caseId = 0;
    auto cases = library.caseSummaries();
    if (!cases)
        return fail(cases.error());
    if (!cases->isEmpty()) {
        caseId = cases->first().info.id;
    } else {
        Case c;
        c.title = u"Durability"_s;
        c.company = u"Power Cut Telecom"_s;
        auto added = library.addCase(c);
        if (!added)
            return fail(added.error());
        caseId = *added;
    }

    for (qint64 n = args.at(2).toLongLong();; ++n) {
        Event e;
        e.caseId = caseId;
        e.occurred = QDateTime::currentDateTimeUtc().toOffsetFromUtc(8 * 3600);
        e.channel = Channel::Phone;
        e.summary = u"action %1"_s.arg(n);
        e.agentCode = QString::number(20000 + n % 7);
        e.quotes = {u"我们会处理的 %1"_s.arg(n)};
        auto id = library.addEvent(e);
        if (!id)
            return fail(id.error());

        if (n % 3 == 0) {
            QByteArray bytes(qsizetype(1024 + random.bounded(7 * 1024)), Qt::Uninitialized);
            for (auto &b : bytes)
                b = char(random.bounded(256));
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::ReadOnly);
            if (auto a = library.attachData(*id, buffer, u"recording-%1.bin"_s.arg(n)); !a)
                return fail(a.error());
        }
        if (n % 4 == 1) {
            auto event = library.eventById(*id, false);
            if (!event)
                return fail(event.error());
            event->outcome = u"edited in action %1"_s.arg(n);
            if (Status s = library.updateEvent(*event); !s)
                return fail(s.error());
        }
        if (n % 5 == 2) {
            if (Status s = library.trashEvent(*id); !s)
                return fail(s.error());
            if (Status s = library.restoreEvent(*id); !s)
                return fail(s.error());
        }
        if (n % 6 == 3) {
            Promise p;
            p.eventId = *id;
            p.text = u"call back after action %1"_s.arg(n);
            p.due = e.occurred.addDays(3);
            auto promise = library.addPromise(p);
            if (!promise)
                return fail(promise.error());
            if (Status s = library.settlePromise(*promise, PromiseStatus::Kept, *id); !s)
                return fail(s.error());
        }
        std::printf("done %lld\n", static_cast<long long>(n));
        std::fflush(stdout);
    }
}
