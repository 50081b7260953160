import Foundation
import LoyaltyCore
import LoyaltyStore

/// Coupons pushed to Shopify's Admin REST API 2024-10, as its PriceRule and DiscountCode resources
/// document: a price rule for the member only (`ShopifyPriceRule`, `POST …/price_rules.json`) and
/// its one discount code (`POST …/price_rules/{id}/discount_codes.json`); a coupon is removed by
/// deleting its price rule (`DELETE …/price_rules/{id}.json`, which takes its codes along). Header
/// `X-Shopify-Access-Token`.
///
/// Exactly once: a code already in the shop is found by the code, a price rule an earlier try made
/// by its kept id or by its title and start (`ShopifyLookups`); a rule is asked for once per look,
/// so an answer lost on the way back never leaves a second rule.
///
/// What Shopify cannot take yet waits in the outbox, tried again by later syncs, its reason the
/// connection's last error in `shop status`: the coupon of a member who has no customer account
/// in the shop (Shopify gives a coupon to one customer only by that account's id; their first
/// order there makes one), and a free product or sale price whose SKU no variant of the shop has.
struct ShopifyCoupons: CouponShop {
    let store: String
    let title: String
    let token: String
    let currency: Currency
    private let known = Known()

    /// What this run already asked the shop: customers by e-mail, the variants by SKU.
    private final class Known {
        var customers: [String: Int64?] = [:]
        var variants: [String: ShopifyVariant]?
    }

    init(connection: ShopConnection, credentials: ShopCredentials, currency: Currency) {
        let api = ShopifyAPI(connection: connection, credentials: credentials)
        (store, title, token) = (api.store, api.title, api.token)
        self.currency = currency
    }

    private var api: String { "\(store)/admin/api/\(ShopifyAPI.version)" }
    private var headers: [HTTPHeader] {
        [HTTPHeader("X-Shopify-Access-Token", token), HTTPHeader("Accept", "application/json"), HTTPHeader("Content-Type", "application/json")]
    }

    func push(_ pushes: [CouponPush], requests: ShopRequests,
              progress: (CouponPush, String) throws -> Void) throws -> [(CouponPush, PushOutcome)] {
        let lookups = ShopifyLookups(api: api, title: title, headers: headers, requests: requests)
        return try pushes.map { push in
            (push, try push.action == .create ? create(push, lookups: lookups, progress: progress) : remove(push, lookups: lookups))
        }
    }

    private func create(_ push: CouponPush, lookups: ShopifyLookups, progress: (CouponPush, String) throws -> Void) throws -> PushOutcome {
        let coupon = push.coupon
        if let rule = try lookups.priceRule(holding: coupon.code) { return .done(rule) }   // created by an earlier try
        guard let customer = try customer(of: push, lookups: lookups) else {
            return .failed("\(push.email) has no customer account in the shop, and Shopify gives a coupon to one customer by their account: "
                           + "it is created once they have one (their first order makes it)")
        }
        var variant: ShopifyVariant?
        if coupon.discountType == "free_product" || coupon.discountType == "sale_price" {
            let sku = coupon.sku ?? ""
            if known.variants == nil { known.variants = try lookups.variantsBySKU(currency: currency) }
            guard let found = known.variants?[sku] else {
                return .failed("no product in the shop has SKU \(sku): give the product that SKU, and a later sync creates the coupon")
            }
            variant = found
        }
        guard let payload = ShopifyPriceRule.payload(coupon, customer: customer, variant: variant, currency: currency) else {
            let sale = Money(minorUnits: coupon.discountValue ?? 0, currency: currency).decimalString
            return .failed("the product with SKU \(coupon.sku ?? "") costs \(variant?.price.decimalString ?? "") in the shop, "
                           + "not more than the reward's price \(sale): nothing to take off")
        }
        let rule: String
        switch try priceRule(push, payload: payload, lookups: lookups, progress: progress) {
        case .success(let id): rule = id
        case .failure(let failure): return .failed(failure.reason)
        }
        let code = try CouponPayloads.json(["discount_code": ["code": coupon.code]])
        let response = try lookups.requests.answer(HTTPRequest(method: "POST", url: "\(api)/price_rules/\(rule)/discount_codes.json", headers: headers, body: code))
        if response.status == 201 { return .done(rule) }
        // Taken: an earlier try added it, and its answer was lost.
        if response.status == 422, let holder = try lookups.priceRule(holding: coupon.code) { return .done(holder) }
        return .failed(response.refusal)
    }

