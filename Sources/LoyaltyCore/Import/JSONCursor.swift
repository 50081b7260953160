import Foundation

/// Why a JSON record cannot be used: the field concerned ("billing.email", "refunds[0].total", or
/// "(record)" when the record is not JSON at all) and what is wrong with it.
struct JSONProblem: Error, Equatable {
    let field: String
    let why: String
}

/// A key of a JSON object, its escapes read; a parser matches it against the names it expects
/// (`case "email":`) without making a `String` of every key of every record. Valid only inside
/// the `JSONCursor.reading` call that found it.
struct JSONKey {
    /// The key as written, when it has no escapes.
    private let plain: UnsafeBufferPointer<UInt8>
    /// The key's bytes when it had escapes (rare), read into their own storage.
    private let unescaped: [UInt8]?

    fileprivate init(plain: UnsafeBufferPointer<UInt8>) {
        self.plain = plain
        unescaped = nil
    }

    fileprivate init(unescaped: [UInt8]) {
        plain = UnsafeBufferPointer(start: nil, count: 0)
        self.unescaped = unescaped
    }

    var text: String { String(decoding: unescaped ?? Array(plain), as: UTF8.self) }

    static func ~= (name: StaticString, key: JSONKey) -> Bool {
        if let unescaped = key.unescaped { return name.withUTF8Buffer { $0.elementsEqual(unescaped) } }
        guard name.utf8CodeUnitCount == key.plain.count else { return false }
        guard let bytes = key.plain.baseAddress else { return true }  // both empty
        return memcmp(name.utf8Start, bytes, key.plain.count) == 0
    }
}

/// Reads one JSON record from its bytes, one value at a time: objects are walked key by key, the
/// values an import needs are read as text, and everything else is checked and skipped without
/// being built. A file of a million orders is read this way many times faster than by decoding
/// each record into a `Decodable` type, and every record is still checked to be valid JSON.
///
/// Values read as text follow what shops send: a string as it is, a number as written when it is a
/// whole number (`1042`), otherwise as a decimal (`12.50` → `"12.5"`), `true`/`false` as those
/// words, and `null` as no value.
struct JSONCursor {
    private let base: UnsafePointer<UInt8>
    private let end: Int
    private var index = 0
    private var depth = 0

    private static let maximumDepth = 512

    private init(base: UnsafePointer<UInt8>, count: Int) {
        self.base = base
        end = count
    }

    /// Calls `body` with a cursor at the start of `bytes`, then checks that nothing but white space
    /// follows what `body` read.
    static func reading<T>(_ bytes: ArraySlice<UInt8>, _ body: (inout JSONCursor) throws(JSONProblem) -> T) throws(JSONProblem) -> T {
        let result = bytes.withUnsafeBufferPointer { buffer -> Result<T, JSONProblem> in
            guard let base = buffer.baseAddress else { return .failure(JSONProblem(field: "(record)", why: "is empty")) }
            var cursor = JSONCursor(base: base, count: buffer.count)
            do throws(JSONProblem) {
                let value = try body(&cursor)
                cursor.skipSpace()
                guard cursor.index == cursor.end else { throw cursor.syntax("the end of the record") }
                return .success(value)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
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
            if peek == UInt8(ascii: ",") {
                index += 1
                skipSpace()
                if peek != UInt8(ascii: "}") { continue }  // a comma before the end is let pass, as Foundation does
            }
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
            if peek == UInt8(ascii: ",") {
                index += 1
                skipSpace()
                if peek != UInt8(ascii: "]") { continue }  // a comma before the end is let pass, as Foundation does
            }
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
        case UInt8(ascii: "\""): _ = try readStringBytes()
        case UInt8(ascii: "t"): try expectWord("true")
        case UInt8(ascii: "f"): try expectWord("false")
        case UInt8(ascii: "n"): try expectWord("null")
        default: _ = try numberEnd()
        }
    }

    // MARK: Pieces

    private var peek: UInt8 { index < end ? base[index] : 0 }

    private mutating func skipSpace() {
        while index < end {
            switch base[index] {
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
        guard end - index >= count, memcmp(word.utf8Start, base + index, count) == 0 else { throw syntax("a value") }
        index += count
    }

    /// A string value: the text between the quotes with its escapes read (`\n`, `\"`, `\u00e9`, …).
    private mutating func readString() throws(JSONProblem) -> String {
        let text = try readStringBytes()
        switch text {
        case let .plain(start, count, ascii):
            let bytes = UnsafeBufferPointer(start: base + start, count: count)
            if ascii { return String(decoding: bytes, as: UTF8.self) }
            guard let valid = String(validating: bytes, as: UTF8.self) else { throw notUTF8(bytes) }
            return valid
        case let .unescaped(bytes):
            guard let valid = String(validating: bytes, as: UTF8.self) else { throw notUTF8(bytes) }
            return valid
        }
    }

    /// Text that is not UTF-8, as JSON must be: named by its first wrong byte.
    private func notUTF8<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> JSONProblem {
        JSONProblem(field: "(record)", why: "has text in which " + NotUTF8.why(NotUTF8.firstWrongByte(bytes) ?? 0))
    }

    private mutating func readKey() throws(JSONProblem) -> JSONKey {
        switch try readStringBytes() {
        case let .plain(start, count, _): return JSONKey(plain: UnsafeBufferPointer(start: base + start, count: count))
        case let .unescaped(bytes): return JSONKey(unescaped: bytes)
        }
    }

    /// The bytes of a string as written (when it has no escapes), or with its escapes read.
    private enum StringBytes {
        case plain(start: Int, count: Int, ascii: Bool)
        case unescaped([UInt8])
    }

    /// Moves past the string here, checking it, and says where its text is.
    private mutating func readStringBytes() throws(JSONProblem) -> StringBytes {
        index += 1
        let start = index
        var high: UInt8 = 0
        while index < end {
            let byte = base[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return .plain(start: start, count: index - 1 - start, ascii: high < 0x80)
            }
            if byte == UInt8(ascii: "\\") { return .unescaped(try readEscapedString(from: start)) }
            if byte < 0x20 { throw syntax("no control characters inside text (write \\n, \\t)") }
            high |= byte
            index += 1
        }
        throw syntax("the closing quote of a text")
    }

    private mutating func readEscapedString(from start: Int) throws(JSONProblem) -> [UInt8] {
        var text = Array(UnsafeBufferPointer(start: base + start, count: index - start))
        while index < end {
            let byte = base[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return text
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
                guard peek == UInt8(ascii: "\\"), index + 1 < end, base[index + 1] == UInt8(ascii: "u") else {
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
        guard end - index >= 4 else { throw syntax("four hex digits after \\u") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = base[index]
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

    /// A number as text: a whole number that fits 64 bits as written (`-0` is `0`), any other as a decimal.
    private mutating func readNumber() throws(JSONProblem) -> String {
        let start = index
        let whole = try numberEnd()
        let written = String(decoding: UnsafeBufferPointer(start: base + start, count: index - start), as: UTF8.self)
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
        while index < end, isDigit(base[index]) { index += 1 }
    }

    // MARK: Errors

    private func syntax(_ expected: String) -> JSONProblem {
        let found = index < end ? "\"\(String(decoding: [base[index]], as: UTF8.self))\"" : "the end"
        return JSONProblem(field: "(record)", why: "is not valid JSON: expected \(expected) at character \(index + 1), found \(found)")
    }

    private func wrongType(_ path: String, _ expected: String) -> JSONProblem {
        JSONProblem(field: path, why: "has the wrong type (\(expected))")
    }
}
