import LoyaltyCore
import LoyaltyText

/// The headers of a shop's webhook delivery, as the web server passes them to a CGI program
/// (`X-WC-Webhook-Signature` → `HTTP_X_WC_WEBHOOK_SIGNATURE`).
struct WebhookHeaders {
    let platform: ShopPlatform
    let signature: String?
    let topic: String?
    let deliveryID: String?

    init(platform: ShopPlatform, environment: [String: String]) {
        self.platform = platform
        func header(_ name: String) -> String? {
            guard let value = environment[name]?.trimmingWhitespace(), !value.isEmpty else { return nil }
            return value
        }
        switch platform {
        case .woocommerce:
            signature = header("HTTP_X_WC_WEBHOOK_SIGNATURE")
            topic = header("HTTP_X_WC_WEBHOOK_TOPIC")
            deliveryID = header("HTTP_X_WC_WEBHOOK_DELIVERY_ID")
        case .shopify:
            signature = header("HTTP_X_SHOPIFY_HMAC_SHA256")
            topic = header("HTTP_X_SHOPIFY_TOPIC")
            deliveryID = header("HTTP_X_SHOPIFY_WEBHOOK_ID") ?? header("HTTP_X_SHOPIFY_EVENT_ID")
        }
    }

    var signatureHeader: String { platform == .woocommerce ? "X-WC-Webhook-Signature" : "X-Shopify-Hmac-Sha256" }
    var topicHeader: String { platform == .woocommerce ? "X-WC-Webhook-Topic" : "X-Shopify-Topic" }
    private var deliveryHeader: String { platform == .woocommerce ? "X-WC-Webhook-Delivery-ID" : "X-Shopify-Webhook-Id" }

    /// Whether the topic is about an order whose body is the whole order (a deleted order's is only its id).
    var isOrder: Bool {
        guard let topic else { return false }
        switch platform {
        case .woocommerce: return topic.hasPrefix("order.") && topic != "order.deleted"
        case .shopify: return topic.hasPrefix("orders/") && topic != "orders/delete"
        }
    }

    /// Why the delivery id cannot be kept (too long, or not printable), in `words`, or nil.
    func deliveryIDProblem(_ words: Localizer) -> String? {
        guard let deliveryID, ExternalID.problem(deliveryID) != nil else { return nil }
        return words.text("{header} must be 1 to {most} printable characters", ["header": .text(deliveryHeader), "most": .integer(Int64(ExternalID.maxLength))])
    }

    /// What the error log says of the delivery, in `words`: "order.updated, delivery 5f3c…".
    func description(_ words: Localizer) -> String {
        let topic = self.topic.map { String($0.prefix(60)) } ?? words.text("no topic")
        guard let deliveryID else { return topic }
        return words.text("{topic}, delivery {id}", ["topic": .text(topic), "id": .text(String(deliveryID.prefix(60)))])
    }

    /// WooCommerce's ping when a webhook is created or its address changed: `webhook_id=N`,
    /// form-encoded, with no topic.
    static func isWooCommercePing(_ body: [UInt8]) -> Bool {
        let prefix = Array("webhook_id=".utf8)
        guard body.count > prefix.count, body.count <= 40, body.starts(with: prefix) else { return false }
        return body.dropFirst(prefix.count).allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}
