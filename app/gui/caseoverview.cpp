#include "caseoverview.h"

#include "backgroundpriority.h"
#include "deadlinecalculator.h"
#include "localeformat.h"
#include "promiseparser.h"
#include "themecolours.h"
#include "library.h"
#include "timelinedelegate.h"

#include <QMetaObject>
#include <QPointer>

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace plaint {

namespace {

struct Worked
{
    CaseAnalysis analysis;
    EscalationLadder::Plan plan;
    QList<CaseOverview::ApproximateDue> approximate;
    QString ladderProblem;
    bool ok = false;
};

Worked work(const Case &c, const QList<Event> &events, const QDateTime &now)
{
    Worked w;
    w.analysis = CaseAnalysis::of(events, now);
    w.ok = true;
    auto calendar = BusinessCalendar::forJurisdiction(c.jurisdiction);
    const PromiseParser parser(calendar ? *calendar : BusinessCalendar());
    for (const Event &e : events) {
        for (const Promise &p : e.promises) {
            if (p.trashed || p.status != PromiseStatus::Pending || !p.due.isValid())
                continue;
            if (const QList<int> years = parser.approximateYears(p, e); !years.isEmpty())
                w.approximate << CaseOverview::ApproximateDue{p, years};
        }
    }
    if (!w.analysis.firstComplaint.isValid())
        return w;
    auto ladder = EscalationLadder::forJurisdiction(c.jurisdiction);
    if (ladder)
        w.plan = EscalationLadder::plan(ladder->advise(w.analysis.complaintDay(), w.analysis.finalAnswerDay()));
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
                self->present(c, w.analysis, w.plan, w.approximate, w.ladderProblem, now);
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
    layout->addWidget(m_escalation);
    m_facts = new QLabel(this);
    m_facts->setObjectName(u"caseFacts"_s);
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::RichText);
    layout->addWidget(m_facts);
    m_runaround = new QLabel(this);
    m_runaround->setObjectName(u"runaround"_s);
    m_runaround->setWordWrap(true);
    m_runaround->setTextFormat(Qt::RichText);
    m_runaround->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse
                                         | Qt::LinksAccessibleByKeyboard);
    connect(m_runaround, &QLabel::linkActivated, this, [this] { showReferrals(!m_referralsShown); });
    layout->addWidget(m_runaround);
    applyColours();
    clear();
}

void CaseOverview::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyColours();
}

void CaseOverview::applyColours()
{
    // A calm blue that stands out from the timeline, from the palette the desktop gives, light or dark.
    const QString sheet = ThemeColours::boxStyleSheet(palette(), ThemeColours::Tone::Advice, u"QLabel#escalation"_s);
    if (m_escalation->styleSheet() != sheet)
        m_escalation->setStyleSheet(sheet);
    const ThemeColours::Box box = ThemeColours::box(palette(), ThemeColours::Tone::Advice);
    const QString link = ThemeColours::readable(palette().color(QPalette::Link), box.background).name();
    if (link != m_linkColour) {
        m_linkColour = link;
        renderAdvice();
        showRunaround();
    }
}

