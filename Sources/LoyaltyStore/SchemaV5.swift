/// Schema version 5: substring search over members' names and e-mail addresses.
///
/// `members_search` is an FTS5 index with the `trigram` tokenizer (every run of three characters,
/// case folded) over `members.name` and `members.email`. It is an external-content table: the text
/// lives only in `members`, the index holds the trigrams (and no column sizes: nothing is ranked by
/// relevance; at a million members the index is about 165 MB). Triggers keep it in step with every
/// insert, every change of name or e-mail (editing, erasure) and every delete, so a member is found
/// by what their row says now and never by what it said before. The migration indexes the members
/// already there. (Version 4 is the users and audit log, on another branch.)
///
/// FTS5 removes a row from the index by writing a delete marker: the old trigrams (an erased
/// member's name and e-mail) stay in `members_search_data` until FTS5 merges those pages, or
/// `INSERT INTO members_search(members_search) VALUES ('optimize')` rewrites the index (about 5 s
/// at a million members).
let schemaV5 = """
CREATE VIRTUAL TABLE members_search USING fts5(name, email, content = 'members', content_rowid = 'id', tokenize = 'trigram',
    columnsize = 0);

CREATE TRIGGER members_search_on_insert AFTER INSERT ON members
BEGIN
    INSERT INTO members_search(rowid, name, email) VALUES (NEW.id, NEW.name, NEW.email);
END;
CREATE TRIGGER members_search_on_change AFTER UPDATE OF name, email ON members
WHEN OLD.name IS NOT NEW.name OR OLD.email IS NOT NEW.email
BEGIN
    INSERT INTO members_search(members_search, rowid, name, email) VALUES ('delete', OLD.id, OLD.name, OLD.email);
    INSERT INTO members_search(rowid, name, email) VALUES (NEW.id, NEW.name, NEW.email);
END;
CREATE TRIGGER members_search_on_delete AFTER DELETE ON members
BEGIN
    INSERT INTO members_search(members_search, rowid, name, email) VALUES ('delete', OLD.id, OLD.name, OLD.email);
END;
INSERT INTO members_search(members_search) VALUES ('rebuild');
"""

/// Re-indexes every member from `members` in one pass (after a bulk load without the triggers).
let rebuildMemberSearch = "INSERT INTO members_search(members_search) VALUES ('rebuild')"

/// Merges the search index into one segment: a changed or deleted row's old trigrams stay in the
/// older segments until they are merged, and this drops them (with `secure_delete`, from the file's
/// bytes too). It rewrites the whole index: ~5 s at 1,000,000 members.
let optimizeMemberSearch = "INSERT INTO members_search(members_search) VALUES ('optimize')"

/// Applies schema version 5.
let migrationV5 = Migration(version: 5) { db, _ in
    try db.execute(schemaV5)
}
