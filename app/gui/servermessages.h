#pragma once

#include <QCborArray>
#include <QString>

namespace atrium::gui {

// What the server said, in this app's language: the translation of its message key with its
// values written the way the language writes them (an instant on its location's wall clock, a
// duration, a date, days of the week); the server's English when the app does not know the key.
// The keys and their English are the server's (docs/protocol.md, "Messages in the user's language").
QString localMessage(const QString &key, const QCborArray &params, const QString &english);

} // namespace atrium::gui
