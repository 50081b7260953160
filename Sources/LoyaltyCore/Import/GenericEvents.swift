import Foundation

/// The generic import format, for any platform: CSV with a header row, or JSON-lines with the same
/// names as keys. Columns:
///
/// | column        | required | meaning                                                                 |
/// |---------------|----------|-------------------------------------------------------------------------|
/// | `kind`        | yes      | order, booking, event_ticket, event_rsvp, newsletter, review, birthday, custom, refund, cancel |
/// | `email`       | earning  | the customer's e-mail (unknown ones become visitors)                    |
/// | `external_id` | yes      | your id (order number); with the kind it counts once. For refund/cancel: the order's id |
/// | `amount`      | orders   | spend excluding shipping and tax, e.g. 49.99; for `refund` the amount refunded (none: all) |
/// | `currency`    | with amount | ISO code; must be the programme's                                    |
/// | `occurred_at` | no       | when it happened: ISO 8601 date or time (UTC unless it has an offset); none: when imported |
/// | `name`        | no       | the customer's name, used when they are new                              |
/// | `action`      | custom   | the custom action's name, as its custom way to earn names it            |
/// | `refund_id`   | partial refunds | your id for this refund, so it counts once                      |
///
/// Ids are used as given, so `external_id` 1042 is the same order as `loyalty event order --order 1042`.
public enum GenericEvents {
    public static let columns = ["kind", "email", "external_id", "amount", "currency", "occurred_at", "name", "action", "refund_id"]

    /// A file of this format read piece by piece: CSV, or JSON when its first character is `{` or `[`.
    struct Reader: Sendable {
        private enum Layout: Sendable {
            case undecided, csv(CSVRows), json(JSONRecords)
        }
        private let file: String
        private let currency: Currency
        private var layout = Layout.undecided

        init(file: String, currency: Currency) {
            self.file = file
            self.currency = currency
        }

        /// Reads the complete records at the start of `bytes` into `result`; returns how many bytes were used.
        mutating func read(_ bytes: ArraySlice<UInt8>, atEnd: Bool, into result: inout ParsedImport) -> Int {
            if case .undecided = layout {
                var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.startIndex + 3 : bytes.startIndex
                while start < bytes.endIndex, JSONRecords.isSpace(bytes[start]) { start += 1 }
                guard start < bytes.endIndex || atEnd || bytes.count > ImportReader.maximumRecordBytes else { return 0 }
                let isJSON = start < bytes.endIndex && (bytes[start] == UInt8(ascii: "{") || bytes[start] == UInt8(ascii: "["))
                layout = isJSON ? .json(JSONRecords()) : .csv(CSVRows(file: file, required: ["kind", "external_id"], read: GenericEvents.columns,
                                                                     advice: "the header row needs the columns \(GenericEvents.columns.joined(separator: ","))"))
            }
            let (file, currency) = (self.file, self.currency)
            switch layout {
            case .undecided:
                return 0
            case .csv(var rows):
                let used = rows.read(bytes, atEnd: atEnd, into: &result) { row, header, result in
                    result.rows += 1
                    if let problem = header.notUTF8(row, file: file, among: GenericEvents.columns) {
                        result.problems.append(problem)
                    } else {
                        GenericEvents.read({ header.value(row, $0) }, line: row.line, record: row.text, file: file, currency: currency, into: &result)
                    }
                }
                layout = .csv(rows)
                return used
            case .json(var records):
                let used = records.read(bytes, atEnd: atEnd, file: file, into: &result) { record, result in
                    do throws(JSONProblem) {
                        let object = try GenericEvents.object(record.bytes)
                        GenericEvents.read({ object[$0]?.trimmingWhitespace() ?? "" }, line: record.line, record: record.text,
                                           file: file, currency: currency, into: &result)
                    } catch {
                        result.problems.append(RowProblem(file: file, line: record.line, field: error.field, value: "",
                                                          why: error.why + "; each line must be one JSON object of texts and numbers", record: record.text))
                    }
                }
                layout = .json(records)
                return used
            }
        }
    }

