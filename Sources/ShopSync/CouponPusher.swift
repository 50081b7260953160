import Foundation
import LoyaltyCore
import LoyaltyStore

/// What a push of coupons to the shop did.
public struct CouponPushReport: Sendable, Equatable {
    /// Coupons now in the shop (created, or found there already).
    public var created = 0
    /// Coupons now gone from the shop (removed, or found gone already).
    public var removed = 0
    /// Pushes that failed this time; each is tried again later (`Store.recordPushFailure`).
    public var failed = 0

    public init() {}
}

/// Pushes coupons to the connected shop (`loyalty sync` runs it after reading): every coupon issued
/// here since is created there, and every voided or expired one removed, each exactly once
/// (`Store.queueCouponPushes`, the outbox `shop_coupon_pushes`).
///
/// Exactly once, even when stopped between the shop's answer and the commit that records it: a
/// creation the shop refuses because the code exists (WooCommerce), or finds by the code first
/// (Shopify's lookups, which find a price rule whose answer was lost too), counts as done; a removal finds the coupon by its code when its id was never
/// recorded, and counts a coupon already gone as removed. 429, 5xx and no answer are asked again as
/// the sync does (`ShopRequests`); what still fails waits for a later sync (1 minute, doubling, at
/// most an hour), its reason kept as the connection's last error. 401 and 403 stop the push.
public struct CouponPusher {
    let store: Store
    let client: HTTPClient
    let retry: RetryPolicy

    public init(store: Store, client: HTTPClient = HTTPClient(), retry: RetryPolicy = RetryPolicy()) {
        self.store = store
        self.client = client
        self.retry = retry
    }

    /// Queues what is owed and pushes what is due now. What stops it (the key refused, the shop out
    /// of reach) is kept as the connection's last error; pushes not recorded as done are asked again
    /// next time, as exactly once as ever.
    public func run() throws -> CouponPushReport {
        do {
            return try push()
        } catch {
            try? store.recordShopError("coupons not pushed: " + ShopSyncer.reason(error))
            throw error
        }
    }

    private func push() throws -> CouponPushReport {
        guard let connection = try store.shopConnection() else { throw LoyaltyError.shop(.notConnected) }
        try store.queueCouponPushes()
        let credentials = try store.shopCredentials()
        let currency = try store.program().currency
        let shop: CouponShop = switch connection.platform {
        case .woocommerce: WooCommerceCoupons(connection: connection, credentials: credentials, currency: currency)
        case .shopify: ShopifyCoupons(connection: connection, credentials: credentials, currency: currency)
        }
        let requests = ShopRequests(title: connection.title, client: client, retry: retry)
        var report = CouponPushReport()
        var seen = Set<String>()
        while true {
            let due = try store.duePushes().filter { seen.insert("\($0.coupon.id) \($0.action)").inserted }
            if due.isEmpty { return report }
            let outcomes = try shop.push(due, requests: requests) { push, ref in try store.recordPushProgress(push, shopRef: ref) }
            for (push, outcome) in outcomes {
                switch outcome {
                case .done(let ref):
                    try store.recordPushDone(push, shopRef: ref)
                    if push.action == .create { report.created += 1 } else { report.removed += 1 }
                case .failed(let reason):
                    try store.recordPushFailure(push, reason: reason)
                    report.failed += 1
                }
            }
        }
    }
}

/// What became of one push.
enum PushOutcome {
    /// Done; the shop's id of the coupon when known.
    case done(String?)
    /// Not done; tried again later (the shop failed, or cannot take it yet).
    case failed(String)
}

/// A shop's coupon API, as far as the pushes need it.
protocol CouponShop {
    /// Pushes `pushes`, answering for each (in any order); `requests.answer` asks the shop with
    /// retries, and `progress` keeps at once an id the shop gave halfway through a push (Shopify's
    /// price rule).
    func push(_ pushes: [CouponPush], requests: ShopRequests,
              progress: (CouponPush, String) throws -> Void) throws -> [(CouponPush, PushOutcome)]
}

extension HTTPResponse {
    /// The body read as JSON, or nil.
    var json: Any? { try? JSONSerialization.jsonObject(with: Data(body)) }

    /// Why the shop said no, in a few words of its own: "400: The coupon code already exists".
    var refusal: String {
        let said = String(decoding: body.prefix(300), as: UTF8.self).unicodeScalars
            .map { $0.properties.generalCategory == .control ? " " : String($0) }.joined()
        return "the shop answered \(status)" + (said.isEmpty ? "" : ": \(said)")
    }
}
