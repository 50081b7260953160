import XCTest
import LoyaltyCore

final class EmailTemplateTests: XCTestCase {
    func testEveryDefaultTemplateIsValid() throws {
        for language in CustomerLanguage.allCases {
            for trigger in EmailTrigger.allCases {
                XCTAssertNoThrow(try trigger.defaultTemplate(in: language).validated(), "\(language) \(trigger.rawValue)")
            }
        }
    }

    func testAnUnknownPlaceholderIsRefusedByName() {
        let message = errorMessage { _ = try EmailTemplate(subject: "Hi {name}", body: "You have {pionts} points").validated() }
        XCTAssertTrue(message.contains("unknown placeholder {pionts}"), message)
        XCTAssertTrue(message.contains("{points}"), "lists the allowed ones: \(message)")
        XCTAssertThrowsError(try EmailTemplate(subject: "Hi {Name}", body: "").validated(), "placeholders are case-sensitive")
    }

    func testTheSubjectMustBeOneNonEmptyLine() {
        XCTAssertThrowsError(try EmailTemplate(subject: "  ", body: "b").validated())
        XCTAssertThrowsError(try EmailTemplate(subject: "one\ntwo", body: "b").validated())
    }

    func testFillingReplacesEveryKnownFieldAndLeavesMissingOnesAsWritten() {
        let template = EmailTemplate(subject: "You earned {points} {points_name}", body: "Hi {name}, {points} {points_name}; tier {tier}")
        let filled = template.filled(with: ["points": "40", "points_name": "Stars", "name": "Zoë"])
        XCTAssertEqual(filled.subject, "You earned 40 Stars")
        XCTAssertEqual(filled.body, "Hi Zoë, 40 Stars; tier {tier}")
    }

    func testEveryAutomationHasItsOwnTriggerName() {
        XCTAssertEqual(EmailTrigger.allCases.map(\.rawValue),
                       ["welcome", "points_earned", "reward_available", "coupon_issued", "points_expiring", "tier_reached"])
    }

    func testThePointsNameAfterANumberIsSingularByTheCustomerLanguagesRule() {
        func filled(_ text: String, _ language: CustomerLanguage, _ name: String) -> String {
            EmailTemplate(subject: text, body: "").filled(with: ["points_name": name], in: language).subject
        }
        XCTAssertEqual(filled("1 {points_name}, 2 {points_name}, 1.250 {points_name}", .dutch, "Punten"), "1 Punt, 2 Punten, 1.250 Punten")
        XCTAssertEqual(filled("0 {points_name}, 1 {points_name}, 2 {points_name}", .french, "Points"), "0 Point, 1 Point, 2 Points")
        XCTAssertEqual(filled("0 {points_name}, 1 {points_name}", .english, "Stars"), "0 Stars, 1 Star")
        XCTAssertEqual(filled("צברתם 1 {points_name}, 2 {points_name}", .hebrew, "נקודות"), "צברתם נקודה אחת, 2 נקודות")
        XCTAssertEqual(filled("1 {points_name}", .hebrew, "כוכבים"), "כוכב אחד")
        XCTAssertEqual(filled("at 1.5 {points_name}, room 1b1 {points_name}", .english, "Stars"), "at 1.5 Stars, room 1b1 Stars",
                       "a number that is not a whole count of points leaves the name as written")
    }
}
