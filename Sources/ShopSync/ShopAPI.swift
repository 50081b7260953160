import LoyaltyCore
import LoyaltyStore

/// One page the shop answered: the items on it, read as the import reads them, and the request
/// that comes next.
struct ShopPage {
    /// The orders, or the customers, read by the imports' parsers.
    var orders = ParsedImport()
    var customers = ParsedCustomers(format: .woocommerce)
    /// How many items the page held.
    var count = 0
    /// Where the sync goes on after this page.
    var next: SyncPosition
    /// True when this was the last page: `next` is where the next sync starts.
    var done: Bool
    /// How many items are still to read after this page, when the shop says.
    var remaining: Int?
}

/// A shop platform's REST API, as far as a sync needs it: the request for a position, and what the
/// answer to it holds.
protocol ShopAPI {
    /// The resources this platform's sync reads, in order.
    var resources: [SyncResource] { get }
    /// The request for the page at `position` of `resource`.
    func request(_ resource: SyncResource, at position: SyncPosition) throws -> HTTPRequest
    /// The page a 2xx `response` to that request holds; `currency` is the programme's, `name` names
    /// the page in problems. Throws `LoyaltyError.shop(.unexpectedAnswer)` when it is not what the
    /// API documents.
    func page(_ response: HTTPResponse, _ resource: SyncResource, at position: SyncPosition, currency: Currency, name: String) throws -> ShopPage
}
