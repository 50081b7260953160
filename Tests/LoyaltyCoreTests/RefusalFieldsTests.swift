import XCTest
import LoyaltyCore

/// Refusals name the value, text, file name and launch problem they are about by a case, so that
/// each language words it; the English wording stays what people read.
final class RefusalFieldsTests: XCTestCase {
    func testALimitRefusalCarriesTheValueItIsAbout() {
        let rule = EarningRule(kind: .order, award: .fixed(Limits.maximumChange + 1))
        XCTAssertThrowsError(try rule.validated()) { error in
            XCTAssertEqual(error as? LoyaltyError, .limit(.pointsAbove(what: .rulePoints, limit: Limits.maximumChange, got: Limits.maximumChange + 1)))
            XCTAssertEqual("\(error)", "a rule's points may be at most 1,000,000,000 points (got 1,000,000,001)")
        }
    }

    func testAStoredTextRefusalCarriesItsField() {
        XCTAssertThrowsError(try StoredText.checked("go\u{1B}[2J", field: .actionName)) { error in
            XCTAssertEqual(error as? LoyaltyError, .input(.controlCharacters(field: .actionName, multiline: false)))
            XCTAssertTrue("\(error)".hasPrefix("the action's name may not hold control characters"), "\(error)")
        }
    }

    func testAFileNameRefusalCarriesWhoseNameItIs() {
        XCTAssertThrowsError(try FileNamePart.checked("../x", what: .pageToken(member: 12))) { error in
            XCTAssertEqual(error as? LoyaltyError, .input(.notAFileName(what: .pageToken(member: 12), value: "../x", maximumLength: 64)))
            XCTAssertTrue("\(error)".hasPrefix("the page token of member 12 is \"../x\""), "\(error)")
        }
    }

    func testTheLaunchRefusalListsEachProblemOnItsOwnLine() {
        let refusal = LoyaltyError.program(.cannotActivate(resuming: false, problems: [.noName, .noActiveReward]))
        XCTAssertEqual("\(refusal)", """
            the programme cannot launch yet:
              - The programme has no name: give it one in its details.
              - No reward is active: add one or switch one on.
            """)
    }

    func testASchemaRefusalNamesEachDifferenceAndCountsTheRest() {
        let trigger = SchemaObjectName(type: "trigger", name: "ledger_is_append_only_delete", table: "ledger")
        let table = SchemaObjectName(type: "table", name: "extra", table: "extra")
        let refusal = LoyaltyError.backup(.schemaDiffers(path: "b.db", version: 9, differences: [.missing(trigger), .added(table), .listedTwice, .more(count: 2)]))
        XCTAssertEqual("\(refusal)", """
            b.db is not a backup Loyalty wrote: its schema differs from Loyalty's schema 9 (trigger ledger_is_append_only_delete on ledger is missing; \
            table extra was added; an object is listed twice; and 2 more); nothing was restored
            """)
    }

    func testEveryCaseHasItsOwnWording() {
        func assertDistinct(_ sentences: [Sentence], _ what: String) {
            XCTAssertEqual(Set(sentences.map(\.template)).count, sentences.count, what)
            XCTAssertFalse(sentences.contains { $0.english.isEmpty }, what)
        }
        assertDistinct(LimitedValue.allCases.map(\.sentence), "limited values")
        assertDistinct(StoredTextField.allCases.map(\.sentence), "stored texts")
        assertDistinct(LaunchProblem.allCases.map(\.sentence), "launch problems")
        assertDistinct(BackupPart.allCases.map(\.sentence), "backup parts")
        assertDistinct(PointsSum.allCases.map(\.sentence), "sums of totals")
        assertDistinct(ReadOnlyReason.allCases.map(\.sentence), "read-only reasons")
    }
}
