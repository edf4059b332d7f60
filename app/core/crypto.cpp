#include "crypto.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace kvs::crypto {

QByteArray sha256(QByteArrayView data)
{
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_Digest(data.data(), static_cast<size_t>(data.size()),
               reinterpret_cast<unsigned char *>(digest.data()), &length, EVP_sha256(), nullptr);
    return digest;
}

QByteArray sha256Hex(QByteArrayView data)
{
    return sha256(data).toHex();
}

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data)
{
    QByteArray mac(32, Qt::Uninitialized);
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
         reinterpret_cast<const unsigned char *>(data.data()), static_cast<size_t>(data.size()),
         reinterpret_cast<unsigned char *>(mac.data()), &length);
    return mac;
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.data(), b.data(), static_cast<size_t>(a.size())) == 0;
}

} // namespace kvs::crypto
