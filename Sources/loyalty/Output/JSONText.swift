/// JSON written by hand for flat rows of an export: `JSONSerialization` per row made a million-row
/// export fifteen times slower than the CSV one.
enum JSONText {
    /// A JSON string literal, escaped as RFC 8259 requires.
    static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    static func string(_ text: String?) -> String { text.map { string($0) } ?? "null" }

    /// An object with its keys in the given order: `[("name", string("Zoë")), ("balance", "40")]`.
    static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }
}
