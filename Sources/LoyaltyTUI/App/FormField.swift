import LoyaltyCore

/// One labelled input of a form: free text, a whole number, an amount of money, a choice, or
/// text of several lines.
public struct FormField: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case text
        /// A whole number; `allowsEmpty` for optional numbers such as caps.
        case number(allowsEmpty: Bool)
        /// An amount like 12.50 in the currency; `allowsEmpty` for optional amounts.
        case money(Currency, allowsEmpty: Bool)
        /// One of fixed options, changed with ←/→ or Space.
        case choice([String])
        /// Free text of several lines (an e-mail body), edited in a `TextArea`.
        case multiline
    }

    /// A stable name the submitting code reads the value by, e.g. "points".
    public let key: String
    public var label: String
    public var kind: Kind
    public var input: TextField
    /// The text of a `.multiline` field (empty for the others).
    public var lines: TextArea
    /// Shown under the form while the field is focused, e.g. "e.g. 10 (points per 1.00 EUR)".
    public var hint: String
    /// Why the current value is not acceptable; checked as the user types.
    public private(set) var error: String?

    public init(key: String, label: String, kind: Kind = .text, value: String = "", hint: String = "") {
        self.key = key
        self.label = label
        self.kind = kind
        self.input = TextField(kind == .multiline ? "" : value)
        self.lines = TextArea(kind == .multiline ? value : "")
        self.hint = hint
        if case .choice(let options) = kind, !options.contains(value) { input = TextField(options.first ?? "") }
        validate()
    }

    public var value: String { isMultiline ? lines.text : input.value }

    /// Checks the value for its kind and records the reason when it is not acceptable.
    public mutating func validate() {
        let text = value.trimmingWhitespace()
        switch kind {
        case .text, .choice, .multiline:
            error = nil
        case .number(let allowsEmpty):
            if text.isEmpty { error = allowsEmpty ? nil : "\(label) is required" }
            else if Int64(text) == nil { error = "\(label): \"\(text)\" is not a whole number" }
            else { error = nil }
        case .money(let currency, let allowsEmpty):
            if text.isEmpty { error = allowsEmpty ? nil : "\(label) is required" }
            else {
                do { _ = try Money.parse(text, currency: currency); error = nil }
                catch { self.error = "\(label): \(error)" }
            }
        }
    }

    /// Steps a choice field to the next (or previous) option.
    public mutating func cycle(by step: Int) {
        guard case .choice(let options) = kind, !options.isEmpty else { return }
        let index = options.firstIndex(of: value) ?? 0
        input = TextField(options[(index + step + options.count) % options.count])
    }

    public var isChoice: Bool { if case .choice = kind { return true } else { return false } }
    public var isMultiline: Bool { kind == .multiline }
}
