import Foundation
import XCTest
import LoyaltyCore
import LoyaltyStore

/// The fixture files under Tests/Fixtures/imports, found from this file's path.
enum Fixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/imports")
    static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
    static func bytes(_ name: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: directory.appendingPathComponent(name))) }
}

/// A launched programme in memory: 10 Stars per whole euro on orders, 5 per review, 20 for the
/// "Follow us on Instagram" action, and member Zoë.
struct ImportShop {
    let store: Store

    init() throws {
        store = try Store.inMemory(actor: "importer")
        try store.updateProgram(ProgramUpdate(name: "Café Zoë", pointsName: "Stars"))
        _ = try store.addRule(EarningRule(kind: .order, award: .perSpend(points: 10, per: Money(minorUnits: 100, currency: .euro))))
        _ = try store.addRule(EarningRule(kind: .review, award: .fixed(5)))
        _ = try store.addRule(EarningRule(kind: .custom, name: "Follow us on Instagram", award: .fixed(20)))
        _ = try store.addReward(Reward(name: "€5 off", kind: .fixed(FixedReward(cost: 100, discount: .amountOff(Money(minorUnits: 500, currency: .euro))))))
        _ = try store.launch()
        _ = try store.addMember(MemberDetails(name: "Zoë", email: "zoe@example.com"), status: .member)
    }

    /// Imports a fixture.
    @discardableResult
    func importFixture(_ name: String, _ format: ImportFormat, skipInvalid: Bool = false) throws -> ImportSummary {
        try store.importFile(.bytes(try Fixture.bytes(name)), format: format, file: name, skipInvalid: skipInvalid)
    }

    /// Imports `text` as a file called `name`.
    @discardableResult
    func importText(_ text: String, _ format: ImportFormat, name: String = "t.jsonl", skipInvalid: Bool = false) throws -> ImportSummary {
        try store.importFile(.bytes(Array(text.utf8)), format: format, file: name, skipInvalid: skipInvalid)
    }

    func balance(_ email: String) throws -> Points { try store.member(email: email).balance }

    /// The reasons in a member's activity, oldest first.
    func reasons(_ email: String) throws -> [String] {
        try store.activity(memberID: try store.member(email: email).id, limit: 100).reversed().map { "\($0.delta > 0 ? "+" : "")\($0.delta) \($0.reason)" }
    }

    func assertConsistent(file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(try store.check(), [], file: file, line: line)
    }
}
