import Foundation
import LoyaltyCore

/// One order a shop pushed to its webhook, its signature already checked.
public struct WebhookOrder: Sendable {
    public let platform: ShopPlatform
    /// The webhook's topic ("order.updated", "orders/paid").
    public let topic: String
    /// The shop's id of this delivery, the same when it sends it again; nil when it gave none.
    public let deliveryID: String?
    /// The body as received: one order, as JSON.
    public let body: [UInt8]

    public init(platform: ShopPlatform, topic: String, deliveryID: String?, body: [UInt8]) {
        self.platform = platform
        self.topic = topic
        self.deliveryID = deliveryID
        self.body = body
    }

    /// How problems name the delivery: "WooCommerce webhook order.updated (delivery 5f3c…)".
    var name: String { "\(platform.label) webhook \(topic)" + (deliveryID.map { " (delivery \($0))" } ?? "") }
}

/// What became of a delivered order.
public enum WebhookOutcome: Sendable {
    /// Read and applied (or found already applied, order by order: `summary.duplicates`).
    case applied(ImportSummary)
    /// A delivery with this id was applied before: nothing was read or changed.
    case repeated
    /// The order cannot be applied; nothing was changed.
    case refused([RowProblem])
}

extension Store {
    /// Applies the order a shop's webhook delivered through the same parser and the same apply path
    /// as `loyalty import` (`ImportReader` / `ShopifyOrderJSON`, then `ImportApplier`), in one
    /// transaction: it earns, is refunded and is cancelled exactly once under the import's keys,
    /// dated by the order's own moments. The delivery's id is remembered in the same transaction, and
    /// a delivery seen before changes nothing. A delivery that changed something is audited (the
    /// order and what it did), and the connection's last webhook noted; one that cannot be applied
    /// is refused, with the reason kept as the connection's last error.
    public func receiveWebhookOrder(_ delivery: WebhookOrder) throws -> WebhookOutcome {
        let parsed = try parse(delivery)
        if !parsed.problems.isEmpty { return try refuse(delivery, parsed.problems) }
        guard parsed.rows == 1 else {
            return try refuse(delivery, [RowProblem(file: delivery.name, line: 1, field: "(body)", value: "",
                                                    why: "a delivery carries exactly one order; this one holds \(parsed.rows)")])
        }
        do {
            return try write(.membersAndPoints) { tx in
                if let id = delivery.deliveryID,
                   try tx.db.one("SELECT 1 FROM webhook_deliveries WHERE delivery_id = ?", [id], { _ in true }) != nil {
                    return .repeated
                }
                let summary = try tx.applyShopOrders(parsed, file: delivery.name)
                let order = parsed.items.first.map(\.action.orderRef)
                if let id = delivery.deliveryID {
                    try tx.db.run("INSERT INTO webhook_deliveries(delivery_id, topic, order_ref, received_at) VALUES (?, ?, ?, ?)",
                                  [id, delivery.topic, order, tx.nowSeconds])
                }
                try tx.db.run("UPDATE shop_connection SET last_webhook_at = ? WHERE id = 1", [tx.nowSeconds])
                if summary.changedAnything {
                    try tx.audit("shop.webhook", order ?? delivery.topic, after: summary.auditText, reason: delivery.name)
                }
                return .applied(summary)
            }
        } catch let refused as ImportRefused {
            return try refuse(delivery, refused.problems)
        }
    }

    private func parse(_ delivery: WebhookOrder) throws -> ParsedImport {
        let currency = try program().currency
        var parsed = ParsedImport()
        switch delivery.platform {
        case .woocommerce:
            // The reader takes a file of orders; the body is one order, on one line or several: read it as an array of one.
            var reader = ImportReader(format: .woocommerce, file: delivery.name, currency: currency, importedAt: now())
            _ = reader.read(([UInt8(ascii: "[")] + delivery.body + [UInt8(ascii: "]")])[...], atEnd: true, into: &parsed)
        case .shopify:
            parsed.importedAt = now()
            ShopifyOrderJSON.read(delivery.body[...], file: delivery.name, currency: currency, into: &parsed)
        }
        return parsed
    }

