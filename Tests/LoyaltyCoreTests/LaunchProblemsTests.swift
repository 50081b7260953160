import XCTest
import LoyaltyCore

final class LaunchProblemsTests: XCTestCase {
    let rule = EarningRule(kind: .order, award: .fixed(10))
    let reward = Reward(name: "Free coffee", kind: .fixed(FixedReward(cost: 100, discount: .freeProduct(sku: "COFFEE"))))

    func testAnEmptyProgrammeListsEveryReason() {
        let problems = launchProblems(program: Program(), rules: [], rewards: [])
        XCTAssertEqual(problems, [.noName, .noActiveRule, .noActiveReward])
        XCTAssertTrue(problems[0].sentence.english.contains("no name"))
        XCTAssertTrue(problems[1].sentence.english.contains("No way to earn is active"))
        XCTAssertTrue(problems[2].sentence.english.contains("No reward is active"))
    }

    func testInactiveRulesAndRewardsDoNotCount() {
        var offRule = rule, offReward = reward
        offRule.active = false
        offReward.active = false
        let problems = launchProblems(program: Program(name: "Café"), rules: [offRule], rewards: [offReward])
        XCTAssertEqual(problems, [.noActiveRule, .noActiveReward])
    }

    func testACompleteProgrammeMayLaunch() {
        XCTAssertEqual(launchProblems(program: Program(name: "Café"), rules: [rule], rewards: [reward]), [])
    }

    func testProgrammeDetailsValidation() throws {
        XCTAssertEqual(try Program.validatePointsName(" Stars "), "Stars")
        XCTAssertThrowsError(try Program.validatePointsName(""))
        XCTAssertThrowsError(try Program.validatePointsName(String(repeating: "x", count: 21)))
        XCTAssertEqual(try Program.validatePointsIcon("★"), "★")
        XCTAssertThrowsError(try Program.validatePointsIcon("\u{1B}[31m"))
        XCTAssertThrowsError(try Program.validateName("   "))
        XCTAssertEqual(Program().pointsName, "Points")
        XCTAssertEqual(Program().currency.code, "EUR")
        XCTAssertNil(Program().expiryMonths, "expiry is off by default")
        XCTAssertEqual(Program().tierWindowMonths, 12)
    }
}
