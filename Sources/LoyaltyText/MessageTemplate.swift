/// A message with named placeholders, as in the catalogs: "{email} is now {status}". A placeholder
/// is `{` + a name of ASCII letters, digits and `_` (not starting with a digit) + `}`; any other
/// brace is text. Filling it is checked: every placeholder needs a value.
public struct MessageTemplate: Equatable, Sendable {
    enum Part: Equatable, Sendable {
        case text(String)
        case placeholder(String)
    }

    let parts: [Part]

    public init(_ text: String) {
        var parts: [Part] = []
        var literal = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            literal += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), Self.isName(rest[afterOpen..<close]) {
                if !literal.isEmpty { parts.append(.text(literal)); literal = "" }
                parts.append(.placeholder(String(rest[afterOpen..<close])))
                rest = rest[rest.index(after: close)...]
            } else {
                literal.append("{")
                rest = rest[afterOpen...]
            }
        }
        literal += rest
        if !literal.isEmpty { parts.append(.text(literal)) }
        self.parts = parts
    }

    /// The names of its placeholders, each once.
    public var placeholders: Set<String> {
        Set(parts.compactMap { if case .placeholder(let name) = $0 { return name } else { return nil } })
    }

    /// The text with each placeholder replaced by its value; refused, naming it, when one has none.
    /// Values no placeholder asks for are allowed (a form for 1 may leave out the number).
    public func filled(_ values: [String: String]) throws -> String {
        var out = ""
        for part in parts {
            switch part {
            case .text(let text): out += text
            case .placeholder(let name):
                guard let value = values[name] else { throw MissingPlaceholderValue(name: name) }
                out += value
            }
        }
        return out
    }

    private static func isName(_ text: Substring) -> Bool {
        guard let first = text.first, !(first.isASCII && first.isNumber) else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }
}

/// A template was filled without a value for one of its placeholders.
public struct MissingPlaceholderValue: Error, Equatable {
    public let name: String
}
