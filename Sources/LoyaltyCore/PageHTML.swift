/// A `PageDocument` as a plain, accessible static HTML page: no scripts (and a Content Security
/// Policy that forbids them), `lang` and `dir`, one `h1`, an `h2` per section, lists as `ul`, a small inline
/// stylesheet, and every piece of text HTML-escaped.
public enum PageHTML {
    /// - Parameters:
    ///   - language: the programme's customer language: `<html lang>`, `dir="rtl"` for Hebrew, the back link's words.
    ///   - backLink: a link back to the programme page (from a member's page), if any.
    ///   - private: asks search engines not to index the page (a member's own page).
    public static func render(_ page: PageDocument, programName: String, language: CustomerLanguage = .english,
                              backLink: String? = nil, private isPrivate: Bool = false) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)" dir="\(language.direction)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">

            """
        if isPrivate { html += "<meta name=\"robots\" content=\"noindex, nofollow\">\n" }
        let title = page.title == programName || programName.isEmpty ? page.title : "\(page.title) – \(programName)"
        html += "<title>\(escape(title))</title>\n<style>\(stylesheet)</style>\n</head>\n<body>\n<main>\n"
        html += "<h1>\(escape(page.title))</h1>\n"
        for item in page.intro { html += "<p\(toneClass(item.tone))>\(text(item))</p>\n" }
        for (index, section) in page.sections.enumerated() {
            let id = "section-\(index + 1)"
            html += "<section aria-labelledby=\"\(id)\">\n<h2 id=\"\(id)\">\(escape(section.heading))</h2>\n"
            if section.isList {
                html += "<ul>\n" + section.items.map { "<li\(toneClass($0.tone))>\(text($0))</li>\n" }.joined() + "</ul>\n"
            } else {
                html += section.items.map { "<p\(toneClass($0.tone))>\(text($0))</p>\n" }.joined()
            }
            html += "</section>\n"
        }
        html += "</main>\n"
        if let backLink {
            let about = programName.isEmpty ? language.text("About the programme") : language.text("About {program}", ["program": .text(programName)])
            html += "<footer><p><a href=\"\(escape(backLink))\">\(escape(about))</a></p></footer>\n"
        }
        html += "</body>\n</html>\n"
        return html
    }

    /// `text` safe in HTML text and in quoted attribute values.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// An item's text; the ✓ mark is read out as "yours to redeem" already, so it is hidden from screen readers.
    private static func text(_ item: PageItem) -> String {
        var html = ""
        if item.marker == .check { html += "<span class=\"mark\" aria-hidden=\"true\">✓</span> " }
        if let code = item.code { html += "<code>\(escape(code))</code> " }
        return html + escape(item.text)
    }

    private static func toneClass(_ tone: PageItem.Tone) -> String {
        tone == .normal ? "" : " class=\"\(tone.rawValue)\""
    }

    private static let stylesheet = """
        body{font-family:system-ui,sans-serif;line-height:1.5;margin:0;padding:1rem;color:#1a1a1a;background:#fff}\
        main{max-width:40rem;margin:0 auto}h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:1.5rem}\
        ul{padding-left:1.2rem}.muted{color:#555}.success{color:#1b5e20}.warning{color:#8a4b00;font-weight:600}\
        code{font-size:1.05em;letter-spacing:.05em}a{color:#0b57d0}
        """
}
