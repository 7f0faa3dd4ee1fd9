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
// escalation ladder's next step for the case's jurisdiction, prominently,
// with what may change its date: a newer rule, a day off, the company's final
// answer, the last day to act, what it closes off) and what the dispute has
// cost so far (contacts by channel, time on calls, on hold and travelling,
// days since the first contact, promises made, kept, broken and pending, the
// agents, and the runaround with its events).
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
    // What to know before the next step and what it needs: folded away until
    // asked for, it is long, and the timeline below must stay in sight.
    void showNeeds(bool shown);
    bool needsShown() const { return m_needsShown; }
    // The referrals of a runaround, one per line: folded away until asked for.
    void showReferrals(bool shown);
    bool referralsShown() const { return m_referralsShown; }

    QLabel *escalation() const { return m_escalation; }
    QLabel *facts() const { return m_facts; }
    QLabel *runaround() const { return m_runaround; }
    // The step the sentence speaks of (EscalationLadder::plan's next step);
    // empty when no advice could be given.
    std::optional<EscalationLadder::Advice> advice() const { return m_plan.next; }
    const EscalationLadder::Plan &plan() const { return m_plan; }
    const CaseAnalysis &analysis() const { return m_analysis; }

    // A pending promise whose due time Plaint counted over holidays it does
    // not know for sure (no data, or China's provisional 2027): said in the
    // numbers, so the flag outlives the suggestion it came from.
    struct ApproximateDue
    {
        Promise promise;
        QList<int> years;
    };
    const QList<ApproximateDue> &approximateDues() const { return m_approximate; }

    // "the shop", "the app": where a referral sent the user.
    static QString placeName(const QString &place);

Q_SIGNALS:
    void updated();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();
    void renderAdvice();
    void present(const Case &c, const CaseAnalysis &analysis, const EscalationLadder::Plan &plan,
                 const QList<ApproximateDue> &approximate, const QString &ladderProblem, const QDateTime &now);
    void showRunaround();

    QLabel *m_escalation = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_runaround = nullptr;
    CaseAnalysis m_analysis;
    EscalationLadder::Plan m_plan;
    QList<ApproximateDue> m_approximate;
    QDate m_today;
    QDate m_complained;
    QDate m_finalAnswer;
    bool m_needsShown = false;
    bool m_referralsShown = false;
    QString m_linkColour;
    QThreadPool m_pool;
    int m_generation = 0; // results of an earlier request are dropped
    int m_loading = 0;
};

} // namespace plaint
