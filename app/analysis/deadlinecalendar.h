#pragma once

#include "calendarexport.h"
#include "case.h"
#include "event.h"

#include <QCoreApplication>
#include <QList>

namespace plaint {

// A case's deadlines as calendar entries, the same for the window's
// "Export deadlines to calendar…" and `plaint deadlines --ics`: every pending
// promise with a due time (marked approximate where its business days were
// counted without final holiday data), the day the next escalation step
// opens, and the last days to take it where the rules give them.
class DeadlineCalendar final
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineCalendar)

public:
    static QList<CalendarExport::Entry> entries(const Case &c, const QList<Event> &events);
};

} // namespace plaint
