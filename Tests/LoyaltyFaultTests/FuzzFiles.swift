import Foundation

/// Import files built from rows of fields, each row valid except for a few fields replaced by
/// hostile values (`FuzzValues`), for each format `loyalty import` reads. Every row earns under an
/// e-mail of its own (fuzz<serial>@example.com) unless that field is one of the replaced ones.
struct FuzzFiles {
    var values: FuzzValues
    private var serial = 0
    /// What ends each CSV record (LF; CR alone for a file from Excel for Mac).
    var lineEnd: [UInt8] = [0x0A]

    init(seed: UInt64) { values = FuzzValues(seed: seed) }

    static let eventColumns = ["kind", "email", "external_id", "amount", "currency", "occurred_at", "name", "action", "refund_id"]
    static let shopifyColumns = ["Name", "Email", "Financial Status", "Paid at", "Subtotal", "Shipping", "Taxes", "Total",
                                 "Refunded Amount", "Cancelled at", "Billing Name", "Currency"]

    /// The valid value of each field for row `n`, then up to three of them replaced.
    mutating func row(_ valid: [String: String]) -> [String: [UInt8]] {
        var fields = valid.mapValues { Array($0.utf8) }
        for _ in 0..<values.random.below(4) { fields[values.pick(valid.keys.sorted())] = values.any() }
        return fields
    }

    mutating func next() -> Int {
        serial += 1
        return serial
    }

    /// The generic events file as CSV.
    mutating func eventsCSV(rows: Int) -> [UInt8] {
        var bytes = Array(Self.eventColumns.joined(separator: ",").utf8) + lineEnd
        for _ in 0..<rows { bytes += csvLine(Self.eventColumns, row(validEvent(next()))) }
        return bytes
    }

    /// The generic events file as JSON-lines.
    mutating func eventsJSON(rows: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        for _ in 0..<rows { bytes += jsonObject(Self.eventColumns.map { ($0, nil) }, row(validEvent(next()))) + [0x0A] }
        return bytes
    }

    /// Shopify's orders export.
    mutating func shopifyCSV(rows: Int) -> [UInt8] {
        var bytes = Array(Self.shopifyColumns.joined(separator: ",").utf8) + lineEnd
        for _ in 0..<rows {
            let n = next()
            bytes += csvLine(Self.shopifyColumns, row([
                "Name": "#\(n)", "Email": "fuzz\(n)@example.com", "Financial Status": values.pick(["paid", "partially_refunded", "refunded", "pending"]),
                "Paid at": "2026-03-01 10:05:00 +0100", "Subtotal": "40.00", "Shipping": "4.95", "Taxes": "8.40", "Total": "53.35",
                "Refunded Amount": values.pick(["", "0.00", "10.00"]), "Cancelled at": "", "Billing Name": "Zoë \(n)", "Currency": "EUR",
            ]))
        }
        return bytes
    }

    /// WooCommerce orders as JSON-lines (nested billing and refunds).
    mutating func wooJSON(rows: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        for _ in 0..<rows { bytes += wooOrder() + [0x0A] }
        return bytes
    }

    /// One WooCommerce order as a JSON object (nested billing and refunds), on one line.
    mutating func wooOrder() -> [UInt8] {
        let n = next()
        let fields = row([
            "id": String(n), "status": values.pick(["completed", "processing", "refunded", "cancelled", "on-hold"]), "currency": "EUR",
            "date_paid": "2026-03-01T10:05:00", "total": "53.35", "total_tax": "8.40", "shipping_total": "4.95",
            "email": "fuzz\(n)@example.com", "first_name": "Zoë", "last_name": "N\(n)", "refund_id": String(900_000 + n), "refund_total": "-10.00",
        ])
        let billing = jsonObject([("email", nil), ("first_name", nil), ("last_name", nil)], fields)
        let refund = jsonObject([("id", "refund_id"), ("total", "refund_total")], fields)
        var object = jsonObject([("id", nil), ("status", nil), ("currency", nil), ("date_paid", nil), ("total", nil), ("total_tax", nil), ("shipping_total", nil)], fields)
        object.removeLast()
        return object + Array(",\"billing\":".utf8) + billing + Array(",\"refunds\":[".utf8) + refund + Array("]}".utf8)
    }

    private mutating func validEvent(_ n: Int) -> [String: String] {
        let kind = values.pick(["order", "order", "review", "custom", "refund", "cancel", "booking"])
        return ["kind": kind, "email": "fuzz\(n)@example.com", "external_id": "E\(n)", "amount": kind == "review" || kind == "custom" ? "" : "12.50",
                "currency": "EUR", "occurred_at": "2026-03-01", "name": "Zoë \(n)", "action": kind == "custom" ? "Follow us" : "",
                "refund_id": kind == "refund" ? "R\(n)" : ""]
    }

    /// One CSV record: fields quoted when they need it, but now and then written raw (a broken file).
    mutating func csvLine(_ columns: [String], _ fields: [String: [UInt8]]) -> [UInt8] {
        var line: [UInt8] = []
        for (index, column) in columns.enumerated() {
            if index > 0 { line.append(UInt8(ascii: ",")) }
            let value = fields[column] ?? []
            let needsQuotes = value.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
            if needsQuotes, !values.random.chance(10) {
                line += [0x22] + value.flatMap { $0 == 0x22 ? [0x22, 0x22] : [$0] } + [0x22]
            } else {
                line += value
            }
        }
        return line + lineEnd
    }

    /// A JSON object of string values (key, or the field it is read from when another name), each
    /// escaped as JSON requires, but now and then written bare (a number, or broken JSON).
    mutating func jsonObject(_ keys: [(key: String, field: String?)], _ fields: [String: [UInt8]]) -> [UInt8] {
        var object: [UInt8] = [UInt8(ascii: "{")]
        for (index, entry) in keys.enumerated() {
            if index > 0 { object.append(UInt8(ascii: ",")) }
            let value = fields[entry.field ?? entry.key] ?? []
            object += Array("\"\(entry.key)\":".utf8) + (values.random.chance(5) ? value : jsonString(value))
        }
        return object + [UInt8(ascii: "}")]
    }

    /// `bytes` as a JSON string literal; invalid UTF-8 is left raw (which no JSON reader accepts).
    private func jsonString(_ bytes: [UInt8]) -> [UInt8] {
        guard let text = String(validating: bytes, as: UTF8.self) else { return [0x22] + bytes + [0x22] }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return Array((out + "\"").utf8)
    }
}
