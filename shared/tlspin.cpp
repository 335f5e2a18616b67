#include "tlspin.h"

#include <QCryptographicHash>
#include <QSslKey>

using namespace Qt::Literals::StringLiterals;

namespace atrium::tlspin {

QString pinOfKey(const QSslCertificate &certificate)
{
    // QSslKey::toDer() of a public key is its SubjectPublicKeyInfo.
    const QByteArray spki = certificate.publicKey().toDer();
    return spki.isEmpty() ? QString() : QString::fromLatin1(QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toHex());
}

QString pinOf(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

bool matches(const QSslCertificate &certificate, const QString &pin)
{
    return !pin.isEmpty() && !certificate.isNull() && (pinOfKey(certificate) == pin || pinOf(certificate) == pin);
}

QString normalise(const QString &text)
{
    QString pin = text.trimmed();
    // curl's --pinnedpubkey and HPKP write the digest in base64 after "sha256//".
    if (pin.startsWith(u"sha256//"_s, Qt::CaseInsensitive) && pin.size() == 8 + 44) {
        const auto decoded = QByteArray::fromBase64Encoding(pin.mid(8).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (decoded && decoded.decoded.size() == 32)
            return QString::fromLatin1(decoded.decoded.toHex());
    }
    pin = pin.toLower();
    for (const QString &prefix : {u"sha256:"_s, u"sha256//"_s, u"sha256="_s})
        if (pin.startsWith(prefix))
            pin = pin.mid(prefix.size());
    pin.remove(u':');
    if (pin.size() != 64 || !std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c.isDigit() || (c >= u'a' && c <= u'f'); }))
        return {};
    return pin;
}

} // namespace atrium::tlspin
