/// One block of a command's `details`.
enum DetailsBlock: Equatable {
    /// Text to fill: one or more lines joined.
    case paragraph(String)
    /// A list item: a line starting "- ", with the lines that continue it.
    case bullet(String)
    /// Lines indented by two spaces (a command to copy), shown as they are.
    case literal([String])
    /// A blank line between paragraphs.
    case blank

    /// `details` read as blocks: a blank line between paragraphs, "- " starting a bullet, two
    /// leading spaces for a literal line; other lines continue the paragraph or bullet above.
    static func parse(_ details: String) -> [DetailsBlock] {
        var blocks: [DetailsBlock] = []
        for line in details.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("  ") {
                if case .literal(let lines)? = blocks.last { blocks[blocks.count - 1] = .literal(lines + [String(line.dropFirst(2))]) }
                else { blocks.append(.literal([String(line.dropFirst(2))])) }
            } else if line.allSatisfy({ $0 == " " }) {
                blocks.append(.blank)
            } else if line.hasPrefix("- ") {
                blocks.append(.bullet(String(line.dropFirst(2))))
            } else if case .paragraph(let text)? = blocks.last {
                blocks[blocks.count - 1] = .paragraph(text + " " + line)
            } else if case .bullet(let text)? = blocks.last {
                blocks[blocks.count - 1] = .bullet(text + " " + line)
            } else {
                blocks.append(.paragraph(line))
            }
        }
        return blocks
    }
}
