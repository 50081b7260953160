import Foundation
import LoyaltyCore
import LoyaltyStore

/// WooCommerce's REST API v3 (`/wp-json/wc/v3`), with the consumer key and secret as HTTP Basic
/// credentials (over HTTPS only, as WooCommerce itself requires).
///
/// Orders: `GET /orders?orderby=modified&order=asc&dates_are_gmt=true&modified_after=T&per_page=100&page=N`.
/// Page numbers shift when an order changes during a sync (it moves to the end), so the position
/// moves by date wherever it can: after a full page, the next request asks for what changed after
/// the page's last `date_modified_gmt` less a second (`modified_after` is strict, and orders
/// changed within that second are read again, which changes nothing: every order is keyed). Only
/// when a whole page changed within one second does the position move by page number instead. A
/// sync ends at the last page (`X-WP-TotalPages`); the next one starts after its last order.
///
/// Customers: `GET /customers?orderby=id&order=asc&per_page=100&offset=N` (WooCommerce has no
/// modified-since filter for customers): in the order they registered, each sync from the first
/// customer it has not read (the position's `page` is that customer's place, from 1), so a sync
/// with nothing new reads an empty page and no customer twice. Fewer customers than were read
/// (`X-WP-Total`: some were deleted, and places moved back) read them all again from the first,
/// which changes nothing for those already read. One case goes unseen: as many customers deleted
/// as registered between two syncs; those new customers become members with their first order.
struct WooCommerceAPI: ShopAPI {
    static let perPage = 100
    /// "https://shop.example", without a trailing slash.
    let site: String
    let title: String
    /// The `Authorization` header's value: `Basic base64(key:secret)`.
    let authorization: String

    init(connection: ShopConnection, credentials: ShopCredentials) {
        site = connection.address
        title = connection.title
        let pair = "\(credentials.values["consumer_key"] ?? ""):\(credentials.values["consumer_secret"] ?? "")"
        authorization = "Basic " + Data(pair.utf8).base64EncodedString()
    }

    var resources: [SyncResource] { [.orders, .customers] }

    func request(_ resource: SyncResource, at position: SyncPosition) throws -> HTTPRequest {
        var query: [(String, String)]
        switch resource {
        case .orders:
            query = [("orderby", "modified"), ("order", "asc"), ("dates_are_gmt", "true")]
            if let since = position.since { query.append(("modified_after", since)) }
        case .customers:
            query = [("orderby", "id"), ("order", "asc"), ("per_page", "\(Self.perPage)"), ("offset", "\(max(0, position.page - 1))")]
            return HTTPRequest(url: "\(site)/wp-json/wc/v3/\(resource.rawValue)?" + ShopQuery.encode(query), headers: headers)
        }
        query += [("per_page", "\(Self.perPage)"), ("page", "\(position.page)")]
        return HTTPRequest(url: "\(site)/wp-json/wc/v3/\(resource.rawValue)?" + ShopQuery.encode(query), headers: headers)
    }

    private var headers: [HTTPHeader] { [HTTPHeader("Authorization", authorization), HTTPHeader("Accept", "application/json")] }

    func page(_ response: HTTPResponse, _ resource: SyncResource, at position: SyncPosition, currency: Currency, name: String) throws -> ShopPage {
        guard let items = try? JSONSerialization.jsonObject(with: Data(response.body)) as? [[String: Any]] else {
            throw unexpected(response, "the answer is not a JSON array of \(resource.rawValue)")
        }
        let total = response.header("X-WP-Total").flatMap { Int($0) }
        switch resource {
        case .customers:
            let offset = max(0, position.page - 1)
            if items.isEmpty, let total, total < offset {   // customers deleted since: read them all again
                return ShopPage(count: 0, next: SyncPosition(page: 1), done: false, remaining: total)
            }
            let read = offset + items.count
            let isLast = items.count < Self.perPage || total.map { read >= $0 } ?? false
            return ShopPage(customers: ParsedCustomers.read(response.body, file: name), count: items.count, next: SyncPosition(page: read + 1),
                            done: isLast, remaining: total.map { max(0, $0 - read) })
        case .orders:
            let pages = response.header("X-WP-TotalPages").flatMap { Int($0) }
            let isLast = items.isEmpty || pages.map { position.page >= $0 } ?? true
            let remaining = total.map { max(0, $0 - position.page * Self.perPage) }
            var reader = ImportReader(format: .woocommerce, file: name, currency: currency, importedAt: Date())
            var parsed = ParsedImport()
            _ = reader.read(response.body[...], atEnd: true, into: &parsed)
            var next = SyncPosition(since: position.since, page: position.page + 1)
            if let last = items.compactMap({ $0["date_modified_gmt"] as? String }).max() {
                guard let before = Self.secondBefore(last) else { throw unexpected(response, "date_modified_gmt \"\(last.prefix(40))\" is not a date") }
                if isLast || before > (position.since ?? "") { next = SyncPosition(since: before, page: 1) }
            }
            if isLast, next.page != 1 { next = SyncPosition(since: position.since, page: 1) }
            return ShopPage(orders: parsed, count: items.count, next: next, done: isLast, remaining: isLast ? 0 : remaining)
        }
    }

    private func unexpected(_ response: HTTPResponse, _ why: String) -> LoyaltyError {
        .shop(.unexpectedAnswer(title: title, status: response.status, detail: why))
    }

    /// The second before `text` ("2026-03-01T08:00:07" → "2026-03-01T08:00:06"), as WooCommerce writes
    /// its GMT dates; nil when `text` is not one.
    static func secondBefore(_ text: String) -> String? {
        let format = DateFormatter()
        format.locale = Locale(identifier: "en_US_POSIX")
        format.timeZone = TimeZone(identifier: "UTC")
        format.dateFormat = "yyyy-MM-dd'T'HH:mm:ss"
        return format.date(from: String(text.prefix(19))).map { format.string(from: $0.addingTimeInterval(-1)) }
    }
}

/// A URL query from names and values, each percent-encoded.
enum ShopQuery {
    static func encode(_ pairs: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return pairs.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&")
    }
}
