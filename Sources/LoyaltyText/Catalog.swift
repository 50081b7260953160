/// One language's messages, read from a GNU gettext `.po` file: each English message (with its
/// context, if any) and its translation, or its plural forms, and the rule choosing between them.
public struct Catalog: Sendable {
    /// The header's fields ("Language", "Plural-Forms", …), from the entry whose msgid is "".
    public let header: [String: String]
    /// How a count chooses one of the plural forms.
    public let pluralRule: PluralRule
    /// Every message but the header, in the order of the file.
    public let messages: [CatalogMessage]
    private let index: [MessageKey: Int]

    init(header: [String: String], pluralRule: PluralRule, messages: [CatalogMessage]) {
        self.header = header
        self.pluralRule = pluralRule
        self.messages = messages
        var index: [MessageKey: Int] = [:]
        for (position, message) in messages.enumerated() { index[message.key] = position }
        self.index = index
    }

    /// The message for `id` in `context`, whether translated or not.
    public func message(_ id: String, context: String? = nil) -> CatalogMessage? {
        index[MessageKey(context: context, id: id)].map { messages[$0] }
    }

    /// The translation of `id`, or nil when the catalog has none to use (missing, empty or fuzzy).
    public func translation(_ id: String, context: String? = nil) -> String? {
        guard let message = message(id, context: context), message.isUsable, message.plural == nil else { return nil }
        return message.translations[0]
    }

    /// The plural form of `id` for `count`, or nil when the catalog has none to use.
    public func translation(_ id: String, plural: String, count: UInt64, context: String? = nil) -> String? {
        guard let message = message(id, context: context), message.isUsable, message.plural == plural else { return nil }
        let form = pluralRule.form(for: count)
        return message.translations.indices.contains(form) ? message.translations[form] : message.translations[0]
    }
}

/// What identifies a message in a catalog: its msgctxt (if any) and its msgid.
public struct MessageKey: Hashable, Sendable {
    public let context: String?
    public let id: String
}

/// One entry of a catalog.
public struct CatalogMessage: Sendable, Equatable {
    public let context: String?
    /// The English text (msgid).
    public let id: String
    /// The English plural (msgid_plural), for a message with plural forms.
    public let plural: String?
    /// msgstr, or msgstr[0], msgstr[1], … in order; empty strings where not translated yet.
    public let translations: [String]
    /// Marked `#, fuzzy`: a draft gettext does not use.
    public let isFuzzy: Bool
    /// The line of the file its msgid is on.
    public let line: Int

    public var key: MessageKey { MessageKey(context: context, id: id) }

    /// Translated, every form, and not a draft.
    public var isUsable: Bool { !isFuzzy && !translations.isEmpty && translations.allSatisfy { !$0.isEmpty } }
}
