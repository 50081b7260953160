import Foundation

/// Why a JSON record cannot be used: the field concerned ("billing.email", "refunds[0].total", or
/// "(record)" when the record is not JSON at all) and what is wrong with it.
struct JSONProblem: Error, Equatable {
    let field: String
    let why: String
}

/// A key of a JSON object, its escapes read; a parser matches it against the names it expects
/// (`case "email":`) without making a `String` of every key of every record.
struct JSONKey {
    fileprivate let bytes: ArraySlice<UInt8>

    var text: String { String(decoding: bytes, as: UTF8.self) }

    static func ~= (name: StaticString, key: JSONKey) -> Bool {
        name.utf8CodeUnitCount == key.bytes.count && name.withUTF8Buffer { $0.elementsEqual(key.bytes) }
    }
}

/// Reads one JSON record from its bytes, one value at a time: objects are walked key by key, the
/// values an import needs are read as text, and everything else is checked and skipped without
/// being built. A file of a million orders is read this way several times faster than by decoding
/// each record into a `Decodable` type, and every record is still checked to be valid JSON.
///
/// Values read as text follow what shops send: a string as it is, a number as written when it is a
/// whole number (`1042`), otherwise as a decimal (`12.50` → `"12.5"`), `true`/`false` as those
/// words, and `null` as no value.
struct JSONCursor {
    private let bytes: ArraySlice<UInt8>
    private var index: Int
    private var depth = 0

