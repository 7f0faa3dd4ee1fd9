#include "casedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plaint {

CaseDialog::CaseDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("New case"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("One case per dispute with one company. You can change all of this later."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(tr("e.g. Moving from the 189 to the 129 plan"));
    m_company = new QLineEdit(this);
    m_company->setPlaceholderText(tr("e.g. China Mobile"));
    m_account = new QLineEdit(this);
    m_account->setPlaceholderText(tr("your phone or account number with them"));
    m_jurisdiction = new QComboBox(this);
    m_jurisdiction->addItem(tr("China (mainland)"), u"CN"_s);
    m_jurisdiction->addItem(tr("United States"), u"US"_s);
    m_jurisdiction->addItem(tr("United Kingdom"), u"UK"_s);
    m_jurisdiction->addItem(tr("European Union"), u"EU"_s);
    m_jurisdiction->addItem(tr("Elsewhere"), u"other"_s);
    m_outcome = new QLineEdit(this);
    m_outcome->setPlaceholderText(tr("what you want them to do"));
    m_amount = new QLineEdit(this);
    m_amount->setPlaceholderText(tr("optional"));
    m_currency = new QComboBox(this);
    m_currency->setEditable(true);
    m_currency->addItems({u"CNY"_s, u"HKD"_s, u"TWD"_s, u"USD"_s, u"GBP"_s, u"EUR"_s});
    auto *money = new QHBoxLayout;
    money->addWidget(m_amount, 1);
    money->addWidget(m_currency);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Against:"), m_company);
    form->addRow(tr("Your &account:"), m_account);
    form->addRow(tr("&Where:"), m_jurisdiction);
    form->addRow(tr("You &want:"), m_outcome);
    form->addRow(tr("Amount in &dispute:"), money);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problem"_s);
    m_problem->setStyleSheet(u"color: #c0392b"_s);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start case"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CaseDialog::reject);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

void CaseDialog::accept()
{
    Case c;
    c.title = m_title->text().trimmed();
    c.company = m_company->text().trimmed();
    c.account = m_account->text().trimmed();
    c.jurisdiction = jurisdictionFromString(m_jurisdiction->currentData().toString()).value_or(Jurisdiction::Other);
    c.desiredOutcome = m_outcome->text().trimmed();
    if (c.title.isEmpty() || c.company.isEmpty()) {
        m_problem->setText(tr("Give the case a title and say which company it is against."));
        (c.title.isEmpty() ? m_title : m_company)->setFocus();
        return;
    }
    if (!m_amount->text().trimmed().isEmpty()) {
        auto amount = Money::parse(m_amount->text(), m_currency->currentText());
        if (!amount) {
            m_problem->setText(amount.error());
            m_amount->setFocus();
            return;
        }
        c.amount = *amount;
    }
    m_case = c;
    QDialog::accept();
}

} // namespace plaint
