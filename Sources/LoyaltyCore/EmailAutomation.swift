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
    /// `{points_name}` right after a number that takes the singular in `language` is the singular
    /// ("1 Star", "1 Punt", "0 point"); in Hebrew, one point is "נקודה אחת" (see `CustomerLanguage.points`).
    public func filled(with values: [String: String], in language: CustomerLanguage = .english) -> EmailTemplate {
        EmailTemplate(subject: Self.fill(subject, values, language), body: Self.fill(body, values, language))
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

    static func fill(_ text: String, _ values: [String: String], _ language: CustomerLanguage) -> String {
        var result = text
        for (key, value) in values where key != "points_name" { result = result.replacingOccurrences(of: "{\(key)}", with: value) }
        guard let name = values["points_name"] else { return result }
        let parts = result.components(separatedBy: "{points_name}")
        return parts.dropFirst().reduce(parts[0]) { filled, part in
            guard let count = countEnding(filled) else { return filled + name + part }
            let counted = language.points(count, named: name)
            if count == 1, !counted.hasPrefix("1 ") { return String(filled.dropLast(2)) + counted + part }   // "1 " + נקודות → נקודה אחת
            return filled + language.pointsWord(count, named: name) + part
        }
    }

    /// The whole number `text` ends with, followed by a space: 1 in "You earned 1 ", 1250 in "Je
    /// hebt 1.250 ", nil in "at 1.5 " or "room 12b ". Digits may be grouped by threes with ",", "." or
    /// a narrow no-break space, as the customer languages write them.
    static func countEnding(_ text: String) -> Int64? {
        guard text.hasSuffix(" ") else { return nil }
        let separators: Set<Character> = [",", ".", "\u{202F}"]
        var characters = Array(text.dropLast())
        var groups: [String] = [""]
        while let last = characters.last, (last.isASCII && last.isNumber) || separators.contains(last) {
            if separators.contains(last) { groups.insert("", at: 0) } else { groups[0].insert(last, at: groups[0].startIndex) }
            characters.removeLast()
        }
        if let before = characters.last, before.isLetter || before.isNumber { return nil }
        guard let first = groups.first, (1...3).contains(first.count) || (groups.count == 1 && !first.isEmpty),
              groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        return Int64(groups.joined())
    }
}
