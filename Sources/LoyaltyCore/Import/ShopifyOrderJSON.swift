import Foundation

/// One Shopify order as its Admin API and its webhooks (`orders/create`, `orders/paid`,
/// `orders/updated`, `orders/cancelled`) send it: a JSON object, read into the export's columns and
/// decided by the same rules as a row of the orders export (`ShopifyOrders`), so that an order
/// earns, is refunded and is cancelled exactly once whichever way it arrives (key `shopify:<name>`).
///
/// Columns from fields: `Name` ← `name` ("#1001"), `Email` ← `email` (else `contact_email`, else
/// `customer.email`), `Financial Status` ← `financial_status`, `Subtotal` ← `subtotal_price`, `Total`
/// ← `total_price`, `Currency` ← `currency`, `Paid at` ← `processed_at`, `Created at` ← `created_at`,
/// `Cancelled at` ← `cancelled_at`, `Billing Name` ← `billing_address.name` (else the customer's
/// first and last name), `Refunded Amount` ← the sum of the successful `refund` transactions of
/// `refunds`, `Discount Code` ← the `code` of each of `discount_codes`.
public enum ShopifyOrderJSON {
    /// Reads the order in `bytes` (one JSON object) into `result`; `file` names it in problems.
    public static func read(_ bytes: ArraySlice<UInt8>, file: String, currency: Currency, into result: inout ParsedImport) {
        result.rows += 1
        let record = String(decoding: bytes.prefix(2_000), as: UTF8.self)
        do throws(JSONProblem) {
            let columns = try JSONCursor.reading(bytes) { cursor throws(JSONProblem) in try order(&cursor) }
            let name = columns["Name"] ?? ""
            guard !name.isEmpty else {
                result.problems.append(RowProblem(file: file, line: 1, field: "name", value: "", why: "every order needs its name (e.g. #1001)", record: record))
                return
            }
            let before = result.problems.count
            ShopifyOrders.read({ columns[$0] ?? "" }, name: name, line: 1, record: record, file: file, currency: currency, into: &result)
            for index in before..<result.problems.count {
                let problem = result.problems[index]
                result.problems[index] = RowProblem(file: problem.file, line: problem.line, field: fields[problem.field] ?? problem.field,
                                                    value: problem.value, why: problem.why, record: problem.record, refusesFile: problem.refusesFile)
            }
        } catch {
            result.problems.append(RowProblem(file: file, line: 1, field: error.field, value: "", why: error.why + "; the order must be one JSON object", record: record))
        }
    }

    /// The order's JSON field behind each export column, so a refusal names what the shop sent.
    private static let fields = ["Name": "name", "Email": "email", "Financial Status": "financial_status", "Subtotal": "subtotal_price",
                                 "Total": "total_price", "Currency": "currency", "Paid at": "processed_at", "Created at": "created_at",
                                 "Cancelled at": "cancelled_at", "Billing Name": "billing_address.name",
                                 "Refunded Amount": "refunds[].transactions[].amount", "Discount Code": "discount_codes[].code"]

    /// The export's columns of the order here.
    private static func order(_ cursor: inout JSONCursor) throws(JSONProblem) -> [String: String] {
        var columns: [String: String] = [:]
        var contactEmail = "", customerEmail = "", customerName = ""
        var refundedText: [String] = []
        func set(_ column: String, _ text: String?) { columns[column] = text?.trimmingWhitespace() ?? "" }
        let isObject = try cursor.readObject("(order)") { key, cursor throws(JSONProblem) in
            switch key {
            case "name": set("Name", try cursor.text("name"))
            case "email": set("Email", try cursor.text("email"))
            case "contact_email": contactEmail = try cursor.text("contact_email") ?? ""
            case "financial_status": set("Financial Status", try cursor.text("financial_status"))
            case "subtotal_price": set("Subtotal", try cursor.text("subtotal_price"))
            case "total_price": set("Total", try cursor.text("total_price"))
            case "currency": set("Currency", try cursor.text("currency"))
            case "processed_at": set("Paid at", try cursor.text("processed_at"))
            case "created_at": set("Created at", try cursor.text("created_at"))
            case "cancelled_at": set("Cancelled at", try cursor.text("cancelled_at"))
            case "billing_address":
                try cursor.readObject("billing_address") { key, cursor throws(JSONProblem) in
                    switch key {
                    case "name": set("Billing Name", try cursor.text("billing_address.name"))
                    default: try cursor.skipValue()
                    }
                }
            case "customer":
                var first = "", last = ""
                try cursor.readObject("customer") { key, cursor throws(JSONProblem) in
                    switch key {
                    case "email": customerEmail = try cursor.text("customer.email") ?? ""
                    case "first_name": first = try cursor.text("customer.first_name") ?? ""
                    case "last_name": last = try cursor.text("customer.last_name") ?? ""
                    default: try cursor.skipValue()
                    }
                }
                customerName = [first, last].map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }.joined(separator: " ")
            case "discount_codes":
                var codes: [String] = []
                try cursor.readArray("discount_codes") { index, cursor throws(JSONProblem) in
                    try cursor.readObject("discount_codes[\(index)]") { key, cursor throws(JSONProblem) in
                        guard case "code" = key else { try cursor.skipValue(); return }
                        if let code = try cursor.text("discount_codes[\(index)].code") { codes.append(code) }
                    }
                }
                columns["Discount Code"] = codes.joined(separator: ",")
            case "refunds":
                try cursor.readArray("refunds") { index, cursor throws(JSONProblem) in
                    try cursor.readObject("refunds[\(index)]") { key, cursor throws(JSONProblem) in
                        guard case "transactions" = key else { try cursor.skipValue(); return }
                        try cursor.readArray("refunds[\(index)].transactions") { item, cursor throws(JSONProblem) in
                            var amount = "", kind = "", status = ""
                            let path = "refunds[\(index)].transactions[\(item)]"
                            try cursor.readObject(path) { key, cursor throws(JSONProblem) in
                                switch key {
                                case "amount": amount = try cursor.text(path + ".amount") ?? ""
                                case "kind": kind = try cursor.text(path + ".kind") ?? ""
                                case "status": status = try cursor.text(path + ".status") ?? ""
                                default: try cursor.skipValue()
                                }
                            }
                            if kind == "refund", status == "success" { refundedText.append(amount) }
                        }
                    }
                }
            default: try cursor.skipValue()
            }
        }
        guard isObject else { throw JSONProblem(field: "(order)", why: "is null") }
        if (columns["Email"] ?? "").isEmpty { columns["Email"] = contactEmail.isEmpty ? customerEmail.trimmingWhitespace() : contactEmail.trimmingWhitespace() }
        if (columns["Billing Name"] ?? "").isEmpty { columns["Billing Name"] = customerName }
        if !refundedText.isEmpty {
            columns["Refunded Amount"] = sum(refundedText)
        }
        return columns
    }

    /// The refunds' amounts added up, as text the export would write ("12.50"), or the first that is
    /// not an amount, so the order's reading names it.
    private static func sum(_ amounts: [String]) -> String {
        var total = Decimal(0)
        for text in amounts {
            guard let amount = Decimal(string: text.trimmingWhitespace(), locale: Locale(identifier: "en_US_POSIX")) else { return text }
            total += amount
        }
        return "\(total)"
    }
}
