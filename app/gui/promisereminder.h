#pragma once

#include "case.h"
#include "promise.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

class QSystemTrayIcon;

namespace plaint {

class Library;

// An open promise with what the reminders need to say about it.
struct OpenPromise
{
    Promise promise;
    qint64 caseId = 0;
    QString caseTitle;
    QString company;
    QString who;        // the agent who promised; empty when not known

    bool isOverdue(const QDateTime &now) const { return promise.isOverdue(now); }
    bool isDueSoon(const QDateTime &now) const;
};

// Watches every pending promise across the cases while Plaint runs: says when
// one falls due (once per promise, through the system tray when there is
// one), and remembers when Plaint last ran, so the next start can tell what
// fell due while it was closed.
class PromiseReminder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromiseReminder)

public:
    // "Due soon": within this many hours.
    static constexpr int kDueSoonHours = 48;

    explicit PromiseReminder(Library *library, QObject *parent = nullptr);

    // Every pending, live promise of every live case: overdue first (oldest
    // deadline first), then the dated ones by deadline, then the undated.
    static QList<OpenPromise> openPromises(const Library &library, const QDateTime &now);
    // The same, for cases already read (reading the summaries of a large case costs).
    static QList<OpenPromise> openPromises(const Library &library, const QList<CaseSummary> &cases);
    // Those whose deadline lies in (since, until].
    static QList<OpenPromise> fellDueBetween(const QList<OpenPromise> &open, const QDateTime &since,
                                             const QDateTime &until);

    // When Plaint last ran, as remembered in the settings; invalid the first time.
    static QDateTime lastRun();
    static void rememberRun(const QDateTime &when);

    // Looks now; called by the timer every minute.
    void check(const QDateTime &now = QDateTime::currentDateTimeUtc());
    QList<OpenPromise> current() const { return m_open; }
    bool usesSystemTray() const { return m_tray != nullptr; }

Q_SIGNALS:
    // The list was read again.
    void changed();
    // A promise fell due while Plaint was running.
    void fellDue(const plaint::OpenPromise &promise);

private:
    Library *m_library;
    QTimer m_timer;
    QDateTime m_lastCheck;
    QSet<qint64> m_notified;
    QList<OpenPromise> m_open;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace plaint

Q_DECLARE_METATYPE(plaint::OpenPromise)
