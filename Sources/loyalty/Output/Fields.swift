import Terminal

/// Prints "Label:  value" lines with the values lined up, as `show` commands do (a label with an
/// empty value alone, as a heading); to a terminal, laid out as tables are (see `ColumnLayout`).
func printFields(_ fields: [(String, String)]) {
    let rows = fields.map { $0.1.isEmpty ? [$0.0 + ":"] : [$0.0 + ":", $0.1] }
    Console.outLaidOut(ColumnLayout.lines(rows, visual: Console.outWriting))
}

/// A summary line under a heading, "  earned:        12 (120 Stars)": the label and its colon in a
/// column of 14 (a longer label, as a translation may have, pushes its value on), then the value.
func summaryLine(_ label: String, _ value: String) -> String {
    let head = label + ":"
    return "  " + head.padded(toWidth: max(14, DisplayWidth.of(head))) + " " + value
}
