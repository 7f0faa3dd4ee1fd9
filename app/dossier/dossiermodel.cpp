#include "dossiermodel.h"

#include "caseanalysis.h"
#include "escalationladder.h"
#include "library.h"
#include "redactor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace plaint {

namespace {

QString channelWord(const DossierProfile &p, Channel channel)
{
    return p.text(u"channel_"_s + toString(channel));
}

QString statusWord(const DossierProfile &p, const Promise &promise, const QDateTime &now)
{
    return p.text(u"status_"_s + promise.stateName(now));
}

QString exhibitSource(const DossierProfile &p, const ExhibitFile &f, Channel channel)
{
    if (channel == Channel::Sms || channel == Channel::Email || channel == Channel::Chat)
        return p.text(u"source_message"_s);
    switch (f.kind) {
    case ExhibitFile::Kind::Jpeg:
    case ExhibitFile::Kind::Png:
    case ExhibitFile::Kind::Image: return p.text(u"source_screenshot"_s);
    case ExhibitFile::Kind::Pdf: return p.text(u"source_document"_s);
    case ExhibitFile::Kind::Audio:
    case ExhibitFile::Kind::Video: return p.text(u"source_recording"_s);
    case ExhibitFile::Kind::Other: break;
    }
    return p.text(u"source_file"_s);
}

} // namespace

