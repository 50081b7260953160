import Foundation
import LoyaltyCore
import LoyaltyStore

/// Coupons pushed to WooCommerce's REST API v3: `POST /wp-json/wc/v3/coupons/batch` with `create`
/// (at most 100 coupons, `CouponPayloads.wooCommerce`) and `delete` (their ids; a batch deletes for
/// good), `GET /wp-json/wc/v3/coupons?code=CODE` to find one by its code. HTTP Basic auth with the
/// consumer key and secret, as the sync reads.
struct WooCommerceCoupons: CouponShop {
    static let alreadyExists = "woocommerce_rest_coupon_code_already_exists"
    let site: String
    let title: String
    let authorization: String
    let currency: Currency

    init(connection: ShopConnection, credentials: ShopCredentials, currency: Currency) {
        let api = WooCommerceAPI(connection: connection, credentials: credentials)
        (site, title, authorization) = (api.site, api.title, api.authorization)
        self.currency = currency
    }

    private var headers: [HTTPHeader] {
        [HTTPHeader("Authorization", authorization), HTTPHeader("Accept", "application/json"), HTTPHeader("Content-Type", "application/json")]
    }

    func push(_ pushes: [CouponPush], requests: ShopRequests,
              progress: (CouponPush, String) throws -> Void) throws -> [(CouponPush, PushOutcome)] {
        var outcomes: [(CouponPush, PushOutcome)] = []
        let creations = pushes.filter { $0.action == .create }
        if !creations.isEmpty {
            let body = try CouponPayloads.json(["create": creations.map { CouponPayloads.wooCommerce($0.coupon, email: $0.email, currency: currency) }])
            let response = try requests.answer(HTTPRequest(method: "POST", url: "\(site)/wp-json/wc/v3/coupons/batch", headers: headers, body: body))
            let items = ((response.json as? [String: Any])?["create"] as? [[String: Any]]) ?? []
            for (index, push) in creations.enumerated() {
                guard response.succeeded, index < items.count else {
                    outcomes.append((push, .failed(response.succeeded ? "the shop's answer lists no result for it" : response.refusal)))
                    continue
                }
                let item = items[index]
                if let error = item["error"] as? [String: Any] {
                    if error["code"] as? String == Self.alreadyExists, let id = try find(push.coupon.code, requests: requests) {
                        outcomes.append((push, .done(id)))   // created by an earlier try whose answer was never recorded
                    } else {
                        outcomes.append((push, .failed("the shop refused it: \(error["message"] as? String ?? "\(error["code"] ?? "")")")))
                    }
                } else {
                    outcomes.append((push, .done(Self.id(item["id"]))))
                }
            }
        }
        var removals: [(CouponPush, String)] = []
        for push in pushes where push.action == .delete {
            if let id = try push.shopRef ?? find(push.coupon.code, requests: requests) {
                removals.append((push, id))
            } else {
                outcomes.append((push, .done(nil)))   // not in the shop: nothing to remove
            }
        }
        if !removals.isEmpty {
            let body = try CouponPayloads.json(["delete": removals.map { Int($0.1) ?? 0 }])
            let response = try requests.answer(HTTPRequest(method: "POST", url: "\(site)/wp-json/wc/v3/coupons/batch", headers: headers, body: body))
            let items = ((response.json as? [String: Any])?["delete"] as? [[String: Any]]) ?? []
            for (index, (push, id)) in removals.enumerated() {
                guard response.succeeded, index < items.count else {
                    outcomes.append((push, .failed(response.succeeded ? "the shop's answer lists no result for it" : response.refusal)))
                    continue
                }
                if let error = items[index]["error"] as? [String: Any], (error["data"] as? [String: Any])?["status"] as? Int != 404 {
                    outcomes.append((push, .failed("the shop refused to remove it: \(error["message"] as? String ?? "")")))
                } else {
                    outcomes.append((push, .done(id)))   // removed, or already gone (404)
                }
            }
        }
        return outcomes
    }

    /// The shop's id of the coupon with `code`, or nil when the shop has none.
    private func find(_ code: String, requests: ShopRequests) throws -> String? {
        let query = code.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? code
        let response = try requests.answer(HTTPRequest(url: "\(site)/wp-json/wc/v3/coupons?code=\(query)", headers: headers))
        guard response.succeeded, let list = response.json as? [[String: Any]] else {
            throw LoyaltyError.shop(.unexpectedAnswer(title: title, status: response.status, detail: "looking up coupon \(code)"))
        }
        return list.first { ($0["code"] as? String)?.uppercased() == code.uppercased() }.flatMap { Self.id($0["id"]) }
    }

    private static func id(_ value: Any?) -> String? {
        switch value {
        case let number as Int: return number > 0 ? String(number) : nil
        case let text as String: return text.isEmpty ? nil : text
        default: return nil
        }
    }
}
