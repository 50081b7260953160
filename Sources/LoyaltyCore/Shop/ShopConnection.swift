import Foundation

/// The shop platforms the programme can be connected to.
public enum ShopPlatform: String, Sendable, CaseIterable {
    case woocommerce, shopify

    public var label: String {
        switch self {
        case .woocommerce: return "WooCommerce"
        case .shopify: return "Shopify"
        }
    }

    /// The import format whose parser reads this platform's orders.
    public var importFormat: ImportFormat {
        switch self {
        case .woocommerce: return .woocommerce
        case .shopify: return .shopify
        }
    }
}

/// The shop the programme is connected to, and what has happened since: no secret (see `ShopCredentials`).
public struct ShopConnection: Sendable, Equatable {
    public var platform: ShopPlatform
    /// The WooCommerce site's URL ("https://shop.example") or the Shopify store ("name.myshopify.com").
    public var address: String
    public var connectedAt: Date
    public var connectedBy: String
    public var lastWebhookAt: Date?
    public var lastSyncAt: Date?
    public var lastError: String?
    public var lastErrorAt: Date?

    public init(platform: ShopPlatform, address: String, connectedAt: Date, connectedBy: String, lastWebhookAt: Date? = nil,
                lastSyncAt: Date? = nil, lastError: String? = nil, lastErrorAt: Date? = nil) {
        self.platform = platform
        self.address = address
        self.connectedAt = connectedAt
        self.connectedBy = connectedBy
        self.lastWebhookAt = lastWebhookAt
        self.lastSyncAt = lastSyncAt
        self.lastError = lastError
        self.lastErrorAt = lastErrorAt
    }

    /// "WooCommerce https://shop.example" / "Shopify name.myshopify.com".
    public var title: String { "\(platform.label) \(address)" }

    /// A WooCommerce site's address: an https URL without credentials, query or fragment, its trailing
    /// slash dropped. Plain http only on this machine (`isLocalStandIn`).
    public static func wooCommerceAddress(_ text: String) throws -> String {
        let trimmed = text.trimmingWhitespace()
        guard let url = URL(string: trimmed), url.scheme?.lowercased() == "https" || isLocalStandIn(trimmed), let host = url.host, !host.isEmpty,
              url.user == nil, url.password == nil, url.query == nil, url.fragment == nil,
              !trimmed.containsControlCharacters, trimmed.count <= 200 else {
            throw LoyaltyError.shop(.notAShopURL(text: text))
        }
        return trimmed.hasSuffix("/") ? String(trimmed.dropLast()) : trimmed
    }

    /// A Shopify store: its name ("zoes-cafe") or its myshopify domain, as the domain; or a stand-in
    /// for its API on this machine (`isLocalStandIn`).
    public static func shopifyAddress(_ text: String) throws -> String {
        let trimmed = text.trimmingWhitespace()
        if isLocalStandIn(trimmed) { return trimmed.hasSuffix("/") ? String(trimmed.dropLast()) : trimmed }
        var name = text.trimmingWhitespace().lowercased()
        if name.hasSuffix(".myshopify.com") { name = String(name.dropLast(".myshopify.com".count)) }
        let allowed = name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        guard (1...60).contains(name.count), allowed, !name.hasPrefix("-") else {
            throw LoyaltyError.shop(.notAShopifyStore(text: text))
        }
        return name + ".myshopify.com"
    }

    /// True for `http://127.0.0.1:PORT` (or localhost, [::1]) without a path: a stand-in for a shop's
    /// API on this machine, as tests start one. Credentials never cross a network in plain text.
    public static func isLocalStandIn(_ text: String) -> Bool {
        guard let url = URL(string: text), url.scheme == "http", let host = url.host, url.port != nil, url.path.isEmpty || url.path == "/",
              url.query == nil, url.user == nil else { return false }
        return ["127.0.0.1", "localhost", "::1", "[::1]"].contains(host)
    }
}
