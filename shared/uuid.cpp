#include "uuid.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

#include <array>

namespace atrium {

QString newUuidV7(qint64 unixMs)
{
    std::array<quint8, 16> b{};
    const auto ms = static_cast<quint64>(unixMs);
    for (int i = 0; i < 6; ++i)
        b[static_cast<size_t>(i)] = static_cast<quint8>(ms >> (8 * (5 - i)));
    QRandomGenerator::system()->generate(b.begin() + 6, b.end());
    b[6] = static_cast<quint8>((b[6] & 0x0F) | 0x70); // version 7
    b[8] = static_cast<quint8>((b[8] & 0x3F) | 0x80); // RFC 4122 variant
    const QByteArray raw(reinterpret_cast<const char *>(b.data()), static_cast<qsizetype>(b.size()));
    return QUuid::fromRfc4122(raw).toString(QUuid::WithoutBraces);
}

QString newUuidV7()
{
    return newUuidV7(QDateTime::currentMSecsSinceEpoch());
}

bool isUuid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

} // namespace atrium
