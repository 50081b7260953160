import Foundation
import ShopStandInSupport
import ShopSync

/// A stand-in for a shop's coupon API on 127.0.0.1 (`Tests/Fixtures/coupon-standin/coupon_standin.py`,
/// written from the WooCommerce and Shopify documentation), started for one test and stopped with it.
final class CouponStandIn {
    enum Platform: String { case woocommerce, shopify }

    let platform: Platform
    private let server: PythonServer
    var port: Int { server.port }

    init(_ platform: Platform) throws {
        self.platform = platform
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/coupon-standin/coupon_standin.py")
        server = try PythonServer([script.path, platform.rawValue])
    }

    var address: String { "http://127.0.0.1:\(port)" }

    /// The credentials lines `loyalty shop connect` reads.
    var credentials: String {
        platform == .woocommerce
            ? "consumer_key=ck_standin_0123456789abcdef\nconsumer_secret=cs_standin_fedcba9876543210\nwebhook_secret=wh_standin\n"
            : "access_token=shpat_standin_00112233445566778899\nwebhook_secret=wh_standin\n"
    }

    /// Tells the stand-in something: `fail?status=500&times=1&path=/wp-json/wc/v3/coupons/batch`, `drop?times=1`.
    func control(_ command: String) throws {
        let response = try HTTPClient().send(HTTPRequest(method: "POST", url: "\(address)/_standin/\(command)"))
        guard response.status == 200 else { throw NSError(domain: "CouponStandIn", code: response.status) }
    }

    /// Every API request it answered: "POST /wp-json/wc/v3/coupons/batch ok" (ok: the credentials were right).
    func requests() throws -> [String] {
        try JSONSerialization.jsonObject(with: Data(try HTTPClient().send(HTTPRequest(url: "\(address)/_standin/requests")).body)) as? [String] ?? []
    }

    /// What the shop holds: WooCommerce's coupons, or Shopify's price rules (each with its `discount_codes`).
    func held() throws -> [[String: Any]] {
        try JSONSerialization.jsonObject(with: Data(try HTTPClient().send(HTTPRequest(url: "\(address)/_standin/coupons")).body)) as? [[String: Any]] ?? []
    }
}
