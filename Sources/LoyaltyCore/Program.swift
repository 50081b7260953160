/// Where a programme is in its life: drafted, running, or paused by the owner.
public enum ProgramStatus: String, CaseIterable, Sendable, Codable {
    case draft, active, paused

    /// The label shown to people: "Draft", "Active", "Paused".
    public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}

/// The programme's details: what it is called and how its points look.
public struct Program: Equatable, Sendable {
    public var name: String
    /// What points are called: "Points" by default, or e.g. "Stars".
    public var pointsName: String
    /// A glyph from `Program.iconChoices` or any short text.
    public var pointsIcon: String
    public var currency: Currency
    public var status: ProgramStatus
    /// Points expire this many months after they were earned; `nil` means they never expire.
    public var expiryMonths: Int?
    /// Tiers are judged on points earned within this many months.
    public var tierWindowMonths: Int
    /// The language of the e-mails and pages customers read (see `CustomerLanguage`).
    public var customerLanguage: CustomerLanguage
    /// Whether the owner named the points; until then `pointsName` is the customer language's default.
    public var pointsNamed: Bool

    public init(name: String = "", pointsName: String = "Points", pointsIcon: String = "★",
                currency: Currency = .euro, status: ProgramStatus = .draft,
                expiryMonths: Int? = nil, tierWindowMonths: Int = 12,
                customerLanguage: CustomerLanguage = .english, pointsNamed: Bool = true) {
        self.name = name
        self.pointsName = pointsName
        self.pointsIcon = pointsIcon
        self.currency = currency
        self.status = status
        self.expiryMonths = expiryMonths
        self.tierWindowMonths = tierWindowMonths
        self.customerLanguage = customerLanguage
        self.pointsNamed = pointsNamed
    }

    /// The icons offered by the picker; any other short text is allowed too.
    public static let iconChoices = ["★", "☆", "♥", "◆", "●", "✿", "☕", "🎁", "💎", "🏆", "⚡", "🍀"]

    /// Checks a points name: 1 to 20 characters, no control characters.
    public static func validatePointsName(_ name: String) throws -> String {
        let trimmed = name.trimmingWhitespace()
        guard !trimmed.isEmpty, trimmed.count <= 20, !trimmed.containsControlCharacters else {
            throw LoyaltyError.program(.badPointsName(name))
        }
        return trimmed
    }

    /// Checks a points icon: 1 to 4 characters, no control characters.
    public static func validatePointsIcon(_ icon: String) throws -> String {
        let trimmed = icon.trimmingWhitespace()
        guard !trimmed.isEmpty, trimmed.count <= 4, !trimmed.containsControlCharacters else {
            throw LoyaltyError.program(.badPointsIcon(icon))
        }
        return trimmed
    }

    /// Checks a programme name: 1 to 80 characters, no control characters.
    public static func validateName(_ name: String) throws -> String {
        let trimmed = name.trimmingWhitespace()
        guard !trimmed.isEmpty, trimmed.count <= 80, !trimmed.containsControlCharacters else {
            throw LoyaltyError.program(.badName)
        }
        return trimmed
    }
}

/// Everything that stops a programme from launching; empty when it may launch.
public func launchProblems(program: Program, rules: [EarningRule], rewards: [Reward]) -> [LaunchProblem] {
    var problems: [LaunchProblem] = []
    if program.name.trimmingWhitespace().isEmpty { problems.append(.noName) }
    if !rules.contains(where: \.active) { problems.append(.noActiveRule) }
    if !rewards.contains(where: \.active) { problems.append(.noActiveReward) }
    return problems
}

extension String {
    /// True when the text holds a control character (including escape), which must never reach a terminal raw.
    /// ASCII text is checked byte by byte (its only control characters are 0–31 and 127, and it has no
    /// format characters), which is much faster than asking each character's Unicode category.
    public var containsControlCharacters: Bool {
        if let ascii = utf8.withContiguousStorageIfAvailable({ bytes in bytes.allSatisfy { $0 < 0x80 } ? bytes.contains { $0 < 0x20 || $0 == 0x7F } : nil }),
           let answer = ascii {
            return answer
        }
        return unicodeScalars.contains { $0.properties.generalCategory == .control || $0.properties.generalCategory == .format && $0.value != 0x200D }
    }
}
