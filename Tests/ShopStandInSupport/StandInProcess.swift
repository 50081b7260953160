import Foundation

/// Starts a stand-in script of `Tests/Fixtures` with python3 and reads the port it prints first.
public enum StandInProcess {
    /// Runs `python3 Tests/Fixtures/<script> arguments…`; returns the running process and its port.
    public static func start(_ script: String, _ arguments: [String]) throws -> (process: Process, port: Int) {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(script)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", path.path] + arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let more = output.fileHandleForReading.availableData
            guard !more.isEmpty else { throw NSError(domain: "StandInProcess", code: 1, userInfo: [NSLocalizedDescriptionKey: "\(script) did not start"]) }
            line.append(more)
        }
        return (process, Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0)
    }
}
