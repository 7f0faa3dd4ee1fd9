#include "promisedialog.h"

#include "localeformat.h"
#include "themecolours.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plaint {

PromiseDialog::PromiseDialog(const Promise &promise, int offsetSeconds, QWidget *parent)
    : QDialog(parent), m_promise(promise), m_offsetSeconds(offsetSeconds)
{
    setWindowTitle(tr("Edit promise"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("What they promised and by when. The earlier wording is kept."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_text = new QLineEdit(promise.text, this);
    m_text->setObjectName(u"promiseText"_s);
    m_hasDue = new QCheckBox(tr("&by"), this);
    m_hasDue->setObjectName(u"promiseHasDue"_s);
    m_due = new QDateTimeEdit(this);
    m_due->setObjectName(u"promiseDue"_s);
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(LocaleFormat::dateTimeFormat());
    const QDateTime due = promise.due.isValid() ? promise.due.toOffsetFromUtc(offsetSeconds)
                                                : QDateTime::currentDateTimeUtc().toOffsetFromUtc(offsetSeconds).addDays(2);
    m_due->setDateTime(QDateTime(due.date(), due.time()));
    m_hasDue->setChecked(promise.due.isValid());
    m_due->setEnabled(promise.due.isValid());
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_hasDue);
    dueRow->addWidget(m_due, 1);
    form->addRow(tr("They &promised:"), m_text);
    form->addRow(QString(), dueRow);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problem"_s);
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PromiseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PromiseDialog::reject);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

void PromiseDialog::accept()
{
    Promise p = m_promise;
    p.text = m_text->text().trimmed();
    if (p.text.isEmpty()) {
        m_problem->setText(tr("Say what they promised."));
        m_problem->setStyleSheet(ThemeColours::boxStyleSheet(palette(), ThemeColours::Tone::Problem, u"QLabel"_s));
        m_problem->setVisible(true);
        m_text->setFocus();
        return;
    }
    if (m_hasDue->isChecked()) {
        const QDateTime typed = m_due->dateTime();
        p.due = QDateTime(typed.date(), typed.time(), Qt::OffsetFromUTC, m_offsetSeconds);
        // An untouched deadline keeps its seconds.
        const QDateTime before = m_promise.due.toOffsetFromUtc(m_offsetSeconds);
        if (m_promise.due.isValid() && before.date() == typed.date() && before.time().hour() == typed.time().hour()
            && before.time().minute() == typed.time().minute())
            p.due = m_promise.due;
    } else {
        p.due = {};
    }
    m_result = p;
    QDialog::accept();
}

} // namespace plaint
