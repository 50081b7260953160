import Terminal

/// The bottom bar of key hints, generated from key maps: keys in `footerKey` style, their help
/// in `footer` style, as many as fit (same text as `footerHints`). A key the user may not use is
/// dimmed, with who may.
public struct Footer: Sendable {
    public var entries: [HelpEntry]

    public init(entries: [HelpEntry]) {
        self.entries = entries
    }

    public func render(in area: Rect, on grid: inout CellGrid, theme: Theme) {
        guard !area.isEmpty else { return }
        grid.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), style: theme[.footer])
        var x = area.x
        for (index, entry) in fittingFooterEntries(entries, width: area.width).enumerated() {
            if index > 0 { x += grid.write(footerSeparator, x: x, y: area.y, style: theme[.footer]) }
            x += grid.write(entry.keys, x: x, y: area.y, style: style(theme[.footerKey], dimmed: entry.onlyFor != nil))
            x += grid.write(" " + entry.shownHelp, x: x, y: area.y, style: style(theme[.footer], dimmed: entry.onlyFor != nil))
        }
    }

    private func style(_ style: CellStyle, dimmed: Bool) -> CellStyle {
        guard dimmed else { return style }
        var dim = style
        dim.attributes.insert(.dim)
        return dim
    }
}
