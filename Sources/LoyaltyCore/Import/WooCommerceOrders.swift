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
/// - A paid order's `billing.phone` fills the member's phone when they have none (see `OrderPhones`).
/// - Other statuses (pending, on-hold, failed, draft) are passed over until a later snapshot, and so is
///   a paid order with nothing to earn on (a 0.00 subtotal) and no e-mail.
/// - Dates are the `_gmt` fields (UTC, written without an offset): the order happened when it was paid
///   (`date_paid_gmt`, else `date_created_gmt`); a refund when it was made (its `date_created_gmt`, as
///   the refunds endpoint gives it, else the order's `date_modified_gmt`), a cancellation when the
///   order last changed (`date_modified_gmt`); never before the order itself. An order without any
///   date happened when it is imported.
public enum WooCommerceOrders {
    /// The fields of an order that earning needs, as text (nil when missing or `null`).
    struct Order {
        struct Refund {
            var id: String?
            var total: String?
            var dateCreatedGMT: String?
        }
        var id: String?
        var status: String?
        var currency: String?
        var datePaid: String?
        var datePaidGMT: String?
        var dateCreatedGMT: String?
        var dateModifiedGMT: String?
        var total: String?
        var totalTax: String?
        var shippingTotal: String?
        var email: String?
        var firstName: String?
        var lastName: String?
        var phone: String?
        var refunds: [Refund] = []
        var couponCodes: [String] = []
    }

    /// The order id as the store keys it: "woo:1042".
    public static func orderRef(_ id: String) -> String { "woo:\(id)" }

    /// Reads the complete records at the start of `bytes` into `result`; returns how many bytes were used.
    static func read(_ bytes: ArraySlice<UInt8>, atEnd: Bool, records: inout JSONRecords, file: String, currency: Currency,
                     into result: inout ParsedImport) -> Int {
        records.read(bytes, atEnd: atEnd, file: file, into: &result) { record, result in
            do throws(JSONProblem) {
                read(try order(record.bytes), line: record.line, record: record, file: file, currency: currency, into: &result)
            } catch {
                result.problems.append(RowProblem(file: file, line: record.line, field: error.field, value: "",
                                                  why: error.why + "; each order must be one JSON object", record: record.text))
            }
        }
    }

    /// The order in one record, reading only the fields it needs (the rest is checked and skipped).
    static func order(_ bytes: ArraySlice<UInt8>) throws(JSONProblem) -> Order {
        try JSONCursor.reading(bytes) { cursor throws(JSONProblem) in try order(&cursor) }
    }

    private static func order(_ cursor: inout JSONCursor) throws(JSONProblem) -> Order {
        var order = Order()
        let isObject = try cursor.readObject("(record)") { key, cursor throws(JSONProblem) in
            switch key {
            case "id": order.id = try cursor.text("id")
            case "status": order.status = try cursor.text("status")
            case "currency": order.currency = try cursor.text("currency")
            case "date_paid": order.datePaid = try cursor.text("date_paid")
            case "date_paid_gmt": order.datePaidGMT = try cursor.text("date_paid_gmt")
            case "date_created_gmt": order.dateCreatedGMT = try cursor.text("date_created_gmt")
            case "date_modified_gmt": order.dateModifiedGMT = try cursor.text("date_modified_gmt")
            case "total": order.total = try cursor.text("total")
            case "total_tax": order.totalTax = try cursor.text("total_tax")
            case "shipping_total": order.shippingTotal = try cursor.text("shipping_total")
            case "billing":
                try cursor.readObject("billing") { key, cursor throws(JSONProblem) in
                    switch key {
                    case "email": order.email = try cursor.text("billing.email")
                    case "first_name": order.firstName = try cursor.text("billing.first_name")
                    case "last_name": order.lastName = try cursor.text("billing.last_name")
                    case "phone": order.phone = try cursor.text("billing.phone")
                    default: try cursor.skipValue()
                    }
                }
            case "coupon_lines":
                try cursor.readArray("coupon_lines") { index, cursor throws(JSONProblem) in
                    try cursor.readObject("coupon_lines[\(index)]") { key, cursor throws(JSONProblem) in
                        guard case "code" = key else { try cursor.skipValue(); return }
                        if let code = try cursor.text("coupon_lines[\(index)].code") { order.couponCodes.append(code) }
                    }
                }
            case "refunds":
                order.refunds = []
                try cursor.readArray("refunds") { index, cursor throws(JSONProblem) in
                    var refund = Order.Refund()
                    try cursor.readObject("refunds[\(index)]") { key, cursor throws(JSONProblem) in
                        switch key {
                        case "id": refund.id = try cursor.text("refunds[\(index)].id")
                        case "total": refund.total = try cursor.text("refunds[\(index)].total")
                        case "date_created_gmt": refund.dateCreatedGMT = try cursor.text("refunds[\(index)].date_created_gmt")
                        default: try cursor.skipValue()
                        }
                    }
                    order.refunds.append(refund)
                }
            default: try cursor.skipValue()
            }
        }
        guard isObject else { throw JSONProblem(field: "(record)", why: "is null") }
        return order
    }

    private static let utc = TimeZone(identifier: "UTC")!

