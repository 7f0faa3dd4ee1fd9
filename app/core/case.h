#pragma once

#include "money.h"
#include "vocabulary.h"

#include <QDateTime>
#include <QString>

namespace plaint {

// One dispute with one company.
struct Case
{
    qint64 id = 0;
    QString title;
    QString company;       // the respondent
    QString account;       // the user's phone number or account number with them
    Jurisdiction jurisdiction = Jurisdiction::Other;
    QString desiredOutcome;
    Money amount;          // null when nothing is claimed in money
    CaseStatus status = CaseStatus::Open;
    QDateTime created;     // UTC
    QDateTime updated;     // UTC
    int revision = 1;
    bool trashed = false;
};

// What the case list shows without loading the timeline.
struct CaseSummary
{
    Case info;
    int eventCount = 0;
    int promiseCount = 0;
    int overduePromiseCount = 0;
    QDateTime firstEvent;
    QDateTime lastEvent;
};

} // namespace plaint
