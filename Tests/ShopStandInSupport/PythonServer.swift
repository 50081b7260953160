import Foundation

/// A Python program serving HTTP on 127.0.0.1 that prints its port on its first line: started
/// for a test, stopped with it.
public final class PythonServer {
    public let port: Int
    private let process = Process()

    /// Starts `python3 arguments…` and waits for the port it prints.
    public init(_ arguments: [String]) throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let more = output.fileHandleForReading.availableData
            guard !more.isEmpty else { throw NSError(domain: "PythonServer", code: 1, userInfo: [NSLocalizedDescriptionKey: "the server did not start"]) }
            line.append(more)
        }
        port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    deinit {
        process.terminate()
        process.waitUntilExit()
    }
}