    /// A JSON-lines record as its keys and values read as text ("" for `null`).
    private static func object(_ bytes: ArraySlice<UInt8>) throws(JSONProblem) -> [String: String] {
        try JSONCursor.reading(bytes) { cursor throws(JSONProblem) in
            var object: [String: String] = [:]
            guard try cursor.readObject("(record)", { key, cursor throws(JSONProblem) in object[key.text] = try cursor.text(key.text) ?? "" }) else {
                throw JSONProblem(field: "(record)", why: "is null")
            }
            return object
        }
    }

    private static func read(_ value: (String) -> String, line: Int, record: String, file: String, currency: Currency, into result: inout ParsedImport) {
        var problems: [RowProblem] = []
        func problem(_ field: String, _ text: String, _ why: String) {
            problems.append(RowProblem(file: file, line: line, field: field, value: text, why: why, record: record))
        }
        let kindText = value("kind").lowercased()
        let kind = EarningKind(rawValue: kindText)
        let isRefund = kindText == "refund", isCancel = kindText == "cancel"
        let allowed = EarningKind.allCases.filter { $0 != .signup && $0 != .referral }.map(\.rawValue) + ["refund", "cancel"]
        if !isRefund, !isCancel, kind == nil || kind == .signup || kind == .referral {
            problem("kind", kindText, "not a kind this file can hold; use one of \(allowed.joined(separator: ", "))")
        }
        let id = value("external_id")
        if ExternalID.problem(id) != nil { problem("external_id", id, "every row needs its id (1 to \(ExternalID.maxLength) printable characters), so it counts once") }
        let code = value("currency")
        if let why = ImportFields.currencyProblem(code, expected: currency) { problem("currency", code, why) }
        var amount: Money?
        let amountText = value("amount")
        if !amountText.isEmpty {
            switch ImportFields.money(amountText, currency) {
            case .ok(let money):
                if money.minorUnits < 0 { problem("amount", amountText, "cannot be negative; write refunds as kind refund with a positive amount") }
                amount = money
            case .bad(let why): problem("amount", amountText, why)
            }
        }
        let occurredText = value("occurred_at")
        let occurred = occurredText.isEmpty ? nil : EventMoment.parse(occurredText, dayZone: utc, unmarkedZone: utc)
        if !occurredText.isEmpty, occurred == nil {
            problem("occurred_at", occurredText, "not an ISO 8601 date or time; write it like 2026-03-01 or 2026-03-01T14:30:00Z")
        }
        if let occurred, let why = result.futureProblem(occurred) { problem("occurred_at", occurredText, why) }
        var email = "", name: String?
        if !isRefund, !isCancel {
            let text = value("email")
            switch ImportFields.email(text) {
            case .ok(let valid): email = valid
            case .bad(let why): problem("email", text, why)
            }
            let nameText = value("name")
            switch ImportFields.name(nameText) {
            case .ok(let valid): name = valid
            case .bad(let why): problem("name", nameText, why)
            }
        }
        if kind == .order, amountText.isEmpty { problem("amount", "", "an order needs its subtotal (without shipping and tax) to earn") }
        let action = value("action")
        if kind == .custom, action.isEmpty { problem("action", "", "a custom event needs the action's name, as its custom way to earn names it") }
        if !StoredText.isAcceptable(action) { problem("action", action, "control characters are not allowed in an action's name") }
        let refundID = value("refund_id")
        if isRefund, amount != nil, refundID.isEmpty { problem("refund_id", "", "a partial refund needs its own id, so a second partial refund is not mistaken for the first") }
        if !refundID.isEmpty, ExternalID.problem(refundID) != nil { problem("refund_id", refundID, "a refund id is 1 to \(ExternalID.maxLength) printable characters") }
        if isRefund, let money = amount, money.minorUnits == 0 { problem("amount", amountText, "a refund amount must be above 0") }
        guard problems.isEmpty else {
            result.problems += problems
            return
        }
        if isCancel || (isRefund && amount == nil) {
            result.items.append(ImportItem(line: line, .cancel(order: id), occurredAt: occurred))
        } else if isRefund, let amount {
            result.items.append(ImportItem(line: line, .refund(RefundRequest(orderRef: id, refundID: refundID, amount: amount, occurredAt: occurred))))
        } else if let kind {
            result.items.append(ImportItem(line: line, .earn(EarningEvent(kind: kind, externalID: id, email: email, name: name, amount: amount,
                                                                          action: kind == .custom ? action : nil, occurredAt: occurred))))
        }
    }

    private static let utc = TimeZone(identifier: "UTC")!
}
