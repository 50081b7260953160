import LoyaltyText

extension HelpEntry {
    /// The entry in `words`' language: its help looked up in the catalogs (key bindings keep their
    /// English words, which are the catalogs' keys), who may use the key, and the one key label that
    /// is a word (the search's "text"); the other labels name keys ("Enter", "PgUp", "^S").
    func worded(_ words: Localizer) -> HelpEntry {
        HelpEntry(keys: keys == "text" ? words.text("text") : keys, help: words.text(help), onlyFor: onlyFor.map { words.text($0) })
    }
}
