import Foundation
import XCTest

/// Files the CLI writes (exports, reject lists, customer pages) in a folder others can write to:
/// a link or a file planted at the name Loyalty will use is never written through, the victim's
/// file keeps its content, the refusal says what is in the way, and what Loyalty creates is only
/// the user's (0600; pages 0644 for the web server).
final class FileCreationTests: XCTestCase {
    private func victim(_ cli: CLIRunner) throws -> String {
        let path = cli.directory.appendingPathComponent("victim.txt").path
        try "someone else's file\n".write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    private func contents(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }

    private func mode(_ path: String) throws -> Int { try XCTUnwrap(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) }

    private func isLink(_ path: String) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeSymbolicLink
    }

    func testAnExportRefusesALinkPlantedAtItsTemporaryNameAndWritesNothingThrough() throws {
        let cli = try CLIRunner.launched()
        let victim = try victim(cli)
        let result = try cli.runInShell(#"ln -s victim.txt .members.csv.tmp-$$ && exec "$LOYALTY" member export --output members.csv"#)
        XCTAssertEqual(result.status, 1, result.out)
        XCTAssertTrue(result.err.contains("cannot create \(cli.directory.path)/.members.csv.tmp-") || result.err.contains("cannot create .members.csv.tmp-"), result.err)
        XCTAssertTrue(result.err.contains("a file or link is already there") && result.err.contains("nothing was written to it"), result.err)
        XCTAssertEqual(contents(victim), "someone else's file\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.directory.appendingPathComponent("members.csv").path))
    }

    func testAnExportRefusesAFilePlantedAtItsTemporaryNameAndLeavesItAlone() throws {
        let cli = try CLIRunner.launched()
        let result = try cli.runInShell(#"printf 'planted\n' > .members.csv.tmp-$$ && chmod 644 .members.csv.tmp-$$ && exec "$LOYALTY" member export --output members.csv"#)
        XCTAssertEqual(result.status, 1, result.out)
        XCTAssertTrue(result.err.contains("a file or link is already there"), result.err)
        let planted = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: cli.directory.path).first { $0.hasPrefix(".members.csv.tmp-") })
        XCTAssertEqual(contents(cli.directory.appendingPathComponent(planted).path), "planted\n", "the planted file is neither emptied nor filled with members")
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.directory.appendingPathComponent("members.csv").path))
    }

    func testAnExportReplacesALinkAtItsNameInsteadOfWritingThroughIt() throws {
        let cli = try CLIRunner.launched()
        let victim = try victim(cli)
        let output = cli.directory.appendingPathComponent("members.csv").path
        try FileManager.default.createSymbolicLink(atPath: output, withDestinationPath: victim)
        try cli.ok("member", "export", "--output", output)
        XCTAssertEqual(contents(victim), "someone else's file\n")
        XCTAssertFalse(isLink(output))
        XCTAssertTrue(contents(output)?.contains("zoe@example.com") == true)
        XCTAssertEqual(try mode(output), 0o600)
    }

    func testTheRejectsFileReplacesAPlantedLinkAndIsPrivate() throws {
        let cli = try CLIRunner.launched()
        let victim = try victim(cli)
        let events = cli.directory.appendingPathComponent("events.csv").path
        try "kind,email,external_id,amount,currency,occurred_at,name\norder,zoe@example.com,1,12.00,EUR,2026-03-01T10:00:00Z,\norder,zoe@example.com,2,twelve,EUR,2026-03-01T11:00:00Z,\n"
            .write(toFile: events, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: events + ".rejects.csv", withDestinationPath: victim)
        let result = try cli.run("import", "events", events, "--skip-invalid")
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertEqual(contents(victim), "someone else's file\n", "the customers' data did not go into the linked file")
        XCTAssertFalse(isLink(events + ".rejects.csv"))
        XCTAssertTrue(contents(events + ".rejects.csv")?.contains("twelve") == true)
        XCTAssertEqual(try mode(events + ".rejects.csv"), 0o600)
    }

    func testTheRejectsFileRefusesALinkPlantedAtItsTemporaryName() throws {
        let cli = try CLIRunner.launched()
        let victim = try victim(cli)
        try "kind,email,external_id,amount,currency,occurred_at,name\norder,zoe@example.com,2,twelve,EUR,2026-03-01T11:00:00Z,\n"
            .write(toFile: cli.directory.appendingPathComponent("events.csv").path, atomically: false, encoding: .utf8)
        let result = try cli.runInShell(#"ln -s victim.txt .events.csv.rejects.csv.tmp-$$ && exec "$LOYALTY" import events events.csv --skip-invalid"#)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.contains("the reject file events.csv.rejects.csv could not be written") && result.err.contains("a file or link is already there"), result.err)
        XCTAssertEqual(contents(victim), "someone else's file\n")
    }

    func testPagesReplaceAPlantedLinkAndAreReadableByTheWebServer() throws {
        let cli = try CLIRunner.launched()
        let victim = try victim(cli)
        let site = cli.directory.appendingPathComponent("site")
        let pagePath = try XCTUnwrap((try cli.json("member", "show", "zoe@example.com") as? [String: Any])?["page"] as? String)
        let page = site.appendingPathComponent(pagePath).path
        try FileManager.default.createDirectory(at: site.appendingPathComponent("members"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: page, withDestinationPath: victim)
        try cli.ok("page", "export", site.path)
        XCTAssertEqual(contents(victim), "someone else's file\n")
        XCTAssertFalse(isLink(page))
        XCTAssertTrue(contents(page)?.contains("<html") == true)
        XCTAssertEqual(try mode(page), 0o644)
        XCTAssertEqual(try mode(site.appendingPathComponent("index.html").path), 0o644)
    }
}
