// An access token from a client's Hello or an HTTP Bearer header, read before its signature is
// checked: anything parses or is refused, never a crash, and what parses signs what it says.
#include "accesstoken.h"

#include <cstdlib>

using namespace atrium;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromLatin1(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto parts = accesstoken::parse(text);
    if (!parts)
        return 0;
    if (!text.toLatin1().startsWith(QByteArray(parts->signingInput + '.')) || parts->expiresAtMs < 0)
        std::abort();
    return 0;
}
