import XCTest
import LoyaltyCore

/// A refusal is a typed value; its English wording fills a template with the refusal's values.
final class SentenceTests: XCTestCase {
    func testATemplateIsFilledWithItsValues() {
        let sentence = Sentence("{user} may give at most {most} points (got {got})",
                                ["user": .text("sam"), "most": .grouped(1_000_000), "got": .integer(1500000)])
        XCTAssertEqual(sentence.english, "sam may give at most 1,000,000 points (got 1500000)")
    }

    func testBracesThatNameNoValueStayAndValuesAreNotReadAsTemplates() {
        let sentence = Sentence("unknown placeholder {name}; use {first_name} or {", ["name": .text("{name}")])
        XCTAssertEqual(sentence.english, "unknown placeholder {name}; use {first_name} or {")
    }

    func testAHintFollowsTheSentence() {
        let sentence = Sentence("no reward with id {id}", ["id": .integer(9)])
        XCTAssertEqual(sentence.english(hint: Sentence("; `loyalty reward list` shows them")), "no reward with id 9; `loyalty reward list` shows them")
        XCTAssertEqual(sentence.english(hint: nil), "no reward with id 9")
    }

    func testARefusalKeepsItsValuesAndCategory() {
        let error = LoyaltyError.member(.noSuchEmail("ann@example.com"))
        XCTAssertEqual(error.category, .notFound)
        XCTAssertEqual(error.sentence.template, "no member with e-mail {email}")
        XCTAssertEqual(error.sentence.values["email"], .text("ann@example.com"))
        XCTAssertEqual(error.description, "no member with e-mail ann@example.com")
    }

    func testTheRoleRefusalDependsOnTheRole() {
        XCTAssertEqual(LoyaltyError.roleForbids(.viewer, user: "vic", .membersAndPoints).description, "vic is a viewer and may only look")
        XCTAssertEqual(LoyaltyError.roleForbids(.staff, user: "sam", .programme).description,
                       "sam is staff: staff change members and points, not the programme; ask an owner")
    }
}
