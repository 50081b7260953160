import XCTest
import LoyaltyCore
@testable import LoyaltyStore

final class ProgramLaunchTests: XCTestCase {
    func testANewProgrammeIsADraftWithDefaults() throws {
        let store = try Store.inMemory()
        let program = try store.program()
        XCTAssertEqual(program.status, .draft)
        XCTAssertEqual(program.pointsName, "Points")
        XCTAssertEqual(program.currency.code, "EUR")
        XCTAssertNil(program.expiryMonths)
        XCTAssertEqual(try store.tiers().map(\.threshold), [0], "a base tier at 0 points")
    }

    func testLaunchIsRefusedListingEveryReason() throws {
        let store = try Store.inMemory()
        let message = errorMessage { try store.launch() }
        XCTAssertTrue(message.contains("cannot launch"), message)
        XCTAssertTrue(message.contains("no name"), message)
        XCTAssertTrue(message.contains("No way to earn is active"), message)
        XCTAssertTrue(message.contains("No reward is active"), message)
        XCTAssertEqual(try store.launchProblems().count, 3)
        XCTAssertEqual(try store.program().status, .draft)
    }

    func testLaunchNamesOnlyWhatIsStillMissing() throws {
        let store = try Store.inMemory()
        try store.updateProgram(ProgramUpdate(name: "Café"))
        _ = try store.addRule(EarningRule(kind: .review, award: .fixed(10)))
        let message = errorMessage { try store.launch() }
        XCTAssertFalse(message.contains("no name"))
        XCTAssertFalse(message.contains("No way to earn"))
        XCTAssertTrue(message.contains("No reward is active"))
    }

    func testACompleteProgrammeLaunchesPausesAndResumes() throws {
        let shop = try Shop(launch: false)
        XCTAssertEqual(try shop.store.launch().status, .active)
        XCTAssertThrowsError(try shop.store.launch(), "already active")
        XCTAssertThrowsError(try shop.store.resume(), "only a paused programme resumes")
        XCTAssertEqual(try shop.store.pause().status, .paused)
        XCTAssertThrowsError(try shop.store.pause())
        XCTAssertEqual(try shop.store.resume().status, .active)
    }

    func testTurningOffTheLastActiveWayToEarnPausesAnActiveProgrammeAndSaysSo() throws {
        let shop = try Shop()
        let review = try shop.store.addRule(EarningRule(kind: .review, award: .fixed(5)))
        XCTAssertFalse(try shop.store.setRuleActive(id: review.id, false).pausedProgram)
        XCTAssertEqual(try shop.store.program().status, .active)
        let change = try shop.store.setRuleActive(id: shop.orderRule.id, false)
        XCTAssertTrue(change.pausedProgram)
        XCTAssertEqual(try shop.store.program().status, .paused)
        XCTAssertThrowsError(try shop.store.resume(), "cannot resume without an active way to earn")
        _ = try shop.store.setRuleActive(id: shop.orderRule.id, true)
        XCTAssertEqual(try shop.store.resume().status, .active)
    }

    func testDeletingTheLastActiveWayToEarnPausesAnActiveProgramme() throws {
        let shop = try Shop()
        XCTAssertTrue(try shop.store.deleteRule(id: shop.orderRule.id).pausedProgram)
        XCTAssertEqual(try shop.store.program().status, .paused)
    }

    func testTurningOffRulesOfADraftDoesNotChangeItsStatus() throws {
        let shop = try Shop(launch: false)
        XCTAssertFalse(try shop.store.setRuleActive(id: shop.orderRule.id, false).pausedProgram)
        XCTAssertEqual(try shop.store.program().status, .draft)
    }

