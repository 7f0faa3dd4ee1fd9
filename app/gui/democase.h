#pragma once

#include "result.h"

#include <QCoreApplication>

namespace plaint {

class Library;

// A sample dispute for a first look at Plaint: a subscriber bounced between
// an operator's app, its shop and its hotline, with an agent ID, a reference
// number, a broken promise, an overdue one, and a screenshot of the app.
class DemoCase final
{
    Q_DECLARE_TR_FUNCTIONS(DemoCase)

public:
    // Adds the demo case to the library; returns its id.
    static Result<qint64> load(Library &library);
};

} // namespace plaint
