#pragma once

#include <QString>

namespace plaint {

// The name a file brought in from outside (an e-mail attachment, an MMS
// part, the subject a raw message is kept under) may be stored and later
// saved under: no folders (".." and "a/../b" lose everything up to the last
// separator), no control characters, no bidirectional controls (U+202E would
// show "x\u202Egpj.exe" as "xexe.jpg"), none of the characters Windows
// refuses, no leading dots or spaces, at most 120 characters with the
// extension kept. Empty when nothing usable is left: the caller names it.
class SafeFileName final
{
public:
    static QString of(const QString &name);
};

} // namespace plaint
