@testable import Terminal
import XCTest

final class KeyDecodingTests: XCTestCase {
    func testRawModeBytesBecomeTheKeysAPersonPressed() {
        XCTAssertEqual(Key(terminalCharacter: 3), .ctrl("c"), "Ctrl-C is a key in raw mode")
        XCTAssertEqual(Key(terminalCharacter: 18), .ctrl("r"))
        XCTAssertEqual(Key(terminalCharacter: 13), .enter)
        XCTAssertEqual(Key(terminalCharacter: 10), .enter)
        XCTAssertEqual(Key(terminalCharacter: 127), .backspace)
        XCTAssertEqual(Key(terminalCharacter: 8), .backspace)
        XCTAssertEqual(Key(terminalCharacter: 9), .tab)
        XCTAssertEqual(Key(terminalCharacter: 27), .escape)
        XCTAssertEqual(Key(terminalCharacter: 0xE9), .character("é"))
        XCTAssertEqual(Key(terminalCharacter: 0x5C71), .character("山"))
        XCTAssertNil(Key(terminalCharacter: 0), "Ctrl-Space is ignored")
        XCTAssertNil(Key(terminalCharacter: 0x9B), "C1 control is ignored")
    }
}
