#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;
class QTabWidget;

namespace plaint {

class Library;

// What the user moved to the trash, and the way back: the events of the
// case shown, and whole cases.
class TrashDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrashDialog)

public:
    // caseId 0: no case is shown; only the cases are listed.
    TrashDialog(Library *library, qint64 caseId, QWidget *parent = nullptr);
    QListWidget *list() const { return m_list; }
    QListWidget *caseList() const { return m_cases; }
    QTabWidget *tabs() const { return m_tabs; }
    void reload();

Q_SIGNALS:
    void restoreRequested(qint64 eventId);
    void restoreCaseRequested(qint64 caseId);

private:
    Library *m_library;
    qint64 m_caseId;
    QTabWidget *m_tabs = nullptr;
    QListWidget *m_list = nullptr;
    QListWidget *m_cases = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_restoreCase = nullptr;
};

} // namespace plaint
