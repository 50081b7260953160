import Terminal
import LoyaltyText

/// Draws an e-mail preview: who it is for, the subject, and the body, scrolled by its offset.
enum EmailPreviewView {
    /// Where the scrolling part (subject and body) goes: under the line saying who it is for.
    static func body(in area: Rect) -> Rect {
        Rect(x: area.x, y: area.y + 2, width: area.width, height: area.height - 2)
    }

    static func textView(_ preview: EmailPreview, offset: Int, _ words: Localizer) -> TextView {
        let body = preview.email.body.split(separator: "\n", omittingEmptySubsequences: false).map { (" " + $0, ThemeRole.normal) }
        return TextView(lines: [(" " + words.text("Subject: {subject}", ["subject": .text(preview.email.subject)]), .title), ("", .normal)] + body, offset: offset)
    }

    static func render(_ preview: EmailPreview, in area: Rect, on grid: inout CellGrid, theme: Theme, words: Localizer) {
        grid.write(" " + words.text("Preview of \"{automation}\" for {recipient}", ["automation": .text(DomainNames.trigger(preview.trigger, words)),
                                                                                   "recipient": .text(preview.recipient)]), in: area, style: theme[.muted])
        textView(preview, offset: preview.offset, words).render(in: body(in: area), on: &grid, theme: theme)
    }
}
