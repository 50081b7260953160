import Foundation
import LoyaltyStore
import LoyaltyText

/// `loyalty webhook`: the connected shop's order webhooks, received as a CGI program run by a web server.
enum WebhookCommand {
    static let name = "webhook"

    static var command: Command {
        Command(name: name, summary: "receive the connected shop's order webhooks (a CGI program your web server runs)",
                details: """
                    A CGI program (RFC 3875): the web server runs it for each delivery with the
                    request's method, length and headers in the environment and the body on
                    standard input; it answers on standard output. It finds the database in
                    $LOYALTY_DB, set in the server's configuration, and must run as the OS account
                    that connected the shop (its credentials are readable by that account only).

                    Each order is applied as `loyalty import` applies it: exactly once, refunds and
                    cancellations included, dated by the order's own moments. Answers: 200 applied
                    (or already applied, or not about an order, or WooCommerce's ping), 401 missing
                    or wrong signature, 413 body over 1 MiB, 400 a body it cannot read, 503 no
                    shop connected or the database busy (the shop delivers again). Each refusal is
                    written to standard error, which the server keeps in its error log; nothing is
                    applied. A 401 is also kept as the connection's last error (`shop status`),
                    without the signature. An order that used a Loyalty coupon marks it used. Signatures: X-WC-Webhook-Signature (WooCommerce) or
                    X-Shopify-Hmac-Sha256 (Shopify), the base64 HMAC-SHA256 of the body.
                    """,
                examples: ["setenv.add-environment = (\"LOYALTY_DB\" => \"/srv/shop/loyalty.db\")  # lighttpd"]) { invocation in
            respond(environment: ProcessInfo.processInfo.environment, databasePath: invocation.databasePath) { invocation.words }
        }
    }

    /// Answers the delivery on standard input, on standard output.
    private static func respond(environment: [String: String], databasePath: String, words: @escaping () -> Localizer) {
        WebhookRequest(environment: environment, databasePath: databasePath, words: words).respond(reading: FileHandle.standardInput).write()
    }

    /// Answers the delivery when the command line is `loyalty webhook` and nothing more, as a web
    /// server runs it, once per delivery; returns false, having done nothing, for any other.
    ///
    /// It is the command's own action without building the command tree; the operator's language
    /// (for the error log's lines) is chosen only when a delivery is refused. With `$LOYALTY_CATALOG` set it leaves the run to the usual way, which complains
    /// when that file cannot be read.
    static func answeredAlone(_ arguments: [String]) -> Bool {
        let environment = ProcessInfo.processInfo.environment
        guard arguments == [name], (environment["LOYALTY_CATALOG"] ?? "").isEmpty else { return false }
        respond(environment: environment, databasePath: Store.defaultPath(environment: environment)) {
            (try? OperatorLanguage.words(for: arguments, root: CommandTree.root, environment: environment)) ?? .english
        }
        return true
    }
}
