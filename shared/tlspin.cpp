#include "tlspin.h"

#include <QCryptographicHash>

using namespace Qt::Literals::StringLiterals;

namespace atrium::tlspin {

QString pinOf(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

QString normalise(const QString &text)
{
    QString pin = text.trimmed().toLower();
    for (const QString &prefix : {u"sha256:"_s, u"sha256//"_s, u"sha256="_s})
        if (pin.startsWith(prefix))
            pin = pin.mid(prefix.size());
    pin.remove(u':');
    if (pin.size() != 64 || !std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c.isDigit() || (c >= u'a' && c <= u'f'); }))
        return {};
    return pin;
}

} // namespace atrium::tlspin
