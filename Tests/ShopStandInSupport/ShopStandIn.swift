import Foundation
import ShopSync

/// A stand-in for a shop's REST API on 127.0.0.1 (`Tests/Fixtures/shop-standin/shop_standin.py`,
/// written from the WooCommerce and Shopify documentation), started for one test and stopped with it.
public final class ShopStandIn {
    public enum Platform: String, Sendable { case woocommerce, shopify }

    public static let wooKey = "ck_standin_0123456789abcdef", wooSecret = "cs_standin_fedcba9876543210"
    public static let shopifyToken = "shpat_standin_00112233445566778899"

    public let platform: Platform
    private let server: PythonServer
    public var port: Int { server.port }

    /// Starts the stand-in with `orders` generated orders (from `seed`: ties, cancellations, refunds),
    /// the first `ties` of them changed in the same second.
    public init(_ platform: Platform, orders: Int = 40, seed: Int = 1, ties: Int = 0) throws {
        self.platform = platform
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/shop-standin/shop_standin.py")
        server = try PythonServer([script.path, platform.rawValue, "--orders", "\(orders)", "--seed", "\(seed)", "--ties", "\(ties)"])
    }

    /// The address `loyalty shop connect` is given: the site (WooCommerce) or the store (Shopify).
    public var address: String { "http://127.0.0.1:\(port)" }

    /// The credentials lines `loyalty shop connect` reads, right or wrong.
    public func credentials(wrong: Bool = false) -> String {
        switch platform {
        case .woocommerce:
            return "consumer_key=\(Self.wooKey)\nconsumer_secret=\(wrong ? "cs_wrong" : Self.wooSecret)\nwebhook_secret=wh_standin\n"
        case .shopify:
            return "access_token=\(wrong ? "shpat_wrong" : Self.shopifyToken)\nwebhook_secret=wh_standin\n"
        }
    }

    /// Tells the stand-in something (`fail?status=429&times=2&retry_after=1`, `revoke`, `refund?order=3`).
    public func control(_ command: String) throws {
        let response = try HTTPClient().send(HTTPRequest(method: "POST", url: "http://127.0.0.1:\(port)/_standin/\(command)"))
        guard response.status == 200 else { throw NSError(domain: "ShopStandIn", code: response.status, userInfo: [NSLocalizedDescriptionKey: "stand-in: \(command)"]) }
    }

    /// How many of the shop's orders are paid (not cancelled): each is one order in Loyalty after a sync.
    public func paidOrders() throws -> Int {
        let response = try HTTPClient().send(HTTPRequest(url: "http://127.0.0.1:\(port)/_standin/paid"))
        return Int(String(decoding: response.body, as: UTF8.self)) ?? -1
    }

    /// How many items the stand-in's answers held in all, by path ("/wp-json/wc/v3/customers": 15).
    public func served() throws -> [String: Int] {
        let response = try HTTPClient().send(HTTPRequest(url: "http://127.0.0.1:\(port)/_standin/served"))
        return try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Int] ?? [:]
    }

    /// Every API request the stand-in answered, as "GET /path?query".
    public func requests() throws -> [String] {
        let response = try HTTPClient().send(HTTPRequest(url: "http://127.0.0.1:\(port)/_standin/requests"))
        return try JSONSerialization.jsonObject(with: Data(response.body)) as? [String] ?? []
    }
}