Result<DossierModel> DossierModel::build(const Library &library, const DossierOptions &options, const QString &workDir,
                                         const Cancelled &cancelled)
{
    using R = Result<DossierModel>;
    auto theCase = library.caseById(options.caseId);
    if (!theCase)
        return R::failure(theCase.error());
    const QString jurisdiction = options.jurisdiction.isEmpty()
        ? (theCase->jurisdiction == Jurisdiction::Other ? u"generic"_s : toString(theCase->jurisdiction))
        : options.jurisdiction;
    auto profile = DossierProfile::load(options.audience, jurisdiction, options.language);
    if (!profile)
        return R::failure(profile.error());
    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();

    auto all = library.timeline(options.caseId, 0, -1, true);
    if (!all)
        return R::failure(all.error());
    QList<Event> events;
    for (const Event &e : std::as_const(*all)) {
        const QDate day = e.occurred.toOffsetFromUtc(e.occurred.offsetFromUtc()).date();
        if ((options.from.isValid() && day < options.from) || (options.to.isValid() && day > options.to))
            continue;
        events << e;
    }
    // When every time in the dossier was lived in one offset, it is said once
    // on the cover instead of after every time.
    {
        QSet<int> offsets;
        for (const Event &e : std::as_const(events)) {
            offsets.insert(e.occurred.offsetFromUtc());
            for (const Promise &promise : e.promises)
                if (promise.due.isValid())
                    offsets.insert(promise.due.offsetFromUtc());
        }
        if (offsets.size() == 1)
            profile->setCommonOffset(*offsets.begin());
    }
    const DossierProfile &p = *profile;

    const Redactor redactor = options.redact
        ? Redactor(options.complainant, options.redactTerms, {theCase->account})
        : Redactor();
    auto r = [&redactor](const QString &text) { return redactor.apply(text); };

    DossierModel m;
    m.profile = p;
    m.redacted = options.redact;
    m.redactor = redactor;
    m.preparedAt = now;
    m.title = p.text(u"dossier_title"_s);
    m.caseTitle = r(theCase->title);
    m.complainant = r(options.complainant.name);
    m.respondent = r(theCase->company);
    m.authority = p.authority();
    auto head = library.journalHead();
    if (!head)
        return R::failure(head.error());
    m.journalHead = *head;

    const CaseAnalysis analysis = CaseAnalysis::of(events, now);

    // Cover.
    QStringList contact{options.complainant.phones.join(u", "_s), options.complainant.email,
                        options.complainant.address, options.complainant.idNumber};
    contact.removeAll(QString());
    QString complainant = options.complainant.name;
    if (!contact.isEmpty())
        complainant += (complainant.isEmpty() ? QString() : u"\n"_s) + contact.join(u"\n"_s);
    m.cover << Field{p.text(u"complainant"_s), r(complainant)};
    m.cover << Field{p.text(u"respondent"_s), m.respondent};
    if (!theCase->account.isEmpty())
        m.cover << Field{p.text(u"account"_s), r(theCase->account)};
    if (!events.isEmpty()) {
        const auto day = [](const QDateTime &at) { return at.toOffsetFromUtc(at.offsetFromUtc()).date(); };
        m.cover << Field{p.text(u"period"_s),
                         p.text(u"period_value"_s).arg(p.date(day(events.first().occurred)), p.date(day(events.last().occurred)))};
    }
    if (!theCase->desiredOutcome.isEmpty())
        m.cover << Field{p.text(u"asked"_s), r(theCase->desiredOutcome)};
    if (!theCase->amount.isNull())
        m.cover << Field{p.text(u"amount"_s), p.money(theCase->amount)};
    m.cover << Field{p.text(u"prepared_on"_s), p.date(now.toLocalTime().date())};
    if (p.commonOffset())
        m.cover << Field{p.text(u"time_zone"_s), p.text(u"time_zone_value"_s).arg(DossierProfile::zone(*p.commonOffset()))};

    // Statement of facts.
    if (events.isEmpty()) {
        m.facts << p.text(u"fact_no_events"_s);
    } else {
        const auto n = [](qint64 v) { return QString::number(v); };
        if (analysis.firstContact.isValid()) {
            const qint64 days = qMax<qint64>(0, analysis.daysSinceFirstContact);
            m.facts << p.format(u"fact_first_contact"_s, {m.respondent, p.dateTime(analysis.firstContact), n(days)}, days);
        }
        QStringList byChannel;
        for (auto it = analysis.contactsByChannel.begin(); it != analysis.contactsByChannel.end(); ++it)
            byChannel << p.format(u"fact_channel_item"_s, {channelWord(p, it.key()), n(it.value())});
        if (analysis.contacts > 0)
            m.facts << p.format(u"fact_contacts"_s,
                                {m.respondent, n(analysis.contacts),
                                 p.list(byChannel)},
                                analysis.contacts);
        if (analysis.calls > analysis.callsWithoutDuration)
            m.facts << p.format(u"fact_calls"_s, {p.duration(analysis.callSeconds)});
        if (analysis.callsWithoutDuration > 0)
            m.facts << p.format(u"fact_calls_missing"_s, {n(analysis.callsWithoutDuration)}, analysis.callsWithoutDuration);
        // Time on hold and travelling, where the user recorded it; said to be
        // unrecorded otherwise, never guessed.
        qint64 holdSeconds = 0, holdCalls = 0, travelSeconds = 0, travelVisits = 0;
        for (const Event &e : std::as_const(events)) {
            if (e.channel == Channel::Phone && e.holdSeconds >= 0) {
                holdSeconds += e.holdSeconds;
                ++holdCalls;
            }
            if (e.travelSeconds >= 0) {
                travelSeconds += e.travelSeconds;
                ++travelVisits;
            }
        }
        if (analysis.calls > 0)
            m.facts << (holdCalls > 0 ? p.format(u"fact_hold"_s, {p.duration(holdSeconds), n(holdCalls), n(analysis.calls)}, holdCalls)
                                      : p.text(u"fact_hold_unknown"_s));
        if (analysis.storeVisits > 0)
            m.facts << p.format(u"fact_visits"_s, {n(analysis.storeVisits), p.duration(analysis.storeVisitSeconds)},
                                analysis.storeVisits);
        if (travelVisits > 0)
            m.facts << p.format(u"fact_travel"_s, {p.duration(travelSeconds), n(travelVisits)}, travelVisits);
        else if (analysis.storeVisits > 0)
            m.facts << p.text(u"fact_travel_unknown"_s);
        const qint64 spent = analysis.callSeconds + analysis.storeVisitSeconds + qMax<qint64>(0, travelSeconds);
        if (spent > 0)
            m.facts << p.format(u"fact_time_spent"_s, {p.duration(spent)});
        if (analysis.promisesMade > 0)
            m.facts << p.format(u"fact_promises"_s,
                                {n(analysis.promisesMade), n(analysis.promisesKept), n(analysis.promisesBroken),
                                 n(analysis.promisesPending), n(analysis.promisesOverdue)},
                                analysis.promisesMade);
        if (analysis.runaroundReferrals >= 2) {
            QStringList items;
            for (const auto &runaround : analysis.runarounds)
                for (const auto &ref : runaround.referrals)
                    items << p.text(u"fact_runaround_item"_s)
                                 .arg(p.date(ref.at.toOffsetFromUtc(ref.at.offsetFromUtc()).date()),
                                      p.text(u"place_"_s + ref.from), p.text(u"place_"_s + ref.to));
            m.facts << p.text(u"fact_runaround"_s).arg(analysis.runaroundReferrals).arg(r(items.join(p.text(u"list_separator_long"_s))));
        }
        if (!analysis.agents.isEmpty())
            m.facts << p.format(u"fact_agents"_s, {n(analysis.agents.size()), r(p.list(analysis.agents.keys()))},
                                analysis.agents.size());
        if (theCase->status == CaseStatus::Open || theCase->status == CaseStatus::Escalated)
            m.facts << p.text(u"fact_open"_s);
    }

    // What the authority's form asks, answered from the timeline.
    // The company's answer comes from what the company sent or said on its
    // own account (an incoming event, or one marked as its final answer),
    // never from the complainant's own call or letter; a final answer wins.
    QString firstReference;
    const Event *companyAnswer = nullptr;
    for (const Event &e : std::as_const(events)) {
        if (firstReference.isEmpty() && !e.reference.isEmpty())
            firstReference = e.reference;
        if (e.finalAnswer || (e.direction == Direction::Incoming && !(companyAnswer && companyAnswer->finalAnswer)))
            companyAnswer = &e;
    }
    QString answerText;
    if (companyAnswer) {
        answerText = companyAnswer->outcome.isEmpty() ? companyAnswer->summary : companyAnswer->outcome;
        if (!companyAnswer->quotes.isEmpty())
            answerText += u' ' + p.text(u"said_quote"_s).arg(companyAnswer->quotes.join(u" "_s));
        if (companyAnswer->finalAnswer)
            answerText = p.text(u"answer_final"_s).arg(answerText);
    }
    for (const auto &q : p.formQuestions()) {
        QString answer;
        if (q.answerKey == u"complained_first")
            answer = p.text(analysis.firstComplaint.isValid() ? u"answer_yes"_s : u"answer_no"_s);
        else if (q.answerKey == u"first_complaint_date")
            answer = p.dateTime(analysis.firstComplaint);
        else if (q.answerKey == u"first_reference")
            answer = firstReference;
        else if (q.answerKey == u"company_answer")
            answer = answerText;
        else if (q.answerKey == u"company_answer_date" && companyAnswer)
            answer = p.dateTime(companyAnswer->occurred);
        else if (q.answerKey == u"days_since_first_complaint" && analysis.firstComplaint.isValid())
            answer = QString::number(analysis.firstComplaint.date().daysTo(now.date()));
        else if (q.answerKey == u"desired_outcome")
            answer = theCase->desiredOutcome;
        m.form << Field{q.question, answer.isEmpty() ? p.text(u"answer_unknown"_s) : r(answer)};
    }
    m.formSource = p.formSource();

    // What the authority's form cannot do without: said before anything is
    // written, naming each missing detail.
    {
        const Complainant &who = options.complainant;
        const qint64 daysSinceComplaint = analysis.firstComplaint.isValid() ? analysis.firstComplaint.daysTo(now) : -1;
        QStringList missing;
        for (const DossierProfile::Requirement &need : p.requirements()) {
            bool present = true;
            QString what;
            if (need.field == u"complainant_name") {
                present = !who.name.trimmed().isEmpty();
                what = QCoreApplication::translate("Dossier", "your name");
            } else if (need.field == u"complainant_phone") {
                present = !who.phones.isEmpty();
                what = QCoreApplication::translate("Dossier", "your phone number");
            } else if (need.field == u"complainant_phone_or_email") {
                present = !who.phones.isEmpty() || !who.email.trimmed().isEmpty();
                what = QCoreApplication::translate("Dossier", "your phone number or e-mail address");
            } else if (need.field == u"complainant_email") {
                present = !who.email.trimmed().isEmpty();
                what = QCoreApplication::translate("Dossier", "your e-mail address");
            } else if (need.field == u"complainant_address") {
                present = !who.address.trimmed().isEmpty();
                what = QCoreApplication::translate("Dossier", "your postal address");
            } else if (need.field == u"complainant_id") {
                present = !who.idNumber.trimmed().isEmpty();
                what = QCoreApplication::translate("Dossier", "your ID-card number");
            } else if (need.field == u"account") {
                present = !theCase->account.trimmed().isEmpty();
                what = QCoreApplication::translate("Dossier", "the account or phone number the complaint is about (the case's account)");
            } else if (need.field == u"first_complaint") {
                present = analysis.firstComplaint.isValid();
                what = QCoreApplication::translate("Dossier", "a contact in which you complained to %1 first (a call, visit or message you logged)").arg(m.respondent);
            } else if (need.field == u"first_reference") {
                present = !firstReference.isEmpty();
                what = QCoreApplication::translate("Dossier", "the reference or ticket number %1 gave you").arg(m.respondent);
            } else if (need.field == u"company_answer") {
                present = companyAnswer || (need.waivedAfterDays >= 0 && daysSinceComplaint >= need.waivedAfterDays);
                what = need.waivedAfterDays >= 0
                    ? QCoreApplication::translate("Dossier", "the answer of %1 and when it came (an event from them, or one marked as their final answer); "
                                                             "without one, %2 days after your first complaint")
                          .arg(m.respondent)
                          .arg(need.waivedAfterDays)
                    : QCoreApplication::translate("Dossier", "the answer of %1 and when it came (an event from them, or one marked as their final answer)")
                          .arg(m.respondent);
            } else if (need.field == u"desired_outcome") {
                present = !theCase->desiredOutcome.trimmed().isEmpty();
                what = QCoreApplication::translate("Dossier", "what you ask for (the case's desired outcome)");
            } else if (need.field == u"amount") {
                present = !theCase->amount.isNull();
                what = QCoreApplication::translate("Dossier", "the amount in dispute");
            } else {
                present = false;
                what = QCoreApplication::translate("Dossier", "\"%1\" (a field Plaint does not know: the data file is newer than Plaint)").arg(need.field);
            }
            if (!present)
                missing << what;
        }
        if (!missing.isEmpty()) {
            const QString message = QCoreApplication::translate("Dossier", "%1 needs details that are missing: %2. Add them and export again.")
                                        .arg(m.authority.isEmpty() ? p.text(u"dossier_title"_s) : m.authority, missing.join(u"; "_s));
            if (!options.missingDetailsAreWarnings)
                return R::failure(message);
            m.warnings << message;
        }
    }

    // Where the user may go next, from the escalation ladder in force.
    if (analysis.firstComplaint.isValid()) {
        if (auto j = jurisdictionFromString(jurisdiction)) {
            if (auto ladder = EscalationLadder::forJurisdiction(*j, p.language())) {
                // The step to take next first, then the others open without an earlier step;
                // steps that wait on one the user has yet to take have no date of their own.
                const auto plan = EscalationLadder::plan(ladder->advise(analysis.complaintDay(), analysis.finalAnswerDay()));
                QList<EscalationLadder::Advice> steps = plan.alsoOpen;
                if (plan.next)
                    steps.prepend(*plan.next);
                for (const auto &advice : std::as_const(steps)) {
                    QString line = p.text(u"escalation_sentence"_s).arg(advice.toName, p.date(advice.earliest), advice.needs);
                    if (!advice.source.isEmpty())
                        line += u' ' + p.text(u"escalation_source"_s).arg(advice.source);
                    m.escalation << line;
                    // What bears on the date and the way, in the dossier's own words and
                    // language (the window's notes speak to the user, in the window's).
                    if (advice.openedByFinalAnswer)
                        m.escalation << u"• "_s + p.text(u"escalation_final_answer"_s).arg(p.date(advice.earliest));
                    if (advice.ruleChangeEarliest.isValid() && advice.ruleChangeFrom.isValid())
                        m.escalation << u"• "_s
                                + p.text(u"escalation_rule_change"_s)
                                      .arg(p.date(advice.ruleChangeFrom), p.date(advice.ruleChangeEarliest));
                    for (const EscalationLadder::TimeLimit &limit : advice.timeLimitDates)
                        m.escalation << u"• "_s + p.text(u"escalation_time_limit"_s).arg(p.date(limit.by), limit.what);
                    if (!advice.warning.isEmpty())
                        m.escalation << u"• "_s + advice.warning;
                }
            }
        }
    }

    // Exhibits: every live attachment, numbered in the order of the timeline;
    // the same content attached twice is one exhibit.
    QDir dir(workDir);
    QHash<QString, int> exhibitBySha;
    QHash<qint64, QStringList> exhibitsOfEvent;
    for (const Event &e : std::as_const(events)) {
        for (const Attachment &a : e.attachments) {
            if (a.trashed)
                continue;
            if (cancelled && cancelled())
                return R::failure(QCoreApplication::translate("Dossier", "The export was cancelled."));
            if (exhibitBySha.contains(a.sha256)) {
                Exhibit &x = m.exhibits[exhibitBySha.value(a.sha256)];
                x.eventIds << e.id;
                exhibitsOfEvent[e.id] << QString::number(x.number);
                continue;
            }
            Exhibit x;
            x.number = int(m.exhibits.size()) + 1;
            x.attachment = a;
            x.eventIds << e.id;
            x.name = redactor.applyToFileName(a.fileName);
            const QString copy = dir.filePath(u"exhibit-%1.bin"_s.arg(x.number));
            QSaveFile out(copy);
            if (!out.open(QIODevice::WriteOnly))
                return R::failure(QCoreApplication::translate("Dossier", "Cannot write the working copy of exhibit %1: %2")
                                      .arg(x.number)
                                      .arg(out.errorString()));
            if (auto read = library.readEvidence(a.sha256, out); !read)
                return R::failure(read.error());
            if (!out.commit())
                return R::failure(QCoreApplication::translate("Dossier", "Cannot write the working copy of exhibit %1: %2")
                                      .arg(x.number)
                                      .arg(out.errorString()));
            x.file = ExhibitFile::probe(copy, a.mimeType, false); // decoded by the writer, on every core
            x.masks = options.masks.value(a.sha256);
            x.source = exhibitSource(p, x.file, e.channel);
            QString detail;
            if (!e.agentCode.isEmpty())
                detail += p.text(u"proves_agent"_s).arg(r(e.agentCode));
            if (!e.reference.isEmpty())
                detail += p.text(u"proves_reference"_s).arg(r(e.reference));
            x.proves = p.text(u"proves_event"_s).arg(channelWord(p, e.channel), p.dateTime(e.occurred), detail);
            // What the user says the exhibit is and proves, when they said it.
            const DossierOptions::ExhibitText given = options.exhibitTexts.value(a.sha256);
            x.title = given.title.trimmed().isEmpty() ? x.name : r(given.title.trimmed());
            if (!given.proves.trimmed().isEmpty()) {
                x.proves = r(given.proves.trimmed());
                x.provesGiven = true;
            }
            x.caption = p.text(u"exhibit_caption"_s).arg(x.name, channelWord(p, e.channel), p.dateTime(e.occurred));
            x.added = p.dateTime(a.added.toUTC());
            exhibitBySha.insert(a.sha256, int(m.exhibits.size()));
            exhibitsOfEvent[e.id] << QString::number(x.number);
            m.exhibits << x;
        }
    }

    // Chronology.
    m.chronology.headers = {p.text(u"col_when"_s), p.text(u"col_channel"_s), p.text(u"col_agent"_s),
                            p.text(u"col_reference"_s), p.text(u"col_said"_s), p.text(u"col_exhibits"_s)};
    m.chronology.widths = {0.15, 0.11, 0.11, 0.14, 0.40, 0.09};
    for (const Event &e : std::as_const(events)) {
        QStringList said;
        if (!e.summary.isEmpty())
            said << e.summary;
        for (const QString &quote : e.quotes)
            said << p.text(u"said_quote"_s).arg(quote);
        for (const Promise &promise : e.promises) {
            if (promise.trashed)
                continue;
            said << (promise.due.isValid() ? p.text(u"said_promise"_s).arg(promise.text, p.dateTime(promise.due))
                                           : p.text(u"said_promise_nodate"_s).arg(promise.text));
        }
        if (!e.outcome.isEmpty())
            said << p.text(u"said_outcome"_s).arg(e.outcome);
        QString channel = channelWord(p, e.channel);
        if (e.durationSeconds >= 0)
            channel += u"\n"_s + p.duration(e.durationSeconds);
        QString agent = e.agentCode;
        if (!e.agentName.isEmpty())
            agent += (agent.isEmpty() ? QString() : u"\n"_s) + e.agentName;
        m.chronology.rows << QStringList{p.dateTime(e.occurred), channel, r(agent), r(e.reference), r(said.join(u"\n"_s)),
                                         exhibitsOfEvent.value(e.id).join(u", "_s)};
    }

    // Promises broken or overdue.
    m.broken.headers = {p.text(u"col_promise"_s), p.text(u"col_agent"_s), p.text(u"col_made"_s), p.text(u"col_due"_s),
                        p.text(u"col_status"_s)};
    m.broken.widths = {0.42, 0.12, 0.17, 0.17, 0.12};
    for (const Event &e : std::as_const(events)) {
        for (const Promise &promise : e.promises) {
            if (promise.trashed || !(promise.status == PromiseStatus::Broken || promise.isOverdue(now)))
                continue;
            m.broken.rows << QStringList{r(promise.text), r(promise.agentCode.isEmpty() ? e.agentCode : promise.agentCode),
                                         p.dateTime(e.occurred), p.dateTime(promise.due), statusWord(p, promise, now)};
        }
    }

    // Staff: who said what, when: each one's words and promises, dated.
    m.agents.headers = {p.text(u"col_agent"_s), p.text(u"col_agent_name"_s), p.text(u"col_agent_said"_s),
                        p.text(u"col_events"_s)};
    m.agents.widths = {0.13, 0.17, 0.58, 0.12};
    struct AgentRow
    {
        QString code, name;
        int count = 0;
        QStringList said;
    };
    QList<AgentRow> agentRows;
    for (const Event &e : std::as_const(events)) {
        if (e.agentCode.isEmpty() && e.agentName.isEmpty())
            continue;
        auto it = std::find_if(agentRows.begin(), agentRows.end(), [&e](const AgentRow &a) {
            return a.code == e.agentCode && (e.agentCode.isEmpty() ? a.name == e.agentName : true);
        });
        if (it == agentRows.end()) {
            agentRows.append({e.agentCode, e.agentName, 0, {}});
            it = agentRows.end() - 1;
        }
        ++it->count;
        if (it->name.isEmpty())
            it->name = e.agentName;
        // Their own words where they were written down, else what happened.
        QStringList words;
        for (const QString &quote : e.quotes)
            words << p.text(u"said_quote"_s).arg(quote);
        for (const Promise &promise : e.promises) {
            if (promise.trashed)
                continue;
            words << (promise.due.isValid() ? p.text(u"said_promise"_s).arg(promise.text, p.dateTime(promise.due))
                                            : p.text(u"said_promise_nodate"_s).arg(promise.text));
        }
        if (words.isEmpty() && !e.summary.isEmpty())
            words << e.summary;
        it->said << p.text(u"agent_said"_s).arg(p.dateTime(e.occurred), channelWord(p, e.channel), words.join(p.text(u"word_join"_s)));
    }
    for (const AgentRow &a : std::as_const(agentRows))
        m.agents.rows << QStringList{r(a.code), r(a.name), r(a.said.join(u"\n"_s)), QString::number(a.count)};

    // Claims.
    if (!theCase->desiredOutcome.isEmpty())
        m.claims << r(theCase->desiredOutcome);
    if (!theCase->amount.isNull())
        m.claims << p.text(u"claim_amount"_s).arg(p.money(theCase->amount));
    if (m.claims.isEmpty())
        m.claims << p.text(u"claim_none"_s);
    m.legal = p.legal();

    // The exhibit index, in the columns the audience uses. Page numbers are
    // filled in by the renderer, which knows them.
    QHash<QString, QPair<QString, double>> columns{
        {u"number"_s, {p.text(u"col_number"_s), 0.07}}, {u"name"_s, {p.text(u"col_name"_s), 0.25}},
        {u"source"_s, {p.text(u"col_source"_s), 0.18}}, {u"proves"_s, {p.text(u"col_proves"_s), 0.24}},
        {u"pages"_s, {p.text(u"col_pages"_s), 0.08}},   {u"sha"_s, {p.text(u"col_sha"_s), 0.18}}};
    double total = 0;
    for (const QString &c : p.indexColumns())
        total += columns.value(c).second;
    for (const QString &c : p.indexColumns()) {
        m.index.headers << columns.value(c).first;
        m.index.widths << columns.value(c).second / (total > 0 ? total : 1);
    }
    for (const Exhibit &x : std::as_const(m.exhibits)) {
        QStringList row;
        for (const QString &c : p.indexColumns()) {
            if (c == u"number")
                row << QString::number(x.number);
            else if (c == u"name")
                row << x.title;
            else if (c == u"source")
                row << x.source;
            else if (c == u"proves")
                row << x.proves;
            else if (c == u"pages")
                row << QString(); // set by the renderer
            else if (c == u"sha")
                row << x.attachment.sha256;
        }
        m.index.rows << row;
    }
    return m;
}

} // namespace plaint
