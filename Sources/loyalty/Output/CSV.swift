/// CSV as RFC 4180 writes it: comma-separated, CRLF line ends, fields with a comma, quote or line
/// break in double quotes (quotes doubled).
enum CSV {
    static func row(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",") + "\r\n"
    }

    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Text typed by people (names, e-mail addresses) made safe to open in a spreadsheet: a field
    /// starting with = + - @ or a tab would run as a formula, so it gets a leading apostrophe
    /// (OWASP's advice against CSV injection).
    static func text(_ field: String) -> String {
        guard let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return field }
        return "'" + field
    }
}
