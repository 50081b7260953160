import Foundation

/// The real `loyalty` dashboard in a detached tmux session (100×30) on the benchmark database:
/// a few keys are typed, then its peak memory is read from /proc.
struct DashboardProcess {
    let loyalty: String
    let tmux: String
    let session = "loyalty-bench-\(getpid())"

    /// nil when `tmux` or the `loyalty` binary beside this one is missing.
    init?() {
        let sibling = ((ownExecutable as NSString).deletingLastPathComponent as NSString).appendingPathComponent("loyalty")
        guard FileManager.default.isExecutableFile(atPath: sibling), let tmux = findProgram("tmux") else { return nil }
        loyalty = sibling
        self.tmux = tmux
    }

    struct Result {
        /// From starting the process to the programme's name showing on screen (polled every 5 ms).
        let firstScreenMilliseconds: Double
        /// VmHWM: the peak resident set size, in MB.
        let peakMegabytes: Double
        let keys: String
    }

    /// Starts the dashboard, types `/` + a name, PgDn ×20, opens a member and scrolls, End, then reads VmHWM.
    func measure(database: String, search: String, expect: String) throws -> Result {
        defer { try? spawnQuietly(tmux, ["kill-session", "-t", session]) }
        let command = "exec env TERM=tmux-256color \(shellQuoted(loyalty)) --db \(shellQuoted(database)) --no-mouse"
        let started = monotonicNanoseconds()
        try spawnQuietly(tmux, ["new-session", "-d", "-s", session, "-x", "100", "-y", "30", command])
        try waitFor(expect)
        let firstScreen = Double(monotonicNanoseconds() - started) / 1e6
        guard let pid = Int32(try run(tmux, ["display-message", "-p", "-t", session, "#{pane_pid}"])) else {
            throw BenchError.failed("tmux did not say the dashboard's process id")
        }
        var keys: [[String]] = [["7"], ["/"]] + search.map { [String($0)] } + [["Enter"]]
        keys += Array(repeating: ["NPage"], count: 20) + [["Escape"]] + Array(repeating: ["NPage"], count: 20)
        keys += [["Enter"]] + Array(repeating: ["NPage"], count: 5) + [["Escape"], ["End"], ["PPage"], ["Home"], ["1"]]
        for key in keys {
            try spawnQuietly(tmux, ["send-keys", "-t", session] + key)
            usleep(20_000)
        }
        usleep(500_000)
        let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") else {
            throw BenchError.failed("no VmHWM in /proc/\(pid)/status")
        }
        let described = "1 dashboard start, 7, / \(search) Enter, PgDn ×20, Esc, PgDn ×20, Enter (open), PgDn ×5, Esc, End, PgUp, Home, 1"
        return Result(firstScreenMilliseconds: firstScreen, peakMegabytes: kilobytes / 1024, keys: described)
    }

    private func waitFor(_ text: String) throws {
        for _ in 0..<2_000 {
            if let screen = try? run(tmux, ["capture-pane", "-p", "-t", session]), screen.contains(text) { return }
            usleep(5_000)
        }
        throw BenchError.failed("the dashboard did not show \"\(text)\" within 10 s")
    }
}

func shellQuoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
