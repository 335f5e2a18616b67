#pragma once

#include <QString>

namespace atrium {

// UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then random bits. Time-ordered, so ids made on a
// client sort by creation and index well, and two offline clients never collide.
QString newUuidV7(qint64 unixMs);
QString newUuidV7();
bool isUuid(const QString &text);

} // namespace atrium
