import LoyaltyCore
import Terminal

/// An open form: its fields, which one has focus, and the last refusal from the store (shown in the
/// form, which stays open so nothing typed is lost).
public struct FormState: Equatable, Sendable {
    public var title: String
    /// What it is for, and so which section performs it.
    public var purpose: FormPurpose
    public var fields: [FormField]
    public var focused: Int = 0
    public var error: String?
    private let initialValues: [String]

    public init(title: String, purpose: FormPurpose, fields: [FormField]) {
        self.title = title
        self.purpose = purpose
        self.fields = fields
        self.initialValues = fields.map(\.value)
    }

    /// True once any field differs from what the form opened with.
    public var hasUnsavedEdits: Bool { fields.map(\.value) != initialValues }

    /// The value of the field named `key` (trimmed), or "" when there is none.
    public subscript(key: String) -> String {
        fields.first { $0.key == key }?.value.trimmingWhitespace() ?? ""
    }

    /// True when the field named `key` holds something else than the form opened with.
    public func changed(_ key: String) -> Bool {
        guard let index = fields.firstIndex(where: { $0.key == key }) else { return false }
        return fields[index].value != initialValues[index]
    }

    /// The first inline error, if any field's value is not acceptable.
    public var firstFieldError: String? { fields.compactMap(\.error).first }

    /// Applies an editing key to the focused field; returns false for keys a form does not use.
    /// `textRows` is how many lines a multi-line field shows (for scrolling and PgUp/PgDn).
    /// Left and right move the cursor on screen as `writing` lays the text out.
    public mutating func edit(_ key: Key, textRows: Int, writing: WritingMode = .leftToRight) -> Bool {
        guard fields.indices.contains(focused) else { return false }
        if fields[focused].isMultiline, let handled = editLines(key, rows: textRows, writing: writing) { return handled }
        var field = fields[focused]
        switch key {
        case .tab, .down: focused = (focused + 1) % fields.count; return true
        case .backTab, .up: focused = (focused + fields.count - 1) % fields.count; return true
        case .left where field.isChoice: field.cycle(by: -1)
        case .right where field.isChoice, .character(" ") where field.isChoice: field.cycle(by: 1)
        case .left: field.input.moveLeft(writing)
        case .right: field.input.moveRight(writing)
        case .home: field.input.moveHome()
        case .end: field.input.moveEnd()
        case .backspace where !field.isChoice: field.input.backspace()
        case .delete where !field.isChoice: field.input.delete()
        case .character(let c) where !field.isChoice && field.replacedByTyping: field.input = TextField(String(c))
        case .character(let c) where !field.isChoice: field.input.insert(c)
        case .ctrl("u") where !field.isChoice: field.input = TextField()
        default: return false
        }
        field.replacedByTyping = false
        field.validate()
        fields[focused] = field
        error = nil
        return true
    }
}
