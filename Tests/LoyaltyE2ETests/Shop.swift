import Foundation
import XCTest

/// A launched shop prepared with the CLI, as a shop owner would before handing the dashboard to
/// staff: Café Zoë, 10 Stars per 1.00 EUR on orders, a €5-off reward, and four members, two of
/// them with names that are not ASCII.
enum Shop {
    static let members = [("Zoë Jansen", "zoe@example.com"), ("山田 太郎", "taro@example.jp"),
                          ("Ann Smith", "ann@example.com"), ("Zeno Bakker", "zeno@example.com")]

    static func launched() throws -> URL {
        let database = try E2E.temporaryDatabase()
        try E2E.loyalty(database, "init", "--name", "Café Zoë", "--points-name", "Stars", "--icon", "☕")
        try E2E.loyalty(database, "rule", "add", "order", "--points", "10", "--per", "1")
        try E2E.loyalty(database, "reward", "add", "--name", "€5 off", "--cost", "100", "--amount-off", "5")
        try E2E.loyalty(database, "program", "launch")
        for (name, email) in members { try E2E.loyalty(database, "member", "add", "--name", name, "--email", email) }
        return database
    }
}

/// The screen's lines, and what `capture-pane -e` says about their attributes.
enum ScreenText {
    static func lines(_ screen: String) -> [String] {
        screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The first line of the screen that contains `text`.
    static func line(containing text: String, in screen: String) -> String? {
        lines(screen).first { $0.contains(text) }
    }

    /// The words of a line, the box's edges left out: "│Zoë Jansen  zoe@… 47 │" → ["Zoë", "Jansen", "zoe@…", "47"].
    static func words(_ line: String) -> [String] {
        line.split(whereSeparator: { $0 == " " || $0 == "│" }).map(String.init)
    }

    /// One character on screen and whether it is drawn in reverse video.
    struct Cell {
        let character: Character
        let reverse: Bool
    }

    /// The screen of `capture-pane -p -e` as cells, line by line, following the SGR sequences
    /// (`ESC[…m`) through the whole screen as the terminal does; and every SGR parameter seen.
    static func cells(_ screenWithEscapes: String) -> (lines: [[Cell]], parameters: [Int]) {
        var lines: [[Cell]] = [[]], parameters: [Int] = [], reverse = false
        var scalars = Array(screenWithEscapes.unicodeScalars)[...]
        var text = String.UnicodeScalarView()
        func flush() {
            for character in String(text) { lines[lines.count - 1].append(Cell(character: character, reverse: reverse)) }
            text = String.UnicodeScalarView()
        }
        while let scalar = scalars.popFirst() {
            if scalar == "\u{1B}", scalars.first == "[" {
                flush()
                scalars.removeFirst()
                var body = ""
                while let next = scalars.popFirst() {
                    if next.value >= 0x40 && next.value <= 0x7E { if next == "m" { body += "m" }; break }
                    body.unicodeScalars.append(next)
                }
                guard body.hasSuffix("m") else { continue }
                let codes = body.dropLast().split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
                parameters += codes
                for code in codes {
                    if code == 0 { reverse = false } else if code == 7 { reverse = true } else if code == 27 { reverse = false }
                }
            } else if scalar == "\n" {
                flush()
                lines.append([])
            } else {
                text.append(scalar)
            }
        }
        flush()
        return (lines, parameters)
    }

    /// Whether every character of `text`, on the first line that has it, is in reverse video.
    static func isReverse(_ text: String, in screenWithEscapes: String) -> Bool? {
        for line in cells(screenWithEscapes).lines {
            let characters = line.map(\.character)
            let wanted = Array(text)
            guard wanted.count <= characters.count else { continue }
            for start in 0...(characters.count - wanted.count) where Array(characters[start..<start + wanted.count]) == wanted {
                return line[start..<start + wanted.count].allSatisfy(\.reverse)
            }
        }
        return nil
    }

    /// SGR parameters that set a colour (30–38, 40–48, 90–97, 100–107); 39 and 49 only reset to
    /// the terminal's own colours. The parameters after 38/48 (`5;n`) are counted with them.
    static func colourParameters(_ parameters: [Int]) -> [Int] {
        parameters.filter { (30...38).contains($0) || (40...48).contains($0) || (90...97).contains($0) || (100...107).contains($0) }
    }
}
