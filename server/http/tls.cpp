#include "tls.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHostAddress>
#include <QSaveFile>

#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace atrium::server::tls {

namespace {

template<auto Free>
struct Deleter
{
    template<typename T>
    void operator()(T *p) const
    {
        Free(p);
    }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509_free>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free_all>>;

// TLS 1.2: forward secrecy and authenticated encryption only (no CBC, no RSA key exchange, no PSK).
// TLS 1.3's suites are all of that kind already; OpenSSL's default list is kept for it.
constexpr const char *kTls12Ciphers = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
                                      "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
                                      "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305";
constexpr const char *kTls13Suites = "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256";
// Session tickets are encrypted with these: 80 bytes (name, HMAC key, AES key).
constexpr int kTicketKeyBytes = 80;

QByteArray pem(const std::function<int(BIO *)> &write)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || write(bio.get()) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

bool addExtension(X509 *cert, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    ExtPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData()));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    // Written beside and renamed over: a renewal never leaves half a certificate behind.
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || f.write(bytes) != bytes.size() || !f.commit()) {
        *error = u"cannot write %1: %2"_s.arg(path, f.errorString());
        return false;
    }
    return true;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

KeyPtr readKey(const QByteArray &pemBytes)
{
    BioPtr bio(BIO_new_mem_buf(pemBytes.constData(), static_cast<int>(pemBytes.size())));
    return KeyPtr(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

CertPtr readCertificate(const QByteArray &pemBytes)
{
    BioPtr bio(BIO_new_mem_buf(pemBytes.constData(), static_cast<int>(pemBytes.size())));
    return CertPtr(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

QDateTime expiryOf(const X509 *cert)
{
    struct tm t = {};
    if (!cert || ASN1_TIME_to_tm(X509_get0_notAfter(cert), &t) != 1)
        return {};
    return QDateTime(QDate(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday), QTime(t.tm_hour, t.tm_min, t.tm_sec), Qt::UTC);
}

// SHA-256 over the DER SubjectPublicKeyInfo, in lower-case hex: what tlspin::pinOfKey computes
// on the client from the same certificate.
QString keyPin(X509 *cert)
{
    unsigned char *der = nullptr;
    const int size = i2d_PUBKEY(X509_get0_pubkey(cert), &der);
    if (size <= 0)
        return {};
    const QByteArray digest = QCryptographicHash::hash(QByteArrayView(der, size), QCryptographicHash::Sha256);
    OPENSSL_free(der);
    return QString::fromLatin1(digest.toHex());
}

int selectHttp11(SSL *, const unsigned char **out, unsigned char *outLength, const unsigned char *in, unsigned int inLength, void *)
{
    // Only HTTP/1.1 is spoken here; a client that offers ALPN without it gets none.
    static const unsigned char http11[] = "\x08http/1.1";
    unsigned char *selected = nullptr;
    if (SSL_select_next_proto(&selected, outLength, http11, sizeof http11 - 1, in, inLength) != OPENSSL_NPN_NEGOTIATED)
        return SSL_TLSEXT_ERR_NOACK;
    *out = selected;
    return SSL_TLSEXT_ERR_OK;
}

} // namespace

bool writeSelfSigned(const QString &certPath, const QString &keyPath, const QStringList &names, int days, QString *error)
{
    const QByteArray existingKey = readFile(keyPath);
    KeyPtr key = existingKey.isEmpty() ? KeyPtr(EVP_EC_gen("P-256")) : readKey(existingKey);
    CertPtr cert(X509_new());
    if (!key || !cert) {
        *error = existingKey.isEmpty() ? u"OpenSSL could not make a key"_s : u"%1 holds no PEM private key"_s.arg(keyPath);
        return false;
    }
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f; // a positive serial number
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600); // an hour of clock skew
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), static_cast<long>(days) * 86400);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray commonName = (names.isEmpty() ? u"atrium"_s : names.first()).toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("Atrium (self-signed)"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(commonName.constData()), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    QStringList alt;
    for (const QString &n : names)
        alt << (QHostAddress(n).isNull() ? u"DNS:"_s : u"IP:"_s) + n;
    if ((!alt.isEmpty() && !addExtension(cert.get(), NID_subject_alt_name, alt.join(u',').toUtf8()))
        || !addExtension(cert.get(), NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
        || !addExtension(cert.get(), NID_key_usage, "critical,digitalSignature,keyCertSign")
        || !addExtension(cert.get(), NID_ext_key_usage, "serverAuth") || X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0) {
        *error = u"OpenSSL could not sign the certificate"_s;
        return false;
    }
    const QByteArray certPem = pem([&](BIO *b) { return PEM_write_bio_X509(b, cert.get()); });
    if (certPem.isEmpty()) {
        *error = u"OpenSSL could not write the certificate"_s;
        return false;
    }
    if (existingKey.isEmpty()) {
        const QByteArray keyPem = pem([&](BIO *b) { return PEM_write_bio_PrivateKey(b, key.get(), nullptr, nullptr, 0, nullptr, nullptr); });
        if (keyPem.isEmpty() || !writeFile(keyPath, keyPem, error)) {
            if (keyPem.isEmpty())
                *error = u"OpenSSL could not write the key"_s;
            return false;
        }
    }
    return writeFile(certPath, certPem, error);
}

QDateTime certificateExpiry(const QString &certPath)
{
    return expiryOf(readCertificate(readFile(certPath)).get());
}

ServerContext::~ServerContext()
{
    SSL_CTX_free(m_ctx); // connections still open hold their own reference
}

std::shared_ptr<ServerContext> ServerContext::load(const QString &certPath, const QString &keyPath, QString *error,
                                                   const ServerContext *previous)
{
    QFile certFile(certPath), keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly)) {
        *error = u"cannot read the TLS certificate %1: %2"_s.arg(certPath, certFile.errorString());
        return nullptr;
    }
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = u"cannot read the TLS key %1: %2"_s.arg(keyPath, keyFile.errorString());
        return nullptr;
    }
    const QByteArray certPem = certFile.readAll();
    const CertPtr leaf = readCertificate(certPem);
    const KeyPtr key = readKey(keyFile.readAll());
    if (!leaf || !key) {
        *error = !leaf ? u"%1 holds no PEM certificate"_s.arg(certPath) : u"%1 holds no PEM private key (EC or RSA)"_s.arg(keyPath);
        return nullptr;
    }
    // The key must be the certificate's own, or every handshake would fail later, in the dark.
    if (X509_check_private_key(leaf.get(), key.get()) != 1) {
        ERR_clear_error();
        *error = u"the key in %1 does not belong to the certificate in %2"_s.arg(keyPath, certPath);
        return nullptr;
    }

    std::shared_ptr<ServerContext> context(new ServerContext);
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    context->m_ctx = ctx;
    if (!ctx) {
        *error = u"OpenSSL could not make a TLS context"_s;
        return nullptr;
    }
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    SSL_CTX_set_options(ctx, SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION | SSL_OP_CIPHER_SERVER_PREFERENCE);
    // Idle connections (kiosks waiting for the next change) hand their read and write buffers back.
    SSL_CTX_set_mode(ctx, SSL_MODE_RELEASE_BUFFERS);
    static const unsigned char sessionContext[] = "atrium";
    SSL_CTX_set_session_id_context(ctx, sessionContext, sizeof sessionContext - 1);
    SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_SERVER);
    SSL_CTX_set_alpn_select_cb(ctx, selectHttp11, nullptr);
    BioPtr chainBio(BIO_new_mem_buf(certPem.constData(), static_cast<int>(certPem.size())));
    bool chainOk = SSL_CTX_set_cipher_list(ctx, kTls12Ciphers) == 1 && SSL_CTX_set_ciphersuites(ctx, kTls13Suites) == 1
                   && SSL_CTX_use_certificate(ctx, leaf.get()) == 1 && SSL_CTX_use_PrivateKey(ctx, key.get()) == 1;
    // The rest of the chain (intermediates), in file order after the server's own certificate.
    if (chainOk && chainBio) {
        CertPtr first(PEM_read_bio_X509(chainBio.get(), nullptr, nullptr, nullptr));
        while (X509 *extra = PEM_read_bio_X509(chainBio.get(), nullptr, nullptr, nullptr))
            if (SSL_CTX_add0_chain_cert(ctx, extra) != 1) {
                X509_free(extra);
                chainOk = false;
            }
    }
    ERR_clear_error(); // reading until the end of the chain leaves a "no start line" behind
    if (!chainOk) {
        *error = u"OpenSSL refused the certificate chain in %1"_s.arg(certPath);
        return nullptr;
    }
    if (previous) {
        unsigned char keys[kTicketKeyBytes];
        if (SSL_CTX_get_tlsext_ticket_keys(previous->m_ctx, keys, sizeof keys) == 1)
            SSL_CTX_set_tlsext_ticket_keys(ctx, keys, sizeof keys);
        OPENSSL_cleanse(keys, sizeof keys);
    }
    context->m_notAfter = expiryOf(leaf.get());
    context->m_pin = keyPin(leaf.get());
    return context;
}

} // namespace atrium::server::tls
