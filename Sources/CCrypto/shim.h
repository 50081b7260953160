// OpenSSL's libcrypto for Swift: HMAC-SHA256 of a webhook's body and a constant-time comparison.
//
// The HMAC (RFC 2104) is put together here from libcrypto's SHA-256 functions instead of calling
// HMAC() or EVP_MAC: since OpenSSL 3 those fetch the algorithm from a provider, and the first fetch
// in a process reads openssl.cnf and registers the names of every algorithm, about 5 million
// instructions, more than a tenth of a whole webhook delivery (one process each). SHA256_Init,
// _Update and _Final are deprecated in OpenSSL 3 in favour of those fetches, not for a flaw.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/crypto.h>
#include <openssl/sha.h>
#include <stddef.h>
#include <string.h>

/// HMAC-SHA256 of `data` under `key`, into `digest` (SHA256_DIGEST_LENGTH bytes).
static inline void loyalty_hmac_sha256(const unsigned char *key, size_t keyLength, const unsigned char *data, size_t length,
                                       unsigned char *digest) {
    unsigned char block[SHA256_CBLOCK] = {0};   // the key, or its hash when longer than a block, padded with zeros
    SHA256_CTX context;
    if (keyLength > SHA256_CBLOCK) {
        SHA256_Init(&context);
        SHA256_Update(&context, key, keyLength);
        SHA256_Final(block, &context);
    } else if (keyLength > 0) {
        memcpy(block, key, keyLength);
    }
    unsigned char pad[SHA256_CBLOCK];
    for (size_t i = 0; i < SHA256_CBLOCK; i++) pad[i] = block[i] ^ 0x36;
    SHA256_Init(&context);
    SHA256_Update(&context, pad, SHA256_CBLOCK);
    SHA256_Update(&context, data, length);
    SHA256_Final(digest, &context);
    for (size_t i = 0; i < SHA256_CBLOCK; i++) pad[i] = block[i] ^ 0x5c;
    SHA256_Init(&context);
    SHA256_Update(&context, pad, SHA256_CBLOCK);
    SHA256_Update(&context, digest, SHA256_DIGEST_LENGTH);
    SHA256_Final(digest, &context);
    OPENSSL_cleanse(block, sizeof block);
    OPENSSL_cleanse(pad, sizeof pad);
    OPENSSL_cleanse(&context, sizeof context);
}
