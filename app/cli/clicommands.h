#pragma once

#include <QStringList>

namespace atrium::cli {

// Exit codes, as documented in the README.
enum Exit : int { Done = 0, Usage = 1, Rejected = 2, Unreachable = 3 };

// Runs one atrium-cli invocation (arguments as QCoreApplication::arguments() gives them).
int run(const QStringList &arguments);

} // namespace atrium::cli
