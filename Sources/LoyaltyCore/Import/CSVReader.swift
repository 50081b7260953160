/// One record of a CSV file: its fields, the line it starts on (records may span lines when a
/// quoted field holds a newline), and its text as it was written, for a reject file.
public struct CSVRecord: Sendable, Equatable {
    public let line: Int
    public let fields: [String]
    public let text: String
}

/// An RFC 4180 reader: fields separated by commas, records by CRLF or LF; a field in double quotes
/// may hold commas, newlines and doubled quotes (`""` is one `"`). UTF-8, with or without a BOM.
/// Blank lines are skipped. Pure: bytes in, records out.
public enum CSVReader {
    /// Every record in `bytes`, or the line of a quoted field that never closes.
    public static func records(_ bytes: [UInt8]) -> (records: [CSVRecord], unclosedQuoteAt: Int?) {
        let quote: UInt8 = 0x22, comma: UInt8 = 0x2C, cr: UInt8 = 0x0D, lf: UInt8 = 0x0A
        var records: [CSVRecord] = []
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1
        let end = bytes.count
        while index < end {
            // Skip blank lines between records.
            if bytes[index] == lf { line += 1; index += 1; continue }
            if bytes[index] == cr, index + 1 < end, bytes[index + 1] == lf { line += 1; index += 2; continue }
            let startLine = line, startIndex = index
            var fields: [String] = []
            var field: [UInt8] = []
            var inQuotes = false
            var recordEnd = end
            var finished = false
            while index < end {
                let byte = bytes[index]
                if inQuotes {
                    if byte == quote {
                        if index + 1 < end, bytes[index + 1] == quote { field.append(quote); index += 2; continue }
                        inQuotes = false
                    } else {
                        if byte == lf { line += 1 }
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
                    fields.append(String(decoding: field, as: UTF8.self))
                    field.removeAll(keepingCapacity: true)
                    index += 1
                case lf:
                    recordEnd = index
                    line += 1
                    index += 1
                    finished = true
                case cr where index + 1 < end && bytes[index + 1] == lf:
                    recordEnd = index
                    line += 1
                    index += 2
                    finished = true
                default:
                    field.append(byte)
                    index += 1
                }
                if finished { break }
            }
            if inQuotes { return (records, startLine) }
            fields.append(String(decoding: field, as: UTF8.self))
            records.append(CSVRecord(line: startLine, fields: fields, text: String(decoding: bytes[startIndex..<recordEnd], as: UTF8.self)))
        }
        return (records, nil)
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

/// A CSV file read as a table: the header names its columns (matched without regard to case or
/// surrounding spaces) and every later record is a row.
public struct CSVTable: Sendable {
    public let header: [String]
    public let rows: [CSVRecord]
    private let columns: [String: Int]

    public init(records: [CSVRecord]) {
        header = records.first?.fields ?? []
        rows = Array(records.dropFirst())
        var columns: [String: Int] = [:]
        for (index, name) in header.enumerated() {
            let key = CSVTable.key(name)
            if columns[key] == nil { columns[key] = index }
        }
        self.columns = columns
    }

    static func key(_ name: String) -> String { name.trimmingWhitespace().lowercased() }

    public func has(_ column: String) -> Bool { columns[CSVTable.key(column)] != nil }

    /// The value of `column` in `row`, trimmed; "" when the column is missing or the row is short.
    public func value(_ row: CSVRecord, _ column: String) -> String {
        guard let index = columns[CSVTable.key(column)], index < row.fields.count else { return "" }
        return row.fields[index].trimmingWhitespace()
    }
}

extension CSVTable {
    /// The table in `bytes`, or nil after recording in `result` why it cannot be read: a quoted field
    /// that never closes, or a header without all of `required` (`advice` says how to get a right file).
    public static func read(_ bytes: [UInt8], file: String, required: [String], advice: String, into result: inout ParsedImport) -> CSVTable? {
        let (records, unclosed) = CSVReader.records(bytes)
        if let unclosed {
            result.problems.append(RowProblem(file: file, line: unclosed, field: "(file)", value: "", why: "a quoted field starts here and never closes; check the quotes in this row"))
            return nil
        }
        let table = CSVTable(records: records)
        let missing = required.filter { !table.has($0) }
        guard missing.isEmpty else {
            result.problems.append(RowProblem(file: file, line: 1, field: "(header)", value: table.header.joined(separator: ","),
                                              why: "columns \(missing.joined(separator: ", ")) are missing; \(advice)"))
            return nil
        }
        return table
    }
}