    private static let maximumDepth = 512

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        index = bytes.startIndex
    }

    // MARK: Reading

    /// Calls `field` with each key of the object here, positioned at its value, which `field` must
    /// read or skip. Returns false, reading nothing more, when the value here is `null`.
    /// `path` names this value in errors.
    @discardableResult
    mutating func readObject(_ path: @autoclosure () -> String, _ field: (JSONKey, inout JSONCursor) throws(JSONProblem) -> Void) throws(JSONProblem) -> Bool {
        skipSpace()
        if try skipNull() { return false }
        guard peek == UInt8(ascii: "{") else { throw wrongType(path(), "expected an object") }
        try enter()
        index += 1
        skipSpace()
        if peek == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return true
        }
        while true {
            skipSpace()
            guard peek == UInt8(ascii: "\"") else { throw syntax("a key in double quotes") }
            let key = try readKey()
            skipSpace()
            guard peek == UInt8(ascii: ":") else { throw syntax("\":\" after a key") }
            index += 1
            try field(key, &self)
            skipSpace()
            if peek == UInt8(ascii: ",") { index += 1; continue }
            guard peek == UInt8(ascii: "}") else { throw syntax("\",\" or \"}\" in an object") }
            index += 1
            depth -= 1
            return true
        }
    }

    /// Calls `element` with the position of each element of the array here, which `element` must
    /// read or skip. Returns false, reading nothing more, when the value here is `null`.
    @discardableResult
    mutating func readArray(_ path: @autoclosure () -> String, _ element: (Int, inout JSONCursor) throws(JSONProblem) -> Void) throws(JSONProblem) -> Bool {
        skipSpace()
        if try skipNull() { return false }
        guard peek == UInt8(ascii: "[") else { throw wrongType(path(), "expected a list in [ ]") }
        try enter()
        index += 1
        skipSpace()
        if peek == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return true
        }
        var position = 0
        while true {
            try element(position, &self)
            position += 1
            skipSpace()
            if peek == UInt8(ascii: ",") { index += 1; continue }
            guard peek == UInt8(ascii: "]") else { throw syntax("\",\" or \"]\" in a list") }
            index += 1
            depth -= 1
            return true
        }
    }

    /// The value here as text (see the type's description); nil for `null`.
    mutating func text(_ path: @autoclosure () -> String) throws(JSONProblem) -> String? {
        skipSpace()
        switch peek {
        case UInt8(ascii: "\""): return try readString()
        case UInt8(ascii: "{"), UInt8(ascii: "["): throw wrongType(path(), "expected text or a number")
        case UInt8(ascii: "t"): try expectWord("true"); return "true"
        case UInt8(ascii: "f"): try expectWord("false"); return "false"
        case UInt8(ascii: "n"): try expectWord("null"); return nil
        default: return try readNumber()
        }
    }

    /// Checks the value here and moves past it.
    mutating func skipValue() throws(JSONProblem) {
        skipSpace()
        switch peek {
        case UInt8(ascii: "{"): try readObject("") { _, cursor throws(JSONProblem) in try cursor.skipValue() }
        case UInt8(ascii: "["): try readArray("") { _, cursor throws(JSONProblem) in try cursor.skipValue() }
        case UInt8(ascii: "\""): try skipString()
        case UInt8(ascii: "t"): try expectWord("true")
        case UInt8(ascii: "f"): try expectWord("false")
        case UInt8(ascii: "n"): try expectWord("null")
        default: _ = try numberEnd()
        }
    }

    /// Checks that nothing but white space follows the value just read.
    func finish() throws(JSONProblem) {
        var cursor = self
        cursor.skipSpace()
        guard cursor.index == bytes.endIndex else { throw cursor.syntax("the end of the record") }
    }

    // MARK: Pieces

    private var peek: UInt8 { index < bytes.endIndex ? bytes[index] : 0 }

    private mutating func skipSpace() {
        while index < bytes.endIndex {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    private mutating func enter() throws(JSONProblem) {
        depth += 1
        guard depth <= JSONCursor.maximumDepth else { throw syntax("at most \(JSONCursor.maximumDepth) nested objects and lists") }
    }

    private mutating func skipNull() throws(JSONProblem) -> Bool {
        guard peek == UInt8(ascii: "n") else { return false }
        try expectWord("null")
        return true
    }

    private mutating func expectWord(_ word: StaticString) throws(JSONProblem) {
        let count = word.utf8CodeUnitCount
        guard bytes.endIndex - index >= count else { throw syntax("a value") }
        let matches = word.withUTF8Buffer { expected in expected.indices.allSatisfy { bytes[index + $0] == expected[$0] } }
        guard matches else { throw syntax("a value") }
        index += count
    }

    /// A string value: the text between the quotes with its escapes read (`\n`, `\"`, `\u00e9`, …).
    private mutating func readString() throws(JSONProblem) -> String {
        let (text, ascii) = try readStringBytes()
        if ascii { return text.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) } }
        guard let valid = text.withUnsafeBufferPointer({ String(validating: $0, as: UTF8.self) }) else { throw syntax("text in UTF-8") }
        return valid
    }

    private mutating func readKey() throws(JSONProblem) -> JSONKey {
        JSONKey(bytes: try readStringBytes().bytes)
    }

    /// The bytes of the string here, escapes read (a slice of the record when it has none), and
    /// whether they are all ASCII.
    private mutating func readStringBytes() throws(JSONProblem) -> (bytes: ArraySlice<UInt8>, ascii: Bool) {
        index += 1
        let start = index
        var high: UInt8 = 0
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return (bytes[start..<(index - 1)], high < 0x80)
            }
            if byte == UInt8(ascii: "\\") { return try readEscapedString(from: start) }
            if byte < 0x20 { throw syntax("no control characters inside text (write \\n, \\t)") }
            high |= byte
            index += 1
        }
        throw syntax("the closing quote of a text")
    }

    private mutating func readEscapedString(from start: Int) throws(JSONProblem) -> (bytes: ArraySlice<UInt8>, ascii: Bool) {
        var text = Array(bytes[start..<index])
        while index < bytes.endIndex {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return (text[...], text.allSatisfy { $0 < 0x80 })
            case UInt8(ascii: "\\"):
                index += 1
                try appendEscape(to: &text)
            case ..<0x20:
                throw syntax("no control characters inside text (write \\n, \\t)")
            default:
                text.append(byte)
                index += 1
            }
        }
        throw syntax("the closing quote of a text")
    }

    private mutating func appendEscape(to text: inout [UInt8]) throws(JSONProblem) {
        let escape = peek
        index += 1
        switch escape {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(escape)
        case UInt8(ascii: "b"): text.append(0x08)
        case UInt8(ascii: "f"): text.append(0x0C)
        case UInt8(ascii: "n"): text.append(0x0A)
        case UInt8(ascii: "r"): text.append(0x0D)
        case UInt8(ascii: "t"): text.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hexQuad()
            if (0xD800..<0xDC00).contains(scalar) {
                guard peek == UInt8(ascii: "\\"), index + 1 < bytes.endIndex, bytes[index + 1] == UInt8(ascii: "u") else {
                    throw syntax("the second half of a \\u surrogate pair")
                }
                index += 2
                let low = try hexQuad()
                guard (0xDC00..<0xE000).contains(low) else { throw syntax("the second half of a \\u surrogate pair") }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let unicode = Unicode.Scalar(scalar) else { throw syntax("a \\u escape of a character") }
            text.append(contentsOf: Array(String(Character(unicode)).utf8))
        default:
            throw syntax("an escape such as \\n, \\\" or \\u00e9")
        }
    }

    private mutating func hexQuad() throws(JSONProblem) -> UInt32 {
        guard bytes.endIndex - index >= 4 else { throw syntax("four hex digits after \\u") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw syntax("four hex digits after \\u")
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    private mutating func skipString() throws(JSONProblem) {
        index += 1
        while index < bytes.endIndex {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "\"") { return }
            if byte == UInt8(ascii: "\\") {
                var ignored: [UInt8] = []
                try appendEscape(to: &ignored)
            } else if byte < 0x20 {
                index -= 1
                throw syntax("no control characters inside text (write \\n, \\t)")
            }
        }
        throw syntax("the closing quote of a text")
    }

    /// A number as text: a whole number that fits 64 bits as written (`-0` is `0`), any other as a decimal.
    private mutating func readNumber() throws(JSONProblem) -> String {
        let start = index
        let whole = try numberEnd()
        let written = String(decoding: bytes[start..<index], as: UTF8.self)
        if whole, let integer = Int64(written) { return String(integer) }
        guard let decimal = Decimal(string: written, locale: Locale(identifier: "en_US_POSIX")) else { throw syntax("a number") }
        return "\(decimal)"
    }

    /// Moves past a number (JSON's grammar: `-`? digits, no leading zero, `.digits`?, exponent?);
    /// returns whether it is a whole number (no fraction or exponent).
    private mutating func numberEnd() throws(JSONProblem) -> Bool {
        if peek == UInt8(ascii: "-") { index += 1 }
        guard isDigit(peek) else { throw syntax("a value (text in double quotes, a number, true, false, null, an object or a list)") }
        if peek == UInt8(ascii: "0") { index += 1 } else { skipDigits() }
        var whole = true
        if peek == UInt8(ascii: ".") {
            index += 1
            guard isDigit(peek) else { throw syntax("digits after the decimal point") }
            skipDigits()
            whole = false
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            index += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { index += 1 }
            guard isDigit(peek) else { throw syntax("digits in the exponent") }
            skipDigits()
            whole = false
        }
        return whole
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private mutating func skipDigits() {
        while index < bytes.endIndex, isDigit(bytes[index]) { index += 1 }
    }

    // MARK: Errors

    private func syntax(_ expected: String) -> JSONProblem {
        let found = index < bytes.endIndex ? "\"\(String(decoding: [bytes[index]], as: UTF8.self))\"" : "the end"
        return JSONProblem(field: "(record)", why: "is not valid JSON: expected \(expected) at character \(index - bytes.startIndex + 1), found \(found)")
    }

    private func wrongType(_ path: String, _ expected: String) -> JSONProblem {
        JSONProblem(field: path, why: "has the wrong type (\(expected))")
    }
}
