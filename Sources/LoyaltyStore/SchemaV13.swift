/// Schema version 13: the member list filtered by status and tier reads only the members it shows.
///
/// - `members_by_status_tier_name`, `members_by_status_tier_balance`, `members_by_status_tier_activity`:
///   one index per sort order of the member list, led by the status and the tier. A filtered page
///   seeks to its (status, tier) group and reads one page of it by key. The sort indexes of version 8
///   carry the status and tier after the sort key, so a filter skipped the rows it left out inside the
///   index: fast for a filter most members pass, 65–97 ms a page at a million members for a rare one.
///   A filter on the status only (or the tier only) reads one page from each tier's (each status's)
///   group and keeps the first page of them (`Transaction.members(sortedBy:filter:after:limit:backwards:)`).
///   The balance and activity indexes cost the ledger's writes one more index entry each to move.
let schemaV13 = """
CREATE INDEX members_by_status_tier_name ON members(status, tier_id, name COLLATE NOCASE, id);
CREATE INDEX members_by_status_tier_balance ON members(status, tier_id, balance, id);
CREATE INDEX members_by_status_tier_activity ON members(status, tier_id, last_activity_at, id);
"""

/// Applies schema version 13.
let migrationV13 = Migration(version: 13) { db, _ in
    try db.execute(schemaV13)
}
