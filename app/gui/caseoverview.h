#pragma once

#include "case.h"
#include "caseanalysis.h"
#include "escalationladder.h"
#include "event.h"

#include <QDateTime>
#include <QThreadPool>
#include <QWidget>

#include <optional>

class QLabel;

namespace plaint {

// The case at a glance, above its timeline: what the user may do next (the
// escalation ladder's sentence for the case's jurisdiction, prominently) and
// what the dispute has cost so far (contacts by channel, time on calls, days
// since the first contact, promises made, kept, broken and pending, runaround).
class CaseOverview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseOverview)

public:
    // Larger cases are not analysed when they are opened.
    static constexpr int kLargestAnalysed = 20000;

    explicit CaseOverview(QWidget *parent = nullptr);
    ~CaseOverview() override;

    // Reads the case's timeline and works the overview out off the UI thread
    // (with its own read-only connection); updated() says when it is shown.
    void load(const QString &libraryPath, const Case &c, const QDateTime &now);
    bool isLoading() const { return m_loading > 0; }

    // `events` are the case's live timeline with their promises.
    void setCase(const Case &c, const QList<Event> &events, const QDateTime &now);
    void setTooLarge(const Case &c, int eventCount);
    void clear();
    // What the next step needs: folded away until asked for, it is long.
    void showNeeds(bool shown);

    QLabel *escalation() const { return m_escalation; }
    QLabel *facts() const { return m_facts; }
    // The step the sentence speaks of; empty when no advice could be given.
    std::optional<EscalationLadder::Advice> advice() const { return m_advice; }
    const CaseAnalysis &analysis() const { return m_analysis; }

    // The advice worth saying first: a step with a waiting period the user
    // has to sit out, else the first step the ladder offers.
    static std::optional<EscalationLadder::Advice> mainAdvice(const QList<EscalationLadder::Advice> &advice,
                                                              const QDate &complained);

Q_SIGNALS:
    void updated();

private:
    void renderAdvice();
    void present(const Case &c, const CaseAnalysis &analysis, const QList<EscalationLadder::Advice> &advice,
                 const QString &ladderProblem, const QDateTime &now);

    QLabel *m_escalation = nullptr;
    QLabel *m_facts = nullptr;
    CaseAnalysis m_analysis;
    std::optional<EscalationLadder::Advice> m_advice;
    QDate m_today;
    QDate m_complained;
    bool m_needsShown = false;
    QString m_linkColour;
    QThreadPool m_pool;
    int m_generation = 0; // results of an earlier request are dropped
    int m_loading = 0;
};

} // namespace plaint
