import Bidi
import XCTest

/// The bidi step alone: a logical line in, what a reader sees from left to right out.
final class VisualOrderTests: XCTestCase {
    func testAHebrewNameReadsFromTheRight() {
        XCTAssertEqual(VisualOrder.string("שלום", paragraph: .leftToRight), "םולש")
        XCTAssertEqual(VisualOrder.string("שלום", paragraph: .rightToLeft), "םולש")
    }

    func testLatinTextIsUntouchedLeftToRight() {
        XCTAssertEqual(VisualOrder.string("Anna Jansen (VIP) 42", paragraph: .leftToRight), "Anna Jansen (VIP) 42")
        XCTAssertTrue(VisualOrder.staysInOrderLeftToRight("Zoë Müller · 山田 …"))
        XCTAssertFalse(VisualOrder.staysInOrderLeftToRight("Zoë שלום"))
    }

    func testAHebrewNameWithALatinEmailAndANumberKeepsEachRunInOrder() {
        XCTAssertEqual(VisualOrder.string("שלום כהן <shalom@example.com> 42", paragraph: .leftToRight),
                       "ןהכ םולש <shalom@example.com> 42")
        // Read from the right: the name, then the e-mail, then the number, each the right way round.
        XCTAssertEqual(VisualOrder.string("שלום כהן · shalom@example.com · 1,250", paragraph: .rightToLeft),
                       "shalom@example.com · 1,250 · ןהכ םולש")
    }

    func testNumbersInsideHebrewTextStayLeftToRight() {
        // "Shalom has 1,250 points": the number is not reversed, the words around it are.
        XCTAssertEqual(VisualOrder.string("לשלום 1,250 נקודות", paragraph: .rightToLeft), "תודוקנ 1,250 םולשל")
        XCTAssertEqual(VisualOrder.string("קוד 2026-12-06", paragraph: .rightToLeft), "2026-12-06 דוק")
    }

    func testBracketsInsideHebrewTextAreMirrored() {
        // Logically "(VIP" opens before the Hebrew word; on screen the opening bracket faces it.
        XCTAssertEqual(VisualOrder.string("שלום (מועדון)", paragraph: .rightToLeft), "(ןודעומ) םולש")
    }

    func testTheParagraphDirectionPlacesNeutralsAtTheEdges() {
        // The same English words: at the end of a right-to-left paragraph the colon goes left.
        XCTAssertEqual(VisualOrder.string("Members:", paragraph: .leftToRight), "Members:")
        XCTAssertEqual(VisualOrder.string("Members:", paragraph: .rightToLeft), ":Members")
        XCTAssertEqual(VisualOrder.string("Members:", paragraph: .firstStrong), "Members:")
        XCTAssertEqual(VisualOrder.string("חברים:", paragraph: .firstStrong), ":םירבח")
    }

    func testDirectionMarksSteerTheOrderAndAreLeftOut() {
        // A right-to-left mark after the amount keeps the shekel sign on its side, and is not drawn.
        let amount = "\u{200F}1,234.56 ₪"
        let shown = VisualOrder.string(amount, paragraph: .rightToLeft)
        XCTAssertEqual(shown, "₪ 1,234.56")
        XCTAssertFalse(shown.unicodeScalars.contains("\u{200F}"))
    }

    func testCharactersKeepTheirCombiningMarksAndTellWhereTheyCameFrom() {
        // שָׁלוֹם with vowel points: four characters, each with its marks, in reverse.
        let pointed = "שָׁלוֹם"
        let visual = VisualOrder.of(Array(pointed), paragraph: .leftToRight)
        XCTAssertEqual(visual.map(\.logicalIndex), [3, 2, 1, 0])
        XCTAssertEqual(visual.map(\.character), Array(pointed).reversed())
        XCTAssertTrue(visual.allSatisfy(\.isRightToLeft))
        XCTAssertEqual(VisualOrder.of(Array("ab"), paragraph: .leftToRight).map(\.isRightToLeft), [false, false])
    }

    func testASignedNumberKeepsItsSignInFront() {
        // A change of points in a Hebrew table cell: +40, not 40+; the words around it as before.
        XCTAssertEqual(VisualOrder.string("+40", paragraph: .rightToLeft), "+40")
        XCTAssertEqual(VisualOrder.string("-1,250", paragraph: .rightToLeft), "-1,250")
        XCTAssertEqual(VisualOrder.string("+40 נקודות", paragraph: .rightToLeft), "תודוקנ +40")
        XCTAssertEqual(VisualOrder.string("שלום −12", paragraph: .leftToRight), "םולש −12")
        XCTAssertEqual(VisualOrder.string("(+3 ישנים)", paragraph: .rightToLeft), "(םינשי +3)")
        // A hyphen between digits or after a letter is no sign.
        XCTAssertEqual(VisualOrder.string("קוד 2026-12-06", paragraph: .rightToLeft), "2026-12-06 דוק")
    }

    func testTheIsolateAroundASignedNumberTakesNoCharacterOfItsOwn() {
        let visual = VisualOrder.of(Array("+40 ש"), paragraph: .rightToLeft)
        XCTAssertEqual(visual.map(\.logicalIndex), [4, 3, 0, 1, 2])
        XCTAssertEqual(String(visual.map(\.character)), "ש +40")
    }
}
