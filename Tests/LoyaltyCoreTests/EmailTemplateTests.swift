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
}
