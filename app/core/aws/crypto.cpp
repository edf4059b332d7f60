#include "core/aws/crypto.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/params.h>

namespace kvs::crypto {
namespace {

// OpenSSL 3 looks an algorithm up by name on every call of its one-shot APIs (a lock and string compares
// each time): the algorithms are fetched once for the process and reused.
const EVP_MD *sha256Algorithm()
{
    static EVP_MD *const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}

/// An HMAC-SHA256 context with its digest set, to be duplicated per MAC (never used directly).
const EVP_MAC_CTX *hmacSha256Template()
{
    static EVP_MAC_CTX *const context = [] {
        EVP_MAC *mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
        EVP_MAC_CTX *ctx = mac ? EVP_MAC_CTX_new(mac) : nullptr;
        EVP_MAC_free(mac); // the context keeps its own reference
        char digest[] = "SHA256";
        const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string("digest", digest, 0),
                                     OSSL_PARAM_construct_end()};
        if (ctx && EVP_MAC_CTX_set_params(ctx, params) != 1) {
            EVP_MAC_CTX_free(ctx);
            ctx = nullptr;
        }
        return ctx;
    }();
    return context;
}

} // namespace

QByteArray sha256(QByteArrayView data)
{
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_Digest(data.data(), static_cast<size_t>(data.size()),
               reinterpret_cast<unsigned char *>(digest.data()), &length, sha256Algorithm(), nullptr);
    return digest;
}

QByteArray sha256Hex(QByteArrayView data)
{
    return sha256(data).toHex();
}

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data)
{
    QByteArray mac(32, Qt::Uninitialized);
    EVP_MAC_CTX *context = hmacSha256Template() ? EVP_MAC_CTX_dup(hmacSha256Template()) : nullptr;
    size_t length = 0;
    if (!context ||
        EVP_MAC_init(context, reinterpret_cast<const unsigned char *>(key.data()),
                     static_cast<size_t>(key.size()), nullptr) != 1 ||
        EVP_MAC_update(context, reinterpret_cast<const unsigned char *>(data.data()),
                       static_cast<size_t>(data.size())) != 1 ||
        EVP_MAC_final(context, reinterpret_cast<unsigned char *>(mac.data()), &length,
                      static_cast<size_t>(mac.size())) != 1 ||
        length != 32) {
        // Cannot happen with a working libcrypto; fall back to the one-shot API rather than sign wrongly.
        unsigned int oneShotLength = 0;
        HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
             reinterpret_cast<const unsigned char *>(data.data()), static_cast<size_t>(data.size()),
             reinterpret_cast<unsigned char *>(mac.data()), &oneShotLength);
    }
    EVP_MAC_CTX_free(context);
    return mac;
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.data(), b.data(), static_cast<size_t>(a.size())) == 0;
}

} // namespace kvs::crypto
