#pragma once

#include <QDialog>
#include <QJsonObject>

class QTreeWidget;

namespace plaint {

class Library;

// Every version of an event, oldest first, with when each was replaced and,
// field by field, what each edit changed ("Agent ID: 23338 → 10492"): what
// the user wrote is never lost to an edit, and an edited agent ID or
// reference number leaves a visible trace.
class HistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDialog)

public:
    HistoryDialog(Library *library, qint64 eventId, QWidget *parent = nullptr);
    QTreeWidget *versions() const { return m_versions; }

    // "Agent ID: 23338 → 10492", one line per field that differs from `before` to `after`.
    static QStringList changes(const QJsonObject &before, const QJsonObject &after);

private:
    QTreeWidget *m_versions = nullptr;
};

} // namespace plaint
