import Foundation
import LoyaltyStore

/// A sendmail-compatible command (`/usr/sbin/sendmail -t -i`, `msmtp -t`, …) run through `/bin/sh -c`
/// with one RFC 5322 message on its stdin. Exit status 0, after reading the whole message, means the
/// command took it.
///
/// The time limit is wall-clock from the start: the message is fed through a non-blocking pipe while
/// the clock runs, so a command that does not read cannot hold us up, and at the limit the command's
/// whole process group (the shell and everything it started) is stopped.
struct SendmailCommand {
    static let standard = "/usr/sbin/sendmail -t -i"
    /// Seconds one delivery may take by default; `$LOYALTY_MAIL_TIMEOUT` sets another.
    static let standardTimeout: TimeInterval = 120

    let command: String
    /// How long one delivery may take before the command is stopped and the message counted as failed.
    var timeout: TimeInterval = standardTimeout

    /// Why the command did not take a message: its exit status and what it wrote.
    struct Failure: Error {
        let description: String
    }

    /// Runs the command with `message` on stdin; throws `Failure` with its exit status and output.
    func deliver(_ message: String) throws {
        let deadline = Date().addingTimeInterval(timeout)
        let log = try CommandLog()
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw Failure(description: "cannot make a pipe for the mail command: \(String(cString: strerror(errno)))") }
        let (reading, writing) = (ends[0], ends[1])
        defer { close(reading) }   // kept open until the end: what is still in the pipe was not read
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        _ = fcntl(writing, F_SETFL, fcntl(writing, F_GETFL) | O_NONBLOCK)
        let pid: pid_t
        do {
            pid = try spawn(stdin: reading, output: log.descriptor)
        } catch {
            close(writing)
            throw error
        }
        let bytes = Array(message.utf8)
        let written = feed(bytes, to: writing, while: pid, until: deadline)
        guard let status = waitForExit(pid, until: deadline) else {
            stop(group: pid)
            throw Failure(description: "the mail command did not finish within \(Self.seconds(timeout)) and was stopped, with everything it started")
        }
        let exited = status & 0x7F == 0
        let code = exited ? (status >> 8) & 0xFF : status & 0x7F
        guard exited, code == 0 else {
            let how = exited ? "exit status \(code)" : "killed by signal \(code)"
            let said = log.lastLines()
            throw Failure(description: said.isEmpty ? how : "\(how): \(said)")
        }
        var unread: Int32 = 0
        _ = ioctl(reading, UInt(FIONREAD), &unread)
        let taken = written - Int(unread)
        guard taken == bytes.count else {
            throw Failure(description: "the mail command exited with status 0 after reading only \(taken) of the message's \(bytes.count) bytes, so it cannot have sent it")
        }
    }

    /// `/bin/sh -c command` in a process group of its own, stdin from `stdin`, stdout and stderr to `output`.
    private func spawn(stdin: Int32, output: Int32) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin, 0)
        posix_spawn_file_actions_adddup2(&actions, output, 1)
        posix_spawn_file_actions_adddup2(&actions, output, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        let words: [String] = ["/bin/sh", "-c", command]
        let arguments = words.map { strdup($0) } + [nil]
        defer { for argument in arguments { free(argument) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, "/bin/sh", &actions, &attributes, arguments, environ)
        guard status == 0 else {
            throw Failure(description: "cannot start /bin/sh for the mail command: \(String(cString: strerror(status)))")
        }
        return pid
    }

    /// Writes as much of `bytes` as the command takes until it exits or the deadline passes; closes
    /// `descriptor` (the command's end of file) either way. Returns how many bytes went into the pipe.
    private func feed(_ bytes: [UInt8], to descriptor: Int32, while pid: pid_t, until deadline: Date) -> Int {
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count, Date() < deadline, !hasExited(pid) {
            var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
            guard poll(&ready, 1, 20) > 0 else { continue }
            let count = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if count > 0 { written += count } else if errno != EAGAIN && errno != EINTR { break }
        }
        return written
    }

    /// Whether the command has exited, without reaping it (its process group stays valid for `stop`).
    private func hasExited(_ pid: pid_t) -> Bool {
        var info = siginfo_t()
        return waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info._sifields._sigchld.si_pid == pid
    }

    /// The raw wait status once the command exits, or nil when the deadline passes first (not reaped then).
    private func waitForExit(_ pid: pid_t, until deadline: Date) -> Int32? {
        while !hasExited(pid) {
            guard Date() < deadline else { return nil }
            usleep(10_000)
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return status
    }

    /// Stops the command's whole process group: SIGTERM, a second to finish, then SIGKILL; reaps the shell.
    private func stop(group pid: pid_t) {
        kill(-pid, SIGTERM)
        let grace = Date().addingTimeInterval(1)
        while !hasExited(pid) && Date() < grace { usleep(10_000) }
        kill(-pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    }

    static func seconds(_ interval: TimeInterval) -> String {
        let whole = Int(interval.rounded())
        return whole == 1 ? "1 second" : "\(whole) seconds"
    }
}

/// The mail command's stdout and stderr: a private file unlinked as soon as it is made, so it
/// disappears with the descriptor, whatever happens.
private final class CommandLog {
    let descriptor: Int32

    init() throws {
        let directory = FileManager.default.temporaryDirectory.path
        let path = "\(directory)/loyalty-mail-\(UUID().uuidString).log"
        do {
            descriptor = try PrivateFile.create(path, readable: true)
        } catch {
            throw SendmailCommand.Failure(description: "cannot create a file for the mail command's output: \(error)")
        }
        unlink(path)
    }

    deinit { close(descriptor) }

    /// The last lines the command wrote (at most five, 500 characters), joined with " / ".
    func lastLines() -> String {
        var bytes = [UInt8](repeating: 0, count: 64 * 1024)
        let end = lseek(descriptor, 0, SEEK_END)
        let start = max(0, end - off_t(bytes.count))
        let count = pread(descriptor, &bytes, bytes.count, start)
        let said = String(decoding: bytes.prefix(max(0, count)), as: UTF8.self)
        let lines = said.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return String(lines.suffix(5).joined(separator: " / ").suffix(500))
    }
}
