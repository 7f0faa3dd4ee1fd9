#pragma once

#include "promise.h"

#include <QDialog>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace plaint {

// Editing what a promise says and by when, as an operator's later SMS often
// confirms it. The deadline is shown and typed on the clock the promise
// carries (the event's), so editing never shifts it by a time zone.
class PromiseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromiseDialog)

public:
    PromiseDialog(const Promise &promise, int offsetSeconds, QWidget *parent = nullptr);
    // The promise as typed; only valid after the dialog was accepted.
    Promise result() const { return m_result; }

    QLineEdit *textEdit() const { return m_text; }
    QCheckBox *hasDue() const { return m_hasDue; }
    QDateTimeEdit *dueEdit() const { return m_due; }

    void accept() override;

private:
    Promise m_promise;
    Promise m_result;
    int m_offsetSeconds;
    QLineEdit *m_text = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateTimeEdit *m_due = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace plaint
