#pragma once

#include <QStringList>

namespace atrium::cli {

// Exit codes, as documented in the README. Unreachable only when nothing answered at the address:
// every other failure says what it was.
enum Exit : int {
    Done = 0,
    Usage = 1,       // wrong arguments or options, a file that cannot be read
    Rejected = 2,    // the server said no (the reason is printed)
    Unreachable = 3, // nothing answered: changes stay queued and sync later
    Untrusted = 4,   // TLS: the server's certificate is not trusted, or it speaks https:// at an http:// address
    SignedOut = 5,   // not signed in, or the session ended: sign in again
    Unavailable = 6, // the server answered but cannot do it now (its database is away, no e-mail, no answer in time)
};

// Runs one atrium-cli invocation (arguments as QCoreApplication::arguments() gives them).
int run(const QStringList &arguments);

} // namespace atrium::cli
