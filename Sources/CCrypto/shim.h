// OpenSSL's libcrypto for Swift: HMAC-SHA256 of a webhook's body and a constant-time comparison.
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
