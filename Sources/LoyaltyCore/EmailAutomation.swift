import Foundation

/// The e-mails a programme can send automatically. All are installed inactive.
public enum EmailTrigger: String, CaseIterable, Sendable, Codable {
    case welcome
    case pointsEarned = "points_earned"
    case rewardAvailable = "reward_available"
    case couponIssued = "coupon_issued"
    case pointsExpiring = "points_expiring"
    case tierReached = "tier_reached"

    public var label: String {
        switch self {
        case .welcome: return "Welcome new members"
        case .pointsEarned: return "Points earned"
        case .rewardAvailable: return "Reward available"
        case .couponIssued: return "Coupon issued"
        case .pointsExpiring: return "Points expiring soon"
        case .tierReached: return "New tier reached"
        }
    }
}

/// A subject and body with `{placeholder}` fields filled in when the e-mail is written.
public struct EmailTemplate: Equatable, Sendable {
    public var subject: String
    public var body: String

    public init(subject: String, body: String) {
        self.subject = subject
        self.body = body
    }

    /// The placeholders a template may use.
    public static let placeholders = ["name", "email", "points", "points_name", "balance", "program", "reward", "coupon", "tier", "expiry_date"]

    /// Refuses an empty subject, a subject with line breaks, control characters (ESC, DEL… in the
    /// subject, or in the body other than line breaks and tabs), or an unknown `{placeholder}`
    /// (named, with the allowed ones).
    public func validated() throws -> EmailTemplate {
        guard !subject.trimmingWhitespace().isEmpty, !subject.contains(where: \.isNewline) else {
            throw LoyaltyError.mail(.subjectNotOneLine)
        }
        guard StoredText.isAcceptable(subject), StoredText.isAcceptable(body, multiline: true) else {
            throw LoyaltyError.mail(.controlCharacters)
        }
        for text in [subject, body] {
            for name in Self.fieldNames(in: text) where !Self.placeholders.contains(name) {
                throw LoyaltyError.mail(.unknownPlaceholder(name: name, known: Self.placeholders))
            }
        }
        return self
    }

    /// The template with each `{field}` replaced by its value; fields without a value stay as written.
    /// `{points_name}` right after the number 1 is the singular ("1 Star", see `Counting`).
    public func filled(with values: [String: String]) -> EmailTemplate {
        EmailTemplate(subject: Self.fill(subject, values), body: Self.fill(body, values))
    }

    static func fieldNames(in text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    static func fill(_ text: String, _ values: [String: String]) -> String {
        var result = text
        for (key, value) in values where key != "points_name" { result = result.replacingOccurrences(of: "{\(key)}", with: value) }
        guard let name = values["points_name"] else { return result }
        let parts = result.components(separatedBy: "{points_name}")
        return parts.dropFirst().reduce(parts[0]) { filled, part in
            filled + (followsTheNumberOne(filled) ? Counting.singular(ofPointsName: name) : name) + part
        }
    }

    /// Whether `text` ends with the number 1 (or −1) and a space: "You earned 1 ".
    private static func followsTheNumberOne(_ text: String) -> Bool {
        guard text.hasSuffix("1 ") else { return false }
        guard let before = text.dropLast(2).last else { return true }
        return !(before.isNumber || before == "." || before == ",")
    }
}
