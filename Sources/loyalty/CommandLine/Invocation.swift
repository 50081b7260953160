import Foundation
import LoyaltyCore
import LoyaltyText

/// A parsed command line for one command: its positional arguments and options, read through
/// typed accessors whose errors name the argument and what to write instead (exit 2).
struct Invocation {
    let help: Help
    let positionals: [String]
    let values: [String: String]
    let flags: Set<String>
    /// The operator's language: `words.text(…)` for a message, `words.plural(…)` for one that counts.
    let words: Localizer

    /// The positional argument at `index` (the parser has checked there are enough).
    func argument(_ index: Int) -> String { positionals[index] }

    func string(_ name: String) -> String? { values[name] }

    func required(_ name: String) throws -> String {
        guard let value = values[name] else { throw usage(words.text("{option} is required", ["option": .text(name)])) }
        return value
    }

    /// The value read from option `name`, which must be given: `try invocation.require(invocation.int("--points"), "--points")`.
    func require<T>(_ value: T?, _ name: String) throws -> T {
        guard let value else { throw usage(words.text("{option} is required", ["option": .text(name)])) }
        return value
    }

    func flag(_ name: String) -> Bool { flags.contains(name) }

    /// Whether any of the named options or flags was given.
    func hasAny(_ names: [String]) -> Bool { names.contains { values[$0] != nil || flags.contains($0) } }

    /// Whether the text output should be JSON instead.
    var json: Bool { flag(Option.json.name) }

    /// A usage error for this command.
    func usage(_ message: String) -> UsageError { UsageError(message, help) }

    /// `text` as a whole number; `what` names where it came from ("--points", "N").
    func wholeNumber(_ text: String, _ what: String) throws -> Int64 {
        guard let number = Int64(text.trimmingWhitespace()) else {
            throw usage(words.text("{option} \"{text}\" is not a whole number; write it like 50", ["option": .text(what), "text": .text(text)]))
        }
        return number
    }

    func int(_ name: String) throws -> Int64? {
        try values[name].map { try wholeNumber($0, name) }
    }

    /// An option that takes a value or `off`: nil when absent, `.some(nil)` for off.
    func optionalOff<T>(_ name: String, _ parse: (String) throws -> T) throws -> T?? {
        guard let text = values[name] else { return nil }
        if text.lowercased() == "off" { return .some(nil) }
        return .some(try parse(text))
    }

    /// An amount of money in `currency` as the operator's language writes it: "12.50", or "12,50"
    /// in Dutch and French; an ambiguous "1.234" is refused with both readings, naming `what`.
    func money(_ text: String, _ what: String, currency: Currency) throws -> Money {
        do {
            return try NumberReading(words.language).money(text, currency: currency)
        } catch {
            throw refusal(what, error)
        }
    }

    /// A usage error for a value typed in `option` that could not be read.
    private func refusal(_ option: String, _ reason: ReadingRefusal) -> UsageError {
        usage(words.text("{option} {reason}", ["option": .text(option), "reason": .sentence(reason.sentence)]))
    }

    func money(_ name: String, currency: Currency) throws -> Money? {
        try values[name].map { try money($0, name, currency: currency) }
    }

    /// A multiplier such as 2x, 1.5x or 150%.
    func multiplier(_ name: String) throws -> MultiplierPercent? {
        guard let text = values[name] else { return nil }
        do {
            return try parseMultiplier(text)
        } catch let error as LoyaltyError {
            throw usage(words.text("{option} {reason}", ["option": .text(name), "reason": .sentence(error.sentence)]))
        }
    }

    /// A local day (midnight) or day and time, as the operator's language writes it: 2026-12-01
    /// in every language, 1-12-2026 or "01/12/2026 14:00" day first in Dutch, French and Hebrew.
    /// A date that could be read two ways is refused with both, naming option `name`.
    func date(_ name: String) throws -> Date? {
        guard let text = values[name] else { return nil }
        let typed: TypedMoment
        do { typed = try DateReading(words.language).moment(text) } catch { throw refusal(name, error) }
        guard let date = typed.date(in: .current) else { throw refusal(name, .noSuchDay(text: text)) }
        return date
    }

    /// When something happened, from option `name`: a day or day and time as `date` reads them
    /// (local time), or ISO 8601 with its offset ("2025-03-14T09:30:00+01:00"); nil when absent.
    func moment(_ name: String) throws -> Date? {
        guard let text = values[name] else { return nil }
        do {
            return try date(name)
        } catch {
            if let moment = EventMoment.parse(text, dayZone: .current, unmarkedZone: .current) { return moment }
            throw error
        }
    }

    /// One of a fixed set of words, e.g. a member status.
    func choice<T: RawRepresentable & CaseIterable>(_ text: String, _ what: String, as type: T.Type) throws -> T where T.RawValue == String {
        guard let value = T(rawValue: text.lowercased()) else {
            throw usage(words.text("{option} \"{text}\" is not one of: {choices}", ["option": .text(what), "text": .text(text), "choices": .list(T.allCases.map(\.rawValue))]))
        }
        return value
    }
}

extension Invocation {
    /// `--limit N`: a count of rows above 0, or `fallback` when not given.
    func limit(default fallback: Int) throws -> Int {
        guard let limit = try int("--limit") else { return fallback }
        guard limit > 0, limit <= 1_000_000 else { throw usage(words.text("--limit must be 1 to 1000000 (got {limit})", ["limit": .integer(limit)])) }
        return Int(limit)
    }
}
