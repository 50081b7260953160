import Foundation
import LoyaltyCore

/// Seeded hostile values for import fields and command-line arguments, as bytes (so invalid UTF-8
/// is possible): huge and negative numbers, numbers written wrongly, SQL, 10,000-character texts,
/// control characters, ANSI escape sequences, NUL, bidi overrides, broken e-mail addresses, and
/// mixtures of these with ordinary text.
struct FuzzValues {
    var random: SeededGenerator

    static let numbers = ["0", "-1", "-50", "1", "50", "12.50", "-12.50", "12,50", "1.999", "1e9", "1E+400", "0x10", "NaN", "inf", "+5",
                          " 7 ", "99999999999999999999", "9223372036854775807", "-9223372036854775808", "9223372036854775808",
                          "922337203685477580.7", "١٢٣", "５０", "½", "0.0000001", "00000000000000000000042", ""]
    static let texts = ["", " ", "Zoë", "山田 太郎", "שלום", "'; DROP TABLE members; --", "Robert'); DROP TABLE ledger;--", "\" OR 1=1 --",
                        "%s%s%n", "{name}", "\\", "\"", ",", "a,b", "line\nbreak", "tab\there", "\r\n", "\u{1B}[31mred\u{1B}[0m",
                        "\u{1B}]0;pwned\u{07}", "\u{1B}[2J\u{1B}[H", "\u{9B}31m", "bell\u{07}", "nul\u{0}inside", "\u{7F}", "\u{202E}gnp.exe",
                        "\u{2028}", "\u{200B}", "e\u{301}", "🎉", "null", "true", "[]", "{}",
                        String(repeating: "A", count: 10_000), String(repeating: "é", count: 10_000)]
    static let invalidUTF8: [[UInt8]] = [[0xFF, 0xFE], [0xC3], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0x61, 0x80, 0x62], [0xF4, 0x90, 0x80, 0x80]]
    static let emails = ["zoe@example.com", "ZOE@EXAMPLE.COM", " zoe@example.com ", "a@b.c", "@example.com", "zoe@", "zoe@@example.com",
                         "zoe@example..com", "zoe @example.com", "zoe@.com", "zoe\u{1B}[1m@example.com", "zoë@exämple.com", ""]

    init(seed salt: UInt64) { random = FaultScale.generator(salt) }

    mutating func pick<T>(_ values: [T]) -> T { values[Int(random.below(Int64(values.count)))] }

    /// Any hostile value: a number, a text, an e-mail, invalid UTF-8, or two of them run together.
    mutating func any() -> [UInt8] {
        switch random.below(10) {
        case 0...2: return Array(pick(Self.numbers).utf8)
        case 3...5: return Array(pick(Self.texts).utf8)
        case 6: return Array(pick(Self.emails).utf8)
        case 7: return pick(Self.invalidUTF8)
        default: return any().prefix(200) + any()
        }
    }

    /// Like `any()`, but as text: invalid UTF-8 arrives repaired (U+FFFD), as Swift reads it.
    mutating func anyText() -> String { String(decoding: any(), as: UTF8.self) }
}
