extension String {
    /// This text as it may be printed to a terminal, line by line: a grapheme holding a control
    /// character (other than a lone line break), an escape sequence's ESC, DEL, a C1 control or a
    /// bidi override shows as `DisplayWidth.placeholder`, as in the dashboard's cells; the rest is kept.
    /// The CLI prints everything a person reads through this, so text from a file, an argument or
    /// the database can never move the cursor, recolour the screen or retitle the window.
    public var terminalSafe: String {
        guard unicodeScalars.contains(where: { $0 != "\n" && DisplayWidth.isUnsafe($0) }) else { return self }
        var safe = ""
        for character in self {
            let unsafe = character != "\n" && character.unicodeScalars.contains(where: DisplayWidth.isUnsafe)
            safe.append(unsafe ? DisplayWidth.placeholder : character)
        }
        return safe
    }

    /// This text with every scalar `terminalSafe` would hide written as a JSON escape (`\u001b`,
    /// `\u009b`, `\u202e`): for JSON text, whose strings must arrive unchanged for the program
    /// that reads them and yet must not reach a terminal raw.
    public var jsonEscapingUnsafe: String {
        guard unicodeScalars.contains(where: DisplayWidth.isUnsafe) else { return self }
        var escaped = ""
        for scalar in unicodeScalars {
            guard DisplayWidth.isUnsafe(scalar) else { escaped.unicodeScalars.append(scalar); continue }
            let hex = String(scalar.value, radix: 16)
            escaped += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
        return escaped
    }
}
