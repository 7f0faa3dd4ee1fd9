#pragma once

#include "case.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

namespace plaint {

class Library;

// The sidebar: every live case with its counts of events, overdue promises
// and promises due soon.
class CaseListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseListModel)

public:
    enum Role { CaseIdRole = Qt::UserRole + 1, EventCountRole, OverdueCountRole, CompanyRole, DueSoonCountRole };

    explicit CaseListModel(QObject *parent = nullptr);
    void setLibrary(Library *library);
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    int rowOfCase(qint64 caseId) const;
    const CaseSummary *summaryAt(int row) const;

private:
    Library *m_library = nullptr;
    QList<CaseSummary> m_cases;
    QHash<qint64, int> m_dueSoon; // pending promises due within 48 hours, by case
};

} // namespace plaint
