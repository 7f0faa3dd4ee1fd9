#pragma once

#include "case.h"
#include "event.h"
#include "result.h"

#include <QList>
#include <QUndoCommand>

#include <functional>

namespace plaint {

class Library;

// Undo and redo for every change the user makes. The library is append-only,
// so undoing never deletes: an added event goes to the trash, an edit is
// answered by a new version holding the old words, a trashed event is restored.
//
// Each command is pushed after its action already succeeded (a failure is
// shown to the user and nothing is pushed), so the first redo() does nothing.
// These small classes form one family and share one file.
class TimelineCommand : public QUndoCommand
{
public:
    // Told what changed (case, event; 0 when not applicable), or why undo/redo failed.
    using Notify = std::function<void(const Status &status, qint64 caseId, qint64 eventId)>;

    TimelineCommand(Library *library, Notify notify, const QString &text);
    void undo() final;
    void redo() final;

protected:
    virtual Status revert() = 0;
    virtual Status apply() = 0;
    virtual qint64 caseId() const = 0;
    virtual qint64 eventId() const { return 0; }
    Library *m_library;

private:
    Notify m_notify;
    bool m_pushedAfterDoing = true;
};

class AddCaseCommand final : public TimelineCommand
{
public:
    AddCaseCommand(Library *library, Notify notify, qint64 caseId);

protected:
    Status revert() override;
    Status apply() override;
    qint64 caseId() const override { return m_caseId; }

private:
    qint64 m_caseId;
};

class EditCaseCommand final : public TimelineCommand
{
public:
    EditCaseCommand(Library *library, Notify notify, const Case &before, const Case &after);

protected:
    Status revert() override;
    Status apply() override;
    qint64 caseId() const override { return m_after.id; }

private:
    Case m_before;
    Case m_after;
};

// Trashing (trashed true) or restoring a case.
class TrashCaseCommand final : public TimelineCommand
{
public:
    TrashCaseCommand(Library *library, Notify notify, const Case &c, bool trashed);

protected:
    Status revert() override;
    Status apply() override;
    qint64 caseId() const override { return m_case.id; }

private:
    Case m_case;
    bool m_trashed;
};

class AddEventCommand final : public TimelineCommand
{
public:
    AddEventCommand(Library *library, Notify notify, const Event &added);

protected:
    Status revert() override;
    Status apply() override;
    qint64 caseId() const override { return m_event.caseId; }
    qint64 eventId() const override { return m_event.id; }

private:
    Event m_event;
};

class EditEventCommand final : public TimelineCommand
{
public:
    EditEventCommand(Library *library, Notify notify, const Event &before, const Event &after);

protected:
    Status revert() override;
    Status apply() override;
    qint64 caseId() const override { return m_after.caseId; }
    qint64 eventId() const override { return m_after.id; }

private:
    Event m_before;
    Event m_after;
};

class TrashEventCommand final : public TimelineCommand
{
public:
    TrashEventCommand(Library *library, Notify notify, const Event &trashed);

protected:
    Status revert() override;
    Status apply() override;
    qint64 caseId() const override { return m_event.caseId; }
    qint64 eventId() const override { return m_event.id; }

private:
    Event m_event;
};

class RestoreEventCommand final : public TimelineCommand
{
public:
    RestoreEventCommand(Library *library, Notify notify, const Event &restored);

protected:
    Status revert() override;
    Status apply() override;
    qint64 caseId() const override { return m_event.caseId; }
    qint64 eventId() const override { return m_event.id; }

private:
    Event m_event;
};

class AttachCommand final : public TimelineCommand
{
public:
    AttachCommand(Library *library, Notify notify, qint64 caseId, qint64 eventId, const QList<Attachment> &attached);

protected:
    Status revert() override;
    Status apply() override;
    qint64 caseId() const override { return m_caseId; }
    qint64 eventId() const override { return m_eventId; }

private:
    qint64 m_caseId;
    qint64 m_eventId;
    QList<qint64> m_attachmentIds;
};

class AddPromiseCommand final : public TimelineCommand
{
public:
    AddPromiseCommand(Library *library, Notify notify, qint64 caseId, const Promise &added);

protected:
    Status revert() override;
    Status apply() override;
    qint64 caseId() const override { return m_caseId; }
    qint64 eventId() const override { return m_promise.eventId; }

private:
    qint64 m_caseId;
    Promise m_promise;
};

class EditPromiseCommand final : public TimelineCommand
{
public:
    EditPromiseCommand(Library *library, Notify notify, qint64 caseId, const Promise &before, const Promise &after);

protected:
    Status revert() override;
    Status apply() override;
    qint64 caseId() const override { return m_caseId; }
    qint64 eventId() const override { return m_after.eventId; }

private:
    qint64 m_caseId;
    Promise m_before;
    Promise m_after;
};

class SettlePromiseCommand final : public TimelineCommand
{
public:
    SettlePromiseCommand(Library *library, Notify notify, qint64 caseId, const Promise &before, PromiseStatus status);

protected:
    Status revert() override;
    Status apply() override;
    qint64 caseId() const override { return m_caseId; }
    qint64 eventId() const override { return m_before.eventId; }

private:
    qint64 m_caseId;
    Promise m_before;
    PromiseStatus m_status;
};

} // namespace plaint
