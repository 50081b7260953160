/// The one rule for every text Loyalty stores (names, SKUs, reasons, e-mail subjects and bodies,
/// campaign and programme names, the points icon…): no control characters, so nothing stored can
/// ever move a cursor, ring a bell or reorder a line where it is later shown or exported. Texts of
/// several lines (e-mail bodies) may keep line breaks and tabs. The front ends' `terminalSafe`
/// output stays as the second line of defence, for databases written before this rule.
public enum StoredText {
    /// `text` unchanged when it passes the rule, else an error naming `field`.
    public static func checked(_ text: String, field: StoredTextField, multiline: Bool = false) throws -> String {
        guard isAcceptable(text, multiline: multiline) else {
            throw LoyaltyError.input(.controlCharacters(field: field, multiline: multiline))
        }
        return text
    }

    /// True when `text` holds no control character (with `multiline`, line breaks and tabs are allowed).
    public static func isAcceptable(_ text: String, multiline: Bool = false) -> Bool {
        guard multiline else { return !text.containsControlCharacters }
        return !text.unicodeScalars.contains { $0 != "\n" && $0 != "\r" && $0 != "\t" && String($0).containsControlCharacters }
    }
}
