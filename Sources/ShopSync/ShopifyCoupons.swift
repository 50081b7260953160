import Foundation
import LoyaltyCore
import LoyaltyStore

/// Coupons pushed to Shopify's Admin REST API 2024-10, as its PriceRule and DiscountCode resources
/// document: a price rule (`POST /admin/api/2024-10/price_rules.json`, `CouponPayloads.shopifyPriceRule`)
/// and its one discount code (`POST …/price_rules/{id}/discount_codes.json`); a code is found with
/// `GET …/discount_codes/lookup.json?code=CODE` (303 to the code's address, which names its price
/// rule; 404 when there is none); a coupon is removed by deleting its price rule (`DELETE
/// …/price_rules/{id}.json`, which takes its codes along). Header `X-Shopify-Access-Token`.
struct ShopifyCoupons: CouponShop {
    let store: String
    let title: String
    let token: String
    let currency: Currency

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
        try pushes.map { push in
            (push, try push.action == .create ? create(push, requests: requests, progress: progress) : remove(push, requests: requests))
        }
    }

    private func create(_ push: CouponPush, requests: ShopRequests,
                        progress: (CouponPush, String) throws -> Void) throws -> PushOutcome {
        if let rule = try find(push.coupon.code, requests: requests) { return .done(rule) }   // created by an earlier try
        guard let payload = CouponPayloads.shopifyPriceRule(push.coupon, currency: currency) else {
            return .refused("Shopify gives a free product or a sale price only for a product chosen by its id: create it in the shop's admin")
        }
        var rule = push.shopRef
        if rule == nil {
            let response = try requests.answer(HTTPRequest(method: "POST", url: "\(api)/price_rules.json", headers: headers, body: try CouponPayloads.json(payload)))
            guard response.status == 201, let id = Self.id(((response.json as? [String: Any])?["price_rule"] as? [String: Any])?["id"]) else {
                return .failed(response.refusal)
            }
            try progress(push, id)   // kept at once: a try stopped here adds the code to this rule
            rule = id
        }
        let code = try CouponPayloads.json(["discount_code": ["code": push.coupon.code]])
        let response = try requests.answer(HTTPRequest(method: "POST", url: "\(api)/price_rules/\(rule!)/discount_codes.json", headers: headers, body: code))
        if response.status == 201 { return .done(rule) }
        // Taken: an earlier try added it, and its answer was lost.
        if response.status == 422, let holder = try find(push.coupon.code, requests: requests) { return .done(holder) }
        return .failed(response.refusal)
    }

    private func remove(_ push: CouponPush, requests: ShopRequests) throws -> PushOutcome {
        guard let rule = try push.shopRef ?? find(push.coupon.code, requests: requests) else { return .done(nil) }   // not in the shop
        let response = try requests.answer(HTTPRequest(method: "DELETE", url: "\(api)/price_rules/\(rule).json", headers: headers))
        return response.succeeded || response.status == 404 ? .done(rule) : .failed(response.refusal)
    }

    /// The id of the price rule whose discount code is `code`, or nil when the shop has no such code.
    private func find(_ code: String, requests: ShopRequests) throws -> String? {
        let query = code.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? code
        let response = try requests.answer(HTTPRequest(url: "\(api)/discount_codes/lookup.json?code=\(query)", headers: headers))
        if response.status == 404 { return nil }
        guard response.status == 303, let location = response.header("Location"), let rule = Self.priceRule(in: location) else {
            throw LoyaltyError.shop(.unexpectedAnswer(title: title, status: response.status, detail: "looking up discount code \(code)"))
        }
        return rule
    }

    /// The price rule's id in a discount code's address: ".../price_rules/507328175/discount_codes/507328175.json".
    static func priceRule(in location: String) -> String? {
        let parts = location.split(separator: "/")
        guard let index = parts.firstIndex(of: "price_rules"), index + 1 < parts.count else { return nil }
        let id = String(parts[index + 1])
        return id.allSatisfy(\.isNumber) && !id.isEmpty ? id : nil
    }

    private static func id(_ value: Any?) -> String? {
        switch value {
        case let number as Int: return String(number)
        case let number as Int64: return String(number)
        case let text as String: return text.isEmpty ? nil : text
        default: return nil
        }
    }
}
