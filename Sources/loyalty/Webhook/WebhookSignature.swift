import CCrypto
import Foundation

/// The signature shops put on their webhooks: the base64 of the HMAC-SHA256 of the raw body under
/// the webhook's secret (WooCommerce's `X-WC-Webhook-Signature`, Shopify's `X-Shopify-Hmac-Sha256`),
/// computed and compared with the system's OpenSSL.
enum WebhookSignature {
    /// The base64 of HMAC-SHA256(`secret`, `body`).
    static func expected(body: [UInt8], secret: [UInt8]) -> String {
        var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
        loyalty_hmac_sha256(secret, secret.count, body, body.count, &digest)
        return Data(digest).base64EncodedString()
    }

    /// Whether `signature` (the header's value, spaces around it ignored) is the body's under
    /// `secret`. The comparison takes the same time wherever the two differ (`CRYPTO_memcmp`), so
    /// the time of an answer tells nothing of the right signature.
    static func isValid(_ signature: String, body: [UInt8], secret: [UInt8]) -> Bool {
        let given = Array(signature.trimmingCharacters(in: .whitespaces).utf8)
        let wanted = Array(expected(body: body, secret: secret).utf8)
        guard given.count == wanted.count else { return false }
        return CRYPTO_memcmp(given, wanted, wanted.count) == 0
    }
}
