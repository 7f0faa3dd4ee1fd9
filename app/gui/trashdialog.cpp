#include "trashdialog.h"

#include "library.h"
#include "localeformat.h"
#include "timelinedelegate.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plaint {

TrashDialog::TrashDialog(Library *library, qint64 caseId, QWidget *parent)
    : QDialog(parent), m_library(library), m_caseId(caseId)
{
    setWindowTitle(tr("Trash"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("What you moved to the trash. Nothing here is ever deleted: restore what you need."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);

    auto page = [this](QListWidget **list, QPushButton **restore, const QString &name, const QString &button) {
        auto *widget = new QWidget(m_tabs);
        auto *column = new QVBoxLayout(widget);
        *list = new QListWidget(widget);
        (*list)->setObjectName(name);
        (*list)->setWordWrap(true);
        column->addWidget(*list, 1);
        auto *row = new QHBoxLayout;
        *restore = new QPushButton(button, widget);
        row->addStretch();
        row->addWidget(*restore);
        column->addLayout(row);
        return widget;
    };
    QWidget *events = page(&m_list, &m_restore, u"trashedEvents"_s, tr("&Restore event"));
    QWidget *cases = page(&m_cases, &m_restoreCase, u"trashedCases"_s, tr("Restore &case"));
    if (caseId > 0)
        m_tabs->addTab(events, tr("Events of this case"));
    else
        events->hide();
    m_tabs->addTab(cases, tr("Cases"));

    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (const QListWidgetItem *item = m_list->currentItem())
            Q_EMIT restoreRequested(item->data(Qt::UserRole).toLongLong());
        reload();
    });
    connect(m_restoreCase, &QPushButton::clicked, this, [this] {
        if (const QListWidgetItem *item = m_cases->currentItem())
            Q_EMIT restoreCaseRequested(item->data(Qt::UserRole).toLongLong());
        reload();
    });
    for (QListWidget *list : {m_list, m_cases})
        connect(list, &QListWidget::itemActivated, this, [this, list] {
            (list == m_list ? m_restore : m_restoreCase)->click();
        });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 380);
    reload();
}

void TrashDialog::reload()
{
    m_list->clear();
    if (m_caseId > 0) {
        if (auto trashed = m_library->trashedEvents(m_caseId)) {
            for (const Event &e : *trashed) {
                auto *item = new QListWidgetItem(tr("%1 · %2 · %3")
                                                     .arg(LocaleFormat::dateTime(e.occurred),
                                                          TimelineDelegate::channelName(e.channel), e.summary),
                                                 m_list);
                item->setData(Qt::UserRole, e.id);
            }
        }
    }
    m_cases->clear();
    if (auto cases = m_library->trashedCases()) {
        for (const Case &c : *cases) {
            auto *item = new QListWidgetItem(tr("%1 — against %2").arg(c.title, c.company), m_cases);
            item->setData(Qt::UserRole, c.id);
        }
    }
    for (QListWidget *list : {m_list, m_cases}) {
        if (list->count() > 0)
            list->setCurrentRow(0);
    }
    m_restore->setEnabled(m_list->count() > 0);
    m_restoreCase->setEnabled(m_cases->count() > 0);
}

} // namespace plaint
