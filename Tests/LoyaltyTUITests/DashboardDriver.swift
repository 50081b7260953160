import Foundation
import LoyaltyCore
import LoyaltyStore
import LoyaltyTUI
import Terminal

/// A dashboard on a real in-memory store, driven by key presses exactly as the terminal delivers
/// them, and read back as the text a user would see.
final class DashboardDriver {
    let store: Store
    let dashboard: Dashboard

    /// 1 December 2025, noon UTC: the pinned clock, so campaign dates in forms are known.
    static let today = Date(timeIntervalSince1970: 1_764_590_400)

    /// A store named Café Aurora that counts Stars in EUR, set up further by `setUp`, shown at `width` × `height`.
    init(width: Int = 100, height: Int = 30, setUp: (Store) throws -> Void = { _ in }) throws {
        store = try Store.inMemory(actor: "anna")
        store.now = { DashboardDriver.today }
        try store.updateProgram(ProgramUpdate(name: "Café Aurora", pointsName: "Stars", currency: "EUR"))
        try setUp(store)
        dashboard = try Dashboard(store: store, width: width, height: height, theme: .monochrome, themeName: "mono", themes: ThemeCatalog(directories: []))
    }

    var state: AppState { dashboard.state }

    /// The first moment of a day (year, month, day) in the store's calendar.
    static func day(_ year: Int, _ month: Int, _ day: Int, in store: Store) -> Date {
        store.calendar.date(from: DateComponents(year: year, month: month, day: day))!
    }

    /// Presses each key in turn.
    func press(_ keys: Key...) {
        for key in keys { dashboard.handle(.key(key)) }
    }

    /// Types `text` one character at a time.
    func type(_ text: String) {
        for character in text { dashboard.handle(.key(.character(character))) }
    }

    func resize(width: Int, height: Int) { dashboard.handle(.resize(width: width, height: height)) }

    /// The whole screen as text, one line per row, trailing blanks trimmed.
    var screen: String { dashboard.render().grid.text() }

    /// The screen's rows.
    var lines: [String] { screen.components(separatedBy: "\n") }
}

/// `count` rows of an empty pane frame whose left edge is `indent` cells in, for long blank stretches of an expected screen.
func emptyRows(_ indent: Int, count: Int, innerWidth: Int = 78) -> String {
    Array(repeating: String(repeating: " ", count: indent) + "│" + String(repeating: " ", count: innerWidth) + "│", count: count).joined(separator: "\n")
}
