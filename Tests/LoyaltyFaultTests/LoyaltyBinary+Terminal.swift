import Foundation

extension LoyaltyBinary {
    /// Runs `loyalty --db DATABASE arguments…` on a pseudo-terminal (stdin, stdout and stderr), as
    /// the dashboard needs, and returns everything it wrote there as `out`. A process still running
    /// after `timeout` seconds is killed (its output then ends with signal 9).
    func runInTerminal(_ arguments: [String], database: String? = nil, timeout: TimeInterval = 15) throws -> RunOutput {
        var master: Int32 = -1, slave: Int32 = -1
        guard openpty(&master, &slave, nil, nil, nil) == 0 else { throw Failure("no pseudo-terminal: \(String(cString: strerror(errno)))") }
        defer { close(master) }
        let process: RunningLoyalty
        do {
            defer { close(slave) }
            process = try start(bytes: arguments.map { Array($0.utf8) }, database: database, terminal: slave)
        }
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
        var screen: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let count = read(master, &buffer, buffer.count)
            if count > 0 { screen += buffer[0..<count]; continue }
            if !process.isRunning, count <= 0 { break }
            if Date() > deadline { process.kill9() }
            usleep(2_000)
        }
        let ending = process.wait()
        return RunOutput(status: ending.status, signal: ending.signal, out: screen, err: [])
    }
}
