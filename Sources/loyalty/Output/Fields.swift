/// Prints "Label:  value" lines with the values lined up, as `show` commands do.
func printFields(_ fields: [(String, String)]) {
    let width = fields.map { displayWidth($0.0) }.max() ?? 0
    Console.out(fields.map { padded($0.0 + ":", to: width + 1) + "  " + $0.1 }.joined(separator: "\n"))
}
