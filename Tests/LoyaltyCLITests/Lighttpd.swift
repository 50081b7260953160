import Foundation
import XCTest

/// A real lighttpd from Debian's packages, started by a test on 127.0.0.1 at a free port with its
/// configuration in the runner's directory, hosting the built `loyalty webhook` as a CGI program at
/// `/webhook.cgi` (a two-line script, as the README's configuration has it), with `LOYALTY_DB` set
/// to the runner's database. The CGI program's standard error goes to lighttpd's breakage log, `errorLog`.
final class Lighttpd {
    let port: Int
    let directory: URL
    private let process = Process()
    var url: String { "http://127.0.0.1:\(port)/webhook.cgi" }
    var errorLog: String { (try? String(contentsOf: directory.appendingPathComponent("error.log"), encoding: .utf8)) ?? "" }

    static let binary = "/usr/sbin/lighttpd"

    init(serving cli: CLIRunner) throws {
        guard FileManager.default.isExecutableFile(atPath: Self.binary) else {
            throw XCTSkip("lighttpd is not installed (apt-get install lighttpd; .ci/run installs it)")
        }
        directory = cli.directory.appendingPathComponent("www")
        let root = directory.appendingPathComponent("root")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let script = root.appendingPathComponent("webhook.cgi")
        try "#!/bin/sh\nexec \(CLIRunner.binary.path) webhook\n".write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        port = try Self.freePort()
        let config = """
            server.bind = "127.0.0.1"
            server.port = \(port)
            server.document-root = "\(root.path)"
            server.errorlog = "\(directory.path)/server.log"
            server.upload-dirs = ("\(directory.path)")
            # As in the README:
            server.modules += ("mod_setenv", "mod_cgi")
            cgi.assign = (".cgi" => "")
            setenv.add-environment = ("LOYALTY_DB" => "\(cli.database)")
            server.breakagelog = "\(directory.path)/error.log"
            """
        let configFile = directory.appendingPathComponent("lighttpd.conf")
        try config.write(to: configFile, atomically: true, encoding: .utf8)
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = ["-D", "-f", configFile.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: { let url = directory.appendingPathComponent("lighttpd.out"); try Data().write(to: url); return url }())
        try process.run()
        try waitUntilListening()
    }

    deinit { stop() }

    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }

    private func waitUntilListening() throws {
        for _ in 0..<100 {
            if Self.accepts(port) { return }
            guard process.isRunning else { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        let out = (try? String(contentsOf: directory.appendingPathComponent("lighttpd.out"), encoding: .utf8)) ?? ""
        let log = (try? String(contentsOf: directory.appendingPathComponent("server.log"), encoding: .utf8)) ?? ""
        throw NSError(domain: "Lighttpd", code: 1, userInfo: [NSLocalizedDescriptionKey: "lighttpd did not start: \(out) \(log)"])
    }

    /// A port on 127.0.0.1 that nothing listens on now (the kernel's pick).
    private static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in(sin_family: sa_family_t(AF_INET), sin_port: 0, sin_addr: in_addr(s_addr: inet_addr("127.0.0.1")), sin_zero: (0, 0, 0, 0, 0, 0, 0, 0))
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0 }
        }
        guard bound else { throw NSError(domain: "Lighttpd", code: 2, userInfo: [NSLocalizedDescriptionKey: "no free port"]) }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    private static func accepts(_ port: Int) -> Bool {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in(sin_family: sa_family_t(AF_INET), sin_port: in_port_t(UInt16(port).bigEndian), sin_addr: in_addr(s_addr: inet_addr("127.0.0.1")), sin_zero: (0, 0, 0, 0, 0, 0, 0, 0))
        return withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }
}
