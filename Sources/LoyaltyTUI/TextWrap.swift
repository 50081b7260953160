import Terminal

extension String {
    /// This text broken into lines of at most `width` columns: at spaces where possible, inside a
    /// word only when the word alone is too long. Explicit newlines start new lines.
    func wrapped(toWidth width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                var word = String(word)
                let separator = line.isEmpty ? "" : " "
                if DisplayWidth.of(line + separator + word) <= width {
                    line += separator + word
                    continue
                }
                if !line.isEmpty { lines.append(line) }
                line = ""
                while DisplayWidth.of(word) > width {
                    let (head, tail) = word.splitAtWidth(width)
                    lines.append(head)
                    word = tail
                }
                line = word
            }
            lines.append(line)
        }
        return lines
    }

    /// The longest prefix that fits in `width` columns (at least one character), and the rest.
    private func splitAtWidth(_ width: Int) -> (String, String) {
        var used = 0
        var index = startIndex
        while index < endIndex {
            let w = DisplayWidth.of(String(self[index]))
            if used + w > width, index > startIndex { break }
            used += w
            index = self.index(after: index)
        }
        return (String(self[..<index]), String(self[index...]))
    }
}
