/// How many terminal columns text takes, and what is safe to send to the terminal.
///
/// Pure functions, no locale: East Asian Wide/Fullwidth characters and emoji take 2 columns,
/// combining marks and other zero-width characters take 0, control characters take 0 (the grid
/// never writes them raw; see `displayable(_:)`).
public enum DisplayWidth {
    /// Shown in place of a control character, an escape sequence's ESC, or a bidi override.
    public static let placeholder: Character = "\u{FFFD}"

    /// The terminal column width of one grapheme: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue { return isPrintableASCII(ascii) ? 1 : 0 }
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.contains(where: isUnsafe) { return 0 }
        if isRegionalIndicator(first) { return 2 }  // a flag is a pair of these
        if scalars.contains("\u{FE0F}"), first.properties.isEmoji { return 2 }
        var widest = 0
        for scalar in scalars { widest = max(widest, width(of: scalar)) }
        return widest
    }

    /// The width of a string as a `CellGrid` shows it (after `displayable(_:)`).
    public static func of(_ string: String) -> Int {
        if let count = printableASCIICount(string) { return count }
        return string.reduce(0) { total, character in total + (cell(character)?.width ?? 0) }
    }

    /// What the grid draws for a grapheme: itself; the placeholder for anything containing a
    /// control character or a bidi override; a lone combining mark on a dotted circle (U+25CC);
    /// `nil` for a lone invisible character (zero-width space, joiner, soft hyphen).
    public static func displayable(_ character: Character) -> Character? {
        cell(character)?.character
    }

    /// `displayable(_:)` and its width, worked out once: what a grid cell holds for a grapheme.
    static func cell(_ character: Character) -> (character: Character, width: Int)? {
        if let ascii = character.asciiValue, isPrintableASCII(ascii) { return (character, 1) }
        let scalars = character.unicodeScalars
        if scalars.contains(where: isUnsafe) { return (placeholder, of(placeholder)) }
        let width = of(character)
        guard width == 0 else { return (character, width) }
        switch scalars.first?.properties.generalCategory {
        case .nonspacingMark?, .enclosingMark?, .spacingMark?:
            let marked = Character("\u{25CC}" + String(character))
            return (marked, of(marked))
        default:
            return nil
        }
    }

    // MARK: - Printable ASCII, the common case: one byte, one column, shown as it is

    /// The number of characters of `text` when every one is printable ASCII (space to `~`), else
    /// nil. Such text takes one column a byte and needs no grapheme or Unicode property look-up.
    static func printableASCIICount(_ text: String) -> Int? {
        var count = 0
        for byte in text.utf8 {
            guard isPrintableASCII(byte) else { return nil }
            count += 1
        }
        return count
    }

    static func isPrintableASCII(_ byte: UInt8) -> Bool { byte >= 0x20 && byte < 0x7F }

    // MARK: - Scalars

    /// Control characters (C0, DEL, C1), line/paragraph separators and bidi overrides: sent raw
    /// they move the cursor, start escape sequences or reorder the line.
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F..<0xA0: return true
        case 0x2028, 0x2029: return true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    private static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }

    private static func width(of scalar: Unicode.Scalar) -> Int {
        if isUnsafe(scalar) { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        let value = scalar.value
        if (0x1160...0x11FF).contains(value) { return 0 }  // Hangul medial vowels, final consonants
        if scalar.properties.isEmojiPresentation { return 2 }
        return wideRanges.contains { $0.contains(value) } ? 2 : 1
    }

    /// East Asian Wide and Fullwidth blocks (emoji are covered by `isEmojiPresentation`).
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,    // Hangul Jamo initial consonants
        0x2329...0x232A,    // angle brackets
        0x2E80...0x303E,    // CJK radicals, Kangxi, ideographic punctuation
        0x3041...0x33FF,    // Hiragana, Katakana, Bopomofo, CJK compatibility
        0x3400...0x4DBF,    // CJK Extension A
        0x4E00...0x9FFF,    // CJK Unified Ideographs
        0xA000...0xA4CF,    // Yi
        0xA960...0xA97F,    // Hangul Jamo Extended-A
        0xAC00...0xD7A3,    // Hangul syllables
        0xF900...0xFAFF,    // CJK compatibility ideographs
        0xFE10...0xFE19,    // vertical forms
        0xFE30...0xFE6F,    // CJK compatibility forms, small forms
        0xFF00...0xFF60,    // fullwidth forms
        0xFFE0...0xFFE6,    // fullwidth signs
        0x16FE0...0x18AFF,  // Tangut and friends
        0x1B000...0x1B2FF,  // Kana supplement and extensions
        0x1F900...0x1F9FF,  // supplemental symbols and pictographs
        0x20000...0x2FFFD,  // CJK Extensions B–F
        0x30000...0x3FFFD,  // CJK Extension G and later
    ]
}

extension String {
    /// This text cut to at most `width` columns, ending in "…" when something was cut. Never
    /// splits a wide character. Unsafe characters come back replaced, as the grid would show them.
    public func truncated(toWidth width: Int) -> String {
        if let count = DisplayWidth.printableASCIICount(self) {
            if count <= width { return self }
            return width > 0 ? String(decoding: utf8.prefix(width - 1), as: UTF8.self) + "…" : ""
        }
        let shown = compactMap(DisplayWidth.cell)
        let total = shown.reduce(0) { $0 + $1.width }
        if total <= width { return String(shown.map(\.character)) }
        guard width > 0 else { return "" }
        var result = ""
        var used = 0
        for (character, w) in shown {
            if used + w > width - 1 { break }
            result.append(character)
            used += w
        }
        return result + "…"
    }

    /// This text truncated (see `truncated(toWidth:)`) and padded with spaces to exactly `width`
    /// columns.
    public func padded(toWidth width: Int, alignment: TextAlignment = .left) -> String {
        let cut = truncated(toWidth: width)
        let gap = max(0, width - DisplayWidth.of(cut))
        switch alignment {
        case .left: return cut + String(repeating: " ", count: gap)
        case .right: return String(repeating: " ", count: gap) + cut
        case .center:
            let before = gap / 2
            return String(repeating: " ", count: before) + cut + String(repeating: " ", count: gap - before)
        }
    }
}