void CaseOverview::renderAdvice()
{
    if (!m_plan.next)
        return;
    const EscalationLadder::Advice &a = *m_plan.next;
    QString when;
    if (a.earliest.isValid() && a.earliest <= m_today)
        when = tr("You can take this step now.");
    else if (a.earliest.isValid())
        when = tr("That is in %n day(s).", nullptr, int(m_today.daysTo(a.earliest)));
    const QString date = QLocale().toString(a.earliest, QLocale::LongFormat);
    QString text = u"<b>"_s + tr("You may escalate to %1 from %2.").arg(a.toName, date).toHtmlEscaped() + u"</b> "_s
        + when.toHtmlEscaped();
    // What may change the date or close the way, then what the step needs:
    // one click away, so that the timeline below stays in sight.
    QStringList notes = a.notes();
    for (const EscalationLadder::Advice &after : m_plan.afterNext)
        notes << tr("After that: %1, %n day(s) after you have taken this step, if it has not put things right.", nullptr,
                    after.waitDays + (after.dayAfter ? 1 : 0))
                     .arg(after.toName);
    if (!m_needsShown) {
        const QString more = notes.isEmpty()
            ? tr("What you will need…")
            : tr("What to know first (%n point(s)) and what you will need…", nullptr, int(notes.size()));
        text += u"<br><a style=\"color:%1\" href=\"#needs\">"_s.arg(m_linkColour) + more.toHtmlEscaped() + u"</a>"_s;
        m_escalation->setText(text);
        m_escalation->setToolTip(a.sentence() + u"\n\n"_s + a.uncertain);
        return;
    }
    if (!notes.isEmpty()) {
        text += u"<ul style=\"margin: 2px 0 0 -24px\">"_s;
        for (const QString &note : std::as_const(notes))
            text += u"<li>"_s + note.toHtmlEscaped() + u"</li>"_s;
        text += u"</ul>"_s;
    } else {
        text += u"<br>"_s;
    }
    {
        const QString counted = m_finalAnswer.isValid()
            ? tr("Counted from your first complaint on %1 and the company's final answer on %2.")
                  .arg(QLocale().toString(m_complained, QLocale::ShortFormat), QLocale().toString(m_finalAnswer, QLocale::ShortFormat))
            : tr("Counted from your first complaint on %1.").arg(QLocale().toString(m_complained, QLocale::ShortFormat));
        text += tr("You will need: %1").arg(a.needs).toHtmlEscaped() + u" <a style=\"color:%1\" href=\"#needs\">"_s.arg(m_linkColour)
            + tr("Less").toHtmlEscaped() + u"</a><br><small>"_s
            + tr("%1 Rule: %2").arg(counted, a.source).toHtmlEscaped();
        if (!a.uncertain.isEmpty())
            text += u"<br>"_s + tr("Not certain: %1").arg(a.uncertain).toHtmlEscaped();
        text += u"</small>"_s;
    }
    m_escalation->setText(text);
    m_escalation->setToolTip(a.sentence() + u"\n\n"_s + a.uncertain);
}

void CaseOverview::clear()
{
    m_plan = {};
    m_approximate.clear();
    m_analysis = {};
    m_escalation->clear();
    m_escalation->setVisible(false);
    m_facts->clear();
    m_facts->setVisible(false);
    m_runaround->clear();
    m_runaround->setVisible(false);
}

void CaseOverview::showNeeds(bool shown)
{
    m_needsShown = shown;
    renderAdvice();
}

void CaseOverview::showReferrals(bool shown)
{
    m_referralsShown = shown;
    showRunaround();
}

QString CaseOverview::placeName(const QString &place)
{
    if (place == u"hotline")
        return tr("the hotline");
    if (place == u"store")
        return tr("the shop");
    if (place == u"app")
        return tr("the app or website");
    if (place == u"department")
        return tr("another department");
    if (place == u"sms")
        return tr("an SMS");
    if (place == u"email")
        return tr("an e-mail");
    if (place == u"letter")
        return tr("a letter");
    if (place == u"social")
        return tr("social media");
    return place;
}

void CaseOverview::showRunaround()
{
    if (m_analysis.runarounds.isEmpty())
        return;
    constexpr int kListed = 8;
    int shown = 0;
    int left = 0;
    QString text;
    const QString toggle = u" <a style=\"color:%1\" href=\"#referrals\">"_s.arg(m_linkColour)
        + (m_referralsShown ? tr("Less") : tr("Show where you were sent…")).toHtmlEscaped() + u"</a>"_s;
    if (!m_referralsShown) {
        // One line per runaround until asked for: the timeline below stays in sight.
        QStringList heads;
        for (const CaseAnalysis::Runaround &r : m_analysis.runarounds) {
            heads << (r.request.isEmpty()
                          ? tr("Runaround: sent elsewhere %n time(s) in a row", nullptr, int(r.referrals.size()))
                          : tr("Runaround on request %1: sent elsewhere %n time(s) in a row", nullptr,
                               int(r.referrals.size()))
                                .arg(r.request))
                         .toHtmlEscaped();
        }
        m_runaround->setText(u"<b>"_s + heads.join(u"</b> · <b>"_s) + u"</b>"_s + toggle);
        m_runaround->setVisible(true);
        return;
    }
    for (const CaseAnalysis::Runaround &r : m_analysis.runarounds) {
        if (shown == kListed) {
            left += int(r.referrals.size());
            continue;
        }
        const QString head = r.request.isEmpty()
            ? tr("Runaround: sent elsewhere %n time(s) in a row", nullptr, int(r.referrals.size()))
            : tr("Runaround on request %1: sent elsewhere %n time(s) in a row", nullptr, int(r.referrals.size())).arg(r.request);
        text += u"<b>"_s + head.toHtmlEscaped() + u"</b>"_s;
        if (r.loopsBack)
            text += u" "_s + tr("(and back to where you had already been)").toHtmlEscaped();
        text += u"<ol style=\"margin: 2px 0 0 -24px\">"_s;
        for (const CaseAnalysis::Referral &ref : r.referrals) {
            if (shown == kListed) {
                ++left;
                continue;
            }
            ++shown;
            text += u"<li>"_s
                + tr("%1, event #%2: %3 sent you to %4: “%5”")
                      .arg(LocaleFormat::dateTime(ref.at))
                      .arg(ref.eventId)
                      .arg(placeName(ref.from), placeName(ref.to), ref.phrase)
                      .toHtmlEscaped()
                + u"</li>"_s;
        }
        text += u"</ol>"_s;
    }
    // A long case keeps its timeline in sight: the rest is in the dossier and `plaint analyse`.
    if (left > 0)
        text += tr("… and %n more referral(s), listed in the dossier and by plaint analyse.", nullptr, left).toHtmlEscaped();
    m_runaround->setText(text + toggle);
    m_runaround->setVisible(true);
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
    present(c, w.analysis, w.plan, w.approximate, w.ladderProblem, now);
}