    /// Why a price rule was not made this time.
    private struct NotMade: Error { let reason: String }

    /// The coupon's price rule: the one kept from an earlier try, or found by its title and start,
    /// or a new one. Each creation is asked once, and looked for before it is asked again (429, 5xx
    /// or no answer), so a rule whose answer was lost is found, not made twice.
    private func priceRule(_ push: CouponPush, payload: [String: Any], lookups: ShopifyLookups,
                           progress: (CouponPush, String) throws -> Void) throws -> Result<String, NotMade> {
        if let kept = push.shopRef { return .success(kept) }
        let retry = lookups.requests.retry
        let once = ShopRequests(title: title, client: lookups.requests.client, retry: RetryPolicy(attempts: 1))
        let request = HTTPRequest(method: "POST", url: "\(api)/price_rules.json", headers: headers, body: try CouponPayloads.json(payload))
        var reason = "the shop did not answer"
        for attempt in 1...max(1, retry.attempts) {
            if let found = try lookups.priceRule(titled: ShopifyPriceRule.title(push.coupon), startingAt: ShopifyPriceRule.startsAt(push.coupon)) {
                try progress(push, found)
                return .success(found)
            }
            var retryAfter: String?
            do {
                let response = try once.answer(request)
                if response.status == 201, let id = ShopifyLookups.id(((response.json as? [String: Any])?["price_rule"] as? [String: Any])?["id"]) {
                    try progress(push, id)   // kept at once: a try stopped here adds the code to this rule
                    return .success(id)
                }
                guard RetryPolicy.isTransient(response.status) else { return .failure(NotMade(reason: response.refusal)) }
                (reason, retryAfter) = (response.refusal, response.header("Retry-After"))
            } catch LoyaltyError.shop(.shopUnreachable(let lost)) {
                reason = lost   // perhaps made, its answer lost: looked for before asking again
            }
            if attempt < retry.attempts { Thread.sleep(forTimeInterval: retry.wait(after: attempt, retryAfter: retryAfter)) }
        }
        return .failure(NotMade(reason: reason))
    }

    /// The member's customer id in the shop: the account a sync linked, or the one with their e-mail.
    private func customer(of push: CouponPush, lookups: ShopifyLookups) throws -> Int64? {
        if let linked = push.shopAccounts.lazy.compactMap({ $0.hasPrefix("shopify:") ? Int64($0.dropFirst(8)) : nil }).first { return linked }
        if let asked = known.customers[push.email.lowercased()] { return asked }
        let found = try lookups.customer(email: push.email)
        known.customers[push.email.lowercased()] = .some(found)
        return found
    }

    private func remove(_ push: CouponPush, lookups: ShopifyLookups) throws -> PushOutcome {
        // A rule whose code was never added is found by its title and start.
        guard let rule = try push.shopRef ?? lookups.priceRule(holding: push.coupon.code)
                ?? lookups.priceRule(titled: ShopifyPriceRule.title(push.coupon), startingAt: ShopifyPriceRule.startsAt(push.coupon)) else {
            return .done(nil)   // not in the shop
        }
        let response = try lookups.requests.answer(HTTPRequest(method: "DELETE", url: "\(api)/price_rules/\(rule).json", headers: headers))
        return response.succeeded || response.status == 404 ? .done(rule) : .failed(response.refusal)
    }
}
