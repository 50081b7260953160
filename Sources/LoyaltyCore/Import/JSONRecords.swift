/// One record of a JSON import file: the line it starts on and its bytes.
struct JSONRecord {
    let line: Int
    let bytes: ArraySlice<UInt8>
    /// The record as written, for a reject file.
    var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// Finds the records of a JSON import file as it is read, piece by piece: either one JSON array of
/// objects, or JSON-lines (one object per line, as webhook deliveries are stored). Which one is
/// decided by the file's first character. A piece may end in the middle of a record; that record is
/// left for the next call, which is given it again with more of the file after it. Nothing but white
/// space may follow the array, and no record may be longer than `ImportReader.maximumRecordBytes`.
struct JSONRecords: Sendable {
    private enum Layout: Sendable { case undecided, lines, array, arrayClosed(line: Int) }

    private var layout = Layout.undecided
    /// The line of the first byte not yet used.
    private var line = 1
    private var startOfFile = true

    /// Why a file cannot be read on, and the line where that shows.
    typealias Broken = (line: Int, why: String)

    /// Calls `record` for each complete record at the start of `bytes` (every record when `atEnd`);
    /// returns how many bytes were used, and why the file is broken (it ends inside its array, text
    /// follows the array, a record is too long).
    mutating func split(_ bytes: ArraySlice<UInt8>, atEnd: Bool, _ record: (JSONRecord) -> Void) -> (used: Int, broken: Broken?) {
        var start = bytes.startIndex
        if startOfFile {
            if bytes.count < 3, !atEnd { return (0, nil) }
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start += 3 }
            startOfFile = false
        }
        if case .undecided = layout {
            while start < bytes.endIndex, JSONRecords.isSpace(bytes[start]) {
                if bytes[start] == 0x0A { line += 1 }
                start += 1
            }
            guard start < bytes.endIndex else { return (bytes.count, nil) }
            if bytes[start] == UInt8(ascii: "[") {
                layout = .array
                start += 1
            } else {
                layout = .lines
            }
        }
        switch layout {
        case .undecided, .lines:
            let (end, broken) = lines(bytes[start...], atEnd: atEnd, record)
            return (end - bytes.startIndex, broken)
        case .array:
            let (end, broken) = arrayElements(bytes[start...], atEnd: atEnd, record)
            return (end - bytes.startIndex, broken)
        case .arrayClosed(let closedOn):
            return (bytes.count, afterArray(bytes[start...], closedOn: closedOn))
        }
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }

    /// One record per non-blank line; returns the index after the last complete line.
    private mutating func lines(_ bytes: ArraySlice<UInt8>, atEnd: Bool, _ record: (JSONRecord) -> Void) -> (end: Int, broken: Broken?) {
        let limit = ImportReader.maximumRecordBytes
        var lineStart = bytes.startIndex
        while lineStart < bytes.endIndex {
            let newline = bytes[lineStart...].firstIndex(of: 0x0A)
            guard newline != nil || atEnd else {
                if bytes.endIndex - lineStart > limit { return (bytes.endIndex, (line, ImportReader.tooLong)) }
                break
            }
            let lineEnd = newline ?? bytes.endIndex
            if lineEnd - lineStart > limit { return (bytes.endIndex, (line, ImportReader.tooLong)) }
            let trimmed = JSONRecords.trimmed(bytes[lineStart..<lineEnd])
            if !trimmed.isEmpty { record(JSONRecord(line: line, bytes: trimmed)) }
            line += 1
            lineStart = lineEnd == bytes.endIndex ? lineEnd : lineEnd + 1
        }
        return (lineStart, nil)
    }

    /// The elements of the top-level array, found by a small scanner that tracks strings and nesting;
    /// returns the index after the last complete element (the whole piece once the array closes).
    private mutating func arrayElements(_ bytes: ArraySlice<UInt8>, atEnd: Bool, _ record: (JSONRecord) -> Void) -> (end: Int, broken: Broken?) {
        let limit = ImportReader.maximumRecordBytes
        var depth = 1, inString = false, escaped = false
        var scanLine = line
        var elementStart: Int?, elementLine = line
        var used = bytes.startIndex
        var index = bytes.startIndex
        func element(endingAt end: Int) -> Broken? {
            guard let start = elementStart else { return nil }
            guard end - start <= limit else { return (elementLine, ImportReader.tooLong) }
            record(JSONRecord(line: elementLine, bytes: JSONRecords.trimmed(bytes[start..<end])))
            return nil
        }
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x0A { scanLine += 1 }
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                index += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
                if depth == 1, elementStart == nil { elementStart = index; elementLine = scanLine }
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                if depth == 1, elementStart == nil { elementStart = index; elementLine = scanLine }
                depth += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
                if depth == 0 {
                    if let broken = element(endingAt: index) { return (bytes.endIndex, broken) }
                    guard byte == UInt8(ascii: "]") else {
                        return (bytes.endIndex, (scanLine, "a } that closes no { ends the JSON array here, so the orders after it would be lost; "
                                                 + "the file is damaged: export it again"))
                    }
                    layout = .arrayClosed(line: scanLine)
                    line = scanLine
                    return (bytes.endIndex, afterArray(bytes[(index + 1)...], closedOn: scanLine))
                }
            case UInt8(ascii: ","):
                if depth == 1 {
                    guard elementStart != nil else { return (bytes.endIndex, (scanLine, "an empty element in the array")) }
                    if let broken = element(endingAt: index) { return (bytes.endIndex, broken) }
                    elementStart = nil
                    used = index + 1
                    line = scanLine
                }
            default:
                if depth == 1, elementStart == nil, !JSONRecords.isSpace(byte) { elementStart = index; elementLine = scanLine }
            }
            index += 1
        }
        guard atEnd else {
            guard let start = elementStart else {  // only white space since the last element: used
                line = scanLine
                return (bytes.endIndex, nil)
            }
            if bytes.endIndex - start > limit { return (bytes.endIndex, (elementLine, ImportReader.tooLong)) }
            return (used, nil)
        }
        return (bytes.endIndex, (scanLine, "the JSON array is not closed (the file may be cut short)"))
    }

    /// Checks that only white space follows the array, which closed on line `closedOn`; counts the lines.
    private mutating func afterArray(_ bytes: ArraySlice<UInt8>, closedOn: Int) -> Broken? {
        for byte in bytes {
            if byte == 0x0A {
                line += 1
            } else if !JSONRecords.isSpace(byte) {
                return (line, "text after the end of the JSON array (which closed on line \(closedOn)), so the orders in it would be lost; "
                        + "if two exports were joined together, import each export on its own")
            }
        }
        return nil
    }

    private static func trimmed(_ slice: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = slice
        while let first = slice.first, isSpace(first) { slice = slice.dropFirst() }
        while let last = slice.last, isSpace(last) { slice = slice.dropLast() }
        return slice
    }
}

extension JSONRecords {
    /// Splits the complete records at the start of `bytes` (see `split`), counts each as a row and hands
    /// it to `read`; a file that ends inside its array becomes a problem. Returns how many bytes were used.
    mutating func read(_ bytes: ArraySlice<UInt8>, atEnd: Bool, file: String, into result: inout ParsedImport,
                       _ read: (JSONRecord, inout ParsedImport) -> Void) -> Int {
        let (used, broken) = split(bytes, atEnd: atEnd) { record in
            result.rows += 1
            read(record, &result)
        }
        if let broken { result.problems.append(.ofFile(file, line: broken.line, broken.why)) }
        return used
    }
}
