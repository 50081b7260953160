import LoyaltyText
import Terminal

/// Where an open form's parts go: a pure function of the form and the area it is centred in,
/// used by drawing and by the keys (a multi-line field scrolls by the lines it shows).
///
/// A form is as wide as its labels, values, hints and title need (at least 50 columns, and an
/// input of 32), up to
/// the screen less a margin; one with a multi-line field takes that whole width. Hints and
/// problems wrap instead of being cut. A multi-line field gets the rows the screen has left,
/// up to `maximumTextRows`.
struct FormLayout {
    static let minimumWidth = 50
    /// Columns an input keeps however short its value.
    static let minimumInputWidth = 32
    static let maximumWidth = 120
    static let maximumTextRows = 14

    /// The form's box, border included.
    let box: Rect
    let labelWidth: Int
    /// The focused field's hint, wrapped to the box.
    let hintLines: [String]
    /// The first problem (the store's refusal, or the focused field's error), wrapped to the box.
    let problemLines: [String]
    /// Lines a multi-line field shows (0 when the form has none).
    let textRows: Int

    init(_ form: FormState, in area: Rect, words: Localizer) {
        // Labels get what the longest needs, up to a third of the screen (22 columns at least).
        labelWidth = min(max(22, area.width / 3), (form.fields.map { DisplayWidth.of($0.label) }.max() ?? 0) + 1)
        let least = max(Self.minimumWidth, labelWidth + Self.minimumInputWidth + 2)
        let width = min(area.width - 2, max(least, min(Self.wanted(form, labelWidth: labelWidth), Self.maximumWidth, area.width - 4)))
        let textWidth = max(1, width - 4)
        hintLines = (form.fields[safe: form.focused]?.currentHint ?? "").wrapped(toWidth: textWidth)
        problemLines = (form.error ?? form.fields[safe: form.focused]?.error.map(words.words)).map { $0.wrapped(toWidth: textWidth) } ?? []
        let multiline = form.fields.filter(\.isMultiline).count
        let fixedRows = form.fields.count + 1 + hintLines.count + problemLines.count
        textRows = multiline == 0 ? 0 : max(1, min(Self.maximumTextRows, (area.height - 2 - fixedRows) / multiline))
        box = area.centered(width: width, height: min(area.height, fixedRows + multiline * textRows + 2))
    }

    /// The rows `field` takes: one, or a label row and the lines of a multi-line field.
    func rows(of field: FormField) -> Int { field.isMultiline ? 1 + textRows : 1 }

    /// The width the form's contents ask for, border included.
    private static func wanted(_ form: FormState, labelWidth: Int) -> Int {
        if form.fields.contains(where: \.isMultiline) { return maximumWidth }
        // An empty input shows its hint in place of the value.
        let values = form.fields.map { DisplayWidth.of($0.isChoice ? "‹ \($0.shownValue) ›" : $0.value.isEmpty ? $0.hint : $0.value) + 1 }.max() ?? 0
        let hints = form.fields.map { DisplayWidth.of($0.hint) }.max() ?? 0
        return max(labelWidth + 1 + values, hints + 1, DisplayWidth.of(form.title) + 4) + 4
    }
}
