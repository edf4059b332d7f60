#include "emulator/certificateauthority.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace kvs::emulator {
namespace {

struct Deleter
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(X509_EXTENSION *p) const { X509_EXTENSION_free(p); }
    void operator()(BIGNUM *p) const { BN_free(p); }
};
template <typename T>
using Owned = std::unique_ptr<T, Deleter>;

Error sslError(const char *what)
{
    return Error{
        QStringLiteral("CertificateError"),
        QStringLiteral("Could not create the emulator's TLS certificates: %1.").arg(QLatin1String(what))};
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, cert, nullptr, nullptr, 0);
    Owned<X509_EXTENSION> extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    return extension && X509_add_ext(cert, extension.get(), -1) == 1;
}

Owned<X509> makeCertificate(EVP_PKEY *key, const char *commonName, X509 *issuer, EVP_PKEY *issuerKey,
                            int validDays)
{
    Owned<X509> cert(X509_new());
    if (!cert || X509_set_version(cert.get(), 2) != 1)
        return nullptr;
    unsigned char serialBytes[16];
    if (RAND_bytes(serialBytes, sizeof serialBytes) != 1)
        return nullptr;
    serialBytes[0] &= 0x7f; // a positive serial number
    Owned<BIGNUM> serial(BN_bin2bn(serialBytes, sizeof serialBytes, nullptr));
    if (!serial || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())))
        return nullptr;
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 86400L * validDays);
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("KVS Signaling Emulator"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>(commonName),
                               -1, -1, 0);
    X509 *signer = issuer ? issuer : cert.get();
    if (X509_set_issuer_name(cert.get(), X509_get_subject_name(signer)) != 1 ||
        X509_set_pubkey(cert.get(), key) != 1)
        return nullptr;
    bool ok = addExtension(cert.get(), signer, NID_subject_key_identifier, "hash");
    if (issuer == nullptr) {
        ok = ok && addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:TRUE,pathlen:0") &&
             addExtension(cert.get(), signer, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        ok = ok && addExtension(cert.get(), signer, NID_authority_key_identifier, "keyid:always") &&
             addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:FALSE") &&
             addExtension(cert.get(), signer, NID_key_usage, "critical,digitalSignature,keyEncipherment") &&
             addExtension(cert.get(), signer, NID_ext_key_usage, "serverAuth") &&
             addExtension(cert.get(), signer, NID_subject_alt_name, "IP:127.0.0.1,DNS:localhost,IP:::1");
    }
    if (!ok || X509_sign(cert.get(), issuerKey ? issuerKey : key, EVP_sha256()) <= 0)
        return nullptr;
    return cert;
}

QByteArray certificatePem(X509 *cert)
{
    Owned<BIO> bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1)
        return {};
    return bioBytes(bio.get());
}

/// A new P-256 key. (OpenSSL's EVP_EC_gen macro casts const away, which -Wcast-qual rejects.)
EVP_PKEY *generateP256Key()
{
    char curve[] = "P-256";
    return EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", curve);
}

} // namespace

Result<CertificateAuthority> CertificateAuthority::generate(int validDays)
{
    Owned<EVP_PKEY> caKey(generateP256Key());
    Owned<EVP_PKEY> serverKey(generateP256Key());
    if (!caKey || !serverKey)
        return sslError("key generation failed");
    Owned<X509> ca = makeCertificate(caKey.get(), "KVS Signaling Emulator CA", nullptr, nullptr, validDays);
    if (!ca)
        return sslError("the CA certificate could not be built");
    Owned<X509> server = makeCertificate(serverKey.get(), "127.0.0.1", ca.get(), caKey.get(), validDays);
    if (!server)
        return sslError("the server certificate could not be built");

    CertificateAuthority authority;
    authority.m_caPem = certificatePem(ca.get());
    authority.m_serverPem = certificatePem(server.get());
    Owned<BIO> keyBio(BIO_new(BIO_s_mem()));
    if (!keyBio ||
        PEM_write_bio_PrivateKey(keyBio.get(), serverKey.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return sslError("the server key could not be written");
    authority.m_serverKeyPem = bioBytes(keyBio.get());
    if (authority.m_caPem.isEmpty() || authority.m_serverPem.isEmpty())
        return sslError("the certificates could not be written");
    return authority;
}

} // namespace kvs::emulator
