import Foundation
import XCTest

/// `loyalty help [COMMAND [SUBCOMMAND]]`, `loyalty help --man`, and help that reads at 80 columns.
final class HelpCommandTests: XCTestCase {
    /// Every command's words, found by walking `--help` as a user would: ["rule", "add"], ["init"].
    private func everyCommand(_ cli: CLIRunner) throws -> [[String]] {
        func names(_ help: String) -> [String] {
            guard let list = help.components(separatedBy: "Commands:\n").dropFirst().first else { return [] }
            return list.components(separatedBy: "\n\n")[0].split(separator: "\n")
                .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
                .map { String($0.split(separator: " ")[0]) }
        }
        return try names(cli.runRaw(["--help"]).out).flatMap { group -> [[String]] in
            let subcommands = names(try cli.runRaw([group, "--help"]).out)
            return [[group]] + subcommands.map { [group, $0] }
        }
    }

    /// The options a command's `--help` lists under "Options:" and "Global options:".
    private func options(_ help: String) -> [String] {
        help.split(separator: "\n").filter { $0.hasPrefix("  --") }.map { String($0.dropFirst(2).split(separator: " ")[0]) }
    }

    func testHelpCommandPrintsTheSameTextAsHelpOption() throws {
        let cli = try CLIRunner()
        for words in [["rule", "add"], ["rule"], ["member", "export-data"], ["init"], []] {
            let help = try cli.runRaw(["help"] + words)
            XCTAssertEqual(help.status, 0, "\(words): \(help.err)")
            XCTAssertEqual(help.out, try cli.runRaw(words + ["--help"]).out, "\(words)")
        }
        XCTAssertTrue(try cli.runRaw(["help", "rule", "add"]).out.contains("usage: loyalty rule add KIND [options]"))
    }

    func testHelpForAnUnknownCommandIsAUsageErrorListingTheCommands() throws {
        let cli = try CLIRunner()
        let unknown = try cli.runRaw(["help", "rule", "frobnicate"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertEqual(unknown.out, "")
        XCTAssertTrue(unknown.err.contains("loyalty: 'frobnicate' is not a command of 'loyalty rule'; choose one of: list, add, edit"), unknown.err)
        XCTAssertTrue(unknown.err.contains("usage: loyalty rule <command>"), unknown.err)
        let top = try cli.runRaw(["help", "rules"])
        XCTAssertEqual(top.status, 2)
        XCTAssertTrue(top.err.contains("'rules' is not a command of 'loyalty'; choose one of: init, program, rule"), top.err)
        let leaf = try cli.runRaw(["help", "init", "now"])
        XCTAssertEqual(leaf.status, 2)
        XCTAssertTrue(leaf.err.contains("'loyalty init' has no subcommands"), leaf.err)
    }

    func testEveryHelpTextFitsIn80Columns() throws {
        let cli = try CLIRunner()
        for words in try [[]] + everyCommand(cli) {
            let lines = try cli.runRaw(words + ["--help"]).out.split(separator: "\n")
            // An example is a command to copy whole, never wrapped.
            let prose = lines.prefix { !$0.hasPrefix("Example") }
            for line in prose where line.count > 80 {
                XCTFail("loyalty \(words.joined(separator: " ")) --help has a line of \(line.count) columns: \(line)")
            }
        }
    }

    func testManualPageIsValidTroffAndHoldsEveryCommandAndOption() throws {
        let cli = try CLIRunner()
        let man = try cli.runRaw(["help", "--man"])
        XCTAssertEqual(man.status, 0, man.err)
        let troff = man.out
        XCTAssertTrue(troff.hasPrefix(".TH LOYALTY 1 "), String(troff.prefix(80)))
        for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "OPTIONS", "EXIT STATUS", "ENVIRONMENT", "FILES", "EXAMPLES"] {
            XCTAssertTrue(troff.contains("\n.SH \(section)\n"), "no \(section) section")
        }
        let commandsSection = "\n" + troff.components(separatedBy: "\n.SH COMMANDS\n")[1].components(separatedBy: "\n.SH OPTIONS\n")[0]
        for line in troff.split(separator: "\n") where !line.hasPrefix(".") {
            XCTAssertFalse(line.hasPrefix("'"), "a text line starting with a quote is a control line: \(line)")
            var rest = Substring(line)
            while let slash = rest.firstIndex(of: "\\") {
                let escape = rest[slash...].prefix(3)
                XCTAssertTrue(["\\e", "\\-", "\\&", "\\fB", "\\fI", "\\fR", "\\(b"].contains { escape.hasPrefix($0) }, "unexpected escape \(escape) in: \(line)")
                rest = rest[rest.index(after: slash)...].dropFirst()
            }
        }
        // An option's hyphens are minus signs, so that what is copied from the page runs.
        XCTAssertTrue(troff.contains("\\fB\\-\\-max\\-per\\-day\\fR"), "option hyphens not escaped")
        XCTAssertTrue(troff.contains("loyalty rule add review \\-\\-points 20 \\-\\-max\\-per\\-day 40"), "example hyphens not escaped")
        let allowedMacros = [".TH", ".SH", ".SS", ".PP", ".TP", ".IP", ".B", ".RS", ".RE", ".nf", ".fi", ".br"]
        for line in troff.split(separator: "\n") where line.hasPrefix(".") {
            XCTAssertTrue(allowedMacros.contains { line == $0 || line.hasPrefix($0 + " ") }, "unknown request: \(line)")
        }
        let rendered = try render(troff)
        let root = try cli.runRaw(["--help"]).out
        for option in options(root) {
            XCTAssertTrue(rendered.contains(option), "the manual page lacks \(option)")
        }
        for words in try everyCommand(cli) {
            let path = (["loyalty"] + words).joined(separator: " ")
            XCTAssertTrue(commandsSection.contains("\n.SS \"\(path.replacingOccurrences(of: "-", with: "\\-"))\"\n")
                          || commandsSection.contains("\n.SS \"\(path)\"\n"), "COMMANDS lacks \(path)")
            XCTAssertTrue(rendered.contains(path), "the rendered page lacks \(path)")
            for option in options(try cli.runRaw(words + ["--help"]).out) {
                XCTAssertTrue(rendered.contains(option), "the manual page lacks \(path) \(option)")
            }
        }
    }

    /// The page as `groff -man -Tutf8` formats it, on lines long enough that nothing is hyphenated,
    /// minus signs as hyphens; failing on any warning groff gives. Without groff, the troff itself.
    private func render(_ troff: String) throws -> String {
        guard let groff = ["/usr/bin/groff", "/usr/local/bin/groff"].first(where: FileManager.default.isExecutableFile) else {
            return troff.replacingOccurrences(of: "\\-", with: "-").replacingOccurrences(of: "\\e", with: "\\")
                .replacingOccurrences(of: "\\fB", with: "").replacingOccurrences(of: "\\fI", with: "").replacingOccurrences(of: "\\fR", with: "")
        }
        let cli = try CLIRunner()
        let page = cli.directory.appendingPathComponent("loyalty.1")
        try troff.write(to: page, atomically: true, encoding: .utf8)
        let result = try cli.runInShell("'\(groff)' -k -ww -man -Tutf8 -rLL=2000n -P-cbou loyalty.1")
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertEqual(result.err, "", "groff warns about the page")
        return result.out.replacingOccurrences(of: "\u{2212}", with: "-").replacingOccurrences(of: "\u{2010}", with: "-")
    }
}
