#include "caselistmodel.h"

#include "library.h"
#include "promisereminder.h"
#include "themecolours.h"

#include <QColor>
#include <QLocale>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace plaint {

CaseListModel::CaseListModel(QObject *parent) : QAbstractListModel(parent) {}

void CaseListModel::setLibrary(Library *library)
{
    m_library = library;
    reload();
}

void CaseListModel::reload()
{
    QList<CaseSummary> cases;
    QHash<qint64, int> dueSoon;
    if (m_library) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (auto read = m_library->caseSummaries(now))
            cases = *read;
        for (const OpenPromise &o : PromiseReminder::openPromises(*m_library, cases)) {
            if (o.isDueSoon(now))
                ++dueSoon[o.caseId];
        }
    }
    // The same cases in the same order (only their counts changed): the list keeps its place.
    const bool sameCases = cases.size() == m_cases.size()
        && std::equal(cases.cbegin(), cases.cend(), m_cases.cbegin(),
                      [](const CaseSummary &a, const CaseSummary &b) { return a.info.id == b.info.id; });
    if (sameCases && !cases.isEmpty()) {
        m_cases = cases;
        m_dueSoon = dueSoon;
        Q_EMIT dataChanged(index(0), index(int(m_cases.size()) - 1));
        return;
    }
    beginResetModel();
    m_cases = cases;
    m_dueSoon = dueSoon;
    endResetModel();
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_cases.size())
        return {};
    const CaseSummary &s = m_cases.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        // Title, then what needs attention: how much is logged, what is overdue.
        QString counts = tr("%Ln event(s)", nullptr, s.eventCount);
        if (s.overduePromiseCount > 0)
            counts = tr("%1 · %n overdue", nullptr, s.overduePromiseCount).arg(counts);
        if (const int soon = m_dueSoon.value(s.info.id); soon > 0)
            counts = tr("%1 · %n due soon", nullptr, soon).arg(counts);
        return QString(s.info.title + u'\n' + counts);
    }
    case Qt::ForegroundRole:
        // Red that reads on the list's background, light or dark.
        return s.overduePromiseCount > 0 ? QVariant(ThemeColours::attention(QGuiApplication::palette())) : QVariant();
    case Qt::ToolTipRole:
        return QString(tr("%1 — against %2\n%Ln event(s)", nullptr, s.eventCount).arg(s.info.title, s.info.company)
                       + (s.overduePromiseCount > 0 ? u"\n"_s + tr("%n overdue promise(s)", nullptr, s.overduePromiseCount)
                                                    : QString())
                       + (s.info.amount.isNull()
                               ? QString()
                               : u"\n"_s + tr("Amount in dispute: %1").arg(s.info.amount.toLocaleString(QLocale()))));
    case CaseIdRole:
        return s.info.id;
    case EventCountRole:
        return s.eventCount;
    case OverdueCountRole:
        return s.overduePromiseCount;
    case DueSoonCountRole:
        return m_dueSoon.value(s.info.id);
    case CompanyRole:
        return s.info.company;
    default:
        return {};
    }
}

int CaseListModel::rowOfCase(qint64 caseId) const
{
    for (int row = 0; row < m_cases.size(); ++row) {
        if (m_cases.at(row).info.id == caseId)
            return row;
    }
    return -1;
}

const CaseSummary *CaseListModel::summaryAt(int row) const
{
    return row >= 0 && row < m_cases.size() ? &m_cases.at(row) : nullptr;
}

} // namespace plaint
