import Foundation
import LoyaltyCore

/// What a coupon push asks a Shopify shop before creating anything, through its Admin REST API
/// 2024-10 as documented: a discount code by its code, a price rule by its title and start, a
/// customer by e-mail, a product variant by SKU. Lists follow the `Link: <…>; rel="next"` cursor.
struct ShopifyLookups {
    /// "https://zoes-cafe.myshopify.com/admin/api/2024-10".
    let api: String
    let title: String
    let headers: [HTTPHeader]
    let requests: ShopRequests

    /// The id of the price rule whose discount code is `code`, or nil when the shop has no such
    /// code: `GET …/discount_codes/lookup.json?code=CODE` answers 303 to the code's address, which
    /// names its price rule, or 404.
    func priceRule(holding code: String) throws -> String? {
        let response = try requests.answer(HTTPRequest(url: "\(api)/discount_codes/lookup.json?code=\(Self.encoded(code))", headers: headers))
        if response.status == 404 { return nil }
        guard response.status == 303, let location = response.header("Location"), let rule = Self.priceRule(in: location) else {
            throw LoyaltyError.shop(.unexpectedAnswer(title: title, status: response.status, detail: "looking up discount code \(code)"))
        }
        return rule
    }

    /// The id of the price rule titled `ruleTitle` that starts at `start` (`GET …/price_rules.json`
    /// with `starts_at_min` and `starts_at_max` a second either side), or nil: a rule created by
    /// a try whose answer was lost.
    func priceRule(titled ruleTitle: String, startingAt start: Date) throws -> String? {
        let format = ISO8601DateFormatter()
        let query = ShopQuery.encode([("starts_at_min", format.string(from: start.addingTimeInterval(-1))),
                                      ("starts_at_max", format.string(from: start.addingTimeInterval(1))), ("limit", "250")])
        return try list("\(api)/price_rules.json?\(query)", key: "price_rules")
            .first { $0["title"] as? String == ruleTitle }.flatMap { Self.id($0["id"]) }
    }

    /// The id of the shop's customer whose e-mail is `email` (`GET …/customers/search.json?query=email:…`,
    /// compared whole and without regard to case), or nil when the shop has no such customer.
    func customer(email: String) throws -> Int64? {
        let query = ShopQuery.encode([("query", "email:\(email)"), ("fields", "id,email"), ("limit", "250")])
        return try list("\(api)/customers/search.json?\(query)", key: "customers")
            .first { ($0["email"] as? String)?.lowercased() == email.lowercased() }
            .flatMap { Self.id($0["id"]).flatMap { Int64($0) } }
    }

    /// Every variant of the shop's products with a SKU, by SKU (`GET …/products.json?fields=id,variants`).
    func variantsBySKU(currency: Currency) throws -> [String: ShopifyVariant] {
        var variants: [String: ShopifyVariant] = [:]
        for product in try list("\(api)/products.json?" + ShopQuery.encode([("fields", "id,variants"), ("limit", "250")]), key: "products") {
            for variant in product["variants"] as? [[String: Any]] ?? [] {
                guard let sku = variant["sku"] as? String, !sku.isEmpty, variants[sku] == nil,
                      let id = Self.id(variant["id"]).flatMap({ Int64($0) }),
                      let price = (variant["price"] as? String).flatMap({ try? Money.parse($0, currency: currency) }) else { continue }
                variants[sku] = ShopifyVariant(id: id, price: price)
            }
        }
        return variants
    }

    /// The items under `key` of every page from `url` on, following `Link: rel="next"` within the API.
    private func list(_ url: String, key: String) throws -> [[String: Any]] {
        var (items, next) = ([[String: Any]](), Optional(url))
        while let address = next {
            let response = try requests.send(HTTPRequest(url: address, headers: headers))
            guard let page = (response.json as? [String: Any])?[key] as? [[String: Any]] else {
                throw LoyaltyError.shop(.unexpectedAnswer(title: title, status: response.status, detail: "the answer is not {\"\(key)\": […]}"))
            }
            items += page
            next = ShopifyAPI.nextLink(response.header("Link"))
            // The token goes only to the store it belongs to, whatever a Link header says.
            if let following = next, !following.hasPrefix(api + "/") {
                throw LoyaltyError.shop(.unexpectedAnswer(title: title, status: response.status, detail: "its next page is not at \(api)"))
            }
        }
        return items
    }

    /// The price rule's id in a discount code's address: ".../price_rules/507328175/discount_codes/507328175.json".
    static func priceRule(in location: String) -> String? {
        let parts = location.split(separator: "/")
        guard let index = parts.firstIndex(of: "price_rules"), index + 1 < parts.count else { return nil }
        let id = String(parts[index + 1])
        return id.allSatisfy(\.isNumber) && !id.isEmpty ? id : nil
    }

    /// An id as Shopify writes it (a JSON number), or as text.
    static func id(_ value: Any?) -> String? {
        switch value {
        case let number as Int: return String(number)
        case let number as Int64: return String(number)
        case let text as String: return text.isEmpty ? nil : text
        default: return nil
        }
    }

    private static func encoded(_ text: String) -> String { text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text }
}
