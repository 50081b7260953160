import CFriBidi

/// One line of text from the order it is stored and typed in (logical) to the order a reader sees
/// it from left to right (visual), by the Unicode Bidirectional Algorithm (UAX #9) as GNU FriBidi
/// implements it. Needed because most terminals (tmux, SSH clients) draw cells exactly in the
/// order they are sent: a Hebrew name sent logically reads backwards there.
///
/// Works on characters (grapheme clusters), so a letter keeps its combining marks; brackets and
/// other mirrored characters inside right-to-left text come back mirrored; the invisible direction
/// marks (LRM, RLM, ALM) steer the order and are left out of the result.
///
/// One addition to the algorithm: a signed number ("+40", "-12", "−1.250") keeps its sign in
/// front, as it is read in Hebrew too. By UAX #9 alone the sign is a neutral that takes the
/// paragraph's direction, so "+40" in a right-to-left line would show as "40+"; here each signed
/// number is put in a left-to-right isolate (LRI … PDI) before reordering, which leaves the text
/// around it as it was.
public enum VisualOrder {
    /// `characters`, one line in logical order, from left to right as they appear on screen in a
    /// paragraph of direction `paragraph`.
    public static func of(_ characters: [Character], paragraph: ParagraphDirection) -> [VisualCharacter] {
        var scalars: [FriBidiChar] = []
        // The character each scalar belongs to; nil for an isolate added around a signed number.
        var characterOfScalar: [Int?] = []
        let signed = signedNumbers(characters)
        for (index, character) in characters.enumerated() {
            if signed[index] == .start {
                scalars.append(leftToRightIsolate)
                characterOfScalar.append(nil)
            }
            for scalar in character.unicodeScalars {
                scalars.append(scalar.value)
                characterOfScalar.append(index)
            }
            if signed[index] == .end {
                scalars.append(popDirectionalIsolate)
                characterOfScalar.append(nil)
            }
        }
        guard !scalars.isEmpty else { return [] }
        let count = scalars.count
        var direction = fribidiDirection(paragraph)
        var visualToLogical = [FriBidiStrIndex](repeating: 0, count: count)
        var levels = [FriBidiLevel](repeating: 0, count: count)
        let succeeded = fribidi_log2vis(scalars, FriBidiStrIndex(count), &direction, nil, nil, &visualToLogical, &levels) != 0
        guard succeeded else {
            return characters.enumerated().map { VisualCharacter(character: $1, logicalIndex: $0, isRightToLeft: false) }
        }
        var placed = [Bool](repeating: false, count: characters.count)
        var visual: [VisualCharacter] = []
        visual.reserveCapacity(characters.count)
        for logicalScalar in visualToLogical.map(Int.init) {
            guard let index = characterOfScalar[logicalScalar], !placed[index] else { continue }
            placed[index] = true
            let character = characters[index]
            if isDirectionMark(character) { continue }
            let rightToLeft = levels[logicalScalar] % 2 == 1
            visual.append(VisualCharacter(character: rightToLeft ? mirrored(character) : character,
                                          logicalIndex: index, isRightToLeft: rightToLeft))
        }
        return visual
    }

    /// `text` as a reader sees it from left to right (see `of(_:paragraph:)`).
    public static func string(_ text: String, paragraph: ParagraphDirection) -> String {
        String(of(Array(text), paragraph: paragraph).map(\.character))
    }

    /// Whether `text` shows exactly in logical order in a left-to-right paragraph: it has no
    /// right-to-left letter, Arabic number or explicit direction control. True for most text, which
    /// then needs no reordering at all.
    public static func staysInOrderLeftToRight(_ text: String) -> Bool {
        // Every such code point is U+0590 or above, whose UTF-8 starts with a byte of 0xD6 or more.
        guard text.utf8.contains(where: { $0 >= 0xD6 }) else { return true }
        return !text.unicodeScalars.contains { $0.value >= 0x0590 && loyalty_fribidi_moves_ltr_text($0.value) != 0 }
    }

    /// A left-to-right mark, right-to-left mark or Arabic letter mark standing alone.
    public static func isDirectionMark(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard scalars.count == 1, let scalar = scalars.first else { return false }
        return scalar == "\u{200E}" || scalar == "\u{200F}" || scalar == "\u{061C}"
    }

    private static let leftToRightIsolate: FriBidiChar = 0x2066
    private static let popDirectionalIsolate: FriBidiChar = 0x2069

    /// Where a signed number starts (its sign) and ends (its last digit) in a line.
    private enum SignedNumberEdge { case start, end }

    /// The signed numbers of `characters`: a "+", "-" or "−" that does not follow a letter or digit
    /// (so not the hyphen of 2026-12-06 or A-1), then digits, with "." "," or a space between digits
    /// (1.250, 1,250, 1\u{202F}250). Marked at their first and last character.
    private static func signedNumbers(_ characters: [Character]) -> [SignedNumberEdge?] {
        var edges = [SignedNumberEdge?](repeating: nil, count: characters.count)
        var index = 0
        while index < characters.count {
            defer { index += 1 }
            guard isSign(characters[index]), index + 1 < characters.count, isDigit(characters[index + 1]),
                  index == 0 || !(characters[index - 1].isLetter || characters[index - 1].isNumber) else { continue }
            var last = index + 1
            while last + 1 < characters.count {
                if isDigit(characters[last + 1]) {
                    last += 1
                } else if last + 2 < characters.count, isGroupSeparator(characters[last + 1]), isDigit(characters[last + 2]) {
                    last += 2
                } else {
                    break
                }
            }
            edges[index] = .start
            edges[last] = .end
            index = last
        }
        return edges
    }

    private static func isSign(_ character: Character) -> Bool { character == "+" || character == "-" || character == "\u{2212}" }

    private static func isDigit(_ character: Character) -> Bool { character.isASCII && character.isNumber }

    private static func isGroupSeparator(_ character: Character) -> Bool {
        character == "." || character == "," || character == "\u{00A0}" || character == "\u{202F}"
    }

    private static func fribidiDirection(_ paragraph: ParagraphDirection) -> FriBidiParType {
        switch paragraph {
        case .leftToRight: return loyalty_fribidi_par_ltr()
        case .rightToLeft: return loyalty_fribidi_par_rtl()
        case .firstStrong: return loyalty_fribidi_par_on()
        }
    }

    /// A one-scalar character's mirror image ("(" for ")"), or the character itself.
    private static func mirrored(_ character: Character) -> Character {
        let scalars = character.unicodeScalars
        guard scalars.count == 1, let scalar = scalars.first else { return character }
        var mirror: FriBidiChar = 0
        guard fribidi_get_mirror_char(scalar.value, &mirror) != 0, let image = Unicode.Scalar(mirror) else { return character }
        return Character(image)
    }
}
