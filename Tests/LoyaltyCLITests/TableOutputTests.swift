import XCTest

/// List and show commands line their columns up by terminal columns, not by characters.
final class TableOutputTests: XCTestCase {
    func testMemberListLinesUpWideAndAccentedNames() throws {
        let cli = try CLIRunner.launched()
        try cli.ok("member", "add", "--name", "山田太郎", "--email", "yamada@example.com")
        let lines = try cli.ok("member", "list").split(separator: "\n").map(String.init)
        // 山田太郎 takes 8 columns and Zoë 3, so the e-mail column starts at column 11 on every line.
        XCTAssertTrue(lines.contains { $0.hasPrefix("NAME      EMAIL") }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.hasPrefix("Zoë       zoe@example.com") }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.hasPrefix("山田太郎  yamada@example.com") }, lines.joined(separator: "\n"))
    }

    func testRewardListLinesUpAWideNameAndRightAlignsIDs() throws {
        let cli = try CLIRunner.launched()
        try cli.ok("reward", "add", "--name", "山田の割引", "--cost", "250", "--amount-off", "10")
        let lines = try cli.ok("reward", "list").split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains { $0.hasPrefix("ID  NAME        GIVES") }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.hasPrefix(" 1  €5 off      5.00 EUR off") }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.hasPrefix(" 2  山田の割引  10.00 EUR off") }, lines.joined(separator: "\n"))
    }
}
