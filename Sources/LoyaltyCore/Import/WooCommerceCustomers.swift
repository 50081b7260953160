import Foundation

/// Customers as the WooCommerce REST API v3 returns them (`GET /wp-json/wc/v3/customers`, a JSON
/// array), or one customer object per line.
///
/// - `id` keys the customer (`woo:<id>`); `email` (else `billing.email`) names the member;
///   `first_name` and `last_name` (else the billing ones) their name; `billing.phone` their phone.
/// - `date_created_gmt` (else `date_created`) is when their account was made: the member's joined date.
/// - WooCommerce keeps no marketing consent: it stays as it is (not known for a new member).
/// - A customer with no e-mail address is passed over.
public enum WooCommerceCustomers {
    /// The fields of a customer the import needs, as text (nil when missing or `null`).
    struct Customer {
        var id: String?
        var email: String?
        var firstName: String?
        var lastName: String?
        var created: String?
        var createdLocal: String?
        var billingEmail: String?
        var billingFirstName: String?
        var billingLastName: String?
        var billingPhone: String?
    }

    /// Reads a whole file: its records into `customers`, its problems and counts into `result`.
    static func read(_ bytes: ArraySlice<UInt8>, file: String, into result: inout ParsedImport, customers: inout [CustomerRecord]) {
        var records = JSONRecords()
        _ = records.read(bytes, atEnd: true, file: file, into: &result) { record, result in
            do throws(JSONProblem) {
                let customer = try JSONCursor.reading(record.bytes) { cursor throws(JSONProblem) in try read(&cursor) }
                if let checked = check(customer, record: record, file: file, into: &result) { customers.append(checked) }
            } catch {
                result.problems.append(RowProblem(file: file, line: record.line, field: error.field, value: "",
                                                  why: error.why + "; each customer must be one JSON object", record: record.text))
            }
        }
    }

    private static func read(_ cursor: inout JSONCursor) throws(JSONProblem) -> Customer {
        var customer = Customer()
        let isObject = try cursor.readObject("(record)") { key, cursor throws(JSONProblem) in
            switch key {
            case "id": customer.id = try cursor.text("id")
            case "email": customer.email = try cursor.text("email")
            case "first_name": customer.firstName = try cursor.text("first_name")
            case "last_name": customer.lastName = try cursor.text("last_name")
            case "date_created_gmt": customer.created = try cursor.text("date_created_gmt")
            case "date_created": customer.createdLocal = try cursor.text("date_created")
            case "billing":
                try cursor.readObject("billing") { key, cursor throws(JSONProblem) in
                    switch key {
                    case "email": customer.billingEmail = try cursor.text("billing.email")
                    case "first_name": customer.billingFirstName = try cursor.text("billing.first_name")
                    case "last_name": customer.billingLastName = try cursor.text("billing.last_name")
                    case "phone": customer.billingPhone = try cursor.text("billing.phone")
                    default: try cursor.skipValue()
                    }
                }
            default: try cursor.skipValue()
            }
        }
        guard isObject else { throw JSONProblem(field: "(record)", why: "is null") }
        return customer
    }

    private static func check(_ customer: Customer, record: JSONRecord, file: String, into result: inout ParsedImport) -> CustomerRecord? {
        var problems: [RowProblem] = []
        func problem(_ field: String, _ value: String, _ why: String) {
            problems.append(RowProblem(file: file, line: record.line, field: field, value: value, why: why, record: record.text))
        }
        func trimmed(_ text: String?) -> String { text?.trimmingWhitespace() ?? "" }
        let id = trimmed(customer.id)
        if id.isEmpty { problem("id", id, "every customer needs its WooCommerce id, so a later export updates the same member") }
        let (emailField, email) = trimmed(customer.email).isEmpty ? ("billing.email", trimmed(customer.billingEmail)) : ("email", trimmed(customer.email))
        let (dateField, dateText) = trimmed(customer.created).isEmpty ? ("date_created", trimmed(customer.createdLocal)) : ("date_created_gmt", trimmed(customer.created))
        var created: Date?
        if !dateText.isEmpty {
            created = ShopDate.parse(dateText)
            if created == nil { problem(dateField, dateText, "not a date and time like 2024-03-21T16:09:28") }
        }
        guard !email.isEmpty || !problems.isEmpty else {
            result.passedOver += 1
            return nil
        }
        let own = [trimmed(customer.firstName), trimmed(customer.lastName)].filter { !$0.isEmpty }
        let billing = [trimmed(customer.billingFirstName), trimmed(customer.billingLastName)].filter { !$0.isEmpty }
        let nameField = own.isEmpty && !billing.isEmpty ? "billing.first_name" : "first_name"
        let checked = CustomerFields.record(line: record.line, key: "woo:\(id)", email: email, name: (own.isEmpty ? billing : own).joined(separator: " "),
                                            phone: trimmed(customer.billingPhone), acceptsMarketing: nil, created: created,
                                            fields: (emailField, nameField, "billing.phone", "id"), problem: problem)
        guard problems.isEmpty, let checked else {
            result.problems += problems
            return nil
        }
        return checked
    }
}

/// A shop's date and time: `2024-03-21T16:09:28` (UTC, as WooCommerce's `_gmt` fields give it), with
/// optional fractions of a second and an optional `Z` or `±HH:MM` offset; or a day, `2024-03-21`.
enum ShopDate {
    static func parse(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count, !range.isEmpty else { return nil }
            var value = 0
            for byte in bytes[range] {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              (1...12).contains(month), (1...31).contains(day), year >= 1970 else { return nil }
        var seconds = 0, index = 10
        if bytes.count > 10 {
            guard bytes.count >= 19, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "), bytes[13] == UInt8(ascii: ":"),
                  bytes[16] == UInt8(ascii: ":"), let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
                  hour < 24, minute < 60, second < 61 else { return nil }
            seconds = hour * 3600 + minute * 60 + second
            index = 19
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            }
            if index < bytes.count {
                if bytes[index] == UInt8(ascii: "Z"), index + 1 == bytes.count {
                    index += 1
                } else if bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-"), bytes.count == index + 6,
                          bytes[index + 3] == UInt8(ascii: ":"), let hours = number((index + 1)..<(index + 3)), let minutes = number((index + 4)..<(index + 6)) {
                    let offset = hours * 3600 + minutes * 60
                    seconds -= bytes[index] == UInt8(ascii: "+") ? offset : -offset
                    index = bytes.count
                } else {
                    return nil
                }
            }
        }
        guard index == bytes.count else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(daysSince1970(year: year, month: month, day: day) * 86_400 + seconds))
    }

    /// Days from 1970-01-01 to the date (the proleptic Gregorian calendar).
    private static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = y / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
