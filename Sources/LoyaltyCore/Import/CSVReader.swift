/// One record of a CSV file: its fields, the line it starts on (records may span lines when a
/// quoted field holds a newline), and its text as it was written, for a reject file.
public struct CSVRecord: Sendable, Equatable {
    public let line: Int
    public let fields: [String]
    /// False for a last record the file ends in without a line end (which may have been cut short).
    public let endsLine: Bool
    /// The fields that are not UTF-8 text (their text holds U+FFFD where the bytes were wrong).
    public let notUTF8: [NotUTF8]
    let bytes: ArraySlice<UInt8>

    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// An RFC 4180 reader: fields separated by commas, records by CRLF, LF or CR alone (Excel for Mac);
/// a field in double quotes may hold commas, line ends and doubled quotes (`""` is one `"`). UTF-8,
/// with or without a BOM. Blank lines are skipped. A record may be at most
/// `ImportReader.maximumRecordBytes` long. Pure: bytes in, records out, piece by piece as a file is read.
public struct CSVReader: Sendable {
    /// The line of the first byte not yet used.
    private var line = 1
    private var startOfFile = true

    public init() {}

    /// Every record in `bytes`, or the line where the file cannot be read on, and why.
    public static func records(_ bytes: [UInt8]) -> (records: [CSVRecord], broken: (line: Int, why: String)?) {
        var reader = CSVReader()
        var records: [CSVRecord] = []
        let (_, broken) = reader.read(bytes[...], atEnd: true) { records.append($0) }
        return (records, broken)
    }

    /// Calls `record` for each complete record at the start of `bytes` (every record when `atEnd`).
    /// Returns how many bytes were used (a record cut off by the end of the piece is left for the next
    /// call, which is given it again with more of the file after it), and the line where the file
    /// cannot be read on, and why: a quoted field that never closes, or a record too long.
    public mutating func read(_ bytes: ArraySlice<UInt8>, atEnd: Bool, _ record: (CSVRecord) -> Void) -> (used: Int, broken: (line: Int, why: String)?) {
        let quote: UInt8 = 0x22, comma: UInt8 = 0x2C, cr: UInt8 = 0x0D, lf: UInt8 = 0x0A
        let limit = ImportReader.maximumRecordBytes
        var index = bytes.startIndex
        if startOfFile {
            if bytes.count < 3, !atEnd { return (0, nil) }
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index += 3 }
            startOfFile = false
        }
        var used = index
        let end = bytes.endIndex
        /// The record that starts at `used` goes on in the next piece.
        func incomplete() -> (used: Int, broken: (line: Int, why: String)?) {
            guard end - used > limit + 1 else { return (used - bytes.startIndex, nil) }  // + 1: a CR whose LF is still to come
            return (bytes.count, (line, ImportReader.tooLong))
        }
        while index < end {
            // Skip blank lines between records.
            if bytes[index] == lf { line += 1; index += 1; used = index; continue }
            if bytes[index] == cr {
                if index + 1 == end, !atEnd { return incomplete() }  // the LF may be in the next piece
                line += 1
                index += index + 1 < end && bytes[index + 1] == lf ? 2 : 1
                used = index
                continue
            }
            let startLine = line, startIndex = index
            var recordLine = line
            var fields: [String] = []
            var notUTF8: [NotUTF8] = []
            var field: [UInt8] = []
            var inQuotes = false
            var recordEnd = end
            var finished = false
            func endField() {
                if let text = String(validating: field, as: UTF8.self) {
                    fields.append(text)
                } else {
                    notUTF8.append(NotUTF8(field: fields.count, byte: NotUTF8.firstWrongByte(field) ?? 0))
                    fields.append(String(decoding: field, as: UTF8.self))
                }
                field.removeAll(keepingCapacity: true)
            }
            while index < end {
                let byte = bytes[index]
                if inQuotes {
                    if byte == quote {
                        if index + 1 < end, bytes[index + 1] == quote { field.append(quote); index += 2; continue }
                        inQuotes = false
                    } else {
                        if byte == lf {
                            recordLine += 1
                        } else if byte == cr {
                            if index + 1 == end, !atEnd { return incomplete() }
                            if index + 1 == end || bytes[index + 1] != lf { recordLine += 1 }
                        }
                        field.append(byte)
                    }
                    index += 1
                    continue
                }
                switch byte {
                case quote where field.isEmpty:
                    inQuotes = true
                    index += 1
                case comma:
                    endField()
                    index += 1
                case lf:
                    recordEnd = index
                    recordLine += 1
                    index += 1
                    finished = true
                case cr:
                    if index + 1 == end, !atEnd { return incomplete() }  // the LF may be in the next piece
                    recordEnd = index
                    recordLine += 1
                    index += index + 1 < end && bytes[index + 1] == lf ? 2 : 1
                    finished = true
                default:
                    field.append(byte)
                    index += 1
                }
                if finished { break }
            }
            guard finished || atEnd else { return incomplete() }
            if recordEnd - startIndex > limit { return (bytes.count, (startLine, ImportReader.tooLong)) }
            if inQuotes { return (bytes.count, (startLine, "a quoted field starts here and never closes; check the quotes in this row")) }
            endField()
            record(CSVRecord(line: startLine, fields: fields, endsLine: finished, notUTF8: notUTF8, bytes: bytes[startIndex..<recordEnd]))
            line = recordLine
            used = index
        }
        return (used - bytes.startIndex, nil)
    }

    /// One record as CSV text, quoting fields that need it.
    public static func line(_ fields: [String]) -> String {
        fields.map { field in
            field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + field.replacingAll("\"", with: "\"\"") + "\"" : field
        }.joined(separator: ",")
    }
}

extension String {
    /// The string with every `target` replaced (Foundation-free, for the pure core).
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self { if character == target { result += replacement } else { result.append(character) } }
        return result
    }
}
