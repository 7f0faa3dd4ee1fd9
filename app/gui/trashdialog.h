#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;

namespace plaint {

class Library;

// What the user moved to the trash in a case, and the way back.
class TrashDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrashDialog)

public:
    TrashDialog(Library *library, qint64 caseId, QWidget *parent = nullptr);
    QListWidget *list() const { return m_list; }
    void reload();

Q_SIGNALS:
    void restoreRequested(qint64 eventId);

private:
    Library *m_library;
    qint64 m_caseId;
    QListWidget *m_list = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace plaint
