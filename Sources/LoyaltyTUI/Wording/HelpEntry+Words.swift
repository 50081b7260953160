import LoyaltyText

extension HelpEntry {
    /// The entry in `words`' language: its help looked up in the catalogs (key bindings keep their
    /// English words, which are the catalogs' keys), and who may use the key.
    func worded(_ words: Localizer) -> HelpEntry {
        HelpEntry(keys: keys, help: words.text(help), onlyFor: onlyFor.map { words.text($0) })
    }
}
