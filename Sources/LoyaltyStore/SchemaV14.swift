/// Schema version 14: the language the programme speaks to its customers.
///
/// - `program.customer_language`: `en`, `nl`, `fr` or `he` (`CustomerLanguage`), apart from the
///   language the owner works in; English for every programme made before this version.
/// - `program.points_named`: 1 when the owner named the points, 0 while they carry the customer
///   language's default ("Points", "Punten", "נקודות"). A programme whose points are called
///   anything but the old default "Points" was named by its owner.
let schemaV14 = """
ALTER TABLE program ADD COLUMN customer_language TEXT NOT NULL DEFAULT 'en' CHECK (customer_language IN ('en', 'nl', 'fr', 'he'));
ALTER TABLE program ADD COLUMN points_named INTEGER NOT NULL DEFAULT 0 CHECK (points_named IN (0, 1));
UPDATE program SET points_named = 1 WHERE points_name != 'Points';
"""

/// Applies schema version 14.
let migrationV14 = Migration(version: 14) { db, _ in
    try db.execute(schemaV14)
}
