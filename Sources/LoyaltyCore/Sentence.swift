import Foundation

/// A sentence for a person, kept as its English template with named placeholders ("no reward with
/// id {id}") and the values that fill them in. The template is the message's key: a front end can
/// word it as it is (`english`), or look it up in another language's catalog and format the values
/// by that language's conventions. A placeholder is `{name}`; braces that name no value stay as
/// they are, and values are never read as templates themselves.
public struct Sentence: Equatable, Sendable {
    /// The English template, e.g. "no reward with id {id}".
    public let template: String
    /// The values of the template's placeholders, by name.
    public let values: [String: SentenceValue]

    public init(_ template: String, _ values: [String: SentenceValue] = [:]) {
        self.template = template
        self.values = values
    }

    /// The template filled in with its values, in English.
    public var english: String { filled { $0.english } }

    /// The template with each placeholder replaced by `format(value)`.
    public func filled(_ format: (SentenceValue) -> String) -> String {
        var out = "", rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}"),
                  let value = values[String(rest[afterOpen..<close])] else {
                out.append("{")
                rest = rest[afterOpen...]
                continue
            }
            out += format(value)
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// This sentence followed by `hint` (whose template starts with its own joining words, e.g.
    /// "; `loyalty reward list` shows them"), or this sentence alone.
    public func english(hint: Sentence?) -> String { english + (hint?.english ?? "") }
}

/// A value in a sentence, typed so that each language can format it by its own conventions.
public enum SentenceValue: Equatable, Sendable {
    /// Text shown as it is: a name, an e-mail address, a path, a code.
    case text(String)
    /// A whole number written as plain digits: an id, a version, a number as it was typed.
    case integer(Int64)
    /// A whole number with its thousands grouped: 1,000,000.
    case grouped(Int64)
    /// An amount of money as people type it, without its currency: 12.50.
    case amount(Money)
    /// An amount of money with its thousands grouped and its currency: 10,000.00 EUR.
    case money(Money)
    /// A multiplier in percent, written as people do: 150 → 1.5x.
    case multiplier(MultiplierPercent)
    /// A list of words, joined with ", ".
    case list([String])
    /// A number of points in the programme's points name, which follows the number: "1 Star", "40 Stars".
    case points(Points, named: String)
    /// A moment in time.
    case moment(Date)
    /// Another sentence, worded in the same language (e.g. the reason inside a refusal).
    case sentence(Sentence)
    /// One of the domain's values (a status, a role, a kind of way to earn) by its stable English
    /// name, "active" or "event_ticket": English shows the name, other languages their word for it,
    /// looked up under `context` ("programme status") so that the same name can read differently.
    case word(String, context: String)

    /// The value as English writes it.
    public var english: String {
        switch self {
        case .text(let text): return text
        case .integer(let number): return String(number)
        case .grouped(let number): return Limits.grouped(number)
        case .amount(let money): return money.decimalString
        case .money(let money): return Limits.grouped(money)
        case .multiplier(let percent): return formatMultiplier(percent)
        case .list(let words): return words.joined(separator: ", ")
        case .points(let points, let name): return Counting.points(points, named: name)
        case .moment(let date): return "\(date)"
        case .sentence(let sentence): return sentence.english
        case .word(let name, _): return name
        }
    }
}
