#pragma once

#include "calendarexport.h"
#include "case.h"
#include "escalationladder.h"
#include "event.h"

#include <QCoreApplication>
#include <optional>

namespace plaint {

// A case's deadlines as calendar entries: every pending promise with a date,
// and the day the user may escalate.
class DeadlineExport final
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineExport)

public:
    static QList<CalendarExport::Entry> entries(const Case &c, const QList<Event> &events,
                                                const std::optional<EscalationLadder::Advice> &advice);
};

} // namespace plaint
