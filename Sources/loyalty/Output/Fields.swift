import Terminal

/// Prints "Label:  value" lines with the values lined up, as `show` commands do.
func printFields(_ fields: [(String, String)]) {
    let width = fields.map { DisplayWidth.of($0.0) }.max() ?? 0
    Console.out(fields.map { $0.1.isEmpty ? $0.0 + ":" : ($0.0 + ":").padded(toWidth: width + 1) + "  " + $0.1 }.joined(separator: "\n"))
}

/// A summary line under a heading, "  earned:        12 (120 Stars)": the label and its colon in a
/// column of 14 (a longer label, as a translation may have, pushes its value on), then the value.
func summaryLine(_ label: String, _ value: String) -> String {
    let head = label + ":"
    return "  " + head.padded(toWidth: max(14, DisplayWidth.of(head))) + " " + value
}
