#pragma once

#include "result.h"

#include <QSqlDatabase>

namespace plaint {

// The library's schema, versioned in PRAGMA user_version and upgraded by
// numbered forward migrations, each in its own transaction.
class Schema final
{
public:
    // "Plnt": marks a SQLite file as a Plaint library in its header.
    static constexpr qint32 kApplicationId = 0x506c6e74;
    static constexpr int kCurrentVersion = 3;

    // Reads the header only: never writes to the file.
    struct Probe
    {
        qint32 applicationId = 0;
        int version = 0;
        int objectCount = 0;
    };
    static Result<Probe> probe(const QSqlDatabase &db);

    // Whether Plaint may open (and write to) a file with this header.
    static Status check(const Probe &probe);

    // Brings the schema up to kCurrentVersion. Fails, changing nothing, when
    // the file belongs to another application or to a newer Plaint.
    static Status migrate(const QSqlDatabase &db, const Probe &probe);
};

} // namespace plaint
