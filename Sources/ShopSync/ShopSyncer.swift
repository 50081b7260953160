import Foundation
import LoyaltyCore
import LoyaltyStore

/// What a sync read and changed.
public struct SyncReport: Sendable, Equatable {
    /// The orders applied, page after page.
    public var orders = ImportSummary()
    /// The customers applied (nil when the platform's customers are not read).
    public var customers: CustomerImportSummary?
    /// Pages read.
    public var pages = 0

    public init() {}
}

/// `loyalty sync`: reads what changed in the connected shop since the last sync, page by page
/// (`WooCommerceAPI`, `ShopifyAPI`), and applies each page through the import's path together with
/// the position after it (`Store.applySyncedOrders`): a sync stopped at any moment, killed even,
/// and run again reads from the first page it had not applied, so nothing is missed and nothing
/// counted twice.
///
/// Answers 429 and 5xx, and no answer at all, are asked again after a wait (`ShopRequests`,
/// `RetryPolicy`, honouring `Retry-After`); 401 and 403 stop at once (the key was revoked). Whatever stops a sync is kept as
/// the connection's last error; a sync that read everything notes the connection's last sync and
/// forgets the last error.
public struct ShopSyncer {
    let store: Store
    let client: HTTPClient
    let retry: RetryPolicy
    let signupPoints: SignupPoints

    /// A sync of `store`'s connected shop; customers who become members get the sign-up points or not (`signupPoints`).
    public init(store: Store, client: HTTPClient = HTTPClient(), retry: RetryPolicy = RetryPolicy(), signupPoints: SignupPoints = .skip) {
        self.store = store
        self.client = client
        self.retry = retry
        self.signupPoints = signupPoints
    }

    /// Reads and applies everything changed since the last sync. `progress` hears after each page
    /// what is being read, how many items so far, and how many remain when the shop says.
    public func run(progress: (SyncResource, _ read: Int, _ remaining: Int?) -> Void = { _, _, _ in }) throws -> SyncReport {
        do {
            return try sync(progress)
        } catch {
            try? store.recordSyncFailure(Self.reason(error))
            throw error
        }
    }

    /// Why a sync stopped, as the connection's last error keeps it.
    public static func reason(_ error: Error) -> String {
        switch error {
        case let refused as ImportRefused: return refused.problems.prefix(3).map(\.description).joined(separator: "; ")
        case let error as LoyaltyError: return error.sentence.english
        default: return "\(error)"
        }
    }

    private func sync(_ progress: (SyncResource, Int, Int?) -> Void) throws -> SyncReport {
        guard let connection = try store.shopConnection() else { throw LoyaltyError.shop(.notConnected) }
        let credentials = try store.shopCredentials()
        let api: ShopAPI = switch connection.platform {
        case .woocommerce: WooCommerceAPI(connection: connection, credentials: credentials)
        case .shopify: ShopifyAPI(connection: connection, credentials: credentials)
        }
        let currency = try store.program().currency
        let shop = ShopRequests(title: connection.title, client: client, retry: retry)
        var report = SyncReport()
        for resource in api.resources {
            var position = try store.syncPosition(resource)
            var (read, pageNumber, restarted) = (0, 0, false)
            while true {
                let response: HTTPResponse
                do {
                    response = try shop.send(api.request(resource, at: position))
                } catch LoyaltyError.shop(.unexpectedAnswer(_, let status, _)) where (400..<500).contains(status) && position.nextURL != nil && !restarted {
                    // A cursor kept from a sync stopped long ago may have expired: start that run again.
                    (position, restarted) = (SyncPosition(since: position.since), true)
                    continue
                }
                pageNumber += 1
                let name = "\(connection.title) \(resource.rawValue), page \(pageNumber)"
                let page = try api.page(response, resource, at: position, currency: currency, name: name)
                guard page.done || page.next != position else {
                    throw LoyaltyError.shop(.unexpectedAnswer(title: connection.title, status: response.status, detail: "its next page is the same page"))
                }
                switch resource {
                case .orders:
                    report.orders.add(try store.applySyncedOrders(page.orders, page: name, next: page.next))
                case .customers:
                    let summary = try store.applySyncedCustomers(page.customers, page: name, signupPoints: signupPoints, next: page.next)
                    report.customers = report.customers.map { $0.adding(summary) } ?? summary
                }
                report.pages += 1
                read += page.count
                progress(resource, read, page.remaining)
                position = page.next
                if page.done { break }
            }
        }
        try store.finishSync()
        return report
    }
}

extension ImportSummary {
    /// Adds what another page of the same sync changed.
    mutating func add(_ other: ImportSummary) {
        rows += other.rows
        earned += other.earned
        points += other.points
        notAwarded += other.notAwarded
        reversals += other.reversals
        pointsReversed += other.pointsReversed
        pointsReturned += other.pointsReturned
        duplicates += other.duplicates
        unknownOrders += other.unknownOrders
        visitorsCreated += other.visitorsCreated
        phonesFilled += other.phonesFilled
        couponsUsed += other.couponsUsed
        passedOver += other.passedOver
        changed += other.changed
    }
}

extension CustomerImportSummary {
    /// This and what another page of the same sync changed.
    func adding(_ other: CustomerImportSummary) -> CustomerImportSummary {
        var sum = self
        sum.rows += other.rows
        sum.created += other.created
        sum.joined += other.joined
        sum.linked += other.linked
        sum.updated += other.updated
        sum.unchanged += other.unchanged
        sum.signupsAwarded += other.signupsAwarded
        sum.signupPointsAwarded += other.signupPointsAwarded
        sum.passedOver += other.passedOver
        sum.erased += other.erased
        return sum
    }
}
