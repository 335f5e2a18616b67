#include "accesstoken.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace atrium::accesstoken {

std::optional<Parts> parse(const QString &token)
{
    constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors;
    if (token.size() > 4096)
        return std::nullopt;
    const QList<QByteArray> pieces = token.toLatin1().split('.');
    if (pieces.size() != 3)
        return std::nullopt;
    const auto header = QByteArray::fromBase64Encoding(pieces[0], kBase64Url);
    const auto payload = QByteArray::fromBase64Encoding(pieces[1], kBase64Url);
    const auto signature = QByteArray::fromBase64Encoding(pieces[2], kBase64Url);
    if (!header || !payload || !signature)
        return std::nullopt;
    const QJsonDocument h = QJsonDocument::fromJson(*header), p = QJsonDocument::fromJson(*payload);
    if (!h.isObject() || !p.isObject())
        return std::nullopt;
    Parts parts;
    parts.kid = h.object().value(u"kid"_s).toString();
    parts.alg = h.object().value(u"alg"_s).toString();
    parts.signingInput = pieces[0] + '.' + pieces[1];
    parts.signature = *signature;
    parts.subject = p.object().value(u"sub"_s).toString();
    parts.session = p.object().value(u"sid"_s).toString();
    // Seconds since the epoch; anything that is not a sane one (a double past 64 bits would
    // convert with undefined behaviour) counts as long expired.
    const double exp = p.object().value(u"exp"_s).toDouble();
    parts.expiresAtMs = std::isfinite(exp) && exp > 0 && exp < 1e11 ? static_cast<qint64>(exp) * 1000 : 0;
    return parts;
}

} // namespace atrium::accesstoken
