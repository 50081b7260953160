import Terminal

/// Draws an open form as a centred box: one labelled input per row, the focused field's hint,
/// and the first problem (an inline validation error, or the store's refusal) in the error style.
enum FormView {
    static func render(_ form: FormState, in area: Rect, on grid: inout CellGrid, theme: Theme) -> CursorPosition? {
        let labelWidth = min(22, (form.fields.map { DisplayWidth.of($0.label) }.max() ?? 0) + 1)
        let width = min(area.width - 2, max(50, labelWidth + 34))
        let problem = form.error ?? form.fields[safe: form.focused]?.error
        let problemLines = problem.map { $0.wrapped(toWidth: width - 4) } ?? []
        let height = min(area.height, form.fields.count + 4 + problemLines.count)
        let inner = Box(title: form.title, fillRole: .dialog).render(in: area.centered(width: width, height: height), on: &grid, theme: theme)
        var cursor: CursorPosition?
        var row = inner.y
        let visibleFields = max(0, inner.height - 2 - problemLines.count)
        let firstField = max(0, form.focused - visibleFields + 1)
        for (index, field) in form.fields.enumerated().dropFirst(firstField).prefix(visibleFields) {
            let focused = index == form.focused
            grid.write(" " + field.label, in: Rect(x: inner.x, y: row, width: labelWidth, height: 1), style: theme[focused ? .title : .dialog])
            let input = Rect(x: inner.x + labelWidth + 1, y: row, width: inner.width - labelWidth - 2, height: 1)
            if field.isChoice {
                grid.fill(input, style: theme[focused ? .inputFocused : .input])
                grid.write("‹ \(field.value) ›", in: input, style: theme[focused ? .inputFocused : .input])
            } else if let position = field.input.render(in: input, on: &grid, theme: theme, focused: focused, placeholder: field.hint) {
                cursor = position
            }
            row += 1
        }
        let hint = form.fields[safe: form.focused]?.currentHint ?? ""
        grid.write(" " + hint, in: Rect(x: inner.x, y: row + 1, width: inner.width, height: 1), style: theme[.muted])
        for (offset, line) in problemLines.enumerated() {
            grid.write(" " + line, in: Rect(x: inner.x, y: row + 2 + offset, width: inner.width, height: 1), style: theme[.error])
        }
        return cursor
    }
}

extension Array {
    /// The element at `index`, or nil when out of range.
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
