import Foundation

/// Shopify's orders export CSV (Orders → Export): one row per line item; the order's own fields
/// (`Name`, `Email`, `Financial Status`, `Paid at`, `Subtotal`, `Shipping`, `Taxes`, `Total`,
/// `Refunded Amount`, `Cancelled at`, `Billing Name`, `Currency`) are filled on its first row only.
///
/// - `paid` (and `partially_refunded`, which was paid first) earns on `Subtotal` (line items after
///   discounts, without shipping and tax), keyed `order:shopify:<Name>`.
/// - `Refunded Amount` is a running total with no refund ids, so it becomes "refunded up to": its share
///   of the subtotal, `floor(refunded × Subtotal ÷ Total)`, and only the part not yet recorded is reversed
///   (keyed by the running total, so the same snapshot twice changes nothing).
/// - `refunded`, `voided` or a `Cancelled at` date take back whatever the order still holds.
/// - A paid order's phone (`Phone`, the customer's, else `Billing Phone`; not `Shipping Phone`, which
///   may be a gift's recipient's) fills the member's phone when they have none (see `OrderPhones`).
///   Shopify writes some phones with a leading `'` (so spreadsheets keep them as text): it is taken off.
/// - `pending`, `authorized`, `partially_paid` are passed over until a later snapshot, and so is a paid
///   order with a 0.00 subtotal and no e-mail (it earns nothing, and names no one).
/// - Dates are written with their offsets (`2025-03-14 09:30:00 +0100`): the order happened when it
///   was paid (`Paid at`, else `Created at`), a cancellation at `Cancelled at`. The export gives no
///   date for refunds, so they are dated with the order (a cancellation with `Cancelled at`); never
///   before the order itself. An order without any date happened when it is imported.
public enum ShopifyOrders {
    public static let requiredColumns = ["Name", "Email", "Financial Status", "Subtotal", "Total"]
    /// Every column the import reads.
    static let columnsRead = requiredColumns + ["Refunded Amount", "Cancelled at", "Billing Name", "Currency", "Paid at", "Created at", "Phone",
                                                "Billing Phone"]

    /// The order as the store keys it: "shopify:#1001".
    public static func orderRef(_ name: String) -> String { "shopify:\(name)" }

    static let advice = "export the orders from Shopify (Orders → Export → CSV for Excel, Numbers, or other spreadsheet programs)"

    /// A file of this format read piece by piece. Remembers the orders seen, because later rows of an
    /// order carry only its line items.
    struct Reader: Sendable {
        private let file: String
        private let currency: Currency
        private var rows: CSVRows
        private var seen = Set<String>()

        init(file: String, currency: Currency) {
            self.file = file
            self.currency = currency
            rows = CSVRows(file: file, required: ShopifyOrders.requiredColumns, read: ShopifyOrders.columnsRead, advice: ShopifyOrders.advice)
        }

        /// Reads the complete records at the start of `bytes` into `result`; returns how many bytes were used.
        mutating func read(_ bytes: ArraySlice<UInt8>, atEnd: Bool, into result: inout ParsedImport) -> Int {
            let (file, currency) = (self.file, self.currency)
            var seen = Set<String>()
            swap(&seen, &self.seen)  // moved out, not copied, while `rows` reads
            defer { swap(&seen, &self.seen) }
            return rows.read(bytes, atEnd: atEnd, into: &result) { row, header, result in
                let name = header.value(row, "Name")
                if name.isEmpty {
                    result.rows += 1
                    result.problems.append(RowProblem(file: file, line: row.line, field: "Name", value: "", why: "every row needs the order name (e.g. #1001)", record: row.text))
                    return
                }
                guard seen.insert(name).inserted else { return }
                result.rows += 1
                ShopifyOrders.read(row, name: name, header: header, file: file, currency: currency, into: &result)
            }
        }
    }

    private static let utc = TimeZone(identifier: "UTC")!

    private static func read(_ row: CSVRecord, name: String, header: CSVHeader, file: String, currency: Currency, into result: inout ParsedImport) {
        if let problem = header.notUTF8(row, file: file, among: columnsRead) {
            result.problems.append(problem)
            return
        }
        read({ header.value(row, $0) }, name: name, line: row.line, record: row.text, file: file, currency: currency, into: &result)
    }

