import Foundation
import ImportTestSupport
import XCTest

/// `loyalty import` from a pipe (`curl … | loyalty import woocommerce -`), standard input and
/// devices, and the refusals a user sees for damaged files.
final class ImportStreamCLITests: XCTestCase {
    override func setUp() {
        signal(SIGPIPE, SIG_IGN)  // a refused import stops reading its input; writing more must not end the tests
    }

    /// Runs `loyalty arguments…` with `input` on its standard input through a pipe, and TMPDIR set to
    /// an empty directory of its own; returns the exit status, stderr, and what is left in TMPDIR.
    private func runPiped(_ cli: ImportCLI, _ arguments: [String], input: Data) throws -> (status: Int32, out: String, err: String, leftInTemp: [String]) {
        let temp = cli.directory.appendingPathComponent("tmp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = ImportCLI.binary
        process.arguments = ["--db", cli.database] + arguments
        var environment = englishEnvironment()
        environment["LOYALTY_DB"] = nil
        environment["TMPDIR"] = temp.path
        process.environment = environment
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let writer = Thread {
            try? stdin.fileHandleForWriting.write(contentsOf: input)  // in a second thread: larger than a pipe's buffer
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self),
                try FileManager.default.contentsOfDirectory(atPath: temp.path))
    }

    func testOrdersPipedToStandardInputAreImportedOnce() throws {
        let cli = try ImportCLI.launched()
        let orders = Data(generatedWooOrders(3_000).utf8)  // far more than a pipe holds at once
        for name in ["-", "/dev/stdin"] {
            let result = try runPiped(cli, ["import", "woocommerce", name], input: orders)
            XCTAssertEqual(result.status, 0, "\(name): \(result.err)")
            XCTAssertTrue(result.out.contains("3000 orders read"), "\(name): \(result.out)")
            XCTAssertEqual(result.leftInTemp, [], "\(name): the copy of the stream is removed")
        }
        let again = try runPiped(cli, ["import", "woocommerce", "-", "--json"], input: orders)
        let summary = try JSONSerialization.jsonObject(with: Data(again.out.utf8)) as? [String: Any] ?? [:]
        XCTAssertEqual(summary["duplicates"] as? Int, 3_000 + 3_000 / 20, again.err)
        XCTAssertTrue(try cli.ok("check").hasPrefix("ok"))
    }

    func testABadRowOnStandardInputNamesTheLineAndImportsNothing() throws {
        let cli = try ImportCLI.launched()
        let text = generatedWooOrders(2) + "{\"id\": 3, \"status\": \"completed\", \"date_paid\": \"2026-03-01\", \"total\": \"12,5O\"}\n"
        let result = try runPiped(cli, ["import", "woocommerce", "-"], input: Data(text.utf8))
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.contains("stdin line 3: \"total\" is \"12,5O\""), result.err)
        XCTAssertTrue(result.err.contains("Nothing was imported"), result.err)
        XCTAssertEqual(result.leftInTemp, [])
        XCTAssertEqual(try cli.run("member", "show", "customer0@example.com").status, 1, "nothing was imported")
    }

    func testAnEndlessDeviceIsRefusedAtTheRecordLimit() throws {
        let cli = try ImportCLI.launched()
        for format in ["events", "woocommerce"] {
            let result = try runPiped(cli, ["import", format, "/dev/zero"], input: Data())
            XCTAssertEqual(result.status, 1, "\(format): \(result.err)")
            XCTAssertTrue(result.err.contains("/dev/zero line 1:") && result.err.contains("longer than 1 MiB"), "\(format): \(result.err)")
            XCTAssertEqual(result.leftInTemp, [], format)
        }
    }

    func testTextAfterTheArrayIsRefusedEvenWithSkipInvalid() throws {
        let cli = try ImportCLI.launched()
        let path = cli.directory.appendingPathComponent("joined.json").path
        let page = try String(contentsOfFile: Fixture.path("woocommerce-snapshot-1.json"), encoding: .utf8)
        try (page + page).write(toFile: path, atomically: true, encoding: .utf8)
        let lines = page.split(separator: "\n", omittingEmptySubsequences: false).count
        let result = try cli.run("import", "woocommerce", path, "--skip-invalid")
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.contains("joined.json line \(lines): "), result.err)
        XCTAssertTrue(result.err.contains("Nothing was imported"), result.err)
        XCTAssertFalse(result.err.contains("--skip-invalid to import the good rows"), "skipping rows cannot help: \(result.err)")
        XCTAssertEqual(try cli.run("member", "show", "ana@example.com").status, 1, "nothing was imported")
    }
}
