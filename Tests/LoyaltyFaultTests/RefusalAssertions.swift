import Foundation
import XCTest

/// Asserts that a run of the binary refused cleanly: exit 1 (no signal, no crash), stderr holds
/// every one of `fragments`, and the database file's bytes are still `bytes`.
func assertRefused(_ result: RunOutput, _ command: [String], saying fragments: [String], database: String, bytes: Data,
                   file: StaticString = #filePath, line: UInt = #line) throws {
    let what = "loyalty \(command.joined(separator: " "))"
    XCTAssertEqual(result.status, 1, "\(what) ended with \(result.ending): \(result.outText)\(result.errText)", file: file, line: line)
    let message = result.errText + result.outText
    for fragment in fragments {
        XCTAssertTrue(message.contains(fragment), "\(what): \"\(fragment)\" is not in: \(message)", file: file, line: line)
    }
    XCTAssertEqual(try fileBytes(database), bytes, "\(what) changed the database file", file: file, line: line)
}
