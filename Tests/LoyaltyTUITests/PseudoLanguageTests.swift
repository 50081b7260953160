import Foundation
import XCTest
import LoyaltyCore
import LoyaltyStore
import LoyaltyText
import LoyaltyTUI
import Terminal

/// Every screen of the dashboard in the pseudo-language (see `PseudoLanguage`) at 120×35: each
/// section empty and filled, each form, confirmation, overlay and message. A screen fails on an
/// English word that bypassed the catalogs, and on text cut with "…" where the screen had room.
/// The data is made up so that it cannot pass for English (Qorvex, Zibs, quilla@zorp.test).
final class PseudoLanguageTests: XCTestCase {
    static let width = 120, height = 35

    /// Every word of the made-up data, the product's name and the in-memory database's path.
    static let data: Set<String> = [
        "Qorvex", "Kafe", "Zibs", "Vomblat", "Quenzo", "Drabnik", "Plimbo", "Glorb", "GLRB", "Frimble", "Vexi", "Zorp", "Wumbo", "Tarvo", "Bazu",
        "Kwazzle", "Quilla", "Vorn", "quilla", "zorp", "test", "Brax", "Umbel", "brax", "Yeshk", "Tol", "yeshk", "plonk", "qobbit", "memory",
        "EUR", "order", "referral", "custom", "Qx", "quil", "zzzz",
        "en", "nl", "fr", "he",    // the language codes :lang takes
        "English",                 // a customer language named in its own words, as Nederlands and עברית are
        "arvo",                    // what the help overlay leaves in sight of "Tarvo"
    ]

    /// Coupon codes (alone or in groups of four): blanked before the check.
    static let records = ["\\b[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}\\b", "\\b[A-Z0-9]{12}\\b"]

    /// 1 June 2025, noon UTC.
    static let today = Date(timeIntervalSince1970: 1_748_779_200)

    private func driver(filled: Bool, keys: [Key] = [], typing: String? = nil, then more: [Key] = []) throws -> DashboardDriver {
        let store = try Store.inMemory(actor: "qobbit")
        store.now = { Self.today }
        if filled { try Self.fill(store) } else { try Self.name(store) }
        let driver = try DashboardDriver(store: store, width: Self.width, height: Self.height, words: PseudoLanguage.words)
        driver.press(keys)
        if let typing { driver.type(typing) }
        driver.press(more)
        return driver
    }

    /// An empty draft whose points and base tier have made-up names instead of the customer language's defaults.
    static func name(_ store: Store) throws {
        try store.updateProgram(ProgramUpdate(pointsName: "Zibs", currency: "EUR"))
        let base = try store.tiers()[0]
        _ = try store.editTier(Tier(id: base.id, name: "Bazu", threshold: 0, multiplier: 100))
        for trigger in EmailTrigger.allCases {
            _ = try store.editEmail(trigger, template: EmailTemplate(subject: "Zorp {name}", body: "Vexi {program}\nplonk {balance}"))
        }
    }

    /// A launched programme with every kind of thing in it, all named with made-up words.
    static func fill(_ store: Store) throws {
        try name(store)
        try store.updateProgram(ProgramUpdate(name: "Qorvex Kafe", pointsName: "Zibs", currency: "EUR"))
        let order = try store.addRule(EarningRule(kind: .order, name: "Vomblat", award: .perSpend(points: 10, per: Money(minorUnits: 100, currency: .euro)),
                                                  maxPerEvent: 500))
        _ = try store.addRule(EarningRule(kind: .referral, name: "Quenzo", award: .fixed(50)))
        _ = try store.addRule(EarningRule(kind: .custom, name: "Drabnik", award: .fixed(5)))
        let tarvo = try store.addTier(Tier(name: "Tarvo", threshold: 500, multiplier: 125))
        _ = try store.addReward(Reward(name: "Plimbo", kind: .fixed(FixedReward(cost: 100, discount: .amountOff(Money(minorUnits: 500, currency: .euro)))),
                                       description: "Vexi plonk"))
        _ = try store.addReward(Reward(name: "Glorb", kind: .fixed(FixedReward(cost: 250, discount: .freeProduct(sku: "GLRB-7"),
                                                                               minimumSubtotal: Money(minorUnits: 2000, currency: .euro), minimumTierID: tarvo.id)),
                                       description: "Zorp Glorb"))
        _ = try store.addReward(Reward(name: "Frimble", kind: .flexible(FlexibleReward(points: 50, value: Money(minorUnits: 100, currency: .euro))),
                                       description: "Wumbo"))
        _ = try store.addCampaign(Campaign(name: "Kwazzle", multiplier: 200, starts: today, ends: today.addingTimeInterval(7 * 86_400), ruleIDs: [order.id]))
        _ = try store.setEmailActive(.pointsEarned, true)
        _ = try store.launch()
        for (name, email, status, points) in [("Quilla Vorn", "quilla@zorp.test", MemberStatus.member, Points(420)),
                                              ("Brax Umbel", "brax@zorp.test", .member, 300), ("Yeshk Tol", "yeshk@zorp.test", .visitor, 40)] {
            _ = try store.addMember(MemberDetails(name: name, email: email), status: status)
            _ = try store.give(email: email, points: points, reason: "plonk")
        }
        _ = try store.redeem(RedeemRequest(email: "quilla@zorp.test", rewardID: try store.rewards()[0].id))
    }

