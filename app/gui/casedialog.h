#pragma once

#include "case.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace plaint {

// Starting a case: who it is against and what the user wants.
class CaseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseDialog)

public:
    explicit CaseDialog(QWidget *parent = nullptr);
    // The case as typed; the dialog only accepts a valid one.
    Case result() const { return m_case; }

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *companyEdit() const { return m_company; }

    void accept() override;

private:
    Case m_case;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_company = nullptr;
    QLineEdit *m_account = nullptr;
    QComboBox *m_jurisdiction = nullptr;
    QLineEdit *m_outcome = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_currency = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace plaint