    /// Reads one order from its fields by the export's column names (`value("Subtotal")`, "" when
    /// missing), wherever they came from: a row of the export, or an order of a webhook (`ShopifyOrderJSON`).
    static func read(_ value: (String) -> String, name: String, line: Int, record: String, file: String, currency: Currency,
                     into result: inout ParsedImport) {
        var problems: [RowProblem] = []
        func problem(_ field: String, _ value: String, _ why: String) {
            problems.append(RowProblem(file: file, line: line, field: field, value: value, why: why, record: record))
        }
        let status = value("Financial Status").lowercased()
        let cancelled = !value("Cancelled at").isEmpty
        let code = value("Currency")
        if let why = ImportFields.currencyProblem(code, expected: currency) { problem("Currency", code, why) }
        let earns = ["paid", "partially_refunded"].contains(status) && !cancelled
        let reversesAll = ["refunded", "voided"].contains(status) || cancelled
        if !earns, !reversesAll, !["pending", "authorized", "partially_paid", "expired", "unpaid"].contains(status) {
            problem("Financial Status", status, "not a Shopify financial status (paid, partially_refunded, refunded, voided, pending, authorized, partially_paid)")
        }
        guard earns || reversesAll || !problems.isEmpty else {
            result.passedOver += 1
            return
        }
        func money(_ column: String, required: Bool) -> Int64 {
            let text = value(column)
            if text.isEmpty {
                if required { problem(column, text, "needed to count the order's points; it is on the order's first row") }
                return 0
            }
            switch ImportFields.money(text, currency) {
            case .ok(let amount):
                if amount.minorUnits < 0 { problem(column, text, "cannot be negative") }
                return amount.minorUnits
            case .bad(let why): problem(column, text, why); return 0
            }
        }
        let subtotal = money("Subtotal", required: earns)
        let total = money("Total", required: earns)
        let refunded = money("Refunded Amount", required: false)
        if let why = ExternalID.problem(orderRef(name)) { problem("Name", name, why) }
        if earns, subtotal == 0, value("Email").isEmpty, problems.isEmpty {
            result.passedOver += 1  // free, and no one to credit: nothing to earn
            return
        }
        var email = "", billing: String?, phone: String?
        if earns {
            let text = value("Email")
            switch ImportFields.email(text) {
            case .ok(let valid): email = valid
            case .bad(let why): problem("Email", text, why + "; a paid order needs the customer's e-mail to earn")
            }
            let nameText = value("Billing Name")
            switch ImportFields.name(nameText) {
            case .ok(let valid): billing = valid
            case .bad(let why): problem("Billing Name", nameText, why)
            }
            let phoneColumn = value("Phone").isEmpty ? "Billing Phone" : "Phone"
            switch ImportFields.phone(value(phoneColumn)) {
            case .ok(let valid): phone = valid
            case .bad(let why): problem(phoneColumn, value(phoneColumn), why)
            }
        }
        func moment(_ column: String) -> Date? {
            let text = value(column)
            guard !text.isEmpty else { return nil }
            guard let date = EventMoment.parse(text, dayZone: utc) else {
                problem(column, text, "not a date; Shopify writes it like 2025-03-14 09:30:00 +0100")
                return nil
            }
            if let why = result.futureProblem(date) {
                problem(column, text, why)
                return nil
            }
            return date
        }
        let placed = moment("Paid at") ?? moment("Created at")
        let cancelledAt = moment("Cancelled at").map { cancelled in placed.map { max(cancelled, $0) } ?? cancelled } ?? placed
        guard problems.isEmpty else {
            result.problems += problems
            return
        }
        let ref = orderRef(name)
        if earns {
            result.items.append(ImportItem(line: line, .earn(EarningEvent(kind: .order, externalID: ref, email: email, name: billing,
                                                                              amount: Money(minorUnits: subtotal, currency: currency), occurredAt: placed,
                                                                              phone: phone))))
            result.couponsUsed += value("Discount Code").split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
                .map { CouponUsedInShop(orderRef: ref, code: $0) }
            let share = ImportFields.subtotalShare(refunded: refunded, subtotal: subtotal, total: total)
            if share > 0 {
                result.items.append(ImportItem(line: line, .refundedUpTo(order: ref, total: Money(minorUnits: share, currency: currency)), occurredAt: placed))
            }
        }
        if reversesAll { result.items.append(ImportItem(line: line, .cancel(order: ref), occurredAt: cancelledAt)) }
    }
}
