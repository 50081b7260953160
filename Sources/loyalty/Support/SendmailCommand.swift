import Foundation

/// A sendmail-compatible command (`/usr/sbin/sendmail -t -i`, `msmtp -t`, …) run through `/bin/sh -c`
/// with one RFC 5322 message on its stdin. Exit status 0 means the command took the message.
struct SendmailCommand {
    static let standard = "/usr/sbin/sendmail -t -i"

    let command: String
    /// How long one delivery may take before the command is stopped and the message counted as failed.
    var timeout: TimeInterval = 120

    /// Why the command did not take a message: its exit status and what it wrote.
    struct Failure: Error {
        let description: String
    }

    /// Runs the command with `message` on stdin; throws `Failure` with its exit status and output.
    func deliver(_ message: String) throws {
        signal(SIGPIPE, SIG_IGN)   // a command that exits without reading stdin must not kill us
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("loyalty-mail-\(UUID().uuidString).log")
        guard FileManager.default.createFile(atPath: output.path, contents: nil), let log = try? FileHandle(forWritingTo: output) else {
            throw Failure(description: "cannot create a temporary file for the mail command's output in \(output.deletingLastPathComponent().path)")
        }
        defer {
            try? log.close()
            try? FileManager.default.removeItem(at: output)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = log
        process.standardError = log
        do {
            try process.run()
        } catch {
            throw Failure(description: "cannot start /bin/sh for the mail command: \(error.localizedDescription)")
        }
        try? input.fileHandleForWriting.write(contentsOf: Data(message.utf8))
        try? input.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw Failure(description: "the mail command did not finish within \(Int(timeout)) seconds and was stopped")
        }
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let said = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
            let lines = said.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let how = process.terminationReason == .exit ? "exit status \(process.terminationStatus)" : "killed by signal \(process.terminationStatus)"
            let text = lines.suffix(5).joined(separator: " / ")
            throw Failure(description: text.isEmpty ? how : "\(how): \(String(text.suffix(500)))")
        }
    }
}
