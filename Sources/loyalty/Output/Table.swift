import Terminal

/// Rows of text in aligned columns under a header, as list commands print them.
struct Table {
    let headers: [String]
    var rows: [[String]] = []
    /// Columns whose cells line up on the right (numbers).
    var numeric: Set<Int> = []

    init(_ headers: [String], numeric: Set<Int> = []) {
        self.headers = headers
        self.numeric = numeric
    }

    mutating func add(_ row: [String]) { rows.append(row) }

    /// The table as lines; the last column is not padded, so lines carry no trailing spaces.
    var lines: [String] {
        let all = [headers] + rows
        let widths = headers.indices.map { column in all.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        return all.map { row in
            row.indices.map { column in
                let isLast = column == row.count - 1
                if numeric.contains(column) { return row[column].padded(toWidth: widths[column], alignment: .right) }
                return isLast ? row[column] : row[column].padded(toWidth: widths[column])
            }.joined(separator: "  ")
        }
    }

    /// Prints the table, or `empty` when it has no rows.
    func print(empty: String) {
        Console.out(rows.isEmpty ? empty : lines.joined(separator: "\n"))
    }
}
