import Foundation
import LoyaltyCore
import LoyaltyStore

/// `loyalty member set-status --from-file FILE STATUS` and `--all-visitors STATUS`: many people at once.
enum BulkStatusCommand {
    static let options = [
        Option("--from-file", "FILE", "everyone whose e-mail is on a line of FILE (blank lines and lines starting with # are skipped; - is standard input)"),
        Option("--all-visitors", "every visitor"),
        Option("--dry-run", "say how many would change, change nothing"),
    ]

    static func run(_ invocation: Invocation) throws {
        guard invocation.positionals.count == 1 else {
            throw invocation.usage("with --from-file or --all-visitors give only the STATUS, e.g. set-status --all-visitors member")
        }
        let status = try invocation.choice(invocation.argument(0), "STATUS", as: MemberStatus.self)
        let file = invocation.string("--from-file")
        if file != nil, invocation.flag("--all-visitors") { throw invocation.usage("give --from-file FILE or --all-visitors, not both") }
        let selection: MemberSelection, lines: [Int], reason: String
        if let file {
            let (name, entries) = try read(file)
            selection = .emails(entries.map(\.text))
            lines = entries.map(\.line)
            reason = "from \(name)"
        } else {
            selection = .allVisitors
            lines = []
            reason = "all visitors"
        }
        let store = try invocation.openStore()
        let change: BulkStatusChange
        do {
            change = try store.setStatus(of: selection, to: status, reason: reason, dryRun: invocation.flag("--dry-run"))
        } catch let refused as BulkStatusRefused {
            let name = file == "-" ? "stdin" : file ?? ""
            for entry in refused.entries {
                Console.complain(StatusChangeWording.refusedLine(file: name, line: lines[entry.position], text: entry.text,
                                                                 notAnEmail: entry.problem == .notAnEmail, invocation.words))
            }
            throw Failure(message: StatusChangeWording.refusedList(file: name, lines: refused.entries.count, invocation.words))
        }
        if invocation.json {
            return try JSON.print(["status": status.rawValue, "selected": change.selected, "changed": change.changed, "dry_run": change.dryRun] as JSONObject)
        }
        Console.out(StatusChangeWording.bulk(change, invocation.words))
    }

    /// The non-blank, non-comment lines of `path` (- for standard input) with their line numbers, and the name to show.
    private static func read(_ path: String) throws -> (name: String, entries: [(line: Int, text: String)]) {
        let name = path == "-" ? "stdin" : path
        let data = path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: path)
        guard let data else { throw Failure(message: "cannot read \(name): no such file, or it is not readable. Nothing was changed.") }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Failure(message: "\(name) is not UTF-8 text; save it as UTF-8 and run again. Nothing was changed.")
        }
        var entries: [(line: Int, text: String)] = []
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let trimmed = String(line).trimmingWhitespace()
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            entries.append((index + 1, trimmed))
        }
        return (name, entries)
    }
}
