import Foundation
import LoyaltyCore
import LoyaltyStore
import LoyaltyText

/// One request to `loyalty webhook`, run by a web server as a CGI program: the method, the body's
/// length and the shop's headers from the environment (`REQUEST_METHOD`, `CONTENT_LENGTH`,
/// `HTTP_X_WC_WEBHOOK_SIGNATURE`, …), the body from standard input. Answers 200 once the order is
/// applied (or was already), 401 to a missing or wrong signature, 413 to a body over
/// `maximumBodyBytes`, 400 to one it cannot read, 503 when no shop is connected or the database is
/// busy (the shop delivers again later); every refusal is written to standard error, which the web
/// server keeps in its error log, and nothing is applied. The answer's body is English, for the
/// shop's delivery log; the error log's lines are in the operator's language (`--lang`, or the
/// locale the web server runs it in).
struct WebhookRequest {
    /// The largest body accepted: 1 MiB, the most one order may take in an import
    /// (`ImportReader.maximumRecordBytes`); a shop's order is a few kilobytes.
    static let maximumBodyBytes = ImportReader.maximumRecordBytes

    /// Why a delivery was refused, worded in the language it is given: English for the shop's
    /// answer, the operator's for the error log.
    typealias Why = (Localizer) -> String

    let environment: [String: String]
    let databasePath: String
    /// The operator's language, for the lines of the error log: chosen only when a delivery is
    /// refused, so an applied one reads no catalog.
    let words: () -> Localizer

    /// Reads the body from `input` and answers.
    func respond(reading input: FileHandle) -> CGIResponse {
        guard environment["REQUEST_METHOD"]?.uppercased() == "POST" else {
            let method = environment["REQUEST_METHOD"]
            var response = refuse(405, "Method Not Allowed") { words in
                method.map { words.text("a shop's webhook is delivered with POST; this was {method}", ["method": .text($0)]) }
                    ?? words.text("a shop's webhook is delivered with POST; this had no method")
            }
            response.headers = [("Allow", "POST")]
            return response
        }
        guard let lengthText = environment["CONTENT_LENGTH"], !lengthText.isEmpty else {
            return refuse(411, "Length Required") { words in words.text("the request has no CONTENT_LENGTH: a webhook's body must say its length") }
        }
        guard let length = Int(lengthText), length >= 0 else {
            return refuse(400, "Bad Request") { words in
                words.text("CONTENT_LENGTH \"{value}\" is not a length in bytes", ["value": .text(String(lengthText.prefix(20)))])
            }
        }
        guard length <= Self.maximumBodyBytes else {
            return refuse(413, "Content Too Large") { words in
                words.text("the body is {length} bytes; an order may take at most {most} (1 MiB)",
                           ["length": .integer(Int64(length)), "most": .integer(Int64(Self.maximumBodyBytes))])
            }
        }
        let body = [UInt8]((try? input.read(upToCount: length)) ?? Data())
        guard body.count == length else {
            return refuse(400, "Bad Request") { words in
                words.text("the body ended after {read} of its {length} bytes", ["read": .integer(Int64(body.count)), "length": .integer(Int64(length))])
            }
        }
        return respond(to: body)
    }

    private func respond(to body: [UInt8]) -> CGIResponse {
        let credentials: ShopCredentials
        do {
            credentials = try ShopCredentials.stored(ShopCredentialsFile.readPrivate(ShopCredentialsFile.path(besideDatabase: databasePath)),
                                                     source: ShopCredentialsFile.path(besideDatabase: databasePath))
        } catch let error as LoyaltyError {
            return refuse(503, "Service Unavailable") { [databasePath] words in
                words.text("no shop is connected to {path} ({reason}); an owner connects one with `loyalty shop connect`",
                           ["path": .text(databasePath), "reason": .text(words.words(error.sentence))])
            }
        } catch {
            return refuse(503, "Service Unavailable") { _ in "\(error)" }
        }
        let headers = WebhookHeaders(platform: credentials.platform, environment: environment)
        if credentials.platform == .woocommerce, headers.topic == nil, WebhookHeaders.isWooCommercePing(body) {
            return .ok("pong: Loyalty receives this shop's webhooks")
        }
        guard let signature = headers.signature else {
            return unauthorized(headers) { words in
                words.text("{header} is missing: only the shop's signed deliveries are applied", ["header": .text(headers.signatureHeader)])
            }
        }
        guard WebhookSignature.isValid(signature, body: body, secret: credentials.webhookSecret) else {
            return unauthorized(headers) { words in
                words.text("{header} does not match the body: check the webhook's secret in the shop and in `loyalty shop connect`",
                           ["header": .text(headers.signatureHeader)])
            }
        }
        guard let topic = headers.topic else {
            return refuse(400, "Bad Request", headers) { words in
                words.text("{header} is missing: it says what the delivery is about", ["header": .text(headers.topicHeader)])
            }
        }
        guard headers.isOrder else { return .ok("nothing to do for topic \(topic)") }
        if headers.deliveryIDProblem(.english) != nil {
            return refuse(400, "Bad Request", headers) { words in headers.deliveryIDProblem(words) ?? "" }
        }
        return apply(WebhookOrder(platform: credentials.platform, topic: topic, deliveryID: headers.deliveryID, body: body), headers)
    }

