#pragma once

#include <QDate>
#include <QWidget>

class QCalendarWidget;
class QDateEdit;
class QToolButton;

namespace plaint {

// One end of the timeline's date filter: "any day" until the user picks a
// date, a button that makes it "any day" again, and a calendar that opens
// near the case's events rather than at the earliest date it allows.
class DateFilterEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateFilterEdit)

public:
    explicit DateFilterEdit(QWidget *parent = nullptr);

    // Invalid for "any day".
    QDate date() const;
    void setDate(const QDate &date);
    void clear();
    // Where the calendar opens while the filter is "any day".
    void setNearDate(const QDate &date);

    QDateEdit *edit() const { return m_edit; }
    QToolButton *clearButton() const { return m_clear; }
    // The calendar of the popup (made on first use).
    QCalendarWidget *calendar() const;

Q_SIGNALS:
    void dateChanged();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();

    QDateEdit *m_edit = nullptr;
    QToolButton *m_clear = nullptr;
    QDate m_near;
};

} // namespace plaint
