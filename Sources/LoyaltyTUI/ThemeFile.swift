import Foundation
import Terminal

/// A theme file that could not be read or has a line that makes no sense.
public struct ThemeError: Error, Equatable, CustomStringConvertible {
    /// The file (or other source name) the theme came from.
    public var source: String
    /// The 1-based line with the problem; `nil` when the file itself could not be read.
    public var line: Int?
    public var message: String

    public var description: String {
        line.map { "\(source):\($0): \(message)" } ?? "\(source): \(message)"
    }
}

extension Theme {
    /// Reads a theme file. Roles the file does not mention keep their `Theme.monochrome` style.
    public static func load(path: String) throws(ThemeError) -> Theme {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ThemeError(source: path, line: nil, message: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ThemeError(source: path, line: nil, message: "not UTF-8 text")
        }
        return try parse(text, source: path)
    }

    /// Parses theme text: one `role = foreground background [attributes]` per line; `#` starts a
    /// comment. `source` names the text in error messages.
    public static func parse(_ text: String, source: String) throws(ThemeError) -> Theme {
        var theme = Theme.monochrome
        var seen: Set<ThemeRole> = []
        for (offset, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            func failure(_ message: String) -> ThemeError {
                ThemeError(source: source, line: offset + 1, message: message)
            }
            let content = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
            if content.allSatisfy(\.isWhitespace) { continue }
            let sides = content.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard sides.count == 2 else {
                throw failure("expected `role = foreground background [attributes]`")
            }
            let name = sides[0].trimmingCharacters(in: .whitespaces)
            guard let role = ThemeRole(rawValue: name) else {
                let known = ThemeRole.allCases.map(\.rawValue).joined(separator: ", ")
                throw failure("unknown role \"\(name)\" (known roles: \(known))")
            }
            guard seen.insert(role).inserted else { throw failure("role \"\(name)\" is set twice") }
            let words = sides[1].split(whereSeparator: \.isWhitespace).map(String.init)
            guard words.count >= 2 else {
                throw failure("\(name) needs a foreground and a background colour, e.g. `\(name) = white default`")
            }
            guard let foreground = color(words[0]) else { throw failure(colorProblem(words[0])) }
            guard let background = color(words[1]) else { throw failure(colorProblem(words[1])) }
            var attributes: TextAttributes = []
            for word in words.dropFirst(2) where word != "-" {
                for part in word.split(separator: ",") {
                    guard let attribute = attribute(String(part)) else {
                        throw failure("unknown attribute \"\(part)\" (use bold, reverse, underline, dim, or -)")
                    }
                    attributes.insert(attribute)
                }
            }
            theme[role] = CellStyle(foreground: foreground, background: background, attributes: attributes)
        }
        return theme
    }

    private static func color(_ word: String) -> TerminalColor? {
        switch word.lowercased() {
        case "default": return .default
        case "black": return .black
        case "red": return .red
        case "green": return .green
        case "yellow": return .yellow
        case "blue": return .blue
        case "magenta": return .magenta
        case "cyan": return .cyan
        case "white": return .white
        default: return UInt8(word).map(TerminalColor.indexed)
        }
    }

    private static func colorProblem(_ word: String) -> String {
        "unknown colour \"\(word)\" (use default, black, red, green, yellow, blue, magenta, cyan, white, or 0-255)"
    }

    private static func attribute(_ word: String) -> TextAttributes? {
        switch word.lowercased() {
        case "bold": return .bold
        case "reverse": return .reverse
        case "underline": return .underline
        case "dim": return .dim
        default: return nil
        }
    }
}