void CaseOverview::present(const Case &c, const CaseAnalysis &analysis, const EscalationLadder::Plan &plan,
                           const QList<ApproximateDue> &approximate, const QString &ladderProblem, const QDateTime &now)
{
    Q_UNUSED(c);
    const bool needsShown = m_needsShown;
    clear();
    m_analysis = analysis;
    m_approximate = approximate;
    const CaseAnalysis &a = m_analysis;

    // What the user may do next.
    if (a.firstComplaint.isValid()) {
        m_plan = plan;
        if (m_plan.next) {
            // Today on the case's clock, the one its dates are counted on.
            m_today = DeadlineCalculator::inZone(now, DeadlineCalculator::zoneFor(a.firstComplaint)).date();
            m_complained = a.complaintDay();
            m_finalAnswer = a.finalAnswerDay();
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
    if (a.calls > 0) {
        lines << tr("%1 on the phone, hold included", "time on calls").arg(TimelineDelegate::durationText(a.callSeconds));
        if (!a.holdTimeRecorded)
            lines << tr("time on hold: not recorded");
        else if (a.callsWithHold < a.calls)
            lines << tr("%1 of it on hold (recorded for %2 of %n call(s))", nullptr, a.calls)
                         .arg(TimelineDelegate::durationText(a.holdSeconds))
                         .arg(a.callsWithHold);
        else
            lines << tr("%1 of it on hold").arg(TimelineDelegate::durationText(a.holdSeconds));
    }
    if (a.storeVisits > 0 || a.travelTimeRecorded) {
        if (a.travelTimeRecorded)
            lines << tr("%1 travelling (recorded for %n visit(s) or event(s))", nullptr, a.eventsWithTravel)
                         .arg(TimelineDelegate::durationText(a.travelSeconds));
        else
            lines << tr("travel time: not recorded");
    }
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
    if (!m_approximate.isEmpty()) {
        QStringList dues;
        QList<int> years;
        for (const ApproximateDue &d : std::as_const(m_approximate)) {
            dues << tr("“%1” by %2").arg(d.promise.text, LocaleFormat::dateTime(d.promise.due));
            for (int y : d.years) {
                if (!years.contains(y))
                    years << y;
            }
        }
        std::sort(years.begin(), years.end());
        QStringList yearTexts;
        for (int y : std::as_const(years))
            yearTexts << QString::number(y);
        lines << u"<span style='color:#b9770e'>"_s
                + tr("approximate due dates, counted without final holidays for %1: %2")
                      .arg(QLocale().createSeparatedList(yearTexts), QLocale().createSeparatedList(dues))
                      .toHtmlEscaped()
                + u"</span>"_s;
    }
    if (!a.agents.isEmpty()) {
        QStringList agents;
        for (auto it = a.agents.cbegin(); it != a.agents.cend(); ++it)
            agents << (it.value() > 1 ? tr("%1 (%n event(s))", "an agent and how often", it.value()).arg(it.key()) : it.key());
        lines << tr("agents: %1").arg(QLocale().createSeparatedList(agents)).toHtmlEscaped();
    }
    if (!a.runarounds.isEmpty())
        lines << u"<span style='color:#c0392b'>"_s
                + tr("sent elsewhere %n time(s) in a row (runaround)", nullptr, a.runaroundReferrals) + u"</span>"_s;
    m_facts->setText(lines.join(u" · "_s));
    m_facts->setVisible(true);
    showRunaround();
}

} // namespace plaint
