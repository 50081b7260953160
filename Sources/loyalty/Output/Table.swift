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

    /// The table as lines (see `ColumnLayout`): in stored order, or laid out for `visual`.
    private func lines(visual: WritingMode?) -> [String] {
        ColumnLayout.lines([headers] + rows, rightAligned: numeric, visual: visual)
    }

    /// Prints the table, each line after `indent`, or `empty` when it has no rows.
    func print(empty: String, indent: String = "") {
        guard !rows.isEmpty else { return Console.out(empty) }
        Console.outLaidOut(lines(visual: Console.outWriting).map { indent + $0 })
    }
}
