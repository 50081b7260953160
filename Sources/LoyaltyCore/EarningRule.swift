/// The kinds of action a customer earns points for: each way to earn is of one kind.
public enum EarningKind: String, CaseIterable, Sendable, Codable {
    case signup, order, booking
    case eventTicket = "event_ticket"
    case eventRSVP = "event_rsvp"
    case newsletter, review, birthday, referral, custom

    /// How the kind reads in lists: "Event ticket".
    public var label: String {
        switch self {
        case .signup: return "Sign up"
        case .order: return "Place an order"
        case .booking: return "Book a service"
        case .eventTicket: return "Buy an event ticket"
        case .eventRSVP: return "RSVP to an event"
        case .newsletter: return "Subscribe to newsletter"
        case .review: return "Write a review"
        case .birthday: return "Birthday"
        case .referral: return "Refer a friend"
        case .custom: return "Custom action"
        }
    }

    /// Kinds whose events carry an amount of money, so they may earn per amount spent.
    public var canEarnPerSpend: Bool { self == .order || self == .booking || self == .eventTicket }
}

/// How many points a rule gives: a fixed number per event, or N points per whole X spent.
public enum EarningAward: Equatable, Sendable {
    case fixed(Points)
    /// `points` for every whole `per` spent; the spend is rounded down to whole `per` first.
    case perSpend(points: Points, per: Money)
}

/// One way to earn, with its optional caps. `id` is 0 until stored.
public struct EarningRule: Equatable, Sendable, Identifiable {
    public var id: Int64
    public var kind: EarningKind
    /// The name shown to the owner and to customers; for `custom` it names the action.
    public var name: String
    public var award: EarningAward
    public var maxPerEvent: Points?
    public var maxPerMemberPerDay: Points?
    public var active: Bool

    public init(id: Int64 = 0, kind: EarningKind, name: String? = nil, award: EarningAward,
                maxPerEvent: Points? = nil, maxPerMemberPerDay: Points? = nil, active: Bool = true) {
        self.id = id
        self.kind = kind
        self.name = name ?? kind.label
        self.award = award
        self.maxPerEvent = maxPerEvent
        self.maxPerMemberPerDay = maxPerMemberPerDay
        self.active = active
    }

    /// Refuses rules that could never work: non-positive points, per-spend on a kind without money,
    /// caps below one point, a custom rule without a name.
    public func validated() throws -> EarningRule {
        switch award {
        case .fixed(let points):
            guard points > 0 else { throw LoyaltyError.rule(.pointsNotAboveZero(points)) }
        case .perSpend(let points, let per):
            guard kind.canEarnPerSpend else {
                throw LoyaltyError.rule(.fixedOnly(kind))
            }
            guard points > 0 else { throw LoyaltyError.rule(.pointsNotAboveZero(points)) }
            guard per.minorUnits > 0 else { throw LoyaltyError.rule(.perAmountNotAboveZero(per)) }
        }
        try Limits.requirePoints(awardPoints, atMost: Limits.maximumChange, .rulePoints)
        if case .perSpend(_, let per) = award { try Limits.requireMoney(per, .rulePerAmount) }
        try maxPerEvent.map { try Limits.requirePoints($0, atMost: Limits.maximumChange, .ruleMaximumPerEvent) }
        try maxPerMemberPerDay.map { try Limits.requirePoints($0, atMost: Limits.maximumChange, .ruleMaximumPerMemberPerDay) }
        if let cap = maxPerEvent, cap <= 0 { throw LoyaltyError.rule(.capPerEventNotAboveZero(cap)) }
        if let cap = maxPerMemberPerDay, cap <= 0 { throw LoyaltyError.rule(.capPerDayNotAboveZero(cap)) }
        let trimmed = name.trimmingWhitespace()
        guard !trimmed.isEmpty, trimmed.count <= 80, !trimmed.containsControlCharacters else {
            throw LoyaltyError.rule(.badName)
        }
        var copy = self
        copy.name = trimmed
        return copy
    }

    /// The points the award gives: per event, or per whole amount spent.
    private var awardPoints: Points {
        switch award {
        case .fixed(let points), .perSpend(let points, _): return points
        }
    }

    /// The name a way to earn of this kind gets when the owner gives none, in the customer
    /// language: "Place an order", "Een bestelling plaatsen", "Passer une commande".
    public func defaultName(in language: CustomerLanguage) -> String { language.text(kind.label) }

    /// How the award reads to a customer: "10 Stars per €1.00", "1 Punt per € 1,00", "50 Stars".
    public func customerAward(in language: CustomerLanguage, pointsName: String) -> String {
        switch award {
        case .fixed(let points): return language.format(.points(points, named: pointsName))
        case .perSpend(let points, let per):
            return language.text("{points} per {amount}", ["points": .points(points, named: pointsName), "amount": .money(per)])
        }
    }
}
