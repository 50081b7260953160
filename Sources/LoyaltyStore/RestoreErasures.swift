import Foundation
import LoyaltyCore

/// The members erased in a database that a restore is about to replace, so that the restore can
/// erase them again in what it brings back: a backup made before an erasure still holds the person,
/// and restoring it must not bring them back. A member is known by id and referral code (random,
/// never changed by erasure), so a backup of another programme never loses someone by chance.
struct ErasedMembers {
    let members: [(id: Int64, referralCode: String)]

    /// Reads them from the database at `path`; none when there is no readable database there (a
    /// damaged file is kept aside by the restore, with whatever it holds).
    init(inDatabaseAt path: String) {
        guard FileManager.default.fileExists(atPath: path), let db = try? Connection(path: path, readOnly: true, create: false) else {
            members = []
            return
        }
        members = (try? db.all("SELECT id, referral_code FROM members WHERE erased_at IS NOT NULL") { (id: $0.int(0), referralCode: $0.text(1)) }) ?? []
    }

    /// Erases again, in the restored database at `path` (migrated first), each of them it holds
    /// unerased, in one transaction, audited as done by `actor`; then empties the write-ahead log
    /// into the file. Returns the ids erased again.
    @discardableResult
    func reapply(toDatabaseAt path: String, actor: String = currentOSUser()) throws -> [Int64] {
        guard !members.isEmpty else { return [] }
        let db = try Store.connect(path: path, readOnly: false, create: false)
        let tx = Transaction(db: db, now: Date(), actor: actor, calendar: Calendar(identifier: .gregorian))
        var erased: [Int64] = []
        try db.execute("BEGIN IMMEDIATE")
        do {
            for (id, code) in members {
                let found = try db.one("SELECT 1 FROM members WHERE id = ? AND referral_code = ? AND erased_at IS NULL", [id, code]) { $0.int(0) }
                guard found != nil else { continue }
                _ = try tx.erase(try tx.member(id: id))
                erased.append(id)
            }
            try db.execute("COMMIT")
        } catch {
            try? db.execute("ROLLBACK")
            throw error
        }
        _ = try? db.one("PRAGMA wal_checkpoint(TRUNCATE)") { $0.int(0) }
        return erased
    }
}
