#include "caseoverview.h"

#include "backgroundpriority.h"
#include "library.h"
#include "timelinedelegate.h"

#include <QMetaObject>
#include <QPointer>

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plaint {

namespace {

struct Worked
{
    CaseAnalysis analysis;
    QList<EscalationLadder::Advice> advice;
    QString ladderProblem;
    bool ok = false;
};

QDate complaintDay(const CaseAnalysis &a)
{
    return a.firstComplaint.toOffsetFromUtc(a.firstComplaint.offsetFromUtc()).date();
}

Worked work(const Case &c, const QList<Event> &events, const QDateTime &now)
{
    Worked w;
    w.analysis = CaseAnalysis::of(events, now);
    w.ok = true;
    if (!w.analysis.firstComplaint.isValid())
        return w;
    auto ladder = EscalationLadder::forJurisdiction(c.jurisdiction);
    if (ladder)
        w.advice = ladder->advise(complaintDay(w.analysis));
    else if (c.jurisdiction != Jurisdiction::Other)
        w.ladderProblem = ladder.error();
    return w;
}

} // namespace

CaseOverview::~CaseOverview()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void CaseOverview::load(const QString &libraryPath, const Case &c, const QDateTime &now)
{
    const int generation = ++m_generation;
    ++m_loading;
    QPointer<CaseOverview> self(this);
    m_pool.start([self, libraryPath, c, now, generation] {
        lowerThisThreadsPriority();
        Worked w;
        if (auto library = Library::open(libraryPath, Library::OpenMode::ReadOnly)) {
            if (auto events = (*library)->timeline(c.id, 0, -1, true))
                w = work(c, *events, now);
        }
        if (!self)
            return;
        QMetaObject::invokeMethod(self, [self, w, c, now, generation] {
            if (!self)
                return;
            --self->m_loading;
            if (generation != self->m_generation)
                return;
            if (w.ok)
                self->present(c, w.analysis, w.advice, w.ladderProblem, now);
            else
                self->clear();
            Q_EMIT self->updated();
        }, Qt::QueuedConnection);
    });
}

CaseOverview::CaseOverview(QWidget *parent) : QWidget(parent)
{
    m_pool.setMaxThreadCount(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_escalation = new QLabel(this);
    m_escalation->setObjectName(u"escalation"_s);
    m_escalation->setWordWrap(true);
    m_escalation->setTextFormat(Qt::RichText);
    m_escalation->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse
                                          | Qt::LinksAccessibleByKeyboard);
    connect(m_escalation, &QLabel::linkActivated, this, [this] { showNeeds(!m_needsShown); });
    // A calm blue that stands out from the timeline, light or dark.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_escalation->setStyleSheet(dark ? u"QLabel { background: #1d3550; color: #dcebfb; border: 1px solid #3f6b99;"
                                       u" border-radius: 4px; padding: 6px; }"_s
                                     : u"QLabel { background: #e8f1fb; color: #0d3c6e; border: 1px solid #9cc0e6;"
                                       u" border-radius: 4px; padding: 6px; }"_s);
    m_linkColour = dark ? u"#9ccaff"_s : u"#0b57a4"_s;
    layout->addWidget(m_escalation);
    m_facts = new QLabel(this);
    m_facts->setObjectName(u"caseFacts"_s);
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::RichText);
    layout->addWidget(m_facts);
    clear();
}

void CaseOverview::renderAdvice()
{
    if (!m_advice)
        return;
    const EscalationLadder::Advice &a = *m_advice;
    QString when;
    if (a.earliest.isValid() && a.earliest <= m_today)
        when = tr("You can take this step now.");
    else if (a.earliest.isValid())
        when = tr("That is in %n day(s).", nullptr, int(m_today.daysTo(a.earliest)));
    const QString date = QLocale().toString(a.earliest, QLocale::LongFormat);
    QString text = u"<b>"_s + tr("You may escalate to %1 from %2.").arg(a.toName, date).toHtmlEscaped() + u"</b> "_s
        + when.toHtmlEscaped() + u"<br>"_s;
    if (m_needsShown)
        text += tr("You will need: %1").arg(a.needs).toHtmlEscaped() + u" <a style=\"color:%1\" href=\"#needs\">"_s.arg(m_linkColour) + tr("Less").toHtmlEscaped()
            + u"</a><br><small>"_s
            + tr("Counted from your first complaint on %1. Rule: %2")
                  .arg(QLocale().toString(m_complained, QLocale::ShortFormat), a.source)
                  .toHtmlEscaped()
            + u"</small>"_s;
    else
        text += u"<a style=\"color:%1\" href=\"#needs\">"_s.arg(m_linkColour) + tr("What you will need…").toHtmlEscaped() + u"</a>"_s;
    m_escalation->setText(text);
    m_escalation->setToolTip(a.sentence() + u"\n\n"_s + a.uncertain);
}

