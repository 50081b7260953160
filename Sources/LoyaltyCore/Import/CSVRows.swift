/// The header row of a CSV file: it names the columns, matched without regard to case or
/// surrounding spaces.
struct CSVHeader: Sendable {
    let names: [String]
    private let columns: [String: Int]

    init(_ names: [String]) {
        self.names = names
        var columns: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            let key = CSVHeader.key(name)
            if columns[key] == nil { columns[key] = index }
        }
        self.columns = columns
    }

    private static func key(_ name: String) -> String { name.trimmingWhitespace().lowercased() }

    func has(_ column: String) -> Bool { columns[CSVHeader.key(column)] != nil }

    /// The value of `column` in `row`, trimmed; "" when the column is missing or the row is short.
    func value(_ row: CSVRecord, _ column: String) -> String {
        guard let index = columns[CSVHeader.key(column)], index < row.fields.count else { return "" }
        return row.fields[index].trimmingWhitespace()
    }
}

/// A CSV import file read piece by piece as a table: the first record is the header, which must
/// have the `required` columns, and every later record is handed on as a row. A header without
/// them, or a quoted field that never closes, is recorded as a problem of the file.
struct CSVRows: Sendable {
    private let file: String
    private let required: [String]
    /// How to get a file with the right columns, for the problem a bad header gets.
    private let advice: String
    private var reader = CSVReader()
    private var header: CSVHeader?
    /// The header lacks required columns: nothing after it is read.
    private var refused = false

    init(file: String, required: [String], advice: String) {
        self.file = file
        self.required = required
        self.advice = advice
    }

    /// Reads the complete records at the start of `bytes` (see `CSVReader.read`), calling `row` for each
    /// row after the header; returns how many bytes were used.
    mutating func read(_ bytes: ArraySlice<UInt8>, atEnd: Bool, into result: inout ParsedImport,
                       _ row: (CSVRecord, CSVHeader, inout ParsedImport) -> Void) -> Int {
        if refused { return bytes.count }
        var records: [CSVRecord] = []
        let (used, unclosed) = reader.read(bytes, atEnd: atEnd) { records.append($0) }
        for record in records where !refused {
            if let header {
                row(record, header, &result)
            } else {
                let header = CSVHeader(record.fields)
                let missing = required.filter { !header.has($0) }
                guard missing.isEmpty else {
                    result.problems.append(RowProblem(file: file, line: record.line, field: "(header)", value: header.names.joined(separator: ","),
                                                      why: "columns \(missing.joined(separator: ", ")) are missing; \(advice)"))
                    refused = true
                    return bytes.count
                }
                self.header = header
            }
        }
        if let unclosed {
            result.problems.append(RowProblem(file: file, line: unclosed, field: "(file)", value: "",
                                              why: "a quoted field starts here and never closes; check the quotes in this row"))
        }
        if atEnd, header == nil, !refused {
            result.problems.append(RowProblem(file: file, line: 1, field: "(header)", value: "",
                                              why: "columns \(required.joined(separator: ", ")) are missing; \(advice)"))
        }
        return used
    }
}
