import Foundation
import XCTest
import LoyaltyCore
import LoyaltyStore

/// Hostile text typed into the dashboard's search, forms and command line (control characters,
/// escape sequences, NUL, 10,000 characters, huge numbers, SQL), over members whose names hold
/// what the store accepts but a terminal must not be sent raw (a line separator, bidi marks,
/// combining marks, 200 characters). Every frame is rendered: none holds a raw control character
/// or ESC; nothing crashes; a member added is stored as typed; `check` passes. Typed texts stop at
/// 120 characters (a key and a frame each; longer fields are the import and CLI fuzzers' job).
/// 12 rounds in CI, 1,000 with LOYALTY_FAULT_SCALE=full.
final class FuzzDashboardTests: XCTestCase {
    static let oddNames = ["Line\u{2028}Separator", "\u{200F}שלום כהן\u{200F}", "Zoe\u{301} Jansen", String(repeating: "W", count: 200),
                           "'; DROP TABLE members; --", "Zoë 🎉", "\u{202B}right to left"]

    func testHostileTypingNeverPutsARawControlCharacterOnScreen() throws {
        let rounds = FaultScale.pick(ci: 12, full: 1_000)
        var values = FuzzValues(seed: 7)
        let store = try FaultShop.create(at: ":memory:")
        var odd: [String] = []
        for (n, name) in Self.oddNames.enumerated() {
            do {
                odd.append(try store.addMember(MemberDetails(name: name, email: "odd\(n)@example.com"), status: .member).email)
            } catch {}  // refused at input: fine, as long as it says so (a bidi override is)
        }
        XCTAssertGreaterThanOrEqual(odd.count, 5, "the store refused names it should keep")
        let session = try DashboardSession(store: store)
        var added: [(email: String, name: String)] = []
        func typed() -> String { String(values.anyText().prefix(120)) }
        for round in 0..<rounds {
            switch values.random.below(5) {
            case 0:
                session.press(.escape, .escape, .character("7"), .character("/"))
                session.type(typed())
                session.press(.enter, .down, .enter)
            case 1:
                let name = typed(), email = values.random.chance(70) ? "fuzz\(round)@example.com" : typed()
                session.press(.escape, .escape, .character("7"), .character("a"))
                session.type(name)
                session.press(.tab)
                session.type(email)
                session.press(.enter)
                if session.state.form == nil { added.append((email, name)) } else { session.press(.escape) }
            case 2:
                session.openMember(find: values.pick(odd))
                session.press(.character(values.pick(["+", "-", "="])))
                session.type(values.random.chance(50) ? values.pick(FuzzValues.numbers) : typed())
                session.press(.tab)
                session.type(typed())
                session.press(.enter, .character("y"))
                if session.state.form != nil { session.press(.escape) }
            case 3:
                session.press(.escape, .escape, .character(":"))
                session.type(typed().replacingOccurrences(of: "q", with: ""))
                session.press(.enter)
            default:
                session.press(.escape, .escape, .character(values.pick(["1", "3", "4", "5", "7", "8", "9"])), .down, .enter, .down)
            }
        }
        XCTAssertEqual(session.violations.first, nil, "\(session.violations.count) of \(session.frames) frames broke a rule; \(FaultScale.replay)")
        for (email, name) in added {
            let stored = try store.member(email: email)
            let typed = name.trimmingWhitespace()
            XCTAssertEqual(stored.name, typed.isEmpty ? String(stored.email.prefix { $0 != "@" }) : typed, "\(email.debugDescription); \(FaultScale.replay)")
        }
        XCTAssertEqual(try store.check(), [], FaultScale.replay)
    }
}
