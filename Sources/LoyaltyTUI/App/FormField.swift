import LoyaltyCore
import LoyaltyText

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
    /// Why the current value is not acceptable; checked as the user types, worded where it is shown.
    public private(set) var error: Sentence?
    /// False for a choice whose ←/→ stop at the first and last option instead of going round
    /// (a choice of rewards, where going round would land on the most expensive one).
    public var wraps = true
    /// For a choice: what the hint says while each option is chosen (in the options' order), e.g.
    /// why a reward cannot be had; an empty or missing entry shows `hint`.
    public var optionHints: [String] = []
    /// For a choice: how each option is shown (in the options' order), when it is a word of the
    /// operator's language rather than the value itself; an empty or missing entry shows the value.
    public var optionLabels: [String] = []
    /// True while the value is a suggestion that the first character typed replaces (as if it
    /// were selected), e.g. a multiplier's "1x"; any other editing key keeps it for editing.
    public var replacedByTyping = false
    /// The language an amount is read in: 12,50 is twelve and a half in Dutch and French.
    public var language: Language = .english

    public init(key: String, label: String, kind: Kind = .text, value: String = "", hint: String = "", wraps: Bool = true,
                replacedByTyping: Bool = false) {
        self.key = key
        self.label = label
        self.kind = kind
        self.input = TextField(kind == .multiline ? "" : value)
        self.lines = TextArea(kind == .multiline ? value : "")
        self.hint = hint
        self.wraps = wraps
        self.replacedByTyping = replacedByTyping
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
            if text.isEmpty { error = allowsEmpty ? nil : Sentence("{label} is required", ["label": .text(label)]) }
            else if Int64(text) == nil { error = Sentence("{label}: \"{text}\" is not a whole number", ["label": .text(label), "text": .text(text)]) }
            else { error = nil }
        case .money(let currency, let allowsEmpty):
            if text.isEmpty { error = allowsEmpty ? nil : Sentence("{label} is required", ["label": .text(label)]) }
            else {
                do { _ = try NumberReading(language).money(text, currency: currency); error = nil }
                catch { self.error = Sentence("{label}: {reason}", ["label": .text(label), "reason": .sentence(error.sentence)]) }
            }
        }
    }

    /// This field reading amounts as `language` writes them.
    public func reading(_ language: Language) -> FormField {
        var field = self
        field.language = language
        field.validate()
        return field
    }

    /// Steps a choice field to the next (or previous) option.
    public mutating func cycle(by step: Int) {
        guard case .choice(let options) = kind, !options.isEmpty else { return }
        let index = options.firstIndex(of: value) ?? 0
        let next = wraps ? (index + step + options.count) % options.count : min(max(index + step, 0), options.count - 1)
        input = TextField(options[next])
    }

    /// The hint for the value chosen now: its `optionHints` entry, else `hint`.
    public var currentHint: String {
        guard case .choice(let options) = kind, let index = options.firstIndex(of: value), let special = optionHints[safe: index],
              !special.isEmpty else { return hint }
        return special
    }

    /// The value as shown: a choice's label for it, else the value.
    public var shownValue: String {
        guard case .choice(let options) = kind, let index = options.firstIndex(of: value), let label = optionLabels[safe: index],
              !label.isEmpty else { return value }
        return label
    }

    public var isChoice: Bool { if case .choice = kind { return true } else { return false } }
    public var isMultiline: Bool { kind == .multiline }
}
