// Text from outside that is not a protocol message: the search parameters of GET /api/spaces,
// ISO timestamps typed into the CLI, certificate pins pasted into a kiosk's settings.
#include "domain.h"
#include "spacesearch.h"
#include "tlspin.h"

#include <QUrlQuery>

#include <cstdlib>

using namespace atrium;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QString error;
    const auto query = spaceQueryFromParameters(QUrlQuery(text).queryItems(QUrl::FullyDecoded), &error);
    if (!query && error.isEmpty())
        std::abort();
    (void)parseIsoTimestamp(text);
    const QString pin = tlspin::normalise(text);
    if (!pin.isEmpty() && pin.size() != 64)
        std::abort();
    return 0;
}
