#include "promisereminder.h"

#include "library.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>
#include <QSystemTrayIcon>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace plaint {

bool OpenPromise::isDueSoon(const QDateTime &now) const
{
    return promise.status == PromiseStatus::Pending && promise.due.isValid() && promise.due >= now
        && promise.due <= now.addSecs(qint64(PromiseReminder::kDueSoonHours) * 3600);
}

PromiseReminder::PromiseReminder(Library *library, QObject *parent) : QObject(parent), m_library(library)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(u":/icons/plaint.svg"_s), this);
        m_tray->setToolTip(tr("Plaint: reminders of promises"));
        m_tray->show();
    }
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        check();
        // Writing the settings costs a file sync: once a minute, and when the window closes.
        rememberRun(m_lastCheck);
    });
    m_timer.start();
}

QList<OpenPromise> PromiseReminder::openPromises(const Library &library, const QDateTime &now)
{
    auto cases = library.caseSummaries(now);
    return cases ? openPromises(library, *cases) : QList<OpenPromise>();
}

QList<OpenPromise> PromiseReminder::openPromises(const Library &library, const QList<CaseSummary> &cases)
{
    QList<OpenPromise> open;
    for (const CaseSummary &c : cases) {
        if (c.promiseCount == 0)
            continue;
        auto promises = library.promisesForCase(c.info.id);
        if (!promises)
            continue;
        for (const Promise &p : *promises) {
            if (p.trashed || p.status != PromiseStatus::Pending)
                continue;
            OpenPromise o;
            o.promise = p;
            o.caseId = c.info.id;
            o.caseTitle = c.info.title;
            o.company = c.info.company;
            o.who = p.agentCode;
            open << o;
        }
    }
    std::stable_sort(open.begin(), open.end(), [](const OpenPromise &a, const OpenPromise &b) {
        // Dated before undated, earliest deadline first: the overdue come first by themselves.
        if (a.promise.due.isValid() != b.promise.due.isValid())
            return a.promise.due.isValid();
        return a.promise.due.isValid() && a.promise.due < b.promise.due;
    });
    return open;
}

QList<OpenPromise> PromiseReminder::fellDueBetween(const QList<OpenPromise> &open, const QDateTime &since,
                                                    const QDateTime &until)
{
    QList<OpenPromise> fell;
    for (const OpenPromise &o : open) {
        if (o.promise.due.isValid() && (!since.isValid() || o.promise.due > since) && o.promise.due <= until)
            fell << o;
    }
    return fell;
}

QDateTime PromiseReminder::lastRun()
{
    return QSettings().value(u"reminders/lastRun"_s).toDateTime();
}

void PromiseReminder::rememberRun(const QDateTime &when)
{
    QSettings().setValue(u"reminders/lastRun"_s, when.toUTC());
}

void PromiseReminder::check(const QDateTime &now)
{
    m_open = openPromises(*m_library, now);
    if (m_lastCheck.isValid()) {
        for (const OpenPromise &o : fellDueBetween(m_open, m_lastCheck, now)) {
            if (m_notified.contains(o.promise.id))
                continue;
            m_notified.insert(o.promise.id);
            if (m_tray) {
                const QString who = o.who.isEmpty() ? o.company : tr("%1 (agent %2)").arg(o.company, o.who);
                m_tray->showMessage(tr("A promise fell due"),
                                    tr("%1 promised: %2\nCase: %3").arg(who, o.promise.text, o.caseTitle),
                                    QSystemTrayIcon::Warning);
            }
            Q_EMIT fellDue(o);
        }
    }
    m_lastCheck = now;
    Q_EMIT changed();
}

} // namespace plaint
