import Foundation
import ImportTestSupport
import XCTest

extension CLIRunner {
    /// Runs `loyalty --db <temp db> arguments…` with standard output on a pseudo-terminal, as when an
    /// operator types the command, and standard error on a file; what the terminal received, with
    /// its "\r\n" line ends back to "\n".
    func runInTerminal(_ arguments: [String], environment overrides: [String: String] = [:]) throws -> RunResult {
        // posix_openpt and friends are not imported from Glibc: the Linux ioctls they wrap instead.
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: CInt = 0, number: CUnsignedInt = 0
        guard master >= 0, ioctl(master, UInt(0x4004_5431) /* TIOCSPTLCK */, &unlock) == 0,
              ioctl(master, UInt(0x8004_5430) /* TIOCGPTN */, &number) == 0 else {
            throw XCTSkip("no pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        defer { close(master) }
        let terminal = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
        guard terminal >= 0 else { throw XCTSkip("cannot open the pseudo-terminal: \(String(cString: strerror(errno)))") }
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["--db", database] + arguments
        var environment = englishEnvironment()
        environment["LOYALTY_DB"] = nil
        environment["LOYALTY_BIDI"] = nil
        environment["XDG_DATA_HOME"] = directory.path
        environment.merge(overrides) { $1 }
        process.environment = environment
        let errURL = directory.appendingPathComponent("stderr")
        try Data().write(to: errURL)
        process.standardOutput = FileHandle(fileDescriptor: terminal, closeOnDealloc: false)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        close(terminal)
        var received = Data(), buffer = [UInt8](repeating: 0, count: 4_096)
        while true {
            let count = read(master, &buffer, buffer.count)
            guard count > 0 else { break }  // EIO once the program has closed its end
            received.append(contentsOf: buffer[..<count])
        }
        process.waitUntilExit()
        let out = String(decoding: received, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
        return RunResult(status: process.terminationStatus, out: out, err: try String(contentsOf: errURL, encoding: .utf8))
    }
}
