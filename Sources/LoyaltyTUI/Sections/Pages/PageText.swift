import LoyaltyCore

/// A customer page (`PageDocument`) as lines of the Pages preview: the title and section headings
/// in the title style, intro lines indented by one, items by two with their marker.
enum PageText {
    static func lines(_ page: PageDocument) -> [(text: String, role: ThemeRole)] {
        var lines: [(String, ThemeRole)] = [(" " + page.title, .title)]
        lines += page.intro.map { (" " + $0.text, role($0.tone)) }
        for section in page.sections {
            lines += [("", .normal), (" " + section.heading, .title)]
            lines += section.items.map { item in
                let marker = item.marker.map { $0.rawValue + " " } ?? ""
                let code = item.code.map { $0 + "  " } ?? ""
                return ("  " + marker + code + item.text, role(item.tone))
            }
        }
        return lines
    }

    private static func role(_ tone: PageItem.Tone) -> ThemeRole {
        switch tone {
        case .normal: return .normal
        case .muted: return .muted
        case .success: return .success
        case .warning: return .warning
        }
    }
}
