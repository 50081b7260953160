import LoyaltyText
import Terminal

/// The parts of the dashboard, in sidebar order; number keys jump to them (see `SectionKeys`).
public enum Section: Int, CaseIterable, Sendable {
    case overview, program, waysToEarn, rewards, tiers, emails, members, review, pages, audit

    /// The name in the sidebar and tabs.
    public var title: String {
        switch self {
        case .overview: return "Overview"
        case .program: return "Program"
        case .waysToEarn: return "Ways to earn"
        case .rewards: return "Rewards"
        case .tiers: return "Tiers"
        case .emails: return "Emails"
        case .members: return "Members"
        case .review: return "Review & launch"
        case .pages: return "Pages preview"
        case .audit: return "Audit log"
        }
    }

    /// The name in the sidebar and tabs, in the operator's language.
    public func title(_ words: Localizer) -> String {
        switch self {
        case .overview: return words.text("Overview")
        case .program: return words.text("Program")
        case .waysToEarn: return words.text("Ways to earn")
        case .rewards: return words.text("Rewards")
        case .tiers: return words.text("Tiers")
        case .emails: return words.text("Emails")
        case .members: return words.text("Members")
        case .review: return words.text("Review & launch")
        case .pages: return words.text("Pages preview")
        case .audit: return words.text("Audit log")
        }
    }

    /// The section's number (1-based); the tenth is on the 0 key.
    public var number: Int { rawValue + 1 }

    /// How the keys that reach it are written: "1"…"9", "0", then ":11" and on.
    public var key: String { SectionKeys.label(number: number) }

    /// The keys that reach it, as pressed.
    public var keys: [Key] { SectionKeys.presses(number: number) }

    /// The section numbered `number` (1…10; 0 also names the tenth, as its key does).
    public init?(number: Int) {
        self.init(rawValue: (number == 0 ? 10 : number) - 1)
    }

    /// The section a `:name` command or number names, if any (":members", ":rewards", ":3"): its
    /// English name, or its name in `words`' language (":leden").
    public static func named(_ text: String, words: Localizer = .english) -> Section? {
        let wanted = text.lowercased().filter { $0.isLetter || $0.isNumber }
        if let number = Int(wanted) { return Section(number: number) }
        return allCases.first { section in
            [section.title, section.title(words)].contains { title in
                !wanted.isEmpty && title.lowercased().filter { $0.isLetter }.hasPrefix(wanted)
            }
        }
    }

    public var next: Section { Section(rawValue: (rawValue + 1) % Section.allCases.count)! }
    public var previous: Section { Section(rawValue: (rawValue + Section.allCases.count - 1) % Section.allCases.count)! }
}