    /// Checks the screen; `onlyTheBox` checks only the dialog, form or overlay on top and the footer
    /// (for one drawn over records or customer text).
    private func check(_ name: String, _ driver: DashboardDriver, skippingRows skipped: Set<Int> = [], onlyTheBox: Bool = false,
                       file: StaticString = #filePath, line: UInt = #line) {
        var screen = driver.screen
        for record in Self.records { screen = screen.replacingOccurrences(of: record, with: " ", options: .regularExpression) }
        if onlyTheBox { screen = Self.box(screen) }
        let problems = PseudoLanguage.problems(in: screen, width: Self.width, data: Self.data, skippingRows: skipped)
        XCTAssertEqual(problems, [], "\(name):\n\(driver.screen)", file: file, line: line)
    }

    /// The box drawn over the pane (the first "┌" right of the sidebar's frame, on a row below the
    /// frame's top) with everything else blanked, and the footer.
    static func box(_ screen: String) -> String {
        let rows = screen.components(separatedBy: "\n").map(Array.init)
        guard let top = rows.indices.dropFirst(2).first(where: { rows[$0].dropFirst(21).contains("┌") }) else { return "" }
        let left = rows[top].indices.dropFirst(21).first { rows[top][$0] == "┌" }!
        let right = rows[top].lastIndex(of: "┐") ?? rows[top].count - 1
        let bottom = rows.indices.dropFirst(top).first { rows[$0].indices.contains(left) && rows[$0][left] == "└" } ?? rows.count - 2
        return rows.enumerated().map { index, row in
            if index == rows.count - 1 { return String(row) }
            guard (top...bottom).contains(index), row.count > left else { return "" }
            return String(row[left...min(right, row.count - 1)])
        }.joined(separator: "\n")
    }

    private static let sections: [Key] = "1234567890".map { Key.character($0) }

    func testEverySectionEmptyAndItsHelp() throws {
        for (index, key) in Self.sections.enumerated() {
            // The programme page is customer text and the audit log's lines records, not the dashboard's own words.
            let skipped: Set<Int> = key == .character("0") ? Set(3...31) : key == .character("9") ? Set(4...31) : []
            check("empty section \(index + 1)", try driver(filled: false, keys: [key]), skippingRows: skipped)
            check("help of empty section \(index + 1)", try driver(filled: false, keys: [key, .character("?")]), skippingRows: [0], onlyTheBox: !skipped.isEmpty)
        }
    }

    func testEverySectionFilledAndItsHelp() throws {
        for (index, key) in Self.sections.enumerated() {
            // The audit log's lines and the customer pages are records and customer text, not the dashboard's own words.
            let skipped: Set<Int> = key == .character("0") ? Set(3...31) : key == .character("9") ? Set(4...31) : []
            check("filled section \(index + 1)", try driver(filled: true, keys: [key]), skippingRows: skipped)
            check("help of filled section \(index + 1)", try driver(filled: true, keys: [key, .character("?")]), skippingRows: [0], onlyTheBox: !skipped.isEmpty)
        }
    }

    func testEveryFormOnAnEmptyProgramme() throws {
        let screens: [(String, [Key])] = [
            ("programme details", ["2", "e"].map(Key.character)),
            ("kind of way to earn", ["3", "a"].map(Key.character)),
            ("way to earn", ["3", "a"].map(Key.character) + [.enter]),
            ("custom way to earn", ["3", "a"].map(Key.character) + [.left, .enter]),
            ("campaign", ["3", "c"].map(Key.character)),
            ("fixed reward", ["4", "a"].map(Key.character)),
            ("flexible reward", ["4", "f"].map(Key.character)),
            ("tier", ["5", "a"].map(Key.character)),
            ("add member", ["7", "a"].map(Key.character)),
            ("filter", ["7", "f"].map(Key.character)),
            ("launch refused", [.character("8"), .enter]),
            ("command line", [.character(":")]),
            ("unknown command", [.character(":"), .character("z"), .enter]),
            ("too many marks asked", ["7", "S"].map(Key.character)),
        ]
        for (name, keys) in screens {
            // The name a new flexible reward is offered is customer text, in the customers' language.
            check(name, try driver(filled: false, keys: keys), skippingRows: name == "flexible reward" ? [13] : [])
        }
    }

