import Foundation

/// The benchmark's table: one row per thing measured, with the `sqlite3` yardstick where there is one.
struct Report {
    struct Line {
        var name: String
        var samples: Samples
        /// True when the row is a key press answered by the dashboard (the ≤ 16 ms target).
        var keypress: Bool
        /// Our mean for the bare query and the `sqlite3` tool's, in milliseconds.
        var yardstick: (ours: Double, sqlite: Double)?
        var note: String = ""
    }

    private(set) var lines: [Line] = []
    var notes: [String] = []

    mutating func add(_ name: String, _ samples: Samples, keypress: Bool = false, note: String = "") {
        lines.append(Line(name: name, samples: samples, keypress: keypress, note: note))
    }

    /// Attaches a `sqlite3` comparison to the row named `name`.
    mutating func compare(_ name: String, ours: Double, sqlite: Double) {
        guard let index = lines.firstIndex(where: { $0.name == name }) else { return }
        lines[index].yardstick = (ours, sqlite)
    }

    func line(_ name: String) -> Line? { lines.first { $0.name == name } }

    /// The table as aligned text (also valid Markdown).
    func table() -> String {
        let header = ["measure", "n", "median ms", "p95 ms", "max ms", "query ours ms", "sqlite3 ms", "ours/sqlite3"]
        var rows = [header]
        for line in lines {
            let s = line.samples
            var row = [line.name + (line.keypress ? " *" : "") + (line.note.isEmpty ? "" : " (\(line.note))"),
                       String(s.count), format(s.median), format(s.p95), format(s.max)]
            if let (ours, sqlite) = line.yardstick {
                row += [format(ours), format(sqlite), sqlite > 0 ? String(format: "%.2f", ours / sqlite) : "—"]
            } else {
                row += ["", "", ""]
            }
            rows.append(row)
        }
        let widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        func render(_ row: [String]) -> String {
            "| " + row.enumerated().map { column, cell in
                column == 0 ? cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
                            : String(repeating: " ", count: widths[column] - cell.count) + cell
            }.joined(separator: " | ") + " |"
        }
        let rule = "|" + widths.enumerated().map { $0.offset == 0 ? String(repeating: "-", count: $0.element + 2) : String(repeating: "-", count: $0.element + 1) + ":" }.joined(separator: "|") + "|"
        return ([render(rows[0]), rule] + rows.dropFirst().map(render)).joined(separator: "\n")
    }

    private func format(_ milliseconds: Double) -> String {
        milliseconds >= 100 ? String(format: "%.0f", milliseconds) : milliseconds >= 10 ? String(format: "%.1f", milliseconds) : String(format: "%.3f", milliseconds)
    }
}

/// One of the benchmark's targets, met or missed.
struct Verdict {
    let target: String
    let measured: String
    /// nil when it was not measured.
    let met: Bool?

    var text: String {
        let mark = met.map { $0 ? "PASS" : "MISS" } ?? "NOT MEASURED"
        return "\(mark.padding(toLength: 12, withPad: " ", startingAt: 0)) \(target.padding(toLength: 42, withPad: " ", startingAt: 0)) \(measured)"
    }
}
