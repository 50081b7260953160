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
    /// slash dropped.
    public static func wooCommerceAddress(_ text: String) throws -> String {
        let trimmed = text.trimmingWhitespace()
        guard let url = URL(string: trimmed), url.scheme?.lowercased() == "https", let host = url.host, !host.isEmpty,
              url.user == nil, url.password == nil, url.query == nil, url.fragment == nil,
              !trimmed.containsControlCharacters, trimmed.count <= 200 else {
            throw LoyaltyError.shop(.notAShopURL(text: text))
        }
        return trimmed.hasSuffix("/") ? String(trimmed.dropLast()) : trimmed
    }

    /// A Shopify store: its name ("zoes-cafe") or its myshopify domain, as the domain.
    public static func shopifyAddress(_ text: String) throws -> String {
        var name = text.trimmingWhitespace().lowercased()
        if name.hasSuffix(".myshopify.com") { name = String(name.dropLast(".myshopify.com".count)) }
        let allowed = name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        guard (1...60).contains(name.count), allowed, !name.hasPrefix("-") else {
            throw LoyaltyError.shop(.notAShopifyStore(text: text))
        }
        return name + ".myshopify.com"
    }
}
