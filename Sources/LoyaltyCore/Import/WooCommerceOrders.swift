import Foundation

/// Orders as the WooCommerce REST API v3 returns them (`GET /wp-json/wc/v3/orders`, a JSON array),
/// or one order object per line as webhook deliveries are stored.
///
/// - `processing` / `completed` with a `date_paid` earn, keyed `order:woo:<id>`, on the subtotal
///   excluding shipping and tax, computed as `total − total_tax − shipping_total` (what the customer
///   paid for the goods after coupons; `total_tax` includes the shipping tax, fees count as goods).
/// - Each entry in `refunds` (`id`, negative `total`) is a partial refund keyed by its id. Its amount is
///   gross (tax and shipping included), so the share of the subtotal it stands for is
///   `floor(refund × subtotal ÷ total)`: refunding half the order takes back half its points.
/// - `cancelled` / `refunded` take back whatever the order still holds (key `cancel:woo:<id>`).
/// - Other statuses (pending, on-hold, failed, draft) are passed over until a later snapshot.
public enum WooCommerceOrders {
    struct Order: Decodable {
        struct Billing: Decodable {
            let email: JSONText?
            let first_name: JSONText?
            let last_name: JSONText?
        }
        struct Refund: Decodable {
            let id: JSONText?
            let total: JSONText?
        }
        let id: JSONText?
        let status: JSONText?
        let currency: JSONText?
        let date_paid: JSONText?
        let total: JSONText?
        let total_tax: JSONText?
        let shipping_total: JSONText?
        let billing: Billing?
        let refunds: [Refund]?
    }

    /// The order id as the store keys it: "woo:1042".
    public static func orderRef(_ id: String) -> String { "woo:\(id)" }

    public static func parse(_ bytes: [UInt8], file: String, currency: Currency) -> ParsedImport {
        var result = ParsedImport()
        JSONRecords.decodeEach(bytes, as: Order.self, file: file, shape: "each order must be one JSON object", into: &result) { order, record, result in
            read(order, line: record.line, record: record, file: file, currency: currency, into: &result)
        }
        return result
    }

    private static func read(_ order: Order, line: Int, record: JSONRecords.Record, file: String, currency: Currency, into result: inout ParsedImport) {
        var problems: [RowProblem] = []
        func problem(_ field: String, _ value: String, _ why: String) {
            problems.append(RowProblem(file: file, line: line, field: field, value: value, why: why, record: record.text))
        }
        let id = order.id?.trimmed ?? ""
        if id.isEmpty || id.count > 100 || id.containsControlCharacters { problem("id", id, "every order needs its WooCommerce id (at most 100 printable characters)") }
        let status = (order.status?.trimmed ?? "").lowercased()
        if status.isEmpty { problem("status", status, "every order needs its status (processing, completed, refunded, …)") }
        let code = order.currency?.trimmed ?? ""
        if let why = ImportFields.currencyProblem(code, expected: currency) { problem("currency", code, why) }
        let paid = ["processing", "completed"].contains(status) && !(order.date_paid?.trimmed ?? "").isEmpty
        let reversed = ["cancelled", "refunded"].contains(status)
        guard paid || reversed || !problems.isEmpty else {
            result.passedOver += 1
            return
        }
        func money(_ field: String, _ value: JSONText?, required: Bool) -> Int64 {
            let text = value?.trimmed ?? ""
            if text.isEmpty {
                if required { problem(field, text, "the order total is needed to count its points") }
                return 0
            }
            switch ImportFields.money(text, currency) {
            case .ok(let amount): return amount.minorUnits
            case .bad(let why): problem(field, text, why); return 0
            }
        }
        let total = money("total", order.total, required: true)
        let subtotal = total - money("total_tax", order.total_tax, required: false) - money("shipping_total", order.shipping_total, required: false)
        if subtotal < 0, problems.isEmpty { problem("total", String(total), "the total is less than its tax and shipping; the order cannot earn") }
        var email = "", name: String?
        if paid {
            let text = order.billing?.email?.trimmed ?? ""
            switch ImportFields.email(text) {
            case .ok(let valid): email = valid
            case .bad(let why): problem("billing.email", text, why + "; a paid order needs the customer's e-mail to earn")
            }
            let nameText = [order.billing?.first_name?.trimmed ?? "", order.billing?.last_name?.trimmed ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
            switch ImportFields.name(nameText) {
            case .ok(let valid): name = valid
            case .bad(let why): problem("billing.first_name", nameText, why)
            }
        }
        var refunds: [(id: String, amount: Int64)] = []
        for (index, refund) in (order.refunds ?? []).enumerated() {
            let refundID = refund.id?.trimmed ?? ""
            if refundID.isEmpty { problem("refunds[\(index)].id", refundID, "each refund needs its id, so it counts once") }
            let text = refund.total?.trimmed ?? ""
            switch ImportFields.money(text, currency) {
            case .ok(let amount): refunds.append((refundID, abs(amount.minorUnits)))
            case .bad(let why): problem("refunds[\(index)].total", text, why)
            }
        }
        guard problems.isEmpty else {
            result.problems += problems
            return
        }
        let ref = orderRef(id)
        if paid {
            result.items.append(ImportItem(line: line, .earn(kind: .order, id: ref, email: email, name: name,
                                                             amount: Money(minorUnits: subtotal, currency: currency), action: nil)))
        }
        for refund in refunds {
            let share = ImportFields.subtotalShare(refunded: refund.amount, subtotal: subtotal, total: total)
            if share > 0 { result.items.append(ImportItem(line: line, .refund(order: ref, refundID: refund.id, amount: Money(minorUnits: share, currency: currency)))) }
        }
        if reversed { result.items.append(ImportItem(line: line, .cancel(order: ref))) }
    }
}
