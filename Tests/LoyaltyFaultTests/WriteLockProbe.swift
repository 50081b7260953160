import Foundation
import LoyaltyStore

/// Tells from outside whether another process is inside a write transaction on a database: it tries
/// `BEGIN IMMEDIATE` without waiting and gives the lock straight back when it gets it. SQLite lets
/// one writer in at a time, so "busy" means someone is mid-transaction.
final class WriteLockProbe {
    private let db: Connection
    private let walPath: String

    init(path: String) throws {
        db = try Connection(path: path, create: false)
        try db.execute("PRAGMA busy_timeout = 0")
        walPath = path + "-wal"
    }

    /// True while another connection holds the write lock.
    var writerIsInside: Bool {
        do {
            try db.execute("BEGIN IMMEDIATE")
            try db.execute("ROLLBACK")
            return false
        } catch let error as SQLiteError where error.isBusy {
            return true
        } catch {
            return false
        }
    }

    /// The WAL file's size and modification time: they change when a transaction's pages are
    /// written (at commit, or when the cache spills), even when the WAL is reused from its start.
    var walStamp: [Int] {
        var info = stat()
        guard stat(walPath, &info) == 0 else { return [] }
        return [Int(info.st_size), info.st_mtim.tv_sec, info.st_mtim.tv_nsec]
    }

    /// Polls (every 0.5 ms) until `condition` holds or `process` has ended; returns whether it held.
    static func poll(while process: RunningLoyalty, timeout: TimeInterval = 60, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline {
            if condition() { return true }
            usleep(500)
        }
        return false
    }
}
