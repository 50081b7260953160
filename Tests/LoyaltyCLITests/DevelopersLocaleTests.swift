import Foundation
import ImportTestSupport
import XCTest

/// The tests that start the binary read its English words, so they pass whatever locale the
/// developer's shell has: every runner gives the binary `englishEnvironment()`.
final class DevelopersLocaleTests: XCTestCase {
    /// A Dutch developer's session, with every variable that chooses the language set.
    private let dutchSession = ["LANG": "nl_BE.UTF-8", "LC_ALL": "nl_BE.UTF-8", "LC_MESSAGES": "nl_BE.UTF-8", "LANGUAGE": "nl:fr"]

    func testTheRunnersEnvironmentSpeaksEnglishInADutchSession() throws {
        let cli = try CLIRunner()
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["--db", cli.database, "member", "set-statu"]
        process.environment = englishEnvironment(dutchSession)
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 2)
        XCTAssertTrue(text.hasPrefix("loyalty: 'set-statu' is not a command of 'loyalty member'"), text)

        let dutch = try cli.runRaw(["--db", cli.database, "member", "set-statu"], environment: ["LANG": "nl_BE.UTF-8"])
        XCTAssertTrue(dutch.err.hasPrefix("loyalty: 'set-statu' is geen opdracht"), "a test that sets LANG itself still chooses: \(dutch.err)")
    }

    func testTheEnglishEnvironmentKeepsEverythingElse() {
        let pinned = englishEnvironment(dutchSession.merging(["HOME": "/home/ana", "TZ": "Europe/Brussels"]) { $1 })
        XCTAssertEqual(pinned, ["LANG": "C.UTF-8", "HOME": "/home/ana", "TZ": "Europe/Brussels"])
    }
}
