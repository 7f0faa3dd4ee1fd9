#include "casedialog.h"

#include "themecolours.h"

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
    build(false);
}

CaseDialog::CaseDialog(const Case &existing, QWidget *parent) : QDialog(parent), m_case(existing)
{
    build(true);
    m_title->setText(existing.title);
    m_company->setText(existing.company);
    m_account->setText(existing.account);
    m_jurisdiction->setCurrentIndex(qMax(0, m_jurisdiction->findData(toString(existing.jurisdiction))));
    m_outcome->setText(existing.desiredOutcome);
    if (!existing.amount.isNull()) {
        m_amount->setText(existing.amount.amountText());
        m_currency->setCurrentText(existing.amount.currency);
    }
    m_status->setCurrentIndex(qMax(0, m_status->findData(toString(existing.status))));
}

void CaseDialog::build(bool editing)
{
    setWindowTitle(editing ? tr("Edit case") : tr("New case"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(editing ? tr("Change what the case says. The earlier version is kept.")
                                     : tr("One case per dispute with one company. You can change all of this later "
                                          "(Case → Edit case…)."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_title = new QLineEdit(this);
    m_title->setObjectName(u"title"_s);
    m_title->setPlaceholderText(tr("e.g. Moving from the 189 to the 129 plan"));
    m_company = new QLineEdit(this);
    m_company->setObjectName(u"company"_s);
    m_company->setPlaceholderText(tr("e.g. China Mobile"));
    m_account = new QLineEdit(this);
    m_account->setObjectName(u"account"_s);
    m_account->setPlaceholderText(tr("your phone or account number with them"));
    m_jurisdiction = new QComboBox(this);
    m_jurisdiction->setObjectName(u"jurisdiction"_s);
    m_jurisdiction->addItem(tr("China (mainland)"), u"CN"_s);
    m_jurisdiction->addItem(tr("United States"), u"US"_s);
    m_jurisdiction->addItem(tr("United Kingdom"), u"UK"_s);
    m_jurisdiction->addItem(tr("European Union"), u"EU"_s);
    m_jurisdiction->addItem(tr("Elsewhere"), u"other"_s);
    m_outcome = new QLineEdit(this);
    m_outcome->setObjectName(u"outcome"_s);
    m_outcome->setPlaceholderText(tr("what you want them to do"));
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(u"amount"_s);
    m_amount->setPlaceholderText(tr("optional"));
    m_currency = new QComboBox(this);
    m_currency->setObjectName(u"currency"_s);
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
    m_status = new QComboBox(this);
    m_status->setObjectName(u"status"_s);
    m_status->addItem(tr("Open"), toString(CaseStatus::Open));
    m_status->addItem(tr("Escalated (to a regulator, ombudsman or court)"), toString(CaseStatus::Escalated));
    m_status->addItem(tr("Resolved"), toString(CaseStatus::Resolved));
    m_status->addItem(tr("Given up"), toString(CaseStatus::Abandoned));
    if (editing)
        form->addRow(tr("&Status:"), m_status);
    else
        m_status->setVisible(false);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problem"_s);
    m_problem->setStyleSheet(u"color: %1"_s.arg(ThemeColours::attention(palette()).name()));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(editing ? tr("Save case") : tr("Start case"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CaseDialog::reject);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

void CaseDialog::accept()
{
    Case c = m_case; // when editing: its id, times and revision
    c.amount = Money();
    c.title = m_title->text().trimmed();
    c.company = m_company->text().trimmed();
    c.account = m_account->text().trimmed();
    c.jurisdiction = jurisdictionFromString(m_jurisdiction->currentData().toString()).value_or(Jurisdiction::Other);
    c.desiredOutcome = m_outcome->text().trimmed();
    c.status = caseStatusFromString(m_status->currentData().toString()).value_or(c.status);
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
