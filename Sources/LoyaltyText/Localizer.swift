import Foundation
import LoyaltyCore

/// Words messages in one language: looks each English message up in the language's catalog and
/// fills its placeholders with values written as the language writes them. A message the catalog
/// does not translate (or whose translation asks for a value it was not given) is worded in English,
/// as gettext does.
public struct Localizer: Sendable {
    public let language: Language
    public let catalog: Catalog
    public let style: LocalStyle
    /// The zone dates are shown in.
    public let zone: TimeZone

    public init(language: Language, catalog: Catalog, zone: TimeZone = .current, marksDirection: Bool = false) {
        self.language = language
        self.catalog = catalog
        self.style = LocalStyle(language, marksDirection: marksDirection)
        self.zone = zone
    }

    /// English without a catalog: every message as written in the code.
    public static let english = Localizer(language: .english, catalog: Catalog(header: [:], pluralRule: .english, messages: []))

    /// `language` with its shipped catalog; English (and the reason) when that catalog cannot be read.
    /// English reads no catalog: its messages are the code's own (en.po lists them for translators).
    public static func shipped(_ language: Language, zone: TimeZone = .current) -> (Localizer, CatalogError?) {
        let english = Localizer(language: .english, catalog: Localizer.english.catalog, zone: zone)
        guard language != .english else { return (english, nil) }
        do {
            return (Localizer(language: language, catalog: try ShippedCatalogs.catalog(language), zone: zone), nil)
        } catch let error as CatalogError {
            return (english, error)
        } catch {
            return (english, CatalogError(file: "\(language.rawValue).po", line: 0, reason: "\(error)"))
        }
    }

    /// `id` (an English template such as "{email} is now {status}") in this language, filled in.
    public func text(_ id: String, context: String? = nil, _ values: [String: SentenceValue] = [:]) -> String {
        fill(catalog.translation(id, context: context), english: id, values)
    }

    /// The form of a message with plurals that `count` calls for; `{count}` is the number, grouped.
    public func plural(_ singular: String, _ plural: String, count: Int64, context: String? = nil, _ values: [String: SentenceValue] = [:]) -> String {
        var values = values
        values["count"] = values["count"] ?? .grouped(count)
        let english = count.magnitude == 1 ? singular : plural
        return fill(catalog.translation(singular, plural: plural, count: count.magnitude, context: context), english: english, values)
    }

    /// A sentence from the core (a refusal, a summary) in this language.
    public func words(_ sentence: Sentence) -> String { text(sentence.template, sentence.values) }

    /// A value as this language writes it.
    public func format(_ value: SentenceValue) -> String {
        switch value {
        case .text(let text): return text
        case .integer(let number): return String(number)
        case .grouped(let number): return style.number(number)
        case .amount(let money): return style.amount(money)
        case .money(let money): return style.money(money)
        case .multiplier(let percent):
            let english = formatMultiplier(percent)
            return style.decimalMark == "." ? english : english.replacingOccurrences(of: ".", with: String(style.decimalMark))
        case .list(let words): return words.joined(separator: ", ")
        case .points(let points, let name):
            guard language != .english else { return Counting.points(points, named: name) }
            let one = catalog.pluralRule.form(for: points) == 0
            return "\(style.number(points)) \(one ? PointsName.singular(of: name, in: language) : name)"
        case .moment(let date): return style.moment(date, in: zone)
        case .sentence(let sentence): return words(sentence)
        case .word(let name, let context): return text(name, context: context)
        }
    }

    private func fill(_ translation: String?, english: String, _ values: [String: SentenceValue]) -> String {
        let written = values.mapValues(format)
        if let translation, let filled = try? MessageTemplate(translation).filled(written) { return filled }
        return Sentence(english, values).filled(format)
    }
}
