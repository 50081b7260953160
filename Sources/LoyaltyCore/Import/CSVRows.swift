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

    /// The first of `columns` named more than once, with the positions (from 1) of its first two.
    func repeated(among columns: [String]) -> (name: String, first: Int, second: Int)? {
        for column in columns {
            let positions = names.indices.filter { CSVHeader.key(names[$0]) == CSVHeader.key(column) }
            if positions.count > 1 { return (column, positions[0] + 1, positions[1] + 1) }
        }
        return nil
    }

    /// Why `row` cannot be read: one of `columns` in it is not UTF-8 text (the file was saved in another
    /// encoding); nil when every one is.
    func notUTF8(_ row: CSVRecord, file: String, among columns: [String]) -> RowProblem? {
        for bad in row.notUTF8 where columns.contains(where: { self.columns[CSVHeader.key($0)] == bad.field }) {
            return RowProblem(file: file, line: row.line, field: names[bad.field], value: row.fields[bad.field], why: NotUTF8.why(bad.byte), record: row.text)
        }
        return nil
    }
}

/// A CSV import file read piece by piece as a table: the first record is the header, which must
/// have the `required` columns and name none of the `read` ones twice, and every later record is
/// handed on as a row. A bad header, a quoted field that never closes, a record too long, or a last
/// row cut short (fewer fields than the header and no line end) is recorded as a problem of the
/// file, and nothing after it is read.
struct CSVRows: Sendable {
    private let file: String
    private let required: [String]
    /// Every column the format reads.
    private let read: [String]
    /// How to get a file with the right columns, for the problem a bad header gets.
    private let advice: String
    private var reader = CSVReader()
    private var header: CSVHeader?
    /// The file was refused: nothing after the problem is read.
    private var refused = false

    init(file: String, required: [String], read: [String], advice: String) {
        self.file = file
        self.required = required
        self.read = read
        self.advice = advice
    }

    /// Reads the complete records at the start of `bytes` (see `CSVReader.read`), calling `row` for each
    /// row after the header; returns how many bytes were used.
    mutating func read(_ bytes: ArraySlice<UInt8>, atEnd: Bool, into result: inout ParsedImport,
                       _ row: (CSVRecord, CSVHeader, inout ParsedImport) -> Void) -> Int {
        if refused { return bytes.count }
        var records: [CSVRecord] = []
        let (used, broken) = reader.read(bytes, atEnd: atEnd) { records.append($0) }
        for record in records where !refused {
            if let header {
                if !record.endsLine, record.fields.count < header.names.count {
                    refuse(.ofFile(file, line: record.line, "the file ends inside this row (\(record.fields.count) of the header's \(header.names.count) "
                                   + "columns, and no line end): it looks cut short; export or copy it again"), &result)
                } else {
                    row(record, header, &result)
                }
            } else {
                let header = CSVHeader(record.fields)
                let missing = required.filter { !header.has($0) }
                if !missing.isEmpty {
                    refuse(headerProblem(record, "columns \(missing.joined(separator: ", ")) are missing; \(advice)"), &result)
                } else if let repeated = header.repeated(among: read) {
                    refuse(headerProblem(record, "the column \"\(repeated.name)\" is there twice (columns \(repeated.first) and \(repeated.second)), "
                                         + "so which one holds the value is unclear; rename or remove one and run again"), &result)
                } else {
                    self.header = header
                }
            }
        }
        if refused { return bytes.count }
        if let broken { refuse(.ofFile(file, line: broken.line, broken.why), &result) }
        if atEnd, header == nil, !refused {
            refuse(RowProblem(file: file, line: 1, field: "(header)", value: "", why: "columns \(required.joined(separator: ", ")) are missing; \(advice)",
                              refusesFile: true), &result)
        }
        return refused ? bytes.count : used
    }

    private func headerProblem(_ record: CSVRecord, _ why: String) -> RowProblem {
        RowProblem(file: file, line: record.line, field: "(header)", value: record.fields.joined(separator: ","), why: why, refusesFile: true)
    }

    private mutating func refuse(_ problem: RowProblem, _ result: inout ParsedImport) {
        result.problems.append(problem)
        refused = true
    }
}
