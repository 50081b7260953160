import Terminal
import XCTest

final class DisplayWidthTests: XCTestCase {
    func testNamesTakeTheColumnsATerminalGivesThem() {
        XCTAssertEqual(DisplayWidth.of("Zoë"), 3)
        XCTAssertEqual(DisplayWidth.of("Zoe\u{0308}"), 3, "decomposed ë is still one column")
        XCTAssertEqual(DisplayWidth.of("שלום"), 4)
        XCTAssertEqual(DisplayWidth.of("山田"), 4)
        XCTAssertEqual(DisplayWidth.of("☕"), 2)
        XCTAssertEqual(DisplayWidth.of("👍🏽"), 2, "skin tone modifier joins the emoji")
        XCTAssertEqual(DisplayWidth.of("👨‍👩‍👧"), 2, "a family is one emoji")
        XCTAssertEqual(DisplayWidth.of("🇳🇱"), 2)
        XCTAssertEqual(DisplayWidth.of("ＡＢ"), 4, "fullwidth letters")
    }

    func testControlCharactersHaveNoWidthOfTheirOwn() {
        XCTAssertEqual(DisplayWidth.of(Character("\u{1B}")), 0)
        XCTAssertEqual(DisplayWidth.of(Character("\u{7}")), 0)
        XCTAssertEqual(DisplayWidth.displayable("\u{1B}"), DisplayWidth.placeholder)
        XCTAssertEqual(DisplayWidth.displayable("\u{202E}"), DisplayWidth.placeholder, "bidi override")
        XCTAssertNil(DisplayWidth.displayable("\u{200B}"), "zero-width space shows nothing")
    }

    func testTruncationEndsInAnEllipsisAndNeverSplitsAWideCharacter() {
        XCTAssertEqual("Zoë Janssen".truncated(toWidth: 6), "Zoë J…")
        XCTAssertEqual("Zoë".truncated(toWidth: 3), "Zoë", "fits exactly: nothing cut")
        XCTAssertEqual("山田太郎".truncated(toWidth: 6), "山田…", "5 columns: the next 2-column character would not fit")
        XCTAssertEqual("山田太郎".truncated(toWidth: 4), "山…")
        XCTAssertEqual("abc".truncated(toWidth: 0), "")
        XCTAssertEqual("a\u{1B}[2Jb".truncated(toWidth: 10), "a\u{FFFD}[2Jb", "escape replaced")
    }

    func testPaddingMakesExactlyTheRequestedWidth() {
        XCTAssertEqual("山田".padded(toWidth: 6), "山田  ")
        XCTAssertEqual("42".padded(toWidth: 5, alignment: .right), "   42")
        XCTAssertEqual("ab".padded(toWidth: 6, alignment: .center), "  ab  ")
        XCTAssertEqual("山田太郎".padded(toWidth: 6), "山田… ")
        for text in ["Zoë", "שלום", "山田", "☕ café", "x\u{7}y"] {
            XCTAssertEqual(DisplayWidth.of(text.padded(toWidth: 7)), 7, text)
        }
    }
}
