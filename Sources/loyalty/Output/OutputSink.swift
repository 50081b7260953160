import Foundation
import LoyaltyStore

/// Where an export goes: standard output, or a file that appears only when the export is complete
/// (written to a new private temporary file beside it, flushed, then renamed into place). Buffered, so
/// a million rows are not a million writes.
final class OutputSink {
    private let path: String?
    private let temporary: String?
    private let handle: FileHandle
    private var buffer = Data()

    /// Standard output when `path` is nil or "-", else the file at `path` (mode 0600: exports hold personal data).
    init(path: String?) throws {
        guard let path, path != "-" else {
            self.path = nil
            temporary = nil
            handle = FileHandle.standardOutput
            return
        }
        let temporary = PrivateFile.temporaryPath(beside: path)
        let descriptor = try PrivateFile.create(temporary)
        self.path = path
        self.temporary = temporary
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    var isFile: Bool { path != nil }

    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is buffered and, for a file, moves it into place.
    func finish() throws {
        try flush()
        guard let path, let temporary else { return }
        try handle.synchronize()
        guard rename(temporary, path) == 0 else {
            throw Failure(message: "cannot move the export into place at \(path): \(String(cString: strerror(errno)))")
        }
    }

    /// Drops a half-written file (after an error).
    func discard() {
        if let temporary { unlink(temporary) }
    }
}