    private func apply(_ order: WebhookOrder, _ headers: WebhookHeaders) -> CGIResponse {
        do {
            let store = try Store(path: databasePath, create: false)
            try store.expectManyShortWriters()
            switch try store.receiveWebhookOrder(order) {
            case .applied(let summary):
                for change in summary.changed {
                    let operatorWords = words()
                    Console.error("loyalty webhook: 200 OK [\(headers.description(operatorWords))]: "
                                  + operatorWords.text("changed in the shop after it earned (the earlier result stands): {order}", ["order": .text(change)]))
                }
                return .ok(Self.describe(summary))
            case .repeated: return .ok("already received: nothing changed")
            case .refused(let problems):
                // A bad row's reason is the import parser's, as the import commands show it.
                return refuse(400, "Bad Request", headers) { _ in problems.prefix(5).map(\.description).joined(separator: "\n") }
            }
        } catch let error as SQLiteError where error.isBusy {
            var response = refuse(503, "Service Unavailable", headers) { words in words.text("the database is busy; deliver again") }
            response.headers = [("Retry-After", "5")]
            return response
        } catch let error as LoyaltyError {
            return refuse(500, "Internal Server Error", headers) { words in CommandHints.wording(error, words) }
        } catch let error as SQLiteError {
            return refuse(500, "Internal Server Error", headers) { words in CommandHints.wording(error, words) }
        } catch {
            return refuse(500, "Internal Server Error", headers) { _ in "\(error)" }
        }
    }

    /// A 401, also kept as the connection's last error so that `shop status` and the dashboard show
    /// it (a wrong secret in the shop is otherwise only in the server's log): the reason and the
    /// delivery's topic and id, never the body, the signature or a secret. It is kept in English, as
    /// the other errors of the connection are.
    private func unauthorized(_ headers: WebhookHeaders, _ why: @escaping Why) -> CGIResponse {
        if let store = try? Store(path: databasePath, create: false) {
            try? store.recordShopError("refused a delivery (\(headers.description(.english))): \(why(.english))")
        }
        return refuse(401, "Unauthorized", headers, why)
    }

    /// The refusal's response, its body in English for the shop, also written to standard error
    /// (the web server's error log) in the operator's language with the delivery it refused; never
    /// the body or a signature.
    private func refuse(_ status: Int, _ reason: String, _ headers: WebhookHeaders? = nil, _ why: Why) -> CGIResponse {
        let operatorWords = words()
        let delivery = headers.map { " [\($0.description(operatorWords))]" } ?? ""
        Console.error("loyalty webhook: \(status) \(reason)\(delivery): \(why(operatorWords))")
        return CGIResponse(status: status, reason: reason, body: why(.english))
    }

    private static func describe(_ summary: ImportSummary) -> String {
        var parts: [String] = []
        if summary.earned > 0 { parts.append("earned \(summary.points) points") }
        if summary.notAwarded > 0 { parts.append("recorded without points") }
        if summary.reversals > 0 { parts.append("took back \(summary.pointsReversed) points") }
        if summary.duplicates > 0 { parts.append("already applied: nothing changed") }
        if summary.unknownOrders > 0 { parts.append("an order the programme never recorded: nothing to take back") }
        if summary.passedOver > 0 { parts.append("not paid yet: nothing to do") }
        if !summary.changed.isEmpty { parts.append("the order changed after it earned; the earlier result stands") }
        return "applied: " + (parts.isEmpty ? "nothing to do" : parts.joined(separator: "; "))
    }
}
