#pragma once

#include "promisereminder.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace plaint {

// Every open promise across the cases: overdue first in red, then those due
// soon, with the case, who promised, what and by when. Double-click jumps to
// the event in which it was made.
class PromisePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromisePanel)

public:
    enum Column { DueColumn, CaseColumn, WhoColumn, WhatColumn };

    explicit PromisePanel(QWidget *parent = nullptr);

    void setPromises(const QList<OpenPromise> &open, const QDateTime &now);
    // "While Plaint was closed, 2 promises fell due: …"; hidden when `fell` is empty.
    void showFellDueWhileClosed(const QList<OpenPromise> &fell);

    QTreeWidget *list() const { return m_list; }
    QLabel *summary() const { return m_summary; }
    QLabel *whileClosed() const { return m_whileClosed; }

    static QString describe(const OpenPromise &o);
    // A few rows: the timeline keeps the height.
    QSize sizeHint() const override { return {600, 140}; }

Q_SIGNALS:
    void eventRequested(qint64 caseId, qint64 eventId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    QList<OpenPromise> m_open;
    QDateTime m_now;
    QLabel *m_whileClosed = nullptr;
    QWidget *m_whileClosedBox = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_list = nullptr;
};

} // namespace plaint
