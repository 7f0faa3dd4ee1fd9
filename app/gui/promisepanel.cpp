#include "promisepanel.h"

#include "localeformat.h"
#include "themecolours.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plaint {
namespace {

constexpr int kCaseIdRole = Qt::UserRole;
constexpr int kEventIdRole = Qt::UserRole + 1;
constexpr int kPromiseIdRole = Qt::UserRole + 2;

QString dueText(const QDateTime &due)
{
    // The deadline on the clock it was promised in.
    return LocaleFormat::dateTime(due);
}

} // namespace

PromisePanel::PromisePanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 6);

    m_whileClosedBox = new QWidget(this);
    m_whileClosedBox->setObjectName(u"whileClosedBox"_s);
    m_whileClosedBox->setAttribute(Qt::WA_StyledBackground);
    auto *boxLayout = new QHBoxLayout(m_whileClosedBox);
    m_whileClosed = new QLabel(m_whileClosedBox);
    m_whileClosed->setObjectName(u"whileClosed"_s);
    m_whileClosed->setWordWrap(true);
    m_whileClosed->setTextFormat(Qt::RichText);
    auto *dismiss = new QPushButton(tr("Dismiss"), m_whileClosedBox);
    dismiss->setObjectName(u"dismissWhileClosed"_s);
    connect(dismiss, &QPushButton::clicked, m_whileClosedBox, &QWidget::hide);
    boxLayout->addWidget(m_whileClosed, 1);
    boxLayout->addWidget(dismiss, 0, Qt::AlignTop);
    m_whileClosedBox->setVisible(false);
    layout->addWidget(m_whileClosedBox);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"promiseSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"promiseList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Due"), tr("Case"), tr("Who promised"), tr("What they promised")});
    m_list->header()->setStretchLastSection(true);
    m_list->setToolTip(tr("Double-click a promise to see the event in which it was made."));
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT eventRequested(item->data(0, kCaseIdRole).toLongLong(), item->data(0, kEventIdRole).toLongLong());
    });
    layout->addWidget(m_list, 1);
    applyColours();
}

void PromisePanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyColours();
}

void PromisePanel::applyColours()
{
    const QString sheet = ThemeColours::boxStyleSheet(palette(), ThemeColours::Tone::Notice, u"#whileClosedBox"_s);
    if (m_whileClosedBox->styleSheet() != sheet)
        m_whileClosedBox->setStyleSheet(sheet);
    if (m_list->topLevelItemCount() > 0)
        setPromises(m_open, m_now);
}

QString PromisePanel::describe(const OpenPromise &o)
{
    const QString who = o.who.isEmpty() ? o.company : tr("%1, agent %2").arg(o.company, o.who);
    return tr("%1 promised “%2” by %3 (case: %4)").arg(who, o.promise.text, dueText(o.promise.due), o.caseTitle);
}

void PromisePanel::setPromises(const QList<OpenPromise> &open, const QDateTime &now)
{
    m_open = open;
    m_now = now;
    m_list->clear();
    int overdue = 0;
    int soon = 0;
    for (const OpenPromise &o : open) {
        QString due;
        QColor colour;
        if (o.isOverdue(now)) {
            ++overdue;
            const qint64 days = o.promise.due.daysTo(now);
            due = days > 0 ? tr("OVERDUE %n day(s): %1", nullptr, int(days)).arg(dueText(o.promise.due))
                           : tr("OVERDUE: %1").arg(dueText(o.promise.due));
            colour = ThemeColours::attention(palette());
        } else if (o.isDueSoon(now)) {
            ++soon;
            due = tr("due soon: %1").arg(dueText(o.promise.due));
            colour = ThemeColours::readable(QColor(0xb3, 0x6b, 0x00), palette().color(QPalette::Base));
        } else if (o.promise.due.isValid()) {
            due = dueText(o.promise.due);
        } else {
            due = tr("no date given");
        }
        auto *item = new QTreeWidgetItem(m_list, {due, o.caseTitle, o.who.isEmpty() ? o.company : tr("%1, agent %2").arg(o.company, o.who),
                                                  o.promise.text});
        item->setData(0, kCaseIdRole, o.caseId);
        item->setData(0, kEventIdRole, o.promise.eventId);
        item->setData(0, kPromiseIdRole, o.promise.id);
        item->setToolTip(WhatColumn, o.promise.text);
        if (colour.isValid()) {
            for (int column = 0; column < m_list->columnCount(); ++column)
                item->setForeground(column, colour);
            QFont bold = item->font(DueColumn);
            bold.setBold(true);
            item->setFont(DueColumn, bold);
        }
    }
    for (int column = 0; column < WhatColumn; ++column)
        m_list->resizeColumnToContents(column);
    if (open.isEmpty())
        m_summary->setText(tr("No open promises. When someone promises you something, log it with its deadline: "
                              "Plaint reminds you when it falls due."));
    else
        m_summary->setText(tr("%n open promise(s)", nullptr, int(open.size()))
                           + (overdue > 0 ? u" · "_s + tr("%n overdue", nullptr, overdue) : QString())
                           + (soon > 0 ? u" · "_s + tr("%n due within 48 hours", nullptr, soon) : QString()));
}

void PromisePanel::showFellDueWhileClosed(const QList<OpenPromise> &fell)
{
    if (fell.isEmpty()) {
        m_whileClosedBox->setVisible(false);
        return;
    }
    QString items;
    for (const OpenPromise &o : fell)
        items += u"<li>"_s + describe(o).toHtmlEscaped() + u"</li>"_s;
    m_whileClosed->setText(tr("<b>While Plaint was closed, %n promise(s) fell due:</b>", nullptr, int(fell.size()))
                           + u"<ul style='margin:0'>"_s + items + u"</ul>"_s
                           + tr("If they were not kept, mark them broken and follow up."));
    m_whileClosedBox->setVisible(true);
}

} // namespace plaint
