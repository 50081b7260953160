import XCTest
import LoyaltyCore

final class MultiplierTests: XCTestCase {
    func testParsesTheWaysPeopleWriteMultipliers() throws {
        XCTAssertEqual(try parseMultiplier("2x"), 200)
        XCTAssertEqual(try parseMultiplier("2X"), 200)
        XCTAssertEqual(try parseMultiplier("2×"), 200)
        XCTAssertEqual(try parseMultiplier("1.5x"), 150)
        XCTAssertEqual(try parseMultiplier("1.25"), 125)
        XCTAssertEqual(try parseMultiplier("1.05x"), 105)
        XCTAssertEqual(try parseMultiplier("2"), 200)
        XCTAssertEqual(try parseMultiplier("150%"), 150)
        XCTAssertEqual(try parseMultiplier(" 3x "), 300)
    }

    func testRefusesWhatIsNotAMultiplier() {
        for bad in ["", "x", "abc", "0x", "0%", "-1x", "1.234x", "2.x", "1.5%", "1000x", ".5x"] {
            XCTAssertTrue(errorMessage { _ = try parseMultiplier(bad) }.contains("multiplier"), bad)
        }
    }

    func testFormatsMultipliersAsPeopleWriteThem() {
        XCTAssertEqual(formatMultiplier(200), "2x")
        XCTAssertEqual(formatMultiplier(150), "1.5x")
        XCTAssertEqual(formatMultiplier(125), "1.25x")
        XCTAssertEqual(formatMultiplier(105), "1.05x")
        XCTAssertEqual(formatMultiplier(100), "1x")
    }

    func testFormattingRoundTrips() throws {
        for percent in Int64(100)...Int64(1000) {
            XCTAssertEqual(try parseMultiplier(formatMultiplier(percent)), percent)
        }
    }

    func testCampaignAppliesOnlyToItsRulesBetweenItsDates() {
        let c = Campaign(name: "Double", multiplier: 200, starts: day(10), ends: day(20), ruleIDs: [1])
        XCTAssertEqual(campaignMultiplier(for: 1, at: day(9.99), campaigns: [c]), 100)
        XCTAssertEqual(campaignMultiplier(for: 1, at: day(10), campaigns: [c]), 200)
        XCTAssertEqual(campaignMultiplier(for: 1, at: day(19.99), campaigns: [c]), 200)
        XCTAssertEqual(campaignMultiplier(for: 1, at: day(20), campaigns: [c]), 100, "the end is the first moment it no longer applies")
        XCTAssertEqual(campaignMultiplier(for: 2, at: day(15), campaigns: [c]), 100)
    }

    func testOverlappingCampaignsTakeTheHighestAndDoNotStack() {
        let double = Campaign(name: "Double", multiplier: 200, starts: day(0), ends: day(30), ruleIDs: [1, 2])
        let triple = Campaign(name: "Triple", multiplier: 300, starts: day(10), ends: day(20), ruleIDs: [1])
        let half = Campaign(name: "Half more", multiplier: 150, starts: day(0), ends: day(30), ruleIDs: [1])
        let all = [double, triple, half]
        XCTAssertEqual(campaignMultiplier(for: 1, at: day(5), campaigns: all), 200)
        XCTAssertEqual(campaignMultiplier(for: 1, at: day(15), campaigns: all), 300)
        XCTAssertEqual(campaignMultiplier(for: 2, at: day(15), campaigns: all), 200)
    }

    func testCampaignValidation() {
        XCTAssertTrue(errorMessage { _ = try Campaign(name: "", multiplier: 200, starts: day(0), ends: day(1), ruleIDs: [1]).validated() }.contains("needs a name"))
        XCTAssertTrue(errorMessage { _ = try Campaign(name: "C", multiplier: 100, starts: day(0), ends: day(1), ruleIDs: [1]).validated() }.contains("above 1x"))
        XCTAssertTrue(errorMessage { _ = try Campaign(name: "C", multiplier: 200, starts: day(1), ends: day(1), ruleIDs: [1]).validated() }.contains("end after it starts"))
        XCTAssertTrue(errorMessage { _ = try Campaign(name: "C", multiplier: 200, starts: day(0), ends: day(1), ruleIDs: []).validated() }.contains("at least one way to earn"))
    }
}