void CaseOverview::clear()
{
    m_advice.reset();
    m_analysis = {};
    m_escalation->clear();
    m_escalation->setVisible(false);
    m_facts->clear();
    m_facts->setVisible(false);
}

void CaseOverview::showNeeds(bool shown)
{
    m_needsShown = shown;
    renderAdvice();
}

std::optional<EscalationLadder::Advice> CaseOverview::mainAdvice(const QList<EscalationLadder::Advice> &advice,
                                                                 const QDate &complained)
{
    for (const EscalationLadder::Advice &a : advice) {
        if (a.earliest.isValid() && a.earliest > complained)
            return a;
    }
    if (!advice.isEmpty())
        return advice.first();
    return std::nullopt;
}

void CaseOverview::setTooLarge(const Case &c, int eventCount)
{
    ++m_generation;
    clear();
    Q_UNUSED(c);
    m_facts->setText(tr("This case has %n event(s); its overview is not worked out when it is opened, "
                        "so that the timeline stays quick.", nullptr, eventCount));
    m_facts->setVisible(true);
}

void CaseOverview::setCase(const Case &c, const QList<Event> &events, const QDateTime &now)
{
    ++m_generation; // a load still running is out of date
    const Worked w = work(c, events, now);
    present(c, w.analysis, w.advice, w.ladderProblem, now);
}

void CaseOverview::present(const Case &c, const CaseAnalysis &analysis, const QList<EscalationLadder::Advice> &advice,
                           const QString &ladderProblem, const QDateTime &now)
{
    Q_UNUSED(c);
    const bool needsShown = m_needsShown;
    clear();
    m_analysis = analysis;
    const CaseAnalysis &a = m_analysis;

    // What the user may do next.
    if (a.firstComplaint.isValid()) {
        const QDate complained = complaintDay(a);
        m_advice = mainAdvice(advice, complained);
        if (m_advice) {
            m_today = now.toLocalTime().date();
            m_complained = complained;
            m_needsShown = needsShown;
            renderAdvice();
            m_escalation->setVisible(true);
        } else if (!ladderProblem.isEmpty()) {
            m_escalation->setText(ladderProblem.toHtmlEscaped());
            m_escalation->setVisible(true);
        }
    }

    if (a.contacts == 0 && a.promisesMade == 0)
        return;
    QStringList channels;
    for (auto it = a.contactsByChannel.cbegin(); it != a.contactsByChannel.cend(); ++it)
        channels << tr("%1 %2", "count and channel, e.g. 2 phone calls").arg(it.value()).arg(TimelineDelegate::channelName(it.key()));
    QStringList lines;
    lines << tr("<b>%n contact(s)</b>", nullptr, a.contacts)
                 + (channels.isEmpty() ? QString()
                                     : tr(" (%1)", "contacts by channel").arg(QLocale().createSeparatedList(channels)).toHtmlEscaped());
    if (a.calls > 0)
        lines << tr("%1 on the phone, hold included", "time on calls").arg(TimelineDelegate::durationText(a.callSeconds));
    if (a.daysSinceFirstContact >= 0)
        lines << tr("%n day(s) since the first contact", nullptr, int(a.daysSinceFirstContact));
    if (a.promisesMade > 0) {
        QString promises = tr("promises: %n made", nullptr, a.promisesMade);
        promises += tr(", ", "between counts") + tr("%n kept", nullptr, a.promisesKept);
        promises += tr(", ", "between counts");
        promises += a.promisesBroken > 0 ? u"<span style='color:#c0392b'><b>"_s + tr("%n broken", nullptr, a.promisesBroken)
                + u"</b></span>"_s
                                         : tr("%n broken", nullptr, a.promisesBroken);
        promises += tr(", ", "between counts") + tr("%n pending", nullptr, a.promisesPending);
        if (a.promisesOverdue > 0)
            promises += u" <span style='color:#c0392b'><b>"_s + tr("(%n overdue)", nullptr, a.promisesOverdue) + u"</b></span>"_s;
        lines << promises;
    }
    if (!a.runarounds.isEmpty())
        lines << u"<span style='color:#c0392b'>"_s
                + tr("sent elsewhere %n time(s) in a row (runaround)", nullptr, a.runaroundReferrals) + u"</span>"_s;
    m_facts->setText(lines.join(u" · "_s));
    m_facts->setVisible(true);
}

} // namespace plaint