    private static func read(_ order: Order, line: Int, record: JSONRecord, file: String, currency: Currency, into result: inout ParsedImport) {
        var problems: [RowProblem] = []
        func problem(_ field: String, _ value: String, _ why: String) {
            problems.append(RowProblem(file: file, line: line, field: field, value: value, why: why, record: record.text))
        }
        let id = order.id?.trimmingWhitespace() ?? ""
        if id.isEmpty || id.count > 100 || id.containsControlCharacters { problem("id", id, "every order needs its WooCommerce id (at most 100 printable characters)") }
        let status = (order.status?.trimmingWhitespace() ?? "").lowercased()
        if status.isEmpty { problem("status", status, "every order needs its status (processing, completed, refunded, …)") }
        let code = order.currency?.trimmingWhitespace() ?? ""
        if let why = ImportFields.currencyProblem(code, expected: currency) { problem("currency", code, why) }
        let paid = ["processing", "completed"].contains(status) && !(order.datePaid?.trimmingWhitespace() ?? "").isEmpty
        let reversed = ["cancelled", "refunded"].contains(status)
        guard paid || reversed || !problems.isEmpty else {
            result.passedOver += 1
            return
        }
        func money(_ field: String, _ value: String?, required: Bool) -> Int64 {
            let text = value?.trimmingWhitespace() ?? ""
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
        let subtotal = total - money("total_tax", order.totalTax, required: false) - money("shipping_total", order.shippingTotal, required: false)
        if subtotal < 0, problems.isEmpty { problem("total", String(total), "the total is less than its tax and shipping; the order cannot earn") }
        if paid, subtotal == 0, (order.email?.trimmingWhitespace() ?? "").isEmpty, problems.isEmpty {
            result.passedOver += 1  // free, and no one to credit: nothing to earn
            return
        }
        var email = "", name: String?, phone: String?
        if paid {
            let text = order.email?.trimmingWhitespace() ?? ""
            switch ImportFields.email(text) {
            case .ok(let valid): email = valid
            case .bad(let why): problem("billing.email", text, why + "; a paid order needs the customer's e-mail to earn")
            }
            let nameText = [order.firstName?.trimmingWhitespace() ?? "", order.lastName?.trimmingWhitespace() ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
            switch ImportFields.name(nameText) {
            case .ok(let valid): name = valid
            case .bad(let why): problem("billing.first_name", nameText, why)
            }
            switch ImportFields.phone(order.phone ?? "") {
            case .ok(let valid): phone = valid
            case .bad(let why): problem("billing.phone", order.phone ?? "", why)
            }
        }
        func moment(_ field: String, _ value: String?) -> Date? {
            let text = value?.trimmingWhitespace() ?? ""
            guard !text.isEmpty else { return nil }
            guard let date = EventMoment.parse(text, dayZone: utc, unmarkedZone: utc) else {
                problem(field, text, "not a date; WooCommerce writes it like 2025-03-14T08:30:00 (UTC)")
                return nil
            }
            if let why = result.futureProblem(date) {
                problem(field, text, why)
                return nil
            }
            return date
        }
        let placed = moment("date_paid_gmt", order.datePaidGMT) ?? moment("date_created_gmt", order.dateCreatedGMT)
        let modified = moment("date_modified_gmt", order.dateModifiedGMT)
        func notBeforeTheOrder(_ date: Date?) -> Date? {
            guard let placed else { return date }
            return max(date ?? modified ?? placed, placed)
        }
        var refunds: [(id: String, amount: Int64, at: Date?)] = []
        for (index, refund) in order.refunds.enumerated() {
            let refundID = refund.id?.trimmingWhitespace() ?? ""
            if ExternalID.problem(refundID) != nil {
                problem("refunds[\(index)].id", refundID, "each refund needs its id (1 to \(ExternalID.maxLength) printable characters), so it counts once")
            }
            let text = refund.total?.trimmingWhitespace() ?? ""
            switch ImportFields.money(text, currency) {
            case .ok(let amount):
                refunds.append((refundID, abs(amount.minorUnits), notBeforeTheOrder(moment("refunds[\(index)].date_created_gmt", refund.dateCreatedGMT) ?? modified)))
            case .bad(let why): problem("refunds[\(index)].total", text, why)
            }
        }
        guard problems.isEmpty else {
            result.problems += problems
            return
        }
        let ref = orderRef(id)
        if paid {
            result.items.append(ImportItem(line: line, .earn(EarningEvent(kind: .order, externalID: ref, email: email, name: name,
                                                                          amount: Money(minorUnits: subtotal, currency: currency), occurredAt: placed,
                                                                          phone: phone))))
            result.couponsUsed += order.couponCodes.map { CouponUsedInShop(orderRef: ref, code: $0) }
        }
        for refund in refunds {
            let share = ImportFields.subtotalShare(refunded: refund.amount, subtotal: subtotal, total: total)
            if share > 0 {
                result.items.append(ImportItem(line: line, .refund(RefundRequest(orderRef: ref, refundID: refund.id, amount: Money(minorUnits: share, currency: currency),
                                                                                 occurredAt: refund.at))))
            }
        }
        if reversed { result.items.append(ImportItem(line: line, .cancel(order: ref), occurredAt: notBeforeTheOrder(modified))) }
    }
}