    func testEveryFormConfirmationAndMessageOnAFilledProgramme() throws {
        let c = { (text: String) in text.map(Key.character) }
        let screens: [(String, [Key], String?, [Key])] = [
            ("members list ordered", c("7o"), nil, []),
            ("search typing", c("7/"), "quil", []),
            ("search results", c("7/"), "quil", [.enter]),
            ("search finding no one", c("7/"), "zzzz", []),
            ("member activity", c("7") + [.enter], nil, []),
            ("member coupons", c("7") + [.enter, .character("c")], nil, []),
            ("void coupon", c("7") + [.enter, .character("c"), .character("v")], nil, []),
            ("mark coupon used", c("7") + [.enter, .character("c"), .character("u")], nil, []),
            ("give form", c("7") + [.enter, .character("+")], nil, []),
            ("give form with a typo", c("7") + [.enter, .character("+")], "1x", []),
            ("give confirmation", c("7") + [.enter, .character("+")], "5", [.tab] + c("plonk") + [.enter]),
            ("given", c("7") + [.enter, .character("+")], "5", [.tab] + c("plonk") + [.enter, .character("y")]),
            ("remove form", c("7") + [.enter, .character("-")], nil, []),
            ("set form", c("7") + [.enter, .character("=")], nil, []),
            ("redeem form", c("7") + [.enter, .character("R")], nil, []),
            ("redeem form on a reward out of reach", c("7") + [.enter, .character("R"), .right], nil, []),
            ("redeem confirmation", c("7") + [.enter, .character("R"), .enter], nil, []),
            ("status form", c("7") + [.enter, .character("s")], nil, []),
            ("status changed", c("7") + [.enter, .character("s"), .right, .enter], nil, []),
            ("edit member", c("7") + [.enter, .character("e")], nil, []),
            ("marked", c("7 "), nil, []),
            ("marked status form", c("7  S"), nil, []),
            ("marked status confirmation", c("7  S") + [.right, .enter], nil, []),
            ("filter form", c("7f"), nil, []),
            ("programme details", c("2e"), nil, []),
            ("quit with unsaved edits", c("2e"), "Zq", [.tab, .tab, .character("q")]),
            ("pause", c("2p"), nil, []),
            ("paused", c("2py"), nil, []),
            ("edit way to earn", c("3e"), nil, []),
            ("delete way to earn", c("3d"), nil, []),
            ("way to earn turned off", c("3 "), nil, []),
            ("edit campaign", c("3G") + [.character("e")], nil, []),
            ("delete campaign", c("3Gx"), nil, []),
            ("campaign form with a bad day", c("3c"), nil, [.tab, .tab] + [.ctrl("u")] + c("32-13-2025") + [.enter]),
            ("edit reward", c("4e"), nil, []),
            ("edit flexible reward", c("4G") + [.enter], nil, []),
            ("delete reward", c("4d"), nil, []),
            ("reward turned off", c("4 "), nil, []),
            ("edit tier", c("5e"), nil, []),
            ("base tier kept", c("5d"), nil, []),
            ("delete tier", c("5Gd"), nil, []),
            ("tier form with a typo", c("5a"), "Qx", [.tab] + c("x")),
            ("e-mail form", c("6e"), nil, []),
            ("e-mail switched", c("6 "), nil, []),
            ("language refused", [.character(":")] + c("lang xx"), nil, [.enter]),
        ]
        for (name, keys, typed, more) in screens {
            check(name, try driver(filled: true, keys: keys, typing: typed, then: more))
        }
        check("my rewards choice", try driver(filled: true, keys: c("9f")), onlyTheBox: true)
        // The preview's subject and body are the customers' text; its first line is the dashboard's.
        check("e-mail preview", try driver(filled: true, keys: c("6p")), skippingRows: Set(4...31))
    }

    /// The check itself finds English and a cut with room, and lets data and a full cut pass.
    func testTheCheckFindsEnglishAndCutsWithRoom() {
        XCTAssertEqual(PseudoLanguage.problems(in: "│⟦Šáṽé~~⟧ ^S Qorvex│", width: 19, data: ["Qorvex"]), [])
        XCTAssertEqual(PseudoLanguage.problems(in: "│⟦Šáṽé~~⟧ Cancel│", width: 17, data: []), ["row 0: English \"Cancel\" in: │⟦Šáṽé~~⟧ Cancel│"])
        XCTAssertEqual(PseudoLanguage.problems(in: "│⟦Šáṽ…    │", width: 11, data: []), ["row 0: cut with room to spare in: │⟦Šáṽ…    │"])
        XCTAssertEqual(PseudoLanguage.problems(in: "│⟦Šáṽ… ⟦Ñéẋť~⟧│", width: 15, data: []), ["row 0: cut with room to spare in: │⟦Šáṽ… ⟦Ñéẋť~⟧│"])
        XCTAssertEqual(PseudoLanguage.problems(in: "│⟦Šáṽ…│", width: 7, data: []), [])
        XCTAssertEqual(PseudoLanguage.problems(in: "│Qorvex Ka… Zibs│", width: 16, data: ["Qorvex", "Ka", "Zibs"]), [], "data may be cut")
        XCTAssertEqual(PseudoLanguage.pseudo("{count} member"), "⟦{count} ṁéṁƀéŕ~~~⟧")
    }
}
