#pragma once

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace plaint {

// Makes the calling thread yield to the window's thread when the processor
// is busy: storing evidence and making thumbnails can wait a few
// milliseconds, the user's clicks cannot. (QThread's priorities do nothing
// under Linux's default scheduler; a thread's nice value does.)
inline void lowerThisThreadsPriority()
{
#ifdef Q_OS_LINUX
    thread_local bool lowered = false;
    if (!lowered) {
        lowered = true;
        setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 10);
    }
#endif
}

} // namespace plaint
