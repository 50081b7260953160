import Foundation

/// A limited-time multiplier on chosen ways to earn, e.g. double points on orders in December.
public struct Campaign: Equatable, Sendable, Identifiable {
    public var id: Int64
    public var name: String
    public var multiplier: MultiplierPercent
    public var starts: Date
    /// The first moment the campaign no longer applies.
    public var ends: Date
    public var ruleIDs: [Int64]

    public init(id: Int64 = 0, name: String, multiplier: MultiplierPercent, starts: Date, ends: Date, ruleIDs: [Int64]) {
        self.id = id
        self.name = name
        self.multiplier = multiplier
        self.starts = starts
        self.ends = ends
        self.ruleIDs = ruleIDs
    }

    /// Refuses a campaign without a name, rules, a multiplier above ×1, or with its end before its start.
    public func validated() throws -> Campaign {
        guard !name.trimmingWhitespace().isEmpty, !name.containsControlCharacters else { throw LoyaltyError.campaign(.needsName) }
        guard multiplier > 100, multiplier <= 10_000 else {
            throw LoyaltyError.campaign(.multiplierOutOfRange(multiplier))
        }
        guard ends > starts else { throw LoyaltyError.campaign(.endsBeforeItStarts) }
        guard !ruleIDs.isEmpty else { throw LoyaltyError.campaign(.needsWayToEarn) }
        return self
    }

    public func applies(toRule ruleID: Int64, at moment: Date) -> Bool {
        ruleIDs.contains(ruleID) && moment >= starts && moment < ends
    }
}

/// The multiplier for a rule at a moment: the highest running campaign's, or ×1 (100) when none runs.
/// Overlapping campaigns do not stack.
public func campaignMultiplier(for ruleID: Int64, at moment: Date, campaigns: [Campaign]) -> MultiplierPercent {
    campaigns.filter { $0.applies(toRule: ruleID, at: moment) }.map(\.multiplier).max() ?? 100
}

/// Parses "2x", "1.5x", "2", "150%" into percent (200, 150, 200, 150).
public func parseMultiplier(_ text: String) throws -> MultiplierPercent {
    var body = text.trimmingWhitespace().lowercased()
    if body.hasSuffix("%") {
        body.removeLast()
        guard let percent = Int64(body), percent > 0 else { throw LoyaltyError.input(.notAPercentMultiplier(text: text)) }
        return percent
    }
    if body.hasSuffix("x") || body.hasSuffix("×") { body.removeLast() }
    let parts = body.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), let whole = Int64(parts[0]), whole >= 0, whole < 1000 else {
        throw LoyaltyError.input(.notAMultiplier(text: text))
    }
    var percent = whole * 100
    if parts.count == 2 {
        let fraction = parts[1]
        guard (1...2).contains(fraction.count), let value = Int64(fraction) else {
            throw LoyaltyError.input(.multiplierDecimals(text: text))
        }
        percent += fraction.count == 1 ? value * 10 : value
    }
    guard percent > 0 else { throw LoyaltyError.input(.multiplierNotAboveZero) }
    return percent
}

/// A multiplier as people write it: 200 → "2x", 150 → "1.5x", 125 → "1.25x".
public func formatMultiplier(_ percent: MultiplierPercent) -> String {
    let whole = percent / 100, fraction = percent % 100
    if fraction == 0 { return "\(whole)x" }
    if fraction % 10 == 0 { return "\(whole).\(fraction / 10)x" }
    return "\(whole).\(fraction < 10 ? "0" : "")\(fraction)x"
}
