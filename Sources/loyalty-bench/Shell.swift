import Foundation

/// Runs a program and returns what it printed; `input` is a file fed to its standard input.
@discardableResult
func run(_ executable: String, _ arguments: [String], input: String? = nil, discardOutput: Bool = false) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let input { process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: input)) }
    let pipe = Pipe()
    process.standardOutput = discardOutput ? FileHandle.nullDevice : pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = discardOutput ? Data() : pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw BenchError.failed("\(executable) \(arguments.joined(separator: " ")) exited with \(process.terminationStatus)")
    }
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
}

/// The first of `names` found on PATH (or as given when absolute).
func findProgram(_ name: String) -> String? {
    if name.hasPrefix("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
}

/// This program's own executable.
var ownExecutable: String {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
}

/// The machine's load averages (1, 5, 15 minutes), as `uptime` shows them.
func loadAverage() -> String {
    (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?"
}

/// This process's peak resident set size in MB (`getrusage` ru_maxrss, kilobytes on Linux).
func peakRSSMegabytes() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// Runs a program with no input or output and waits for it, without Foundation's `Process`:
/// `tmux new-session` leaves a server behind that would inherit `Process`'s bookkeeping
/// descriptors and keep `waitUntilExit` waiting for ever.
func spawnQuietly(_ executable: String, _ arguments: [String]) throws {
    let (status, _) = try spawnMeasured(executable, arguments, stdout: "/dev/null", stderr: "/dev/null")
    guard status == 0 else { throw BenchError.failed("\(executable) \(arguments.joined(separator: " ")) failed (status \(status))") }
}

/// Runs a program with no input, its output and errors written to files, and waits for it; returns its
/// exit status and its peak resident memory in MB (`wait4`'s `ru_maxrss`, for this child alone).
func spawnMeasured(_ executable: String, _ arguments: [String], stdout: String, stderr: String) throws -> (status: Int32, peakMegabytes: Double) {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
    guard spawned == 0 else { throw BenchError.failed("cannot start \(executable): \(String(cString: strerror(spawned)))") }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let exited = status & 0x7F == 0
    return (exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F), Double(usage.ru_maxrss) / 1024)
}
