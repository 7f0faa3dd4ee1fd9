#include "trashdialog.h"

#include "library.h"
#include "localeformat.h"
#include "timelinedelegate.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plaint {

TrashDialog::TrashDialog(Library *library, qint64 caseId, QWidget *parent)
    : QDialog(parent), m_library(library), m_caseId(caseId)
{
    setWindowTitle(tr("Trash"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Events you moved to the trash. Nothing here is ever deleted: restore what you need."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QListWidget(this);
    layout->addWidget(m_list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (const QListWidgetItem *item = m_list->currentItem())
            Q_EMIT restoreRequested(item->data(Qt::UserRole).toLongLong());
        reload();
    });
    layout->addWidget(buttons);
    resize(520, 360);
    reload();
}

void TrashDialog::reload()
{
    m_list->clear();
    auto trashed = m_library->trashedEvents(m_caseId);
    if (trashed) {
        for (const Event &e : *trashed) {
            auto *item = new QListWidgetItem(tr("%1 · %2 · %3")
                                                 .arg(LocaleFormat::dateTime(e.occurred),
                                                      TimelineDelegate::channelName(e.channel), e.summary),
                                             m_list);
            item->setData(Qt::UserRole, e.id);
        }
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_restore->setEnabled(m_list->count() > 0);
}

} // namespace plaint