    func testNoPointsWhilePausedAndTheEventIsRecordedAsNotAwardedWithTheReason() throws {
        let shop = try Shop()
        try shop.member("zoe@example.com")
        try shop.store.pause()
        let outcome = try shop.store.order("1", "zoe@example.com", "20.00")
        XCTAssertFalse(outcome.awarded)
        XCTAssertEqual(outcome.points, 0)
        XCTAssertEqual(outcome.message, "not awarded: the programme is paused")
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 0)
        // the outcome is remembered under its key
        let again = try shop.store.order("1", "zoe@example.com", "20.00")
        XCTAssertTrue(again.duplicate)
        XCTAssertEqual(again.message, "not awarded: the programme is paused")
        try shop.store.resume()
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 0)
    }

    func testNoPointsInADraftProgramme() throws {
        let shop = try Shop(launch: false)
        let outcome = try shop.store.order("1", "zoe@example.com", "20.00")
        XCTAssertFalse(outcome.awarded)
        XCTAssertEqual(outcome.message, "not awarded: the programme is draft")
    }

    func testNothingIsRedeemedWhilePaused() throws {
        let shop = try Shop()
        try shop.member("zoe@example.com")
        try shop.store.gift("zoe@example.com", 500)
        try shop.store.pause()
        let message = errorMessage { try shop.redeemFiveOff("zoe@example.com") }
        XCTAssertTrue(message.contains("the programme is paused"), message)
        XCTAssertEqual(try shop.store.balance("zoe@example.com"), 500)
    }

    func testProgrammeDetailsCanBeChanged() throws {
        let store = try Store.inMemory()
        let p = try store.updateProgram(ProgramUpdate(name: " Bakery ", pointsName: "Stars", pointsIcon: "💎", currency: "usd", expiryMonths: .some(6), tierWindowMonths: 24))
        XCTAssertEqual(p.name, "Bakery")
        XCTAssertEqual(p.pointsName, "Stars")
        XCTAssertEqual(p.pointsIcon, "💎")
        XCTAssertEqual(p.currency.code, "USD")
        XCTAssertEqual(p.expiryMonths, 6)
        XCTAssertEqual(p.tierWindowMonths, 24)
        XCTAssertEqual(try store.program(), p)
        XCTAssertNil(try store.updateProgram(ProgramUpdate(expiryMonths: .some(nil))).expiryMonths, "expiry can be turned off")
        XCTAssertThrowsError(try store.updateProgram(ProgramUpdate(expiryMonths: .some(0))))
        XCTAssertThrowsError(try store.updateProgram(ProgramUpdate(tierWindowMonths: 0)))
        XCTAssertThrowsError(try store.updateProgram(ProgramUpdate(currency: "EURO")))
    }

    func testTheCurrencyCannotChangeOnceAmountsAreStored() throws {
        let shop = try Shop()
        let message = errorMessage { try shop.store.updateProgram(ProgramUpdate(currency: "USD")) }
        XCTAssertTrue(message.contains("currency cannot change"), message)
        XCTAssertEqual(try shop.store.program().currency.code, "EUR")
    }

    func testEmailAutomationsAreInstalledInactiveAndEditable() throws {
        let shop = try Shop()
        let automations = try shop.store.emailAutomations()
        XCTAssertEqual(automations.map(\.trigger), EmailTrigger.allCases)
        XCTAssertTrue(automations.allSatisfy { !$0.active })
        XCTAssertTrue(try shop.store.setEmailActive(.welcome, true).active)
        let edited = try shop.store.editEmail(.pointsEarned, template: EmailTemplate(subject: "+{points} {points_name}", body: "Hi {name}"))
        XCTAssertEqual(edited.template.subject, "+{points} {points_name}")
        let message = errorMessage { _ = try shop.store.editEmail(.pointsEarned, template: EmailTemplate(subject: "{bogus}", body: "")) }
        XCTAssertTrue(message.contains("unknown placeholder {bogus}"), message)
        XCTAssertEqual(try shop.store.emailAutomations()[1].template.subject, "+{points} {points_name}", "a refused edit changes nothing")
        let zoe = try shop.member("zoe@example.com")
        try shop.store.gift(zoe.email, 40)
        let preview = try shop.store.previewEmail(.pointsEarned, memberID: zoe.id)
        XCTAssertEqual(preview.subject, "+40 Stars")
        XCTAssertEqual(preview.body, "Hi Zoe")
    }

    func testResumingChecksWhatLaunchingChecks() throws {
        let shop = try Shop()
        try shop.store.pause()
        for rule in try shop.store.rules() { _ = try shop.store.setRuleActive(id: rule.id, false) }
        let message = errorMessage { try shop.store.resume() }
        XCTAssertTrue(message.hasPrefix("the programme cannot resume yet:"), message)
        XCTAssertTrue(message.contains("No way to earn is active"), message)
        XCTAssertEqual(try shop.store.program().status, .paused)
    }
}
