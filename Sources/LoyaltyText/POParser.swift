/// Reads a GNU gettext `.po` file: `msgctxt`, `msgid`, `msgid_plural`, `msgstr` and `msgstr[N]`,
/// each a string in double quotes with C escapes, continued by further quoted strings on the next
/// lines; `#` comments (`#, fuzzy` marks a draft; `#~` obsolete entries are skipped); the header
/// (msgid ""), whose `Plural-Forms` gives the plural rule. Anything else is refused with its line.
public struct POParser {
    /// The name used in errors, e.g. "nl.po".
    public let file: String

    public init(file: String) { self.file = file }

    private enum Field: Equatable { case context, id, plural, string(Int) }

    private struct Entry {
        var context: String?
        var id: String?
        var plural: String?
        var strings: [Int: String] = [:]
        /// Written msgstr[N] rather than msgstr.
        var isIndexed = false
        var isFuzzy = false
        var line = 0
        var isEmpty: Bool { context == nil && id == nil && strings.isEmpty }
    }

    public func parse(_ text: String) throws -> Catalog {
        var entries: [Entry] = []
        var entry = Entry()
        var field: Field?
        var seen: [MessageKey: Int] = [:]

        func finish() throws {
            defer { entry = Entry(); field = nil }
            guard !entry.isEmpty else { return }
            guard let id = entry.id else { throw error(entry.line, "an entry without msgid") }
            if entry.strings.isEmpty { throw error(entry.line, "msgid \(quoted(id)) has no msgstr") }
            let key = MessageKey(context: entry.context, id: id)
            if let first = seen[key] { throw error(entry.line, "msgid \(quoted(id)) is already on line \(first)") }
            seen[key] = entry.line
            entries.append(entry)
        }

        var lineNumber = 0
        // Lines are split on the byte of "\n" (a Windows "\r" before it is dropped): quicker than by characters.
        for rawLine in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(rawLine)
            if line.utf8.last == UInt8(ascii: "\r") { line = Substring(line.utf8.dropLast()) }
            if lineNumber == 1, line.first == "\u{FEFF}" { line = line.dropFirst() }
            line = line.drop { $0 == " " || $0 == "\t" }
            if line.isEmpty { continue }
            if line.first == "#" {
                if !entry.strings.isEmpty { try finish() }
                if line.hasPrefix("#,"), line.dropFirst(2).split(separator: ",").contains(where: { $0.trimmed == "fuzzy" }) {
                    entry.isFuzzy = true
                }
                field = nil
                continue
            }
            if line.first == "\"" {
                guard let current = field else { throw error(lineNumber, "a string that continues no msgid or msgstr") }
                append(try string(line, lineNumber), to: current, in: &entry)
                continue
            }
            let keyword = line.prefix { $0 != " " && $0 != "\t" && $0 != "\"" }
            let rest = line.dropFirst(keyword.count).drop { $0 == " " || $0 == "\t" }
            guard let next = try self.field(keyword, lineNumber) else {
                throw error(lineNumber, "\(quoted(String(keyword))) is not a .po keyword (msgctxt, msgid, msgid_plural, msgstr, msgstr[N])")
            }
            switch next {
            case .context, .id:
                if !entry.strings.isEmpty { try finish() }
                if next == .context, entry.context != nil || entry.id != nil { throw error(lineNumber, "msgctxt must come before its msgid, once") }
                if next == .id, entry.id != nil { throw error(lineNumber, "a second msgid without a msgstr for the first (line \(entry.line))") }
                if next == .id { entry.line = lineNumber }
            case .plural:
                guard entry.id != nil, entry.plural == nil, entry.strings.isEmpty else { throw error(lineNumber, "msgid_plural must follow its msgid, once") }
            case .string(let index):
                guard entry.id != nil else { throw error(lineNumber, "msgstr without a msgid before it") }
                guard entry.strings[index] == nil else { throw error(lineNumber, "msgstr[\(index)] is given twice") }
                guard index == entry.strings.count else { throw error(lineNumber, "msgstr[\(entry.strings.count)] must come next") }
            }
            field = next
            if case .string = next { entry.isIndexed = keyword != "msgstr" }
            start(next, with: try string(rest, lineNumber), in: &entry)
        }
        try finish()
        return try catalog(from: entries)
    }

    private func field(_ keyword: Substring, _ line: Int) throws -> Field? {
        switch keyword {
        case "msgctxt": return .context
        case "msgid": return .id
        case "msgid_plural": return .plural
        case "msgstr": return .string(0)
        default:
            guard keyword.hasPrefix("msgstr["), keyword.hasSuffix("]") else { return nil }
            guard let index = Int(keyword.dropFirst(7).dropLast()), index >= 0, index < 100 else {
                throw error(line, "\(quoted(String(keyword))) needs a form number such as msgstr[0]")
            }
            return .string(index)
        }
    }

    private func start(_ field: Field, with value: String, in entry: inout Entry) {
        switch field {
        case .context: entry.context = value
        case .id: entry.id = value
        case .plural: entry.plural = value
        case .string(let index): entry.strings[index] = value
        }
    }

    private func append(_ value: String, to field: Field, in entry: inout Entry) {
        switch field {
        case .context: entry.context? += value
        case .id: entry.id? += value
        case .plural: entry.plural? += value
        case .string(let index): entry.strings[index]? += value
        }
    }

    /// The header's fields, the plural rule and the messages, checked against one another.
    private func catalog(from entries: [Entry]) throws -> Catalog {
        var header: [String: String] = [:]
        var pluralRule = PluralRule.english
        var messages: [CatalogMessage] = []
        var headerLine: Int?
        for entry in entries where entry.id == "" && entry.context == nil {
            headerLine = entry.line
            for field in (entry.strings[0] ?? "").split(separator: "\n") {
                guard let colon = field.firstIndex(of: ":") else { continue }
                header[String(field[..<colon]).trimmed] = String(field[field.index(after: colon)...]).trimmed
            }
        }
        if let contentType = header["Content-Type"], let charset = contentType.lowercased().split(separator: "charset=").last,
           contentType.lowercased().contains("charset="), charset.trimmed != "utf-8" {
            throw error(headerLine ?? 1, "the catalog must be UTF-8 (Content-Type says charset=\(charset))")
        }
        if let forms = header["Plural-Forms"] {
            do { pluralRule = try PluralRule(header: forms) } catch let problem as PluralRuleError {
                throw error(headerLine ?? 1, "Plural-Forms \(quoted(forms)): \(problem.reason)")
            }
        }
        for entry in entries where !(entry.id == "" && entry.context == nil) {
            let id = entry.id ?? ""
            let strings = (0..<entry.strings.count).map { entry.strings[$0] ?? "" }
            if entry.plural == nil, entry.isIndexed {
                throw error(entry.line, "msgid \(quoted(id)) has no msgid_plural, so it takes one msgstr, not msgstr[N]")
            }
            if entry.plural != nil, !entry.isIndexed || strings.count != pluralRule.count {
                throw error(entry.line, "msgid \(quoted(id)) needs msgstr[0] to msgstr[\(pluralRule.count - 1)] (Plural-Forms: nplurals=\(pluralRule.count))")
            }
            messages.append(CatalogMessage(context: entry.context, id: id, plural: entry.plural, translations: strings,
                                           isFuzzy: entry.isFuzzy, line: entry.line))
        }
        return Catalog(header: header, pluralRule: pluralRule, messages: messages)
    }

    /// The value of a quoted string with its C escapes, which must be all there is on the line.
    private func string(_ text: Substring, _ line: Int) throws -> String {
        var rest = text.unicodeScalars
        guard rest.popFirst() == "\"" else { throw error(line, "expected a string in double quotes") }
        var out = String.UnicodeScalarView()
        while let scalar = rest.popFirst() {
            switch scalar {
            case "\"":
                guard rest.allSatisfy({ $0 == " " || $0 == "\t" }) else { throw error(line, "text after the closing quote") }
                return String(out)
            case "\\":
                guard let escaped = rest.popFirst() else { break }
                switch escaped {
                case "n": out.append("\n")
                case "t": out.append("\t")
                case "r": out.append("\r")
                case "a": out.append("\u{07}")
                case "b": out.append("\u{08}")
                case "f": out.append("\u{0C}")
                case "v": out.append("\u{0B}")
                case "\\", "\"", "'", "?": out.append(escaped)
                case "0"..."7":
                    var digits = String(escaped)
                    while digits.count < 3, let next = rest.first, ("0"..."7").contains(next) { digits.unicodeScalars.append(next); rest.removeFirst() }
                    guard let byte = UInt8(digits, radix: 8), byte < 0x80 else { throw error(line, "\\\(digits) is not an ASCII character; write the character itself") }
                    out.append(Unicode.Scalar(byte))
                default: throw error(line, "\\\(escaped) is not an escape .po files know (\\n \\t \\\" \\\\ …)")
                }
            default: out.append(scalar)
            }
        }
        throw error(line, "the string has no closing quote")
    }

    private func error(_ line: Int, _ reason: String) -> CatalogError { CatalogError(file: file, line: line, reason: reason) }

    private func quoted(_ text: String) -> String { "\"\(text.count > 40 ? text.prefix(40) + "…" : Substring(text))\"" }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs.
    var trimmed: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
