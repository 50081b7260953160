import Foundation
import XCTest

/// Hostile command lines for the real binary: every run ends with exit 0, 1 or 2 (never a signal),
/// a refusal says why on stderr, no raw control character or escape sequence reaches the terminal
/// from anything it prints (values are echoed in messages and tables), a member added is stored
/// as typed, and `check` passes at the end. 200 runs in CI, 3,000 with LOYALTY_FAULT_SCALE=full.
final class FuzzCommandLineTests: XCTestCase {
    func testHostileArgumentsGetAClearAnswerNeverACrashAndNothingRawReachesTheTerminal() throws {
        let runs = FaultScale.pick(ci: 200, full: 3_000)
        let binary = try LoyaltyBinary()
        let members = ["member1@example.com", "member2@example.com", "member3@example.com"]
        _ = try FaultShop.create(at: binary.database, members: 3).give(email: members[0], points: 500, reason: "Welcome")
        var arguments = FuzzArguments(seed: 6, members: members)
        var added: [(email: String, name: String)] = []
        for run in 0..<runs {
            let words = arguments.next(run)
            let shown = "run \(run): loyalty " + words.map { String(decoding: $0.prefix(60), as: UTF8.self).debugDescription }.joined(separator: " ")
                + " (\(FaultScale.replay))"
            let result = try binary.start(bytes: words).wait()
            XCTAssertTrue(result.status.map { (0...2).contains($0) } == true, "\(shown) ended with \(result.ending): \(result.errText)")
            if result.status != 0 { XCTAssertTrue(result.errText.hasPrefix("loyalty: "), "\(shown): \(result.errText)") }
            assertNothingRaw(result.out + result.err, shown)
            if result.status == 0, words.count >= 6, words[0] == Array("member".utf8), words[1] == Array("add".utf8) {
                let email = String(decoding: words[3], as: UTF8.self).trimmingCharacters(in: .whitespaces)
                let name = String(decoding: words[5], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                added.append((email, name.isEmpty ? String(email.prefix { $0 != "@" }) : name))
            }
        }
        for (email, name) in added {
            let shown = try binary.run("member", "show", email, "--json")
            let stored = (try JSONSerialization.jsonObject(with: Data(shown.out)) as? [String: Any])?["name"] as? String
            XCTAssertEqual(stored, name, "\(email) (\(FaultScale.replay))")
        }
        for command in [["member", "list", "--limit", "1000"], ["member", "activity", members[0], "--limit", "1000"], ["rule", "list"], ["reward", "list"],
                        ["tier", "list"], ["campaign", "list"], ["email", "list"], ["program", "show"], ["coupon", "list"], ["stats"]] {
            let result = try binary.start(command).wait()
            XCTAssertEqual(result.status, 0, "\(command): \(result.errText)")
            assertNothingRaw(result.out + result.err, command.joined(separator: " "))
        }
        XCTAssertTrue(try binary.ok("check").hasPrefix("ok"), FaultScale.replay)
    }

    /// Fails when `output` holds a C0 or C1 control character, DEL or ESC other than the line breaks.
    private func assertNothingRaw(_ output: [UInt8], _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        let text = String(decoding: output, as: UTF8.self)
        guard let raw = text.unicodeScalars.first(where: { $0 != "\n" && isControl($0) }) else { return }
        XCTFail("\(what) printed a raw U+\(String(format: "%04X", raw.value)): \(text.debugDescription.prefix(600))", file: file, line: line)
    }
}
