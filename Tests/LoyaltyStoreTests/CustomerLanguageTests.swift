import Foundation
import XCTest
import LoyaltyCore
@testable import LoyaltyStore

/// The programme's customer language: the e-mails members get, the points name until the owner
/// names them, and programmes made before the setting existed.
final class CustomerLanguageTests: XCTestCase {
    func testANewProgrammeSpeaksEnglishAndUnnamedPointsTakeTheLanguagesWord() throws {
        let store = try Store.inMemory(actor: "tester")
        XCTAssertEqual(try store.program().customerLanguage, .english)
        XCTAssertEqual(try store.program().pointsName, "Points")
        for (language, word) in [(CustomerLanguage.dutch, "Punten"), (.hebrew, "נקודות"), (.french, "Points"), (.english, "Points")] {
            let program = try store.updateProgram(ProgramUpdate(customerLanguage: language))
            XCTAssertEqual(program.customerLanguage, language)
            XCTAssertEqual(try store.program().pointsName, word, "\(language)")
        }
        try store.updateProgram(ProgramUpdate(pointsName: "Stars"))
        try store.updateProgram(ProgramUpdate(customerLanguage: .dutch))
        XCTAssertEqual(try store.program().pointsName, "Stars", "points the owner named keep their name in every language")
    }

    func testTheWelcomeEmailIsWrittenInTheCustomerLanguageUnlessTheOwnerRewroteIt() throws {
        let shop = try Shop()
        try shop.store.setEmailActive(.welcome, true)
        try shop.store.setEmailActive(.pointsEarned, true)
        let edited = EmailTemplate(subject: "Thanks for your order, {name}", body: "You now have {balance} {points_name}.\n")
        try shop.store.editEmail(.pointsEarned, template: edited)
        try shop.store.updateProgram(ProgramUpdate(customerLanguage: .hebrew))

        let automations = Dictionary(uniqueKeysWithValues: try shop.store.emailAutomations().map { ($0.trigger, $0.template) })
        XCTAssertEqual(automations[.welcome], EmailTrigger.welcome.defaultTemplate(in: .hebrew))
        XCTAssertEqual(automations[.pointsEarned], edited, "an e-mail the owner wrote stays as written")
        try shop.member("dana@example.com")
        let welcome = try XCTUnwrap(try shop.store.outbox().first { $0.trigger == .welcome })
        XCTAssertEqual(welcome.subject, "ברוכים הבאים לCafé Zoë, Dana!")
        XCTAssertTrue(welcome.body.hasPrefix("שלום Dana,\n\nהצטרפתם לCafé Zoë."), welcome.body)

        try shop.store.updateProgram(ProgramUpdate(customerLanguage: .french))
        let french = try XCTUnwrap(try shop.store.emailAutomations().first { $0.trigger == .welcome })
        XCTAssertEqual(french.template.subject, "Bienvenue dans {program}, {name} !", "a default follows the language again")
    }

    func testPointsInEmailsAreWrittenAsTheCustomerLanguageWritesNumbers() throws {
        let shop = try Shop()
        try shop.store.setEmailActive(.pointsEarned, true)
        try shop.member("dana@example.com")
        for (index, (language, subject)) in [(CustomerLanguage.dutch, "Je hebt 1.250 Stars verdiend"),
                                             (.french, "Vous avez gagné 1\u{202F}250 Stars"),
                                             (.hebrew, "צברתם 1,250 Stars"), (.english, "You earned 1,250 Stars")].enumerated() {
            try shop.store.updateProgram(ProgramUpdate(customerLanguage: language))
            _ = try shop.store.order("o\(index)", "dana@example.com", "125.00")
            let earned = try shop.store.outbox(oldestFirst: true).filter { $0.trigger == .pointsEarned }
            XCTAssertEqual(earned.count, index + 1, "\(language)")
            let mail = try XCTUnwrap(earned.last)
            XCTAssertEqual(mail.subject, subject)
        }
    }

    func testTheLanguageChangeIsAudited() throws {
        let store = try Store.inMemory(actor: "tester")
        try store.updateProgram(ProgramUpdate(customerLanguage: .dutch))
        let line = try XCTUnwrap(try store.auditEntries(limit: 10).first { $0.action == "program.edit" })
        XCTAssertTrue(line.after.contains("customer language: nl"), line.after)
    }

    func testAProgrammeFromBeforeTheSettingSpeaksEnglishAndKeepsItsPointsName() throws {
        for (pointsName, named) in [("Stars", true), ("Points", false)] {
            let db = try Connection(path: ":memory:")
            try migrate(db, from: 0, upTo: 12, now: 1_735_689_600)
            try db.run("UPDATE program SET points_name = ?", [pointsName])
            try migrate(db, from: 12, now: 1_735_776_000)
            XCTAssertEqual(try db.one("SELECT customer_language, points_named FROM program") { "\($0.text(0)) \($0.int(1))" }, "en \(named ? 1 : 0)")
        }
    }
}
