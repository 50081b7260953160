import Foundation

/// One customer of the shop as a customers export describes them, checked: who they are to the shop
/// (its own key), their e-mail address, and what the export says of their name, phone, marketing
/// consent and when their account was made. Values the export does not give are nil.
public struct CustomerRecord: Sendable, Equatable {
    /// The line of the file it starts on.
    public let line: Int
    /// The shop's own key: `shopify:<Customer ID>` or `woo:<id>`, so the same customer is
    /// recognised in a later export whatever changed.
    public let key: String
    public let email: String
    public let name: String?
    public let phone: String?
    /// Whether they accept marketing e-mails; nil when the export does not say.
    public let acceptsMarketing: Bool?
    /// When their account in the shop was made.
    public let created: Date?

    public init(line: Int, key: String, email: String, name: String?, phone: String?, acceptsMarketing: Bool?, created: Date?) {
        self.line = line
        self.key = key
        self.email = email
        self.name = name
        self.phone = phone
        self.acceptsMarketing = acceptsMarketing
        self.created = created
    }

    /// The longest key a customer may have (the shop's id and its prefix).
    public static let maximumKeyLength = 120
}

/// The customers exports `loyalty import customers` reads, told apart by their first character.
public enum CustomerFormat: String, Sendable, CaseIterable {
    /// Shopify's Customers → Export CSV.
    case shopify
    /// WooCommerce's `GET /wp-json/wc/v3/customers`: a JSON array, or one customer object per line.
    case woocommerce

    /// JSON (a file whose first character, after a byte order mark and white space, is `[` or `{`)
    /// is WooCommerce's; anything else is read as Shopify's CSV.
    public static func detect(_ bytes: ArraySlice<UInt8>) -> CustomerFormat {
        var rest = bytes
        if rest.starts(with: [0xEF, 0xBB, 0xBF]) { rest = rest.dropFirst(3) }
        let first = rest.first { !JSONRecords.isSpace($0) }
        return first == UInt8(ascii: "[") || first == UInt8(ascii: "{") ? .woocommerce : .shopify
    }
}

/// What reading a customers export found: the customers in file order, the rows that cannot be
/// imported, and how many rows it read and passed over (a customer with no e-mail address).
public struct ParsedCustomers: Sendable {
    public var format: CustomerFormat
    public var customers: [CustomerRecord] = []
    public var problems: [RowProblem] = []
    public var rows = 0
    /// Customers without an e-mail address: Loyalty names every member by one.
    public var passedOver = 0

    public init(format: CustomerFormat) { self.format = format }

    /// Reads a whole customers export held in memory, in the format its first character says.
    public static func read(_ bytes: [UInt8], file: String) -> ParsedCustomers {
        let format = CustomerFormat.detect(bytes[...])
        var parsed = ParsedImport()
        var customers: [CustomerRecord] = []
        switch format {
        case .shopify: ShopifyCustomers.read(bytes[...], file: file, into: &parsed, customers: &customers)
        case .woocommerce: WooCommerceCustomers.read(bytes[...], file: file, into: &parsed, customers: &customers)
        }
        var result = ParsedCustomers(format: format)
        result.customers = customers
        result.problems = parsed.problems
        result.rows = parsed.rows
        result.passedOver = parsed.passedOver
        return result
    }
}

/// The checks every customers format makes of a customer's fields.
enum CustomerFields {
    /// A shop's id written as Shopify writes some values for spreadsheets, with a leading `'`
    /// (`'+31612345678`, `'7012345678901`), without it.
    static func withoutSpreadsheetQuote(_ text: String) -> String {
        text.hasPrefix("'") ? String(text.dropFirst()).trimmingWhitespace() : text
    }

    /// The customer as a record, or the problems of its fields (each named by the file's own name for
    /// it in `fields`: "email", "name", "phone"); nil email passes the customer over.
    static func record(line: Int, key: String, email: String, name: String, phone: String, acceptsMarketing: Bool?, created: Date?,
                       fields: (email: String, name: String, phone: String, key: String),
                       problem: (_ field: String, _ value: String, _ why: String) -> Void) -> CustomerRecord? {
        var valid = true
        if key.count > CustomerRecord.maximumKeyLength || key.containsControlCharacters {
            problem(fields.key, key, "a customer's id must be at most \(CustomerRecord.maximumKeyLength - 10) printable characters")
            valid = false
        }
        var checkedEmail = ""
        switch ImportFields.email(email) {
        case .ok(let value): checkedEmail = value
        case .bad(let why): problem(fields.email, email, why); valid = false
        }
        var checkedName: String?
        switch ImportFields.name(name) {
        case .ok(let value): checkedName = value
        case .bad(let why): problem(fields.name, name, why); valid = false
        }
        var checkedPhone: String?
        switch ImportFields.phone(phone) {
        case .ok(let value): checkedPhone = value
        case .bad(let why): problem(fields.phone, phone, why); valid = false
        }
        guard valid else { return nil }
        return CustomerRecord(line: line, key: key, email: checkedEmail, name: checkedName, phone: checkedPhone, acceptsMarketing: acceptsMarketing,
                              created: created)
    }
}
