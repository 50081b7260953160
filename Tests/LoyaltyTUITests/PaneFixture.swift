import Foundation
import LoyaltyCore
import LoyaltyStore
@testable import LoyaltyTUI
import Terminal

/// A launched programme in an in-memory store, with a few members in several scripts and some
/// activity, and a dashboard on it in the monochrome theme, for the pane tests.
struct PaneFixture {
    let store: Store
    let dashboard: Dashboard
    /// 2025-03-14 12:00 UTC: noon, so the day is the same in every time zone the tests run in.
    static let now = Date(timeIntervalSince1970: 1_741_953_600)

    init(width: Int = 100, height: Int = 30, extraMembers: Int = 0) throws {
        store = try Store.inMemory(actor: "anna")
        store.now = { PaneFixture.now }
        try store.updateProgram(ProgramUpdate(name: "Café Aurora", pointsName: "Stars", pointsIcon: "★"))
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
        dashboard = try Dashboard(store: store, width: width, height: height, theme: .monochrome, themeName: "mono", themes: ThemeCatalog(directories: []))
    }

    func press(_ keys: Key...) { keys.forEach { dashboard.handle(.key($0)) } }

    func type(_ text: String) { text.forEach { dashboard.handle(.key(.character($0))) } }

    var screen: String { dashboard.render().grid.text() }

    /// The screen's lines from `first` to `last` (inclusive), for comparing a part of it.
    func lines(_ range: ClosedRange<Int>) -> String {
        let grid = dashboard.render().grid
        return range.map(grid.line).joined(separator: "\n")
    }
}
