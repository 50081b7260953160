import Foundation
import LoyaltyStore
import LoyaltyTUI
import Terminal

/// The dashboard driven in-process on a store of its own, key by key as a person types, with every
/// frame rendered after every key. Each frame is checked as it is drawn: what a frame must never
/// show ("database is locked", any raw control character or ESC in a cell) is collected in
/// `violations`, with the frame, so one test can assert that no screen of a whole session did.
final class DashboardSession {
    let store: Store
    let dashboard: Dashboard
    /// Every frame that broke a rule: why, and the screen.
    private(set) var violations: [String] = []
    private(set) var frames = 0

    init(store: Store, width: Int = 100, height: Int = 30) throws {
        self.store = store
        dashboard = try Dashboard(store: store, width: width, height: height, theme: .monochrome, themeName: "mono",
                                  themes: ThemeCatalog(directories: []))
        draw()
    }

    var state: AppState { dashboard.state }

    /// The screen as text, one line per row.
    var screen: String { dashboard.render().grid.text() }

    func press(_ keys: Key...) {
        for key in keys {
            dashboard.handle(.key(key))
            draw()
        }
    }

    func type(_ text: String) {
        for character in text { press(.character(character)) }
    }

    /// What the dashboard does between key presses: notices changes made by other processes.
    func idle() {
        dashboard.refreshIfChangedElsewhere()
        draw()
    }

    /// Opens Members, searches for `text` (the start of a name or e-mail that only one member has)
    /// and opens that member. Esc, Esc first: back from an open member, then clear the last search.
    func openMember(find text: String) {
        press(.escape, .escape, .character("7"), .character("/"))
        type(text)
        press(.enter, .enter)
    }

    /// On an open member: `+` (give) or `-` (remove), the points and the reason, Enter, then Yes.
    func adjust(_ key: Character, points: Int64, reason: String) {
        press(.character(key))
        type(String(points))
        press(.tab)
        type(reason)
        press(.enter, .character("y"))
    }

    private func draw() {
        frames += 1
        let text = dashboard.render().grid.text()
        var problems: [String] = []
        if text.contains("database is locked") { problems.append("\"database is locked\" on screen") }
        if let raw = text.unicodeScalars.first(where: { $0 != "\n" && isControl($0) }) {
            problems.append("a raw control character U+\(String(raw.value, radix: 16, uppercase: true)) in a cell")
        }
        if !problems.isEmpty { violations.append("frame \(frames): \(problems.joined(separator: "; "))\n\(text)") }
    }
}

/// C0 controls, DEL, C1 controls: what moves a terminal's cursor or starts an escape sequence.
func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value)
}
