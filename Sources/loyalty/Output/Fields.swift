import Terminal

/// Prints "Label:  value" lines with the values lined up, as `show` commands do.
func printFields(_ fields: [(String, String)]) {
    let width = fields.map { DisplayWidth.of($0.0) }.max() ?? 0
    Console.out(fields.map { $0.1.isEmpty ? $0.0 + ":" : ($0.0 + ":").padded(toWidth: width + 1) + "  " + $0.1 }.joined(separator: "\n"))
}
