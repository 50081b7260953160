import Foundation
import LoyaltyCore
import LoyaltyStore

/// Shopify's Admin REST API, version 2024-10, with the custom app's access token in the
/// `X-Shopify-Access-Token` header.
///
/// Why 2024-10: it is the version the rest of Loyalty reads (the orders' JSON of `ShopifyOrderJSON`
/// and the webhooks' payloads are those of 2024-10), and REST resources are frozen per version, so
/// a later Shopify release cannot change what a sync reads. Shopify keeps a version for at least a
/// year after the next one; moving on is changing `version` and running the tests.
///
/// Orders: `GET /admin/api/2024-10/orders.json?status=any&limit=250&updated_at_min=T`, then each
/// next page at the address the answer's `Link: <…page_info=…>; rel="next"` header gives (cursor
/// paging: a page_info carries the query and may not be combined with it). A cursor is stable while
/// orders change, so a run reads every order that matched when it began; the next run asks for
/// what changed since that run began (by the shop's own clock, its `Date` header, less five
/// minutes: orders read twice change nothing, every order is keyed). Customers the same way:
/// `GET /admin/api/2024-10/customers.json?limit=250&updated_at_min=T`.
struct ShopifyAPI: ShopAPI {
    static let version = "2024-10"
    static let limit = 250
    /// "https://zoes-cafe.myshopify.com" (or a stand-in on this machine, for tests).
    let store: String
    let title: String
    let token: String

    init(connection: ShopConnection, credentials: ShopCredentials) {
        store = connection.address.hasPrefix("http") ? connection.address : "https://\(connection.address)"
        title = connection.title
        token = credentials.values["access_token"] ?? ""
    }

    var resources: [SyncResource] { [.orders, .customers] }

    private func path(_ resource: SyncResource) -> String { "\(store)/admin/api/\(Self.version)/\(resource.rawValue).json" }

    func request(_ resource: SyncResource, at position: SyncPosition) throws -> HTTPRequest {
        let status = resource == .orders ? [("status", "any")] : []
        var url = path(resource) + "?" + ShopQuery.encode(status + [("limit", "\(Self.limit)")] + (position.since.map { [("updated_at_min", $0)] } ?? []))
        if let next = position.nextURL {
            // The token goes only to the store it belongs to, whatever a Link header says.
            guard next.hasPrefix(path(resource) + "?") else {
                throw LoyaltyError.shop(.unexpectedAnswer(title: title, status: 200, detail: "its next page is not at \(path(resource))"))
            }
            url = next
        }
        return HTTPRequest(url: url, headers: [HTTPHeader("X-Shopify-Access-Token", token), HTTPHeader("Accept", "application/json")])
    }

    func page(_ response: HTTPResponse, _ resource: SyncResource, at position: SyncPosition, currency: Currency, name: String) throws -> ShopPage {
        guard let document = try? JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any],
              let items = document[resource.rawValue] as? [[String: Any]] else {
            throw LoyaltyError.shop(.unexpectedAnswer(title: title, status: response.status, detail: "the answer is not {\"\(resource.rawValue)\": […]}"))
        }
        var page = ShopPage(count: items.count, next: SyncPosition(), done: true)
        page.orders.importedAt = Date()
        page.customers = ParsedCustomers(format: .shopify)
        for (index, item) in items.enumerated() {
            let bytes = (try? JSONSerialization.data(withJSONObject: item)).map { [UInt8]($0) } ?? []
            switch resource {
            case .orders: ShopifyOrderJSON.read(bytes[...], file: "\(name), order \(index + 1)", currency: currency, into: &page.orders)
            case .customers: ShopifyCustomerJSON.read(bytes[...], file: name, line: index + 1, into: &page.customers)
            }
        }
        let runSince = position.nextURL == nil ? Self.runStart(response) : (position.runSince ?? position.since)
        if let next = Self.nextLink(response.header("Link")) {
            page.next = SyncPosition(since: position.since, nextURL: next, runSince: runSince)
            page.done = false
        } else {
            page.next = SyncPosition(since: runSince)
            page.remaining = 0
        }
        return page
    }

    /// Where the run after this one starts: the shop's clock when this run began, less five minutes.
    static func runStart(_ response: HTTPResponse, now: Date = Date()) -> String {
        let http = DateFormatter()
        http.locale = Locale(identifier: "en_US_POSIX")
        http.timeZone = TimeZone(identifier: "GMT")
        http.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        let shopNow = response.header("Date").flatMap(http.date(from:)) ?? now
        let iso = DateFormatter()
        iso.locale = Locale(identifier: "en_US_POSIX")
        iso.timeZone = TimeZone(identifier: "UTC")
        iso.dateFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'"
        return iso.string(from: shopNow.addingTimeInterval(-300))
    }

    /// The address of `rel="next"` in a `Link` header (`<…>; rel="previous", <…>; rel="next"`).
    static func nextLink(_ header: String?) -> String? {
        guard let header else { return nil }
        for part in header.split(separator: ",") {
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let target = pieces.first, target.hasPrefix("<"), target.hasSuffix(">"),
                  pieces.dropFirst().contains(where: { $0.replacingOccurrences(of: " ", with: "") == "rel=\"next\"" }) else { continue }
            return String(target.dropFirst().dropLast())
        }
        return nil
    }
}
