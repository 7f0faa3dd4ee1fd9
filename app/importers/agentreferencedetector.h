#pragma once

#include <QString>

namespace plaint {

// Finds the staff member's ID and the ticket or reference number in what a
// company wrote or said: "工号23338", "客服代表(23338号)", "工號 23338",
// "agent ID 4471", "staff no. 88"; "受理单号：2021031812345", "工单号",
// "工單編號", "ticket #A-1234", "reference: 88231". Full-width digits come
// back as ASCII. Empty when nothing was found.
class AgentReferenceDetector final
{
public:
    struct Found
    {
        QString agentCode;
        QString reference;
    };
    static Found detect(const QString &text);
};

} // namespace plaint
