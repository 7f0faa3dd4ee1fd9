#pragma once

#include "case.h"
#include "caseanalysis.h"
#include "escalationladder.h"
#include "event.h"

#include <QDateTime>
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
    // Larger cases are not analysed on the UI thread when they are opened.
    static constexpr int kLargestAnalysed = 20000;

    explicit CaseOverview(QWidget *parent = nullptr);

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

private:
    void renderAdvice();

    QLabel *m_escalation = nullptr;
    QLabel *m_facts = nullptr;
    CaseAnalysis m_analysis;
    std::optional<EscalationLadder::Advice> m_advice;
    QDate m_today;
    QDate m_complained;
    bool m_needsShown = false;
};

} // namespace plaint
