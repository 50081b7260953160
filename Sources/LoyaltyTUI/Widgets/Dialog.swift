import Terminal

/// A bordered box centred on the screen with a title, a wrapped message and a row of buttons;
/// the chosen button is drawn in the `selection` style.
public struct Dialog: Sendable {
    public var title: String
    public var message: String
    public var buttons: [String]
    public var selectedButton: Int

    public init(title: String, message: String, buttons: [String], selectedButton: Int = 0) {
        self.title = title
        self.message = message
        self.buttons = buttons
        self.selectedButton = selectedButton
    }

    /// Draws the dialog centred in `area` (normally the whole screen), at most 60 columns wide.
    public func render(in area: Rect, on grid: inout CellGrid, theme: Theme) {
        let labels = buttons.map { "[ \($0) ]" }
        let buttonsWidth = labels.map { DisplayWidth.of($0) }.reduce(0, +) + 2 * max(0, labels.count - 1)
        let widest = max(DisplayWidth.of(title) + 4, buttonsWidth, DisplayWidth.of(message))
        let innerWidth = min(widest + 2, 58, max(0, area.width - 2))
        let lines = message.wrapped(toWidth: innerWidth - 2)
        let box = area.centered(width: innerWidth + 2, height: lines.count + 5)
        let inner = Box(title: title, fillRole: .dialog).render(in: box, on: &grid, theme: theme)
        let text = Rect(x: inner.x + 1, y: inner.y + 1, width: inner.width - 2, height: inner.height - 2)
        for (row, line) in lines.enumerated() {
            grid.write(line, in: text, row: row, style: theme[.dialog])
        }
        var x = inner.x + max(0, (inner.width - buttonsWidth) / 2)
        let y = inner.y + inner.height - 1
        for (index, label) in labels.enumerated() {
            let style = theme[index == selectedButton ? .selection : .dialog]
            x += grid.write(label, x: x, y: y, style: style, maxWidth: inner.x + inner.width - x) + 2
        }
    }
}