    private func refuse(_ delivery: WebhookOrder, _ problems: [RowProblem]) throws -> WebhookOutcome {
        // What is wrong first, where it was after: the dashboard shows the start of it.
        let text = problems.prefix(3).map { String($0.description.dropFirst("\($0.file) line \($0.line): ".count)) }.joined(separator: "; ")
            + " (\(delivery.name))"
        try write(.membersAndPoints) { tx in try tx.recordShopError(text) }
        return .refused(problems)
    }
}

extension Transaction {
    /// Applies the orders a shop sent (a webhook's one, a page of a sync) through the import's
    /// applier, in this transaction: each earns, is refunded and is cancelled exactly once under the
    /// import's keys. `file` names them in problems.
    func applyShopOrders(_ parsed: ParsedImport, file: String) throws -> ImportSummary {
        var summary = ImportSummary()
        summary.rows = parsed.rows
        summary.passedOver = parsed.passedOver
        let applier = try ImportApplier(self, file: file) { _ in }
        parsed.items.forEach(applier.add)
        try applier.applyBatch(summary: &summary)
        summary.visitorsCreated = try applier.visitorsCreated()
        summary.couponsUsed = try markCouponsUsedInShop(parsed.couponsUsed)
        return summary
    }

    /// Marks used each issued Loyalty coupon whose code a shop's paid order used (audited as a
    /// coupon use); the shop's own codes, and coupons already used, voided or expired, are passed
    /// over. Returns how many were marked.
    func markCouponsUsedInShop(_ uses: [CouponUsedInShop]) throws -> Int {
        var marked = 0
        for use in uses {
            let code = CouponCode.normalize(use.code)
            guard try db.one("SELECT 1 FROM coupons WHERE code = ? AND state = 'issued'", [code], { _ in true }) != nil else { continue }
            _ = try auditedChange(code: code, to: .used)
            marked += 1
        }
        return marked
    }
}

extension ImportSummary {
    /// True when orders earned, were recorded, refunded or cancelled (not only found applied before).
    var changedAnything: Bool { earned + notAwarded + reversals + couponsUsed > 0 }

    /// What the audit log says of orders from the shop: "earned 40 points" / "took back 20 points, gave back 0" / …
    var auditText: String {
        var parts: [String] = []
        if earned > 0 { parts.append("earned \(points) points") }
        if notAwarded > 0 { parts.append("recorded without points") }
        if reversals > 0 { parts.append("took back \(pointsReversed) points, gave back \(pointsReturned)") }
        if visitorsCreated > 0 { parts.append("added a visitor") }
        if couponsUsed > 0 { parts.append("used \(couponsUsed) loyalty coupon\(couponsUsed == 1 ? "" : "s")") }
        return parts.joined(separator: "; ")
    }
}

extension Transaction {
    /// How long the id of an applied webhook delivery is remembered: 30 days, far past the shops'
    /// retries of one delivery (Shopify's over 4 hours, WooCommerce's a few attempts). A delivery
    /// sent again later still changes nothing: its order's state is keyed by the import's keys.
    public static let webhookDeliveryDays = 30

    /// Forgets the ids of deliveries received more than `webhookDeliveryDays` ago (the daily job);
    /// returns how many.
    func forgetOldWebhookDeliveries() throws -> Int {
        try db.run("DELETE FROM webhook_deliveries WHERE received_at < ?", [nowSeconds - Int64(Self.webhookDeliveryDays) * 86_400])
    }
}

extension ImportAction {
    /// The order this action is about, as the store keys it.
    var orderRef: String {
        switch self {
        case .earn(let event): return event.externalID
        case .refund(let request): return request.orderRef
        case .refundedUpTo(let order, _), .cancel(let order): return order
        }
    }
}
