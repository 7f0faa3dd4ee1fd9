#include "datefilteredit.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLocale>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace plaint {
namespace {

// The edit's lowest date stands for "any day" (QDateEdit's special value).
const QDate kAnyDay(1900, 1, 1);

} // namespace

DateFilterEdit::DateFilterEdit(QWidget *parent) : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    m_edit = new QDateEdit(this);
    m_edit->setCalendarPopup(true);
    m_edit->setMinimumDate(kAnyDay);
    m_edit->setSpecialValueText(tr("any day"));
    m_edit->setDate(kAnyDay);
    m_clear = new QToolButton(this);
    m_clear->setObjectName(u"clearDate"_s);
    m_clear->setAutoRaise(true);
    m_clear->setText(tr("×"));
    m_clear->setToolTip(tr("Any day"));
    m_clear->setAccessibleName(tr("Any day"));
    row->addWidget(m_edit);
    row->addWidget(m_clear);
    connect(m_clear, &QToolButton::clicked, this, &DateFilterEdit::clear);
    connect(m_edit, &QDateEdit::dateChanged, this, [this] {
        update();
        Q_EMIT dateChanged();
    });
    // The calendar exists once asked for: from then on, its showing is watched.
    m_edit->calendarWidget()->installEventFilter(this);
    update();
}

QDate DateFilterEdit::date() const
{
    return m_edit->date() == kAnyDay ? QDate() : m_edit->date();
}

void DateFilterEdit::setDate(const QDate &date)
{
    m_edit->setDate(date.isValid() ? date : kAnyDay);
}

void DateFilterEdit::clear()
{
    setDate({});
}

void DateFilterEdit::setNearDate(const QDate &date)
{
    m_near = date;
}

QCalendarWidget *DateFilterEdit::calendar() const
{
    return m_edit->calendarWidget();
}

void DateFilterEdit::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    // The calendar wrote its month and day names when it was made: a new
    // language (View → Language) sets the new default locale, which widgets
    // made earlier do not hear of unless told.
    m_edit->setLocale(QLocale());
    m_edit->calendarWidget()->setLocale(QLocale());
    m_edit->setSpecialValueText(tr("any day"));
}

bool DateFilterEdit::eventFilter(QObject *watched, QEvent *event)
{
    // Opening from "any day", the calendar shows the month of the case's events (or this month).
    if (watched == m_edit->calendarWidget() && event->type() == QEvent::Show && !date().isValid()) {
        const QDate near = m_near.isValid() ? m_near : QDate::currentDate();
        m_edit->calendarWidget()->setCurrentPage(near.year(), near.month());
    }
    return QWidget::eventFilter(watched, event);
}

void DateFilterEdit::update()
{
    m_clear->setVisible(date().isValid());
}

} // namespace plaint
