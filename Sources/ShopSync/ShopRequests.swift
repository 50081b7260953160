import Foundation
import LoyaltyCore

/// The connected shop's API asked as `loyalty sync` asks it (and as anything that pushes to the
/// shop should): through `HTTPClient`, returning 2xx answers; asking again after 429, 5xx and no
/// answer at all, waiting as `RetryPolicy` says (the shop's `Retry-After` first); and throwing, as
/// `LoyaltyError.shop`, `credentialsRefused` at once on 401/403, `shopUnavailable` or
/// `shopUnreachable` when the tries are spent, `cannotAskShop` for a request that cannot be sent
/// (plain http:// elsewhere), and `unexpectedAnswer` (with the start of its body) for any other status.
public struct ShopRequests: Sendable {
    /// The shop's title, as refusals name it ("WooCommerce https://shop.example").
    public let title: String
    public let client: HTTPClient
    public let retry: RetryPolicy

    public init(title: String, client: HTTPClient = HTTPClient(), retry: RetryPolicy = RetryPolicy()) {
        self.title = title
        self.client = client
        self.retry = retry
    }

    /// The shop's 2xx answer to `request`, asking again after 429, 5xx and no answer.
    public func send(_ request: HTTPRequest) throws -> HTTPResponse {
        let response = try answer(request)
        if response.succeeded { return response }
        if RetryPolicy.isTransient(response.status) {
            throw LoyaltyError.shop(.shopUnavailable(title: title, status: response.status, attempts: retry.attempts))
        }
        let said = String(decoding: response.body.prefix(200), as: UTF8.self).unicodeScalars
            .map { $0.properties.generalCategory == .control ? " " : String($0) }.joined()
        throw LoyaltyError.shop(.unexpectedAnswer(title: title, status: response.status, detail: said.isEmpty ? "(no body)" : said))
    }

    /// The shop's answer to `request` whatever its status, for callers that read a refusal (a
    /// coupon's code already taken, a lookup's 303 or 404): asked again after 429, 5xx and no
    /// answer, as `send` does, and the last answer returned when the tries are spent; 401 and 403
    /// still throw `credentialsRefused`.
    public func answer(_ request: HTTPRequest) throws -> HTTPResponse {
        var attempt = 1
        while true {
            var retryAfter: String?
            do {
                let response = try client.send(request)
                if response.status == 401 || response.status == 403 {
                    throw LoyaltyError.shop(.credentialsRefused(title: title, status: response.status))
                }
                guard RetryPolicy.isTransient(response.status), attempt < retry.attempts else { return response }
                retryAfter = response.header("Retry-After")
            } catch let error as HTTPClientError {
                switch error {
                case .notHTTPS, .badRequest: throw LoyaltyError.shop(.cannotAskShop(reason: error.description))
                case .responseTooLarge: throw LoyaltyError.shop(.shopUnreachable(reason: error.description))
                case .timedOut, .unreachable:
                    guard attempt < retry.attempts else { throw LoyaltyError.shop(.shopUnreachable(reason: error.description)) }
                }
            }
            Thread.sleep(forTimeInterval: retry.wait(after: attempt, retryAfter: retryAfter))
            attempt += 1
        }
    }
}
