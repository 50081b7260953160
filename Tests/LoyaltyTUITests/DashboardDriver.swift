import Foundation
import LoyaltyCore
import LoyaltyStore
import LoyaltyTUI
import Terminal

/// A dashboard on a real in-memory store, driven by key presses exactly as the terminal delivers
/// them, and read back as the text a user would see. Every pane test drives the dashboard with it.
final class DashboardDriver {
    let store: Store
    let dashboard: Dashboard

    /// 1 December 2025, noon UTC: the pinned clock, so campaign dates in forms are known.
    static let today = Date(timeIntervalSince1970: 1_764_590_400)

    /// A store named Café Aurora that counts Stars in EUR, its clock at `now`, set up further by
    /// `setUp`, shown at `width` × `height` in the monochrome theme.
    convenience init(width: Int = 100, height: Int = 30, now: Date = DashboardDriver.today, setUp: (Store) throws -> Void = { _ in }) throws {
        let store = try Store.inMemory(actor: "anna")
        try DashboardDriver.nameTheShop(store, now: now)
        try setUp(store)
        try self.init(store: store, width: width, height: height)
    }

    /// The dashboard on `store` as it is, laid out by `writing` (right to left for Hebrew).
    init(store: Store, width: Int = 100, height: Int = 30, writing: WritingMode = .leftToRight) throws {
        self.store = store
        dashboard = try Dashboard(store: store, width: width, height: height, theme: .monochrome, themeName: "mono", themes: ThemeCatalog(directories: []),
                                  writing: writing)
    }

    /// Names the programme Café Aurora (Stars, EUR) and pins the store's clock at `now`.
    static func nameTheShop(_ store: Store, now: Date) throws {
        store.now = { now }
        try store.updateProgram(ProgramUpdate(name: "Café Aurora", pointsName: "Stars", currency: "EUR"))
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

    /// The screen's rows `range` (inclusive) as text, for comparing a part of the screen.
    func lines(_ range: ClosedRange<Int>) -> String {
        lines[range].joined(separator: "\n")
    }
}

extension DashboardDriver {
    /// 14 March 2025, noon UTC: the clock of `launchedShop`.
    static let shopDay = Date(timeIntervalSince1970: 1_741_953_600)

    /// A launched programme (★ Stars, 10 per 1.00 EUR on orders, rewards €5 off and Free cake) with
    /// members in several scripts and some activity: Zoë Jansen (120), 山田 太郎 (300) and the visitor
    /// שלום כהן (40), plus `extraMembers` named "Member 000"… with nothing. The clock is `shopDay`.
    static func launchedShop(width: Int = 100, height: Int = 30, extraMembers: Int = 0) throws -> DashboardDriver {
        try DashboardDriver(width: width, height: height, now: shopDay) { try launch($0, extraMembers: extraMembers) }
    }

    /// Sets up the launched programme of `launchedShop` in `store`.
    static func launch(_ store: Store, extraMembers: Int = 0) throws {
        _ = try store.addRule(EarningRule(kind: .order, award: .perSpend(points: 10, per: Money(minorUnits: 100, currency: .euro))))
        _ = try store.addReward(Reward(name: "€5 off", kind: .fixed(FixedReward(cost: 100, discount: .amountOff(Money(minorUnits: 500, currency: .euro))))))
        _ = try store.addReward(Reward(name: "Free cake", kind: .fixed(FixedReward(cost: 250, discount: .freeProduct(sku: "CAKE")))))
        _ = try store.launch()
        for (name, email, status, points) in [("Zoë Jansen", "zoe@example.com", MemberStatus.member, Points(120)),
                                              ("山田 太郎", "yamada@example.jp", .member, 300),
                                              ("שלום כהן", "shalom@example.org", .visitor, 40)] {
            _ = try store.addMember(MemberDetails(name: name, email: email), status: status)
            _ = try store.give(email: email, points: points, reason: "opening gift")
        }
        for n in 0..<extraMembers {
            _ = try store.addMember(MemberDetails(name: String(format: "Member %03d", n), email: "m\(n)@example.com"), status: .member)
        }
    }
}

/// `count` rows of an empty pane frame whose left edge is `indent` cells in, for long blank stretches of an expected screen.
func emptyRows(_ indent: Int, count: Int, innerWidth: Int = 78) -> String {
    Array(repeating: String(repeating: " ", count: indent) + "│" + String(repeating: " ", count: innerWidth) + "│", count: count).joined(separator: "\n")
}
