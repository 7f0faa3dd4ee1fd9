#include "timelinecommands.h"

#include "library.h"

#include <QCoreApplication>

namespace plaint {

TimelineCommand::TimelineCommand(Library *library, Notify notify, const QString &text)
    : m_library(library), m_notify(std::move(notify))
{
    setText(text);
}

void TimelineCommand::undo()
{
    const Status s = revert();
    if (!s)
        setObsolete(true);
    m_notify(s, caseId(), eventId());
}

void TimelineCommand::redo()
{
    if (m_pushedAfterDoing) {
        m_pushedAfterDoing = false;
        return;
    }
    const Status s = apply();
    if (!s)
        setObsolete(true);
    m_notify(s, caseId(), eventId());
}

AddCaseCommand::AddCaseCommand(Library *library, Notify notify, qint64 caseId)
    : TimelineCommand(library, std::move(notify), QCoreApplication::translate("TimelineCommand", "New case")), m_caseId(caseId)
{
}
Status AddCaseCommand::revert() { return m_library->trashCase(m_caseId); }
Status AddCaseCommand::apply() { return m_library->restoreCase(m_caseId); }

EditCaseCommand::EditCaseCommand(Library *library, Notify notify, const Case &before, const Case &after)
    : TimelineCommand(library, std::move(notify), QCoreApplication::translate("TimelineCommand", "Edit case “%1”").arg(after.title.left(40))),
      m_before(before), m_after(after)
{
}
Status EditCaseCommand::revert() { return m_library->updateCase(m_before); }
Status EditCaseCommand::apply() { return m_library->updateCase(m_after); }

TrashCaseCommand::TrashCaseCommand(Library *library, Notify notify, const Case &c, bool trashed)
    : TimelineCommand(library, std::move(notify),
                      trashed ? QCoreApplication::translate("TimelineCommand", "Move case “%1” to the trash").arg(c.title.left(40))
                              : QCoreApplication::translate("TimelineCommand", "Restore case “%1”").arg(c.title.left(40))),
      m_case(c), m_trashed(trashed)
{
}
Status TrashCaseCommand::revert() { return m_trashed ? m_library->restoreCase(m_case.id) : m_library->trashCase(m_case.id); }
Status TrashCaseCommand::apply() { return m_trashed ? m_library->trashCase(m_case.id) : m_library->restoreCase(m_case.id); }

AddEventCommand::AddEventCommand(Library *library, Notify notify, const Event &added)
    : TimelineCommand(library, std::move(notify), QCoreApplication::translate("TimelineCommand", "Log “%1”").arg(added.summary.left(40))), m_event(added)
{
}
Status AddEventCommand::revert() { return m_library->trashEvent(m_event.id); }
Status AddEventCommand::apply() { return m_library->restoreEvent(m_event.id); }

EditEventCommand::EditEventCommand(Library *library, Notify notify, const Event &before, const Event &after)
    : TimelineCommand(library, std::move(notify), QCoreApplication::translate("TimelineCommand", "Edit “%1”").arg(after.summary.left(40))), m_before(before), m_after(after)
{
}
Status EditEventCommand::revert() { return m_library->updateEvent(m_before); }
Status EditEventCommand::apply() { return m_library->updateEvent(m_after); }

TrashEventCommand::TrashEventCommand(Library *library, Notify notify, const Event &trashed)
    : TimelineCommand(library, std::move(notify), QCoreApplication::translate("TimelineCommand", "Move “%1” to the trash").arg(trashed.summary.left(40))), m_event(trashed)
{
}
Status TrashEventCommand::revert() { return m_library->restoreEvent(m_event.id); }
Status TrashEventCommand::apply() { return m_library->trashEvent(m_event.id); }

RestoreEventCommand::RestoreEventCommand(Library *library, Notify notify, const Event &restored)
    : TimelineCommand(library, std::move(notify), QCoreApplication::translate("TimelineCommand", "Restore “%1”").arg(restored.summary.left(40))), m_event(restored)
{
}
Status RestoreEventCommand::revert() { return m_library->trashEvent(m_event.id); }
Status RestoreEventCommand::apply() { return m_library->restoreEvent(m_event.id); }

AttachCommand::AttachCommand(Library *library, Notify notify, qint64 caseId, qint64 eventId,
                             const QList<Attachment> &attached)
    : TimelineCommand(library, std::move(notify), QCoreApplication::translate("TimelineCommand", "Attach evidence")), m_caseId(caseId), m_eventId(eventId)
{
    for (const Attachment &a : attached)
        m_attachmentIds << a.id;
}
Status AttachCommand::revert()
{
    for (qint64 id : std::as_const(m_attachmentIds)) {
        if (Status s = m_library->trashAttachment(id); !s)
            return s;
    }
    return {};
}
Status AttachCommand::apply()
{
    for (qint64 id : std::as_const(m_attachmentIds)) {
        if (Status s = m_library->restoreAttachment(id); !s)
            return s;
    }
    return {};
}

AddPromiseCommand::AddPromiseCommand(Library *library, Notify notify, qint64 caseId, const Promise &added)
    : TimelineCommand(library, std::move(notify), QCoreApplication::translate("TimelineCommand", "Add promise “%1”").arg(added.text.left(40))),
      m_caseId(caseId), m_promise(added)
{
}
Status AddPromiseCommand::revert() { return m_library->trashPromise(m_promise.id); }
Status AddPromiseCommand::apply() { return m_library->restorePromise(m_promise.id); }

EditPromiseCommand::EditPromiseCommand(Library *library, Notify notify, qint64 caseId, const Promise &before,
                                       const Promise &after)
    : TimelineCommand(library, std::move(notify), QCoreApplication::translate("TimelineCommand", "Edit promise “%1”").arg(after.text.left(40))),
      m_caseId(caseId), m_before(before), m_after(after)
{
}
Status EditPromiseCommand::revert() { return m_library->updatePromise(m_before); }
Status EditPromiseCommand::apply() { return m_library->updatePromise(m_after); }

SettlePromiseCommand::SettlePromiseCommand(Library *library, Notify notify, qint64 caseId, const Promise &before,
                                           PromiseStatus status)
    : TimelineCommand(library, std::move(notify),
                      status == PromiseStatus::Kept ? QCoreApplication::translate("TimelineCommand", "Mark promise kept") : QCoreApplication::translate("TimelineCommand", "Mark promise broken")),
      m_caseId(caseId), m_before(before), m_status(status)
{
}
Status SettlePromiseCommand::revert()
{
    return m_library->settlePromise(m_before.id, m_before.status, m_before.settledByEventId);
}
Status SettlePromiseCommand::apply() { return m_library->settlePromise(m_before.id, m_status, 0); }

} // namespace plaint
