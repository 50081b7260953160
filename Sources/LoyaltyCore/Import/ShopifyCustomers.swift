/// Shopify's customers export CSV (Customers → Export): one row per customer with the columns
/// `Customer ID`, `First Name`, `Last Name`, `Email`, `Accepts Email Marketing`, `Default Address …`,
/// `Phone`, `Accepts SMS Marketing`, `Total Spent`, `Total Orders`, `Note`, `Tax Exempt`, `Tags`.
///
/// - The customer is keyed `shopify:<Customer ID>`; the name is `First Name` and `Last Name`.
/// - `Phone`, else `Default Address Phone`. Shopify writes some ids and phones with a leading `'`
///   (so spreadsheets keep them as text): it is taken off.
/// - `Accepts Email Marketing` (`Accepts Marketing` in older exports) is `yes` or `no`; empty is not known.
/// - A customer with no `Email` (a phone-only account) is passed over: every member has an e-mail address.
public enum ShopifyCustomers {
    public static let requiredColumns = ["Customer ID", "First Name", "Last Name", "Email"]
    /// Every column the import reads.
    static let columnsRead = requiredColumns + ["Accepts Email Marketing", "Accepts Marketing", "Phone", "Default Address Phone"]

    static let advice = "export the customers from Shopify (Customers → Export → CSV for Excel, Numbers, or other spreadsheet programs)"

    /// Reads a whole file: its rows into `customers`, its problems and counts into `result`.
    static func read(_ bytes: ArraySlice<UInt8>, file: String, into result: inout ParsedImport, customers: inout [CustomerRecord]) {
        var rows = CSVRows(file: file, required: requiredColumns, read: columnsRead, advice: advice)
        _ = rows.read(bytes, atEnd: true, into: &result) { row, header, result in
            result.rows += 1
            if let customer = read(row, header: header, file: file, into: &result) { customers.append(customer) }
        }
    }

    private static func read(_ row: CSVRecord, header: CSVHeader, file: String, into result: inout ParsedImport) -> CustomerRecord? {
        if let problem = header.notUTF8(row, file: file, among: columnsRead) {
            result.problems.append(problem)
            return nil
        }
        var problems: [RowProblem] = []
        func problem(_ field: String, _ value: String, _ why: String) {
            problems.append(RowProblem(file: file, line: row.line, field: field, value: value, why: why, record: row.text))
        }
        let email = header.value(row, "Email")
        let id = CustomerFields.withoutSpreadsheetQuote(header.value(row, "Customer ID"))
        if id.isEmpty { problem("Customer ID", id, "every customer needs Shopify's id, so a later export updates the same member; \(advice)") }
        let consentColumn = header.has("Accepts Email Marketing") ? "Accepts Email Marketing" : "Accepts Marketing"
        let consentText = header.value(row, consentColumn)
        var consent: Bool?
        switch consentText.lowercased() {
        case "yes", "true": consent = true
        case "no", "false": consent = false
        case "": consent = nil
        default: problem(consentColumn, consentText, "must be yes or no (or empty when not known)")
        }
        guard !email.isEmpty || !problems.isEmpty else {
            result.passedOver += 1
            return nil
        }
        let name = [header.value(row, "First Name"), header.value(row, "Last Name")].filter { !$0.isEmpty }.joined(separator: " ")
        let phone = header.value(row, "Phone").isEmpty ? header.value(row, "Default Address Phone") : header.value(row, "Phone")
        let phoneColumn = header.value(row, "Phone").isEmpty ? "Default Address Phone" : "Phone"
        let record = CustomerFields.record(line: row.line, key: "shopify:\(id)", email: email, name: name, phone: phone, acceptsMarketing: consent,
                                           created: nil, fields: ("Email", "First Name", phoneColumn, "Customer ID"), problem: problem)
        guard problems.isEmpty, let record else {
            result.problems += problems
            return nil
        }
        return record
    }
}
