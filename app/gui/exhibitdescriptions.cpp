#include "exhibitdescriptions.h"

#include "case.h"
#include "event.h"

#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plaint {

namespace {

enum Column { FileColumn, TitleColumn, ProvesColumn };

} // namespace

ExhibitDescriptions::ExhibitDescriptions(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *hint = new QLabel(tr("Name each exhibit as the reader should see it, and say what it proves. Left empty, "
                               "the dossier uses the file's name and the event it belongs to."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(u"exhibitTexts"_s);
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Name in the dossier"), tr("What it proves")});
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setWordWrap(true);
    layout->addWidget(m_table);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() != FileColumn)
            Q_EMIT changed();
    });
}

void ExhibitDescriptions::load(const Case &theCase, const QList<Event> &events)
{
    m_caseKey = u"%1-%2"_s.arg(theCase.id).arg(theCase.created.toMSecsSinceEpoch());
    const QSignalBlocker quiet(m_table);
    m_table->setRowCount(0);
    QSettings settings;
    settings.beginGroup(settingsGroup());
    QSet<QString> seen;
    for (const Event &event : events) {
        for (const Attachment &a : event.attachments) {
            if (a.trashed || seen.contains(a.sha256))
                continue;
            seen.insert(a.sha256);
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            auto *file = new QTableWidgetItem(a.fileName);
            file->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            file->setData(Qt::UserRole, a.sha256);
            file->setToolTip(u"SHA-256 %1"_s.arg(a.sha256));
            m_table->setItem(row, FileColumn, file);
            const QStringList saved = settings.value(a.sha256).toStringList();
            m_table->setItem(row, TitleColumn, new QTableWidgetItem(saved.value(0)));
            m_table->setItem(row, ProvesColumn, new QTableWidgetItem(saved.value(1)));
        }
    }
    settings.endGroup();
    m_table->resizeRowsToContents();
    // As tall as its rows (up to five; it scrolls beyond), so the choices below stay in sight.
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth() + 2;
    for (int row = 0; row < qMin(m_table->rowCount(), 5); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(qMax(height, m_table->horizontalHeader()->sizeHint().height() + 40));
}

QMap<QString, DossierOptions::ExhibitText> ExhibitDescriptions::texts() const
{
    QMap<QString, DossierOptions::ExhibitText> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString title = m_table->item(row, TitleColumn)->text().trimmed();
        const QString proves = m_table->item(row, ProvesColumn)->text().trimmed();
        if (!title.isEmpty() || !proves.isEmpty())
            out.insert(m_table->item(row, FileColumn)->data(Qt::UserRole).toString(), {title, proves});
    }
    return out;
}

void ExhibitDescriptions::remember() const
{
    if (m_caseKey.isEmpty())
        return;
    QSettings settings;
    settings.beginGroup(settingsGroup());
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString sha = m_table->item(row, FileColumn)->data(Qt::UserRole).toString();
        const QStringList texts{m_table->item(row, TitleColumn)->text().trimmed(),
                                m_table->item(row, ProvesColumn)->text().trimmed()};
        if (texts.join(QString()).isEmpty())
            settings.remove(sha);
        else
            settings.setValue(sha, texts);
    }
    settings.endGroup();
}

int ExhibitDescriptions::count() const
{
    return m_table->rowCount();
}

QString ExhibitDescriptions::settingsGroup() const
{
    return u"dossier/exhibits/"_s + m_caseKey;
}

} // namespace plaint
