import Foundation
import LoyaltyCore
import LoyaltyStore
import LoyaltyTUI
import Terminal

/// The dashboard's reducer on the benchmark database at 100×30, driven key by key as the terminal
/// delivers them; each timing is one key press handled and the whole screen rendered.
final class DashboardBench {
    static let width = 100, height = 30
    let store: Store
    let dashboard: Dashboard

    init(path: String) throws {
        store = try Store(path: path, create: false)
        dashboard = try Self.open(store)
    }

    static func open(_ store: Store) throws -> Dashboard {
        try Dashboard(store: store, width: width, height: height, theme: .monochrome, themeName: "mono", themes: ThemeCatalog(directories: []))
    }

    /// Opening the database and drawing the first screen, with a fresh `Store` each time.
    static func firstScreen(path: String, runs: Int) throws -> Samples {
        var samples = Samples()
        for _ in 0..<runs {
            try samples.time {
                let store = try Store(path: path, create: false)
                _ = try open(store).render()
            }
        }
        return samples
    }

    /// Presses `key` and renders the screen; returns the milliseconds both took.
    @discardableResult
    func press(_ key: Key) -> Double {
        milliseconds {
            dashboard.handle(.key(key))
            _ = dashboard.render()
        }
    }

    var screen: String { dashboard.render().grid.text() }

    /// Types each of `prefixes` after `/`, one key at a time, then clears it with Esc.
    func search(_ prefixes: [String]) -> (open: Samples, typed: Samples, clear: Samples) {
        var open = Samples(), typed = Samples(), clear = Samples()
        for prefix in prefixes {
            open.add(press(.character("/")))
            for character in prefix { typed.add(press(.character(character))) }
            clear.add(press(.escape))
        }
        return (open, typed, clear)
    }

    /// `count` presses of `key` in a row.
    func repeatedly(_ key: Key, _ count: Int) -> Samples {
        Samples((0..<count).map { _ in press(key) })
    }

    /// Finds the member by e-mail with `/`, then opens them `runs` times (Enter, and Esc back to the
    /// results in between); then pages down their activity.
    func openMember(email: String, runs: Int, activityPages: Int) throws -> (open: Samples, back: Samples, activityPages: Samples) {
        press(.character("/"))
        for character in email { press(.character(character)) }
        press(.enter)
        var open = Samples(), back = Samples()
        for _ in 0..<runs {
            open.add(press(.enter))
            guard screen.contains(email) else { throw BenchError.failed("the member \(email) did not open:\n\(screen)") }
            back.add(press(.escape))
        }
        press(.enter)
        let pages = repeatedly(.pageDown, activityPages)
        press(.escape)
        press(.escape)
        return (open, back, pages)
    }
}
