#pragma once

#include <QDialog>

class QTreeWidget;

namespace plaint {

class Library;

// Every version of an event, oldest first, with when each was replaced:
// what the user wrote is never lost to an edit.
class HistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDialog)

public:
    HistoryDialog(Library *library, qint64 eventId, QWidget *parent = nullptr);
    QTreeWidget *versions() const { return m_versions; }

private:
    QTreeWidget *m_versions = nullptr;
};

} // namespace plaint
