import Foundation

/// One Shopify customer as its Admin API (2024-10, `GET /admin/api/2024-10/customers.json`) sends
/// it: a JSON object, read with the same checks as a row of the customers export (`ShopifyCustomers`)
/// and keyed the same way (`shopify:<id>`), so that a customer read by `loyalty sync` and one
/// imported from the export are the same member.
///
/// Fields: `id`; `email`; `first_name` and `last_name`; `phone` (else `default_address.phone`);
/// `created_at` (when their account was made: the member's joined date); marketing consent from
/// `email_marketing_consent.state` (`subscribed` yes; `not_subscribed`, `unsubscribed` no; others
/// not known). A customer without an e-mail address is passed over.
public enum ShopifyCustomerJSON {
    /// Reads the customer in `bytes` (one JSON object) into `result`; `file` and `line` name it in problems.
    public static func read(_ bytes: ArraySlice<UInt8>, file: String, line: Int, into result: inout ParsedCustomers) {
        result.rows += 1
        let record = String(decoding: bytes.prefix(2_000), as: UTF8.self)
        var problems: [RowProblem] = []
        func problem(_ field: String, _ value: String, _ why: String) {
            problems.append(RowProblem(file: file, line: line, field: field, value: value, why: why, record: record))
        }
        let fields: [String: String]
        do throws(JSONProblem) {
            fields = try JSONCursor.reading(bytes) { cursor throws(JSONProblem) in try customer(&cursor) }
        } catch {
            result.problems.append(RowProblem(file: file, line: line, field: error.field, value: "", why: error.why + "; the customer must be one JSON object",
                                              record: record))
            return
        }
        let id = fields["id"] ?? ""
        if id.isEmpty { problem("id", id, "every customer needs Shopify's id, so a later sync updates the same member") }
        var created: Date?
        if let text = fields["created_at"], !text.isEmpty {
            created = ShopDate.parse(text)
            if created == nil { problem("created_at", text, "not a date and time like 2024-03-21T16:09:28-04:00") }
        }
        let consent: Bool? = switch fields["consent"] {
        case "subscribed": true
        case "not_subscribed", "unsubscribed": false
        default: nil
        }
        let email = fields["email"] ?? ""
        guard !email.isEmpty || !problems.isEmpty else {
            result.passedOver += 1
            return
        }
        let name = [fields["first_name"] ?? "", fields["last_name"] ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
        let (phoneField, phone) = (fields["phone"] ?? "").isEmpty ? ("default_address.phone", fields["address_phone"] ?? "") : ("phone", fields["phone"] ?? "")
        let checked = CustomerFields.record(line: line, key: "shopify:\(id)", email: email, name: name, phone: phone, acceptsMarketing: consent,
                                            created: created, fields: ("email", "first_name", phoneField, "id"), problem: problem)
        guard problems.isEmpty, let checked else {
            result.problems += problems
            return
        }
        result.customers.append(checked)
    }

    /// The fields read, trimmed, by name (`consent` and `address_phone` for the nested ones).
    private static func customer(_ cursor: inout JSONCursor) throws(JSONProblem) -> [String: String] {
        var fields: [String: String] = [:]
        func set(_ name: String, _ text: String?) { fields[name] = text?.trimmingWhitespace() ?? "" }
        let isObject = try cursor.readObject("(customer)") { key, cursor throws(JSONProblem) in
            switch key {
            case "id", "email", "first_name", "last_name", "phone", "created_at": set(key.text, try cursor.text(key.text))
            case "email_marketing_consent":
                try cursor.readObject("email_marketing_consent") { key, cursor throws(JSONProblem) in
                    if case "state" = key { set("consent", try cursor.text("email_marketing_consent.state")) } else { try cursor.skipValue() }
                }
            case "default_address":
                try cursor.readObject("default_address") { key, cursor throws(JSONProblem) in
                    if case "phone" = key { set("address_phone", try cursor.text("default_address.phone")) } else { try cursor.skipValue() }
                }
            default: try cursor.skipValue()
            }
        }
        guard isObject else { throw JSONProblem(field: "(customer)", why: "is null") }
        return fields
    }
}
