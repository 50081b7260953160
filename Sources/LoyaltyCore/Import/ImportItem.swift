import Foundation

/// What one row (or one order) of an import file asks the ledger to do. Parsers produce these;
/// the store applies them through the same operations the CLI uses (`record`, `refund`).
public enum ImportAction: Sendable, Equatable {
    /// An event that may earn points, e.g. a paid order, recorded as it is. Its `externalID` is the
    /// order id as the store keys it (`woo:1042`, `shopify:#1001`, or the generic file's own id), its
    /// `name` the customer's for a new visitor.
    case earn(EarningEvent)
    /// A partial refund with the shop's own refund id, refunded as it is; its `amount` is on the
    /// subtotal the points were earned on.
    case refund(RefundRequest)
    /// The order's refunds now add up to `total` (on the subtotal basis); applies only what is new.
    /// For exports that give a running refunded amount but no refund ids (Shopify).
    case refundedUpTo(order: String, total: Money)
    /// The whole order was cancelled or refunded: everything it earned is taken back.
    case cancel(order: String)
}

/// One thing to apply, with the line of the file it came from and when it happened.
public struct ImportItem: Sendable, Equatable {
    public let line: Int
    public let action: ImportAction
    /// When a cancellation or a running refund total happened (earnings and refunds carry their own
    /// moment); nil when it happens as it is imported.
    private let occurredAt: Date?

    public init(line: Int, _ action: ImportAction, occurredAt: Date? = nil) {
        self.line = line
        self.action = action
        self.occurredAt = occurredAt
    }

    /// When it happened (nil: as it is imported); an import applies its items in this order.
    public var moment: Date? {
        switch action {
        case .earn(let event): return event.occurredAt
        case .refund(let request): return request.occurredAt
        case .refundedUpTo, .cancel: return occurredAt
        }
    }
}

/// A row that cannot be imported: where it is, which field, what it held, and why.
public struct RowProblem: Sendable, Equatable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let field: String
    public let value: String
    public let why: String
    /// The record as written in the file, for the reject file.
    public let record: String
    /// The problem is the file's, not one row's (its header, or it cannot be read past this line: cut
    /// short, joined to another file, a record too long): the whole file is refused, even when bad rows
    /// may be skipped.
    public let refusesFile: Bool

    public init(file: String, line: Int, field: String, value: String, why: String, record: String = "", refusesFile: Bool = false) {
        self.file = file
        self.line = line
        self.field = field
        self.value = value
        self.why = why
        self.record = record
        self.refusesFile = refusesFile
    }

    /// A problem of the file as a whole, found at `line`.
    static func ofFile(_ file: String, line: Int, _ why: String) -> RowProblem {
        RowProblem(file: file, line: line, field: "(file)", value: "", why: why, refusesFile: true)
    }

    /// `orders.csv line 17: "Subtotal" is "12,5O" — not an amount of money; write it like 12.50`, or for a
    /// problem of the file, `orders.json line 90: text after the end of the JSON array …`.
    public var description: String {
        if field == "(file)" { return "\(file) line \(line): \(why)" }
        let shown = value.count > 60 ? String(value.prefix(57)) + "…" : value
        return "\(file) line \(line): \"\(field)\" is \(shown.isEmpty ? "empty" : "\"\(shown)\"") — \(why)"
    }
}

/// What a parser read from a file: the items to apply in order, the rows it could not accept,
/// and how many orders it passed over because they do not (yet) concern points (e.g. unpaid).
public struct ParsedImport: Sendable {
    public var items: [ImportItem] = []
    /// Loyalty coupons the shop's paid orders used (WooCommerce's `coupon_lines`, Shopify's discount codes).
    public var couponsUsed: [CouponUsedInShop] = []
    public var problems: [RowProblem] = []
    /// Orders or rows read (for the progress bar and the summary).
    public var rows = 0
    /// Orders that neither earn nor reverse anything yet (pending, on hold, failed, unpaid).
    public var passedOver = 0
    /// When the file is imported: a row dated more than `EventMoment.allowedAhead` after it is a
    /// problem of that row. Nil reads dates without that check.
    public var importedAt: Date?

    public init() {}

    /// Why `moment` cannot be a row's date (it is in the future), or nil when it can.
    func futureProblem(_ moment: Date) -> String? {
        guard let importedAt else { return nil }
        do {
            try EventMoment.check(moment, now: importedAt)
            return nil
        } catch {
            return String(describing: error)
        }
    }
}

/// A coupon code a paid order used in the shop: a Loyalty coupon with that code is used.
public struct CouponUsedInShop: Sendable, Equatable {
    /// The order, as the store keys it ("woo:1042").
    public let orderRef: String
    /// The code as the order gives it (any case; `CouponCode.normalize` makes it Loyalty's).
    public let code: String

    public init(orderRef: String, code: String) {
        self.orderRef = orderRef
        self.code = code
    }
}

/// The formats `loyalty import` reads.
public enum ImportFormat: String, Sendable, CaseIterable {
    case woocommerce, shopify, events
}

/// Shared checks of parsers: e-mail, money in the programme's currency, scaling refunds to the subtotal.
enum ImportFields {
    /// The e-mail as the store will key it, or why not.
    static func email(_ text: String) -> Checked<String> {
        do { return .ok(try MemberDetails.validateEmail(text)) } catch let error as LoyaltyError {
            return .bad(error.description)
        } catch { return .bad("not an e-mail address") }
    }

    /// A customer's name for a new visitor (nil when empty), or why it cannot be one.
    static func name(_ text: String) -> Checked<String?> {
        do {
            let name = try MemberDetails.validateName(text)
            return .ok(name.isEmpty ? nil : name)
        } catch {
            return .bad((error as? LoyaltyError)?.description ?? "not a name")
        }
    }

    /// A phone number as a member's details keep it (nil when empty), without the `'` Shopify writes
    /// before some phones for spreadsheets; or why it cannot be one.
    static func phone(_ text: String) -> Checked<String?> {
        do { return .ok(try MemberDetails.validatePhone(CustomerFields.withoutSpreadsheetQuote(text.trimmingWhitespace()))) } catch let error as LoyaltyError {
            return .bad(error.description)
        } catch { return .bad("not a phone number") }
    }

    /// An amount in `currency`, or why not.
    static func money(_ text: String, _ currency: Currency) -> Checked<Money> {
        do { return .ok(try Money.parse(text, currency: currency)) } catch let error as LoyaltyError {
            return .bad(error.description)
        } catch { return .bad("not an amount of money") }
    }

    /// The currency code is the programme's, or why not.
    static func currencyProblem(_ code: String, expected: Currency) -> String? {
        if code.isEmpty { return nil }
        guard code.uppercased() == expected.code else {
            return "amounts are in \(code.uppercased()) but the programme counts in \(expected.code); convert the file or import it into a programme in \(code.uppercased())"
        }
        return nil
    }

    /// The part of `refunded` (an amount of the order's `total`) that falls on the `subtotal` points were
    /// earned on, rounded down: a refund of half the total takes back half the points.
    static func subtotalShare(refunded: Int64, subtotal: Int64, total: Int64) -> Int64 {
        guard total > 0, subtotal > 0 else { return 0 }
        let refunded = min(max(refunded, 0), total)
        let (high, low) = refunded.multipliedFullWidth(by: subtotal)
        return total.dividingFullWidth((high, low)).quotient
    }
}

/// A field read from a file: its value, or why it cannot be used.
enum Checked<Value> {
    case ok(Value)
    case bad(String)
}
