import Foundation
import LoyaltyCore

/// Where a shop's credentials are kept: a file beside the database (`loyalty.db.shop-credentials`),
/// created 0600 and renamed into place whole, read only when nobody but its owner may read or change it.
///
/// Not in the database: a database shared with staff and viewers (`loyalty help user`) is readable
/// by all of them, and backups and exports copy it; the credentials are the owner's alone, and no
/// backup, export or dump ever holds them (connect again after a restore).
public enum ShopCredentialsFile {
    /// The file of the database at `databasePath`.
    public static func path(besideDatabase databasePath: String) -> String { databasePath + ".shop-credentials" }

    /// Writes `credentials` for the database at `databasePath`, replacing any there.
    static func write(_ credentials: ShopCredentials, besideDatabase databasePath: String) throws {
        try PrivateFile.replace(path(besideDatabase: databasePath), with: Data(credentials.text.utf8))
    }

    /// The credentials kept for the database at `databasePath`; refused when the file is missing,
    /// a link, or open to others.
    static func read(besideDatabase databasePath: String) throws -> ShopCredentials {
        let file = path(besideDatabase: databasePath)
        return try ShopCredentials.stored(readPrivate(file), source: file)
    }

    /// Removes the file of the database at `databasePath`, if there is one.
    static func remove(besideDatabase databasePath: String) {
        unlink(path(besideDatabase: databasePath))
    }

    /// The text of the file at `path`, which must be a regular file (not a link) that only its owner may
    /// read or write (mode 0600 or stricter), at most 64 KiB.
    public static func readPrivate(_ path: String) throws -> String {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { throw unreadable(path, errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw unreadable(path, errno) }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw LoyaltyError.shop(.credentialsUnreadable(path: path, reason: "not a regular file"))
        }
        guard status.st_mode & 0o077 == 0 else {
            throw LoyaltyError.shop(.credentialsOpenToOthers(path: path, mode: String(status.st_mode & 0o777, radix: 8)))
        }
        guard status.st_size <= 65_536 else {
            throw LoyaltyError.shop(.credentialsUnreadable(path: path, reason: "larger than 64 KiB, which no credentials are"))
        }
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw unreadable(path, count < 0 ? errno : EIO) }
            filled += count
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw LoyaltyError.shop(.credentialsUnreadable(path: path, reason: "not UTF-8 text"))
        }
        return text
    }

    private static func unreadable(_ path: String, _ code: Int32) -> LoyaltyError {
        .shop(.credentialsUnreadable(path: path, reason: String(cString: strerror(code))))
    }
}
