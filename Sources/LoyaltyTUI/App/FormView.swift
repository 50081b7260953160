import LoyaltyText
import Terminal

/// Draws an open form as a centred box (see `FormLayout`): one labelled input per row (a
/// multi-line field under its label, across the box), the focused field's hint, and the first
/// problem (an inline validation error, or the store's refusal) in the error style.
enum FormView {
    static func render(_ form: FormState, in area: Rect, on grid: inout CellGrid, theme: Theme, words: Localizer) -> CursorPosition? {
        let layout = FormLayout(form, in: area, words: words)
        let inner = Box(title: form.title, fillRole: .dialog).render(in: layout.box, on: &grid, theme: theme)
        var cursor: CursorPosition?
        var row = inner.y
        let fieldRows = max(0, inner.height - 1 - layout.hintLines.count - layout.problemLines.count)
        var firstField = 0
        while firstField < form.focused,
              form.fields[firstField...form.focused].map(layout.rows).reduce(0, +) > fieldRows { firstField += 1 }
        for (index, field) in form.fields.enumerated().dropFirst(firstField) {
            let end = inner.y + fieldRows
            guard row < end else { break }
            let focused = index == form.focused
            grid.write(" " + field.label, in: Rect(x: inner.x, y: row, width: field.isMultiline ? inner.width : layout.labelWidth, height: 1),
                       style: theme[focused ? .title : .dialog])
            if field.isMultiline {
                let text = Rect(x: inner.x + 1, y: row + 1, width: inner.width - 2, height: min(layout.textRows, end - row - 1))
                if let position = field.lines.render(in: text, on: &grid, theme: theme, focused: focused) { cursor = position }
                row += layout.rows(of: field)
                continue
            }
            let input = Rect(x: inner.x + layout.labelWidth + 1, y: row, width: inner.width - layout.labelWidth - 2, height: 1)
            if field.isChoice {
                grid.fill(input, style: theme[focused ? .inputFocused : .input])
                grid.write("‹ \(field.shownValue) ›", in: input, style: theme[focused ? .inputFocused : .input])
            } else if let position = field.input.render(in: input, on: &grid, theme: theme, focused: focused, placeholder: field.hint) {
                cursor = position
            }
            row += 1
        }
        for (offset, line) in layout.hintLines.enumerated() {
            grid.write(" " + line, in: Rect(x: inner.x, y: inner.y + fieldRows + 1 + offset, width: inner.width, height: 1), style: theme[.muted])
        }
        let problemsY = inner.y + fieldRows + 1 + layout.hintLines.count
        for (offset, line) in layout.problemLines.enumerated() {
            grid.write(" " + line, in: Rect(x: inner.x, y: problemsY + offset, width: inner.width, height: 1), style: theme[.error])
        }
        return cursor
    }
}

extension Array {
    /// The element at `index`, or nil when out of range.
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
