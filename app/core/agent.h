#pragma once

#include <QString>

namespace plaint {

// A member of the company's staff, known by the ID they give ("工号 23338").
// The same ID at the same company is the same person across events.
struct Agent
{
    qint64 id = 0;
    QString company;
    QString code;
    QString name;
    int eventCount = 0;
};

} // namespace plaint
