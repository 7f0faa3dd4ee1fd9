#pragma once

#include "case.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace plaint {

// Starting a case: who it is against and what the user wants; and later
// changing any of it, and where the case stands (open, escalated, resolved).
class CaseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseDialog)

public:
    explicit CaseDialog(QWidget *parent = nullptr);
    // Editing a case: the fields start as it is; the earlier version is kept.
    CaseDialog(const Case &existing, QWidget *parent);
    // The case as typed; the dialog only accepts a valid one.
    Case result() const { return m_case; }

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *companyEdit() const { return m_company; }
    QLineEdit *accountEdit() const { return m_account; }
    QComboBox *statusBox() const { return m_status; }

    void accept() override;

private:
    void build(bool editing);

    Case m_case;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_company = nullptr;
    QLineEdit *m_account = nullptr;
    QComboBox *m_jurisdiction = nullptr;
    QLineEdit *m_outcome = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_currency = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace plaint
