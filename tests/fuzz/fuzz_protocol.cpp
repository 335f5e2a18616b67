// The sync protocol's decoder: every frame a client or a server receives goes through it first.
// Anything decodes to a message or to a reason, never a crash; what decodes re-encodes to bytes
// that decode to the same encoding; the change items and the policy rules inside read safely.
#include "domain.h"
#include "policy.h"
#include "protocol.h"

#include <cstdlib>

using namespace atrium;
using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const proto::DecodeResult decoded = proto::decode(bytes);
    if (!decoded.message) {
        if (decoded.error.isEmpty())
            std::abort(); // a refusal always says why
        return 0;
    }
    const proto::Message &m = *decoded.message;
    const QByteArray once = proto::encode(m);
    const proto::DecodeResult again = proto::decode(once);
    if (!again.message || proto::encode(*again.message) != once)
        std::abort();
    QString error;
    switch (m.type) {
    case proto::MessageType::Changes:
    case proto::MessageType::ChangesZ:
        (void)proto::readChangeItems(m, &error);
        (void)proto::changesItems(m, &error);
        break;
    case proto::MessageType::Mutate: {
        const QCborMap args = m["args"_L1].toMap();
        (void)Policy::fromCbor(args.value("rules"_L1).toMap(), &error);
        (void)Booking::fromCbor(args);
        break;
    }
    default: break;
    }
    return 0;
}
