/// Schema version 7: a reward's description, what the customer gets in their own words ("A regular
/// coffee of your choice"), which My Rewards and the programme page show instead of a product's SKU.
/// Rewards made before it have none (NULL) until the owner writes one.
let schemaV7 = """
ALTER TABLE rewards ADD COLUMN description TEXT CHECK (description IS NULL OR length(description) BETWEEN 1 AND 200);
"""

/// Applies schema version 7.
let migrationV7 = Migration(version: 7) { db, _ in
    try db.execute(schemaV7)
}
