import Foundation
import LoyaltyCore

/// A private copy of a stream being imported (a pipe, standard input, a device): an import reads its
/// file twice, once to check it and once to apply it, and a stream can be read only once. The first
/// reading copies each piece here as it checks it, so a stream that is refused (a record too long,
/// say `/dev/zero`) is never copied further than that; the second reading reads the copy. The copy is
/// created exclusively, readable by its owner only, in the temporary directory (`TMPDIR`), and removed
/// (`remove`) when the import ends.
final class ImportSpool {
    let path: String
    private let descriptor: Int32
    private let file: String

    /// A new, empty copy for the stream called `file` (in messages).
    init(for file: String) throws {
        var template = Array(FileManager.default.temporaryDirectory.appendingPathComponent("loyalty-import-XXXXXX").path.utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }  // O_EXCL, mode 0600
        guard descriptor >= 0 else {
            throw LoyaltyError.file(.cannotSpoolImport(file: file, directory: FileManager.default.temporaryDirectory.path, reason: String(cString: strerror(errno))))
        }
        self.descriptor = descriptor
        self.file = file
        path = String(cString: template)
    }

    /// Closes and deletes the copy.
    func remove() {
        close(descriptor)
        unlink(path)
    }

    /// Adds the next bytes read from the stream.
    func append(_ bytes: UnsafeRawBufferPointer) throws {
        var written = 0
        while written < bytes.count {
            let count = write(descriptor, bytes.baseAddress! + written, bytes.count - written)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                throw LoyaltyError.file(.cannotCopyImport(file: file, copy: path, reason: String(cString: strerror(errno))))
            }
            written += count
        }
    }
}

extension ImportSource {
    /// True for a path that is not a regular file (a pipe, a device), or that names a descriptor
    /// (`/dev/stdin`, `/dev/fd/N`, whose second opening may not start again at the beginning): it is
    /// read only once.
    var isStream: Bool {
        guard case .file(let path) = self else { return false }
        if path.hasPrefix("/dev/") || path.hasPrefix("/proc/") { return true }
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT != S_IFREG
    }
}
