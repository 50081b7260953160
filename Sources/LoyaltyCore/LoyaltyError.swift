/// Why an operation was refused: a typed value naming what was refused and why, with its values
/// (ids, e-mails, amounts, limits). Each area has its own refusals; each refusal knows its category
/// and its sentence. Front ends word it: `description` is the store's English wording, with no
/// hint that names a command or a key (the CLI and the dashboard add their own).
public enum LoyaltyError: Error, Equatable, CustomStringConvertible, Sendable {
    /// Who may open or change the programme: users, roles, read-only files.
    case access(AccessRefusal)
    /// The database file itself: missing, empty, newer, not creatable, totals that overflow.
    case database(DatabaseRefusal)
    /// Members: looked up, added, edited, erased.
    case member(MemberRefusal)
    /// Rewards: looked up and their setup.
    case reward(RewardRefusal)
    /// Ways to earn: looked up and their setup.
    case rule(RuleRefusal)
    /// Campaigns: looked up and their setup.
    case campaign(CampaignRefusal)
    /// The e-mail outbox and the e-mail templates.
    case mail(MailRefusal)
    /// Making and restoring backups.
    case backup(BackupRefusal)
    /// The programme's settings and status.
    case program(ProgramRefusal)
    /// Coupons and redeeming.
    case redeeming(RedeemingRefusal)
    /// Files written or read beside the database.
    case file(FileRefusal)
    /// Values as people type them: amounts, currencies, multipliers.
    case input(InputRefusal)
    /// Tiers: looked up and their setup.
    case tier(TierRefusal)
    /// Numbers beyond Loyalty's limits.
    case limit(LimitRefusal)
    /// The moment something happened: unreadable, or in the future.
    case moment(MomentRefusal)
    /// Changes of a member's balance: manual changes and ledger entries.
    case balance(BalanceRefusal)
    /// Events from the shop and what they earn.
    case event(EventRefusal)
    /// Refunds of recorded orders.
    case refund(RefundRefusal)
    /// Building a demo programme.
    case demo(DemoRefusal)
    /// The shop the programme is connected to.
    case shop(ShopRefusal)

    /// The refusal itself, whatever its area.
    public var refusal: any Refusal {
        switch self {
        case .access(let refusal): return refusal
        case .database(let refusal): return refusal
        case .member(let refusal): return refusal
        case .reward(let refusal): return refusal
        case .rule(let refusal): return refusal
        case .campaign(let refusal): return refusal
        case .mail(let refusal): return refusal
        case .backup(let refusal): return refusal
        case .program(let refusal): return refusal
        case .redeeming(let refusal): return refusal
        case .file(let refusal): return refusal
        case .input(let refusal): return refusal
        case .tier(let refusal): return refusal
        case .limit(let refusal): return refusal
        case .moment(let refusal): return refusal
        case .balance(let refusal): return refusal
        case .event(let refusal): return refusal
        case .refund(let refusal): return refusal
        case .demo(let refusal): return refusal
        case .shop(let refusal): return refusal
        }
    }

    /// Which kind of refusal this is (the CLI exits 1 for each).
    public var category: RefusalCategory { refusal.category }

    /// What was refused and why, as a template and its values.
    public var sentence: Sentence { refusal.sentence }

    /// The English wording, without any front end's hint.
    public var description: String { sentence.english }
}

/// The four kinds of refusal.
public enum RefusalCategory: String, Sendable, CaseIterable {
    /// Input that is not acceptable (bad number, unknown kind, missing field).
    case invalid
    /// A valid request that the programme's rules refuse (not enough points, not a member).
    case refused
    /// Something named that does not exist.
    case notFound
    /// The same idempotency key arrived with a different payload, or a similar conflict.
    case conflict
}

/// One area's refusal: its category and its sentence (the English template with its values).
public protocol Refusal: Sendable {
    var category: RefusalCategory { get }
    var sentence: Sentence { get }
}
