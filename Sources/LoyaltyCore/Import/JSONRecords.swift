import Foundation

/// The records of a JSON import file: either one JSON array of objects, or JSON-lines (one object
/// per line, as webhook deliveries are stored). Each record keeps the line it starts on and its text.
struct JSONRecords {
    struct Record {
        let line: Int
        let bytes: ArraySlice<UInt8>
        var text: String { String(decoding: bytes, as: UTF8.self) }
    }

    /// Splits `bytes` into records, or gives the line where the file stops being JSON.
    static func split(_ bytes: [UInt8]) -> (records: [Record], broken: (line: Int, why: String)?) {
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1
        while start < bytes.count, isSpace(bytes[start]) {
            if bytes[start] == 0x0A { line += 1 }
            start += 1
        }
        if start < bytes.count, bytes[start] == UInt8(ascii: "[") { return arrayElements(bytes, from: start, line: line) }
        var records: [Record] = []
        var lineStart = 0
        line = 1
        for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
            var slice = bytes[lineStart..<index]
            while let first = slice.first, isSpace(first) { slice = slice.dropFirst() }
            while let last = slice.last, isSpace(last) { slice = slice.dropLast() }
            if !slice.isEmpty { records.append(Record(line: line, bytes: slice)) }
            line += 1
            lineStart = index + 1
        }
        return (records, nil)
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }

    /// The top-level elements of a JSON array, found by a small scanner that tracks strings and nesting.
    private static func arrayElements(_ bytes: [UInt8], from open: Int, line startLine: Int) -> (records: [Record], broken: (line: Int, why: String)?) {
        var records: [Record] = []
        var depth = 0, inString = false, escaped = false
        var line = startLine
        var elementStart: Int?, elementLine = line
        var index = open
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A { line += 1 }
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                index += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
                if depth == 1, elementStart == nil { elementStart = index; elementLine = line }
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                if depth == 1, elementStart == nil { elementStart = index; elementLine = line }
                depth += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
                if depth == 0 {
                    if let start = elementStart { records.append(Record(line: elementLine, bytes: trimmed(bytes[start..<index]))) }
                    return (records, nil)
                }
            case UInt8(ascii: ","):
                if depth == 1 {
                    guard let start = elementStart else { return (records, (line, "an empty element in the array")) }
                    records.append(Record(line: elementLine, bytes: trimmed(bytes[start..<index])))
                    elementStart = nil
                }
            default:
                if depth == 1, elementStart == nil, !isSpace(byte) { elementStart = index; elementLine = line }
            }
            index += 1
        }
        return (records, (line, "the JSON array is not closed (the file may be cut short)"))
    }

    private static func trimmed(_ slice: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = slice
        while let last = slice.last, isSpace(last) { slice = slice.dropLast() }
        return slice
    }

    /// A decoding error as the field it concerns and why, for a row problem.
    static func describe(_ error: Error) -> (field: String, why: String) {
        func path(_ keys: [CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
        }
        switch error as? DecodingError {
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return (path(context.codingPath), "has the wrong type (\(context.debugDescription))")
        case .keyNotFound(let key, let context):
            return (path(context.codingPath + [key]), "is missing")
        case .dataCorrupted(let context):
            return (context.codingPath.isEmpty ? "(record)" : path(context.codingPath), "is not valid JSON: \(context.debugDescription)")
        default:
            return ("(record)", "cannot be read: \(error)")
        }
    }
}

/// A JSON value read as text: a string, a number (shops send both for money), or null.
struct JSONText: Decodable {
    let text: String?

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { text = nil; return }
        if let string = try? container.decode(String.self) { text = string; return }
        if let integer = try? container.decode(Int64.self) { text = String(integer); return }
        if let number = try? container.decode(Decimal.self) { text = "\(number)"; return }
        if let flag = try? container.decode(Bool.self) { text = String(flag); return }
        throw DecodingError.typeMismatch(String.self, .init(codingPath: decoder.codingPath, debugDescription: "expected text or a number"))
    }

    var trimmed: String { text?.trimmingWhitespace() ?? "" }
}

extension JSONRecords {
    /// Decodes each JSON record in `bytes` as `T` and hands it to `read` with the record; a record that
    /// does not decode, and a broken file end, become row problems in `result` (`shape` says what each
    /// record must be, e.g. "each order must be one JSON object").
    static func decodeEach<T: Decodable>(_ bytes: [UInt8], as type: T.Type, file: String, shape: String, into result: inout ParsedImport,
                                         _ read: (T, Record, inout ParsedImport) -> Void) {
        let (records, broken) = split(bytes)
        let decoder = JSONDecoder()
        for record in records {
            result.rows += 1
            do {
                let value = try record.bytes.withUnsafeBufferPointer { try decoder.decode(T.self, from: Data(buffer: $0)) }
                read(value, record, &result)
            } catch {
                let (field, why) = describe(error)
                result.problems.append(RowProblem(file: file, line: record.line, field: field, value: "", why: why + "; " + shape, record: record.text))
            }
        }
        if let broken { result.problems.append(RowProblem(file: file, line: broken.line, field: "(file)", value: "", why: broken.why)) }
    }
}
