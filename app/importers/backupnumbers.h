#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>

class QIODevice;

namespace plaint {

// The numbers an SMS or call backup holds, with how many messages or calls
// each has, most first: what the user picks the company's numbers from.
// Streamed like the import itself; a damaged file is reported the same way.
class BackupNumbers final
{
    Q_DECLARE_TR_FUNCTIONS(BackupNumbers)

public:
    struct Number
    {
        QString number;        // as the backup writes it the first time ("+86 10086")
        QString normalized;    // PhoneNumber::normalized
        QString contactName;   // the phone's contact name, empty for "(Unknown)"
        qint64 count = 0;
    };

    static Result<QList<Number>> read(QIODevice &device, const std::atomic_bool *cancel = nullptr);
};

} // namespace plaint
